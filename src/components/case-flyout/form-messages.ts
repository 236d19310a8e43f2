// The strings of the flyout's form parts (tabs, files, notes, duplicates). They load with the
// form, not with every widget's entry: English is bundled in the form chunk, the other languages
// are fetched the first time a form needs them.

import { MessageCatalog } from '../../core/localize/loader.js';
import { en } from './locales/en.js';

export interface CaseFormMessages {
  /** The tab list: Details, Case notes, Attachments. */
  sections: string;
  notes: string;
  attachments: string;

  addFiles: string;
  dropFiles: string;
  fileLimits: (count: number, size: string) => string;
  fileWrongType: (name: string) => string;
  fileEmpty: (name: string) => string;
  fileTooLarge: (name: string, size: string, limit: string) => string;
  fileTooMany: (name: string, max: number) => string;
  fileUnavailable: string;
  uploadingPercent: (percent: number) => string;
  uploaded: string;
  uploadCancelled: string;
  uploadProgress: (name: string) => string;
  cancelUpload: (name: string) => string;
  retryUpload: (name: string) => string;
  removeFile: (name: string) => string;
  fileUploaded: (name: string) => string;
  fileNotUploaded: (name: string) => string;
  dismiss: string;
  uploadingImage: string;
  finishingUploads: string;
  uploadsMissing: (count: number) => string;

  newNote: string;
  editingNote: string;
  addNote: string;
  updateNote: string;
  noteEmpty: string;
  noNotes: string;
  noteHeading: (index: number) => string;
  editNote: (index: number) => string;
  removeNote: (index: number) => string;
  fileCount: (count: number) => string;
  noteAdded: string;
  noteRemoved: string;
  noteFiles: string;

  possibleDuplicates: (count: number) => string;
  duplicatesHint: string;
  noSummary: string;
  addToCase: string;
  addingToCase: string;
  addedToCase: (number: string) => string;
  notAdded: string;

  /** A save whose answer never came (see outcome-check.ts). */
  outcomeUnknownHeading: string;
  outcomeUnknownDetail: string;
  checkingNow: string;
  /** `when` is relative: "in 4 seconds". */
  checkingAt: (when: string) => string;
  checkNow: string;
  outcomeBlocked: (reason: string) => string;

  /** After a save: the case (or the case the draft was added to), and what next. */
  caseCreated: (number: string) => string;
  addedTo: (number: string) => string;
  openCase: string;
  anotherCase: string;
  /** Closes the flyout after a save (not "Close": the header's close button is named that). */
  closeFlyout: string;
  backToConfirmation: string;
}

/** The form's strings in every language; English is in the form's chunk. */
export const caseFormMessages = new MessageCatalog<CaseFormMessages>(
  en,
  {
    th: () => import('./locales/th.js').then((module) => module.th),
    id: () => import('./locales/id.js').then((module) => module.id),
    pl: () => import('./locales/pl.js').then((module) => module.pl),
  },
  'form messages',
);
