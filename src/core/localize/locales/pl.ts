import type { Messages } from '../messages.js';

const plural = new Intl.PluralRules('pl');

export const pl: Messages = {
  $lang: 'pl',
  $name: 'Polski',
  $dir: 'ltr',

  loading: 'Wczytywanie…',
  retry: 'Spróbuj ponownie',
  close: 'Zamknij',
  back: 'Wstecz',
  cancel: 'Anuluj',
  save: 'Zapisz',
  edit: 'Edytuj',
  copy: 'Kopiuj',
  copied: 'Skopiowano do schowka',
  errorHeading: 'Coś poszło nie tak',
  errorDetailNetwork: 'Sprawdź połączenie i spróbuj ponownie.',
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
