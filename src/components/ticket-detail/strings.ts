import { MessageCatalog } from '../../core/localize/loader.js';
import { en } from './locales/en.js';

// The strings of <cx-ticket-detail>, in its own folder: English bundled, the other languages fetched
// the first time a widget needs them (LocalizeController.use loads them with the shared words).

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

export const detailStrings = new MessageCatalog<DetailMessages>(
  en,
  {
    th: () => import('./locales/th.js').then((module) => module.th),
    id: () => import('./locales/id.js').then((module) => module.id),
    pl: () => import('./locales/pl.js').then((module) => module.pl),
  },
  'ticket detail strings',
);
