import type { QueueMessages } from '../strings.js';

const conversations = (count: number) => {
  const tens = count % 100;
  if (count === 1) return 'rozmowa';
  if (count % 10 >= 2 && count % 10 <= 4 && (tens < 12 || tens > 14)) return 'rozmowy';
  return 'rozmów';
};

const newOnes = (count: number) =>
  count === 1 ? 'nowa' : conversations(count) === 'rozmowy' ? 'nowe' : 'nowych';

export const pl: QueueMessages = {
  widgetName: 'Rozmowy',
  listLabel: 'Rozmowy',
  listKeys: 'Enter otwiera rozmowę, spacja ją zaznacza, M przypisuje ją do Ciebie.',
  tabsLabel: 'Stany rozmów',
  tabAll: 'Wszystkie',
  tabQueued: 'W kolejce',
  tabHandled: 'Obsługiwane',
  tabResolved: 'Rozwiązane',
  tabWithCount: (tab, count) => `${tab}: ${count}`,
  searchLabel: 'Szukaj rozmów',
  searchPlaceholder: 'Szukaj nazwiska lub wiadomości',
  filters: 'Filtry',
  filtersDialogLabel: 'Filtry rozmów',
  typeLabel: 'Typ',
  inbox: 'Przychodząca',
  outbox: 'Wychodząca',
  channelLabel: 'Kanał',
  labelLabel: 'Etykieta',
  lastAgentLabel: 'Ostatnio obsługiwał(a)',
  fromLabel: 'Ostatnia wiadomość od',
  toLabel: 'Ostatnia wiadomość do',
  any: 'Dowolny',
  done: 'Gotowe',
  clearFilters: 'Wyczyść filtry',
  activeFilters: 'Aktywne filtry',
  removeFilter: (label) => `Usuń filtr: ${label}`,
  stateQueued: 'W kolejce',
  stateHandled: 'Obsługiwana',
  stateResolved: 'Rozwiązana',
  stateClosed: 'Zamknięta',
  waiting: (duration) => `Czeka ${duration}`,
  lastMessage: (when) => `Ostatnia wiadomość ${when}`,
  noPreview: 'Brak wiadomości',
  select: (name) => `Zaznacz rozmowę z: ${name}`,
  selected: (count) => `Zaznaczono: ${count}`,
  clearSelection: 'Wyczyść zaznaczenie',
  assignToMe: 'Przypisz do mnie',
  assignTo: 'Przypisz do…',
  unassign: 'Cofnij przypisanie',
  resolve: 'Rozwiąż',
  pickerLabel: 'Przypisz do konsultanta',
  pickerSearch: 'Szukaj konsultantów',
  agentLoad: (count) => `obsługuje: ${count}`,
  noAgentMatches: 'Brak pasujących konsultantów.',
  assignedTo: (name) => `Przypisano do: ${name}`,
  bulkResult: (done, failed) =>
    failed
      ? `Przypisano: ${done}, nie udało się: ${failed} (zobacz oznaczone wiersze)`
      : `Przypisano: ${done}`,
  bulkUnassigned: (done, failed) =>
    failed
      ? `Wróciło do kolejki: ${done}, nie udało się: ${failed} (zobacz oznaczone wiersze)`
      : `Wróciło do kolejki: ${done}`,
  bulkResolved: (done, failed) =>
    failed
      ? `Rozwiązano: ${done}, nie udało się: ${failed} (zobacz oznaczone wiersze)`
      : `Rozwiązano: ${done}`,
  takenBy: (name) => `${name} przejął(-ęła) tę rozmowę pierwszy(-a).`,
  takenBySomeone: 'Ktoś inny przejął tę rozmowę pierwszy.',
  actionFailed: (reason) => `Nic nie zmieniono: ${reason}`,
  outcomeUnknown: 'Nie wiemy, czy to się udało. Sprawdzamy rozmowę ponownie.',
  backInQueue: 'Wróciła do kolejki',
  resolvedDone: 'Rozwiązana',
  newArrivals: (count) => `${count} ${newOnes(count)} ${conversations(count)}`,
  showNew: (count) => `Pokaż nowe rozmowy (${count})`,
  emptyAll: 'Brak rozmów',
  emptyQueued: 'Nikt nie czeka',
  emptyHandled: 'Nikt nie jest teraz obsługiwany',
  emptyResolved: 'Nic jeszcze nie rozwiązano',
  emptyDetail: 'Nowe rozmowy pojawią się tu, gdy tylko przyjdą.',
  filteredEmptyHeading: 'Żadna rozmowa nie pasuje do filtrów',
  filteredEmptyDetail: 'Spróbuj mniej filtrów lub innego wyszukiwania.',
  loadMore: 'Wczytaj więcej',
  loadingMore: 'Wczytywanie kolejnych rozmów…',
  showing: (count) => `Wyświetlono: ${count}`,
  allShown: (count) => `Wyświetlono wszystkie (${count})`,
  loadedMore: (added, total) => `Wczytano jeszcze ${added}, razem ${total}`,
  found: (count, more) => (more ? `${count}+ rozmów` : `${count} ${conversations(count)}`),
  nextPageFailed: 'Nie udało się wczytać kolejnych rozmów.',
  back: 'Wróć do rozmów',
  conversationWith: (name) => `Rozmowa z: ${name}`,
  messagesLabel: 'Wiadomości',
  noMessages: 'Brak wiadomości.',
};
