import type { FilterBarWords } from '../../core/filter-bar.js';
import { MessageCatalog } from '../../core/localize/loader.js';
import { en } from './locales/en.js';

// The strings of <cx-interaction-log>: English bundled, the other languages fetched the first time
// a widget needs them (LocalizeController.use loads them with the shared words).

/** `<cx-interaction-log>` */
export interface LogMessages extends FilterBarWords {
  /** The widget's name: its heading, and said before what it announces. */
  widgetName: string;
  gridLabel: string;
  /** How the grid is worked with the keyboard (its description). */
  gridKeys: string;
  any: string;
  done: string;
  fromLabel: string;
  toLabel: string;
  /** Column names (also the CSV's header and the filters' labels). */
  column: {
    caseNumber: string;
    contact: string;
    contactLabel: string;
    channel: string;
    channelCategory: string;
    queue: string;
    agent: string;
    direction: string;
    startedAt: string;
    endedAt: string;
    handleSeconds: string;
    firstResponseSeconds: string;
    recording: string;
    disposition: string;
    reason: string;
    tags: string;
    notes: string;
    sentiment: string;
    csat: string;
    sla: string;
    conversations: string;
  };
  inbound: string;
  outbound: string;
  sentimentValue: { positive: string; neutral: string; negative: string };
  slaMet: string;
  slaBreached: string;
  slaPending: string;
  /** The SLA rule, for the verdict's tooltip and the filters: "first response within 10 min". */
  slaRule: (threshold: string) => string;
  csatValue: (score: number) => string;
  noValue: string;
  playRecording: (duration: string) => string;
  conversationCount: (count: number) => string;
  /** Sorting, said and shown. */
  sortBy: (column: string) => string;
  sortedAscending: string;
  sortedDescending: string;
  sortedNowBy: (column: string, ascending: boolean) => string;
  columnsButton: string;
  columnsDialogLabel: string;
  moveEarlier: (column: string) => string;
  moveLater: (column: string) => string;
  resetColumns: string;
  wider: (column: string) => string;
  narrower: (column: string) => string;
  columnWidthNow: (column: string, pixels: number) => string;
  view: string;
  viewRecord: (caseNumber: string) => string;
  back: string;
  recordHeading: (caseNumber: string) => string;
  conversationsHeading: string;
  notesHeading: string;
  noNotes: string;
  emptyHeading: string;
  emptyDetail: string;
  filteredEmptyHeading: string;
  filteredEmptyDetail: string;
  loadMore: string;
  loadingMore: string;
  /** "Showing 200 of 100,000". */
  showing: (shown: number, total: number | undefined) => string;
  found: (total: number | undefined, shown: number) => string;
  loadedMore: (added: number, shown: number) => string;
  nextPageFailed: string;
  /** A column of seconds, as the export's header says it. */
  inSeconds: (column: string) => string;
  exportCsv: string;
  exportCancel: string;
  /** While exporting: "Exporting 4,000 of 100,000 rows". */
  exportProgress: (rows: string, total: string | undefined) => string;
  exportDone: (rows: string) => string;
  exportCancelled: string;
  /** The server's export: it makes the file, the log waits. */
  exportPreparing: string;
  exportSaved: string;
  exportFailed: (reason: string) => string;
  /** Setting sentiment and CSAT (a supervisor). */
  ratingDialog: (column: string, caseNumber: string) => string;
  notSet: string;
  save: string;
  cancel: string;
  dismiss: string;
  tryAgain: string;
  ratingSaved: (column: string, caseNumber: string, value: string) => string;
  ratingNotSaved: (column: string, caseNumber: string) => string;
  ratingNotConfirmed: (column: string, caseNumber: string) => string;
  ratingNotConfirmedDetail: string;
  ratingConflict: (column: string, caseNumber: string) => string;
  theirValue: string;
  yourValue: string;
  keepMine: string;
  useTheirs: string;
  tookTheirs: (column: string, caseNumber: string) => string;
}

export const logStrings = new MessageCatalog<LogMessages>(
  en,
  {
    th: () => import('./locales/th.js').then((module) => module.th),
    id: () => import('./locales/id.js').then((module) => module.id),
    pl: () => import('./locales/pl.js').then((module) => module.pl),
  },
  'interaction log strings',
);
