import type { KnownChannel, KnownPriority, KnownTicketStatus } from '../vocabulary.js';

/**
 * Every string cxkit shows. Each locale implements the whole interface, so the compiler and a test
 * both refuse a locale with a missing key. Functions take the values a sentence needs, and do their
 * own plural choice, because plural rules differ (Polish has three forms, Thai and Indonesian none).
 */
export interface Messages {
  /** BCP 47 tag of the language these messages are written in. */
  $lang: string;
  /** The language's own name for itself, for language pickers. */
  $name: string;
  $dir: 'ltr' | 'rtl';

  loading: string;
  retry: string;
  /** A card or history given no customer yet. */
  noCustomerHeading: string;
  noCustomerDetail: string;
  close: string;
  back: string;
  cancel: string;
  save: string;
  edit: string;
  copy: string;
  copied: string;
  errorHeading: string;
  errorDetailNetwork: string;
  /** The server's data broke the contract; `where` names the request and the field. */
  errorDetailInvalid: (where: string) => string;
  errorHeadingInvalid: string;
  errorHeadingNotConfigured: string;
  errorDetailNotConfigured: string;
  errorHeadingMisconfigured: string;
  errorDetailMisconfigured: string;
  /** After a 429 or 503 with `Retry-After`: `when` is relative ("in 30 seconds"). */
  errorDetailRetryAfter: (when: string) => string;
  errorDetailForbidden: string;
  /** Items of a list left out because they break the contract; `detail` names where. */
  itemsLeftOut: (count: number, detail: string) => string;
  /** A select's options (reasons, agents) failed to load. */
  optionsFailed: string;
  /** A search (the customer lookup) failed. */
  searchFailed: string;
  errorDetailAuth: string;
  emptyHeading: string;
  unassigned: string;
  unknownValue: string;

  channel: Record<KnownChannel, string>;
  status: Record<KnownTicketStatus, string>;
  priority: Record<KnownPriority, string>;

  /** "3 tickets" with the locale's plural form. */
  ticketCount: (count: number) => string;

  history: HistoryMessages;
  detail: DetailMessages;
  card: CardMessages;
  flyout: FlyoutMessages;
}

/** `<cx-ticket-history>` */
export interface HistoryMessages {
  /** The widget's name: its heading, and said before what it announces. */
  widgetName: string;
  listLabel: string;
  searchLabel: string;
  searchPlaceholder: string;
  sortLabel: string;
  sortNewest: string;
  sortOldest: string;
  statusFilterLabel: string;
  filters: string;
  filtersDialogLabel: string;
  channelLabel: string;
  tagLabel: string;
  createdFromLabel: string;
  createdToLabel: string;
  reasonLabel: string;
  resultLabel: string;
  assigneeLabel: string;
  any: string;
  done: string;
  clearFilters: string;
  activeFilters: string;
  removeFilter: (label: string) => string;
  emptyHeading: string;
  emptyDetail: string;
  filteredEmptyHeading: string;
  filteredEmptyDetail: string;
  loadMore: string;
  loadingMore: string;
  showing: (count: number) => string;
  allShown: (count: number) => string;
  loadedMore: (added: number, total: number) => string;
  found: (count: number, more: boolean) => string;
  nextPageFailed: string;
  viewAll: string;
  aiTag: (name: string) => string;
  ruleTag: (name: string) => string;
  closed: (when: string) => string;
  lastActivity: (when: string) => string;
  back: string;
}

/** `<cx-ticket-detail>` */
export interface DetailMessages {
  /** The widget's name: its heading, and said before what it announces. */
  widgetName: string;
  label: (number: string) => string;
  details: string;
  number: string;
  status: string;
  priority: string;
  channel: string;
  direction: string;
  inbound: string;
  outbound: string;
  queue: string;
  assignee: string;
  created: string;
  closed: string;
  handleTime: string;
  firstResponse: string;
  sla: string;
  slaState: { pending: string; met: string; breached: string };
  sentiment: string;
  sentimentValue: { positive: string; neutral: string; negative: string };
  csat: string;
  csatValue: (score: number) => string;
  reason: string;
  result: string;
  tags: string;
  recordNotes: string;
  none: string;
  transcript: string;
  noMessages: string;
  loadMoreMessages: string;
  loadMoreNotes: string;
  summary: string;
  /** Every file on the case, whatever its source. */
  caseFiles: string;
  noCaseFiles: string;
  fileSource: { direct: string; note: string; email: string; conversation: string };
  /** "Uploaded by Marcus Lee, 3 days ago" */
  fileAdded: (source: string, who: string | undefined, when: string) => string;
  author: { customer: string; agent: string; bot: string; system: string };
  sent: (author: string, when: string) => string;
  internalNotes: string;
  internalNote: string;
  noNotes: string;
  attachments: string;
  download: (name: string) => string;
  recording: string;
  recordingUnavailable: string;
  notFoundHeading: string;
  /** Shown when no `ticket-id` is set (a detail pane waiting for the agent's choice). */
  noTicketHeading: string;
  noTicketDetail: string;
}

export type SupportedLanguage = 'en' | 'th' | 'id' | 'pl';

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
