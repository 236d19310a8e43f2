import type { Messages } from '../messages.js';

const plural = new Intl.PluralRules('pl');

export const pl: Messages = {
  $lang: 'pl',
  $name: 'Polski',
  $dir: 'ltr',

  loading: 'Wczytywanie…',
  retry: 'Spróbuj ponownie',
  aiTag: (name) => `${name}, nadany przez AI`,
  ruleTag: (name) => `${name}, nadany przez regułę`,
  noCustomerHeading: 'Nie wybrano klienta',
  noCustomerDetail: 'Otwórz rozmowę lub kontakt, aby zobaczyć tutaj klienta.',
  close: 'Zamknij',
  back: 'Wstecz',
  cancel: 'Anuluj',
  save: 'Zapisz',
  edit: 'Edytuj',
  copy: 'Kopiuj',
  copied: 'Skopiowano do schowka',
  errorHeading: 'Coś poszło nie tak',
  errorDetailNetwork: 'Sprawdź połączenie i spróbuj ponownie.',
  errorDetailInvalid: (where: string) =>
    `Odpowiedź nie jest zgodna z kontraktem API (${where}). Powiadom administratora; ponowna próba nie pomoże.`,
  errorHeadingInvalid: 'Nie można wyświetlić odpowiedzi serwera',
  errorHeadingNotConfigured: 'Brak połączenia z helpdeskiem',
  errorDetailNotConfigured:
    'Ten widżet nie ma jeszcze źródła danych. Poproś administratora o jego podłączenie.',
  errorHeadingUnsupported: 'Niedostępne w tym helpdesku',
  errorDetailUnsupported:
    'Połączenie z Twoim helpdeskiem jeszcze tego nie obsługuje. Powiadom administratora.',
  errorHeadingMisconfigured: 'Ten widżet jest źle skonfigurowany',
  errorDetailMisconfigured: 'Powiadom administratora: konsola przeglądarki podaje, co trzeba zmienić.',
  errorDetailRetryAfter: (when: string) => `Serwer poprosił o chwilę przerwy. Spróbuj ponownie ${when}.`,
  errorDetailForbidden: 'Nie masz uprawnień, aby to zobaczyć. Poproś administratora o dostęp.',
  itemsLeftOut: (count, detail) =>
    `Nie można wyświetlić pozycji: ${count}. Dane serwera nie są zgodne z kontraktem API (${detail}). Powiadom administratora.`,
  optionsFailed: 'Nie udało się wczytać opcji.',
  searchFailed: 'Wyszukiwanie nie powiodło się.',
  errorDetailAuth: 'Sesja wygasła. Zaloguj się ponownie i spróbuj jeszcze raz.',
  emptyHeading: 'Na razie nic tu nie ma',
  unassigned: 'Nieprzypisane',
  unknownValue: 'Nieznane',

  channel: {
    email: 'E-mail',
    chat: 'Czat',
    sms: 'SMS',
    voice: 'Połączenie telefoniczne',
    whatsapp: 'WhatsApp',
    line: 'LINE',
    facebook: 'Facebook',
    instagram: 'Instagram',
    web: 'Formularz WWW',
    other: 'Inny kanał',
  },
  status: {
    new: 'Nowe',
    open: 'Otwarte',
    pending: 'Oczekujące',
    on_hold: 'Wstrzymane',
    resolved: 'Rozwiązane',
    closed: 'Zamknięte',
  },
  priority: {
    low: 'Niski priorytet',
    normal: 'Normalny priorytet',
    high: 'Wysoki priorytet',
    urgent: 'Pilne',
  },

  ticketCount: (count) => {
    const form = plural.select(count);
    if (count === 1) return '1 zgłoszenie';
    return `${count} ${form === 'few' ? 'zgłoszenia' : 'zgłoszeń'}`;
  },
};
