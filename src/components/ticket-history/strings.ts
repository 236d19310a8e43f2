import { MessageCatalog } from '../../core/localize/loader.js';
import { en } from './locales/en.js';

// The strings of <cx-ticket-history>, in its own folder: English bundled, the other languages fetched
// the first time a widget needs them (LocalizeController.use loads them with the shared words).

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
  closed: (when: string) => string;
  lastActivity: (when: string) => string;
  back: string;
}

export const historyStrings = new MessageCatalog<HistoryMessages>(
  en,
  {
    th: () => import('./locales/th.js').then((module) => module.th),
    id: () => import('./locales/id.js').then((module) => module.id),
    pl: () => import('./locales/pl.js').then((module) => module.pl),
  },
  'ticket history strings',
);
