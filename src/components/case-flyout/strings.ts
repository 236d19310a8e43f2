import { MessageCatalog } from '../../core/localize/loader.js';
import { en } from './locales/flyout-en.js';

// The words of <cx-case-flyout>'s shell and form fields, in its own folder: English bundled, the
// other languages fetched the first time a flyout needs them (LocalizeController.use loads them
// with the shared words). The form's tabs, files, notes and duplicates have their own catalog,
// loaded with the form (form-messages.ts).

/** `<cx-case-flyout>` */
export interface FlyoutMessages {
  title: string;
  details: string;
  customer: string;
  customerPlaceholder: string;
  searching: string;
  noResults: string;
  resultCount: (count: number) => string;
  subject: string;
  description: string;
  status: string;
  priority: string;
  reason: string;
  noReason: string;
  required: (label: string) => string;
  save: string;
  saveAndResolve: string;
  openFullForm: string;
  submitting: string;
  created: (number: string) => string;
  notSaved: string;
  draftRestored: string;
  discardDraft: string;
  confirmCloseHeading: string;
  confirmCloseDetail: string;
  keepEditing: string;
  closeForm: string;
  loadingForm: string;
  formatting: string;
  bold: string;
  italic: string;
  underline: string;
  bulletList: string;
  numberedList: string;
  link: string;
  linkAddress: string;
  linkInvalid: string;
  applyLink: string;
  removeLink: string;
}

export const flyoutStrings = new MessageCatalog<FlyoutMessages>(
  en,
  {
    th: () => import('./locales/flyout-th.js').then((module) => module.th),
    id: () => import('./locales/flyout-id.js').then((module) => module.id),
    pl: () => import('./locales/flyout-pl.js').then((module) => module.pl),
  },
  'case flyout strings',
);
