import { MessageCatalog } from '../../core/localize/loader.js';
import { en } from './locales/en.js';

// The strings of <cx-conversation-queue>: English bundled, the other languages fetched the first
// time a widget needs them (LocalizeController.use loads them with the shared words).

/** `<cx-conversation-queue>` */
export interface QueueMessages {
  /** The widget's name: its heading, and said before what it announces. */
  widgetName: string;
  listLabel: string;
  /** How the list is worked with the keyboard (the list's description). */
  listKeys: string;
  tabsLabel: string;
  tabAll: string;
  tabQueued: string;
  tabHandled: string;
  tabResolved: string;
  /** A tab's name with its count, as a screen reader reads it. */
  tabWithCount: (tab: string, count: number) => string;
  searchLabel: string;
  searchPlaceholder: string;
  filters: string;
  filtersDialogLabel: string;
  typeLabel: string;
  inbox: string;
  outbox: string;
  channelLabel: string;
  labelLabel: string;
  lastAgentLabel: string;
  fromLabel: string;
  toLabel: string;
  any: string;
  done: string;
  clearFilters: string;
  activeFilters: string;
  removeFilter: (label: string) => string;
  stateQueued: string;
  stateHandled: string;
  stateResolved: string;
  stateClosed: string;
  waiting: (duration: string) => string;
  lastMessage: (when: string) => string;
  noPreview: string;
  select: (name: string) => string;
  selected: (count: number) => string;
  clearSelection: string;
  assignToMe: string;
  assignTo: string;
  unassign: string;
  resolve: string;
  pickerLabel: string;
  pickerSearch: string;
  agentLoad: (count: number) => string;
  noAgentMatches: string;
  assignedTo: (name: string) => string;
  /** After assigning many: how many went through and how many did not. */
  bulkResult: (done: number, failed: number) => string;
  bulkUnassigned: (done: number, failed: number) => string;
  bulkResolved: (done: number, failed: number) => string;
  takenBy: (name: string) => string;
  takenBySomeone: string;
  actionFailed: (reason: string) => string;
  outcomeUnknown: string;
  backInQueue: string;
  resolvedDone: string;
  newArrivals: (count: number) => string;
  showNew: (count: number) => string;
  emptyAll: string;
  emptyQueued: string;
  emptyHandled: string;
  emptyResolved: string;
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
  back: string;
  conversationWith: (name: string) => string;
  messagesLabel: string;
  noMessages: string;
}

export const queueStrings = new MessageCatalog<QueueMessages>(
  en,
  {
    th: () => import('./locales/th.js').then((module) => module.th),
    id: () => import('./locales/id.js').then((module) => module.id),
    pl: () => import('./locales/pl.js').then((module) => module.pl),
  },
  'conversation queue strings',
);
