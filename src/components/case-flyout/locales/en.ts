import type { CaseFormMessages } from '../form-messages.js';

export const en: CaseFormMessages = {
  sections: 'Case sections',
  notes: 'Case notes',
  attachments: 'Attachments',

  addFiles: 'Add files',
  dropFiles: 'Or drop files here.',
  fileLimits: (count, size) => `Up to ${count} files, ${size} each.`,
  fileWrongType: (name) => `${name}: this type of file is not accepted.`,
  fileEmpty: (name) => `${name} is empty.`,
  fileTooLarge: (name, size, limit) => `${name} is ${size}; files can be up to ${limit}.`,
  fileTooMany: (name, max) => `${name} was not added: up to ${max} files.`,
  fileUnavailable: 'This file is no longer on this device. Remove it and add it again.',
  uploadingPercent: (percent) => `Uploading, ${percent}%`,
  uploaded: 'Uploaded',
  uploadCancelled: 'Upload cancelled',
  uploadProgress: (name) => `Uploading ${name}`,
  cancelUpload: (name) => `Cancel upload of ${name}`,
  retryUpload: (name) => `Retry upload of ${name}`,
  removeFile: (name) => `Remove ${name}`,
  fileUploaded: (name) => `${name} uploaded`,
  fileNotUploaded: (name) => `${name} was not uploaded`,
  dismiss: 'Dismiss',
  uploadingImage: 'Uploading image…',
  finishingUploads: 'Finishing uploads…',
  uploadsMissing: (count) =>
    count === 1
      ? '1 file did not upload. Retry or remove it.'
      : `${count} files did not upload. Retry or remove them.`,

  newNote: 'New note',
  editingNote: 'Edit note',
  addNote: 'Add note',
  updateNote: 'Update note',
  noteEmpty: 'Write the note or attach a file.',
  noNotes: 'No notes yet. Notes added here are saved with the case.',
  noteHeading: (index) => `Note ${index}`,
  editNote: (index) => `Edit note ${index}`,
  removeNote: (index) => `Remove note ${index}`,
  fileCount: (count) => (count === 1 ? '1 file' : `${count} files`),
  noteAdded: 'Note added',
  noteRemoved: 'Note removed',
  noteFiles: 'Files of this note',

  possibleDuplicates: (count) => (count === 1 ? '1 possible duplicate' : `${count} possible duplicates`),
  duplicatesHint:
    'Open cases of this customer with a similar title. You can add this to one of them instead.',
  noSummary: 'No summary yet.',
  addToCase: 'Add to this case',
  addingToCase: 'Adding to the case…',
  addedToCase: (number) => `Added to case ${number}`,
  notAdded: 'Nothing was added to the case. Your draft is kept.',
  outcomeUnknownHeading: 'We could not confirm that the case was saved',
  outcomeUnknownDetail:
    'The connection failed before the server answered. Your draft is kept, and locked while we check, so the case is never created twice.',
  checkingNow: 'Checking with the server…',
  checkingAt: (when) => `Checking again ${when}.`,
  checkNow: 'Check now',
  outcomeBlocked: (reason) => `The server could not tell us yet: ${reason}`,
};
