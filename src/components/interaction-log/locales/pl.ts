import type { LogMessages } from '../strings.js';

const n = (value: number) => value.toLocaleString('pl');
/** Polish plural: 1 rekord, 2–4 rekordy, 5+ rekordów (12–14 too). */
const plural = (count: number, one: string, few: string, many: string) => {
  const tens = count % 100;
  const units = count % 10;
  if (count === 1) return one;
  return units >= 2 && units <= 4 && (tens < 12 || tens > 14) ? few : many;
};

export const pl: LogMessages = {
  widgetName: 'Dziennik interakcji',
  gridLabel: 'Rekordy obsługi',
  gridKeys: 'Strzałki przechodzą między komórkami, Enter otwiera rekord, nagłówki kolumn sortują.',
  searchLabel: 'Szukaj rekordów obsługi',
  searchPlaceholder: 'Szukaj sprawy, kontaktu lub notatek',
  filters: 'Filtry',
  filtersDialogLabel: 'Filtry rekordów obsługi',
  activeFilters: 'Aktywne filtry',
  removeFilter: (label) => `Usuń filtr: ${label}`,
  clearFilters: 'Wyczyść filtry',
  any: 'Dowolne',
  done: 'Gotowe',
  fromLabel: 'Od',
  toLabel: 'Do',
  column: {
    caseNumber: 'Sprawa',
    contact: 'Kontakt',
    contactLabel: 'Etykieta kontaktu',
    channel: 'Kanał',
    channelCategory: 'Kategoria kanału',
    queue: 'Kolejka',
    agent: 'Konsultant',
    direction: 'Kierunek',
    startedAt: 'Początek',
    endedAt: 'Koniec',
    handleSeconds: 'Czas obsługi',
    firstResponseSeconds: 'Pierwsza odpowiedź',
    recording: 'Nagranie',
    disposition: 'Wynik obsługi',
    reason: 'Powód kontaktu',
    tags: 'Tagi',
    notes: 'Notatki',
    sentiment: 'Nastawienie',
    csat: 'CSAT',
    sla: 'SLA',
    conversations: 'Rozmowy',
  },
  inbound: 'Przychodzące',
  outbound: 'Wychodzące',
  sentimentValue: { positive: 'Pozytywne', neutral: 'Neutralne', negative: 'Negatywne' },
  slaMet: 'Dotrzymane',
  slaBreached: 'Przekroczone',
  slaPending: 'W toku',
  slaRule: (threshold) => `Pierwsza odpowiedź w ciągu ${threshold}`,
  csatValue: (score) => `${score} z 5`,
  noValue: '—',
  playRecording: (duration) => `Odtwórz nagranie (${duration})`,
  conversationCount: (count) => `${n(count)} ${plural(count, 'rozmowa', 'rozmowy', 'rozmów')}`,
  sortBy: (column) => `Sortuj według: ${column}`,
  sortedAscending: 'rosnąco',
  sortedDescending: 'malejąco',
  sortedNowBy: (column, ascending) => `Posortowano według: ${column}, ${ascending ? 'rosnąco' : 'malejąco'}`,
  columnsButton: 'Kolumny',
  columnsDialogLabel: 'Wybierz i uporządkuj kolumny',
  moveEarlier: (column) => `Przesuń „${column}” wcześniej`,
  moveLater: (column) => `Przesuń „${column}” dalej`,
  resetColumns: 'Przywróć kolumny',
  view: 'Pokaż',
  viewRecord: (caseNumber) => `Pokaż ${caseNumber}`,
  back: 'Wróć do dziennika',
  recordHeading: (caseNumber) => `Rekord obsługi ${caseNumber}`,
  conversationsHeading: 'Rekordy rozmów',
  notesHeading: 'Notatki',
  noNotes: 'Brak notatek.',
  emptyHeading: 'Nie ma jeszcze rekordów obsługi',
  emptyDetail: 'Rekordy pojawiają się tu, gdy sprawy są obsługiwane.',
  filteredEmptyHeading: 'Nic nie pasuje do tych filtrów',
  filteredEmptyDetail: 'Spróbuj mniejszej liczby filtrów lub innego wyszukiwania.',
  loadMore: 'Wczytaj więcej',
  loadingMore: 'Wczytywanie…',
  showing: (shown, total) =>
    total === undefined ? `Widocznych: ${n(shown)}` : `Widocznych: ${n(shown)} z ${n(total)}`,
  found: (total, shown) =>
    total === undefined
      ? `Widocznych rekordów: ${n(shown)}`
      : `Znaleziono ${n(total)} ${plural(total, 'rekord', 'rekordy', 'rekordów')}`,
  loadedMore: (added, shown) => `Wczytano kolejne ${n(added)}, widocznych: ${n(shown)}`,
  nextPageFailed: 'Nie udało się wczytać następnej strony.',
  inSeconds: (column) => `${column} (s)`,
  exportCsv: 'Eksportuj CSV',
  exportCancel: 'Anuluj eksport',
  exportProgress: (rows, total) =>
    total ? `Eksportowanie: ${rows} z ${total} wierszy…` : `Eksportowanie: ${rows} wierszy…`,
  exportDone: (rows) => `Wyeksportowano wierszy: ${rows}.`,
  exportCancelled: 'Eksport anulowany. Nie zapisano pliku.',
  exportFailed: (reason) => `Eksport nie powiódł się, nie zapisano pliku: ${reason}`,
};
