import type { CaseFormMessages } from '../form-messages.js';

const plural = new Intl.PluralRules('pl');

export const pl: CaseFormMessages = {
  sections: 'Sekcje zgłoszenia',
  notes: 'Notatki',
  attachments: 'Załączniki',

  addFiles: 'Dodaj pliki',
  dropFiles: 'Lub upuść pliki tutaj.',
  fileLimits: (count, size) => `Maks. liczba plików: ${count}, każdy do ${size}.`,
  fileWrongType: (name) => `${name}: ten typ pliku nie jest akceptowany.`,
  fileEmpty: (name) => `Plik ${name} jest pusty.`,
  fileTooLarge: (name, size, limit) => `${name} ma ${size}; limit to ${limit} na plik.`,
  fileTooMany: (name, max) => `Nie dodano ${name}: maks. liczba plików to ${max}.`,
  fileUnavailable: 'Tego pliku nie ma już na tym urządzeniu. Usuń go i dodaj ponownie.',
  uploadingPercent: (percent) => `Przesyłanie, ${percent}%`,
  uploaded: 'Przesłano',
  uploadCancelled: 'Przesyłanie anulowane',
  uploadProgress: (name) => `Przesyłanie ${name}`,
  cancelUpload: (name) => `Anuluj przesyłanie ${name}`,
  retryUpload: (name) => `Prześlij ponownie ${name}`,
  removeFile: (name) => `Usuń ${name}`,
  fileUploaded: (name) => `Przesłano ${name}`,
  fileNotUploaded: (name) => `Nie przesłano ${name}`,
  dismiss: 'Zamknij',
  uploadingImage: 'Przesyłanie obrazu…',
  finishingUploads: 'Kończenie przesyłania…',
  uploadsMissing: (count) =>
    count === 1
      ? 'Nie przesłano 1 pliku. Spróbuj ponownie lub usuń go.'
      : `Nie przesłano ${count} plików. Spróbuj ponownie lub usuń je.`,

  newNote: 'Nowa notatka',
  editingNote: 'Edycja notatki',
  addNote: 'Dodaj notatkę',
  updateNote: 'Zapisz notatkę',
  noteEmpty: 'Napisz notatkę lub załącz plik.',
  noNotes: 'Brak notatek. Dodane tu notatki zostaną zapisane razem ze zgłoszeniem.',
  noteHeading: (index) => `Notatka ${index}`,
  editNote: (index) => `Edytuj notatkę ${index}`,
  removeNote: (index) => `Usuń notatkę ${index}`,
  fileCount: (count) => {
    const form = plural.select(count);
    return `${count} ${count === 1 ? 'plik' : form === 'few' ? 'pliki' : 'plików'}`;
  },
  noteAdded: 'Dodano notatkę',
  noteRemoved: 'Usunięto notatkę',
  noteFiles: 'Pliki tej notatki',

  possibleDuplicates: (count) => {
    if (count === 1) return '1 możliwy duplikat';
    return `${count} ${plural.select(count) === 'few' ? 'możliwe duplikaty' : 'możliwych duplikatów'}`;
  },
  duplicatesHint: 'Otwarte zgłoszenia tego klienta o podobnym tytule. Możesz dodać to do jednego z nich.',
  noSummary: 'Brak podsumowania.',
  addToCase: 'Dodaj do tego zgłoszenia',
  addingToCase: 'Dodawanie do zgłoszenia…',
  addedToCase: (number) => `Dodano do zgłoszenia ${number}`,
  notAdded: 'Nic nie dodano do zgłoszenia. Wersja robocza została zachowana.',
  outcomeUnknownHeading: 'Nie udało się potwierdzić zapisu zgłoszenia',
  outcomeUnknownDetail:
    'Połączenie zerwało się, zanim serwer odpowiedział. Szkic jest zachowany i zablokowany na czas sprawdzania, aby zgłoszenie nigdy nie powstało dwa razy.',
  checkingNow: 'Sprawdzanie na serwerze…',
  checkingAt: (when) => `Ponowne sprawdzenie ${when}.`,
  checkNow: 'Sprawdź teraz',
  outcomeBlocked: (reason) => `Serwer jeszcze nie potwierdził: ${reason}`,
  caseCreated: (number) => `Utworzono zgłoszenie ${number}`,
  addedTo: (number) => `Dodano do zgłoszenia ${number}`,
  openCase: 'Otwórz zgłoszenie',
  anotherCase: 'Utwórz kolejne zgłoszenie',
  closeFlyout: 'Gotowe',
  backToConfirmation: 'Wróć',
};
