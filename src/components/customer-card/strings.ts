import { MessageCatalog } from '../../core/localize/loader.js';
import { en } from './locales/en.js';

// The strings of <cx-customer-card>, in its own folder: English bundled, the other languages fetched
// the first time a widget needs them (LocalizeController.use loads them with the shared words).

/** `<cx-customer-card>` */
export interface CardMessages {
  /** The widget's name: its heading, and said before what it announces. */
  widgetName: string;
  /** Labels of the default fields. */
  field: { name: string; email: string; phone: string; company: string };
  details: string;
  labels: string;
  owner: (name: string) => string;
  channels: string;
  notSet: string;
  /** Said when a field's value gets focus, after its label and value. */
  editHint: string;
  readOnlyHint: string;
  editField: (label: string) => string;
  copyField: (label: string) => string;
  /** A contact channel's copy button: named by the handle, so it differs from a field's ("Copy Email"). */
  copyChannel: (channel: string, handle: string) => string;
  openLink: (label: string) => string;
  copiedValue: (label: string) => string;
  /** Shown when the browser refuses the clipboard: the value is selected for the agent instead. */
  copyManually: string;
  saving: string;
  saved: (label: string) => string;
  notSaved: (label: string, reason: string) => string;
  /** The save's answer never came: it may or may not be saved. */
  notConfirmed: (label: string) => string;
  notConfirmedDetail: string;
  rolledBack: string;
  conflictHeading: (label: string) => string;
  theirValue: string;
  yourValue: string;
  keepMine: string;
  useTheirs: string;
  tookTheirs: (label: string) => string;
  invalid: {
    required: string;
    email: string;
    phone: string;
    url: string;
    number: string;
    date: string;
    option: string;
  };
  sendEmail: string;
  call: string;
  recentCases: string;
  notFoundHeading: string;
  notFoundDetail: string;
}

export const cardStrings = new MessageCatalog<CardMessages>(
  en,
  {
    th: () => import('./locales/th.js').then((module) => module.th),
    id: () => import('./locales/id.js').then((module) => module.id),
    pl: () => import('./locales/pl.js').then((module) => module.pl),
  },
  'customer card strings',
);
