import { INTERACTION_SORTS, SENTIMENTS } from '../../api/interaction-schemas.js';
import type { InteractionQuery } from '../../api/types.js';
import {
  anyText,
  isDay,
  oneOf,
  readViewQuery,
  writeViewQuery,
  type ViewQuerySpec,
} from '../../core/view-query.js';
import { CHANNELS, type KnownChannel } from '../../core/vocabulary.js';
import type { InteractionSort } from './log-columns.js';

/** The server-side filters the log can apply (all optional): every filter of the two products. */
export interface InteractionLogFilters {
  /** Free text: case number, contact, notes. */
  q?: string;
  /** Started on or after this day (`YYYY-MM-DD`). */
  from?: string;
  /** Started on or before this day (`YYYY-MM-DD`). */
  to?: string;
  resultId?: string[];
  reasonId?: string[];
  channel?: KnownChannel[];
  channelCategoryId?: string[];
  customerId?: string[];
  agentId?: string[];
  queueId?: string[];
  direction?: 'inbound' | 'outbound';
  sla?: ('met' | 'breached' | 'pending')[];
  sentiment?: (typeof SENTIMENTS)[number][];
  csat?: ('1' | '2' | '3' | '4' | '5')[];
  tag?: string[];
}

export interface LogSort {
  by: InteractionSort;
  order: 'asc' | 'desc';
}

export const DEFAULT_SORT: LogSort = { by: 'startedAt', order: 'desc' };

export interface LogView {
  filters: InteractionLogFilters;
  sort: LogSort;
}

const SPEC: ViewQuerySpec = {
  values: {
    q: anyText,
    from: isDay,
    to: isDay,
    direction: oneOf(['inbound', 'outbound']),
    sort: oneOf(INTERACTION_SORTS),
    order: oneOf(['asc', 'desc']),
  },
  lists: {
    resultId: anyText,
    reasonId: anyText,
    channel: oneOf(CHANNELS),
    channelCategoryId: anyText,
    customerId: anyText,
    agentId: anyText,
    queueId: anyText,
    sla: oneOf(['met', 'breached', 'pending']),
    sentiment: oneOf(SENTIMENTS),
    csat: oneOf(['1', '2', '3', '4', '5']),
    tag: anyText,
  },
};

/** The view as a query string (`channel=voice&sla=breached&sort=handleSeconds`); the default sort is left out. */
export function serializeLogView(view: LogView): string {
  const isDefault = view.sort.by === DEFAULT_SORT.by && view.sort.order === DEFAULT_SORT.order;
  return writeViewQuery(SPEC, {
    ...view.filters,
    ...(isDefault ? {} : { sort: view.sort.by, order: view.sort.order }),
  });
}

/** A view from a query string (a host's address bar): what it cannot read is left out. */
export function parseLogView(text: string | null | undefined): LogView {
  const { sort, order, ...filters } = readViewQuery(SPEC, text) as Record<string, never>;
  return {
    filters: filters as InteractionLogFilters,
    sort: { by: sort ?? DEFAULT_SORT.by, order: order ?? (sort ? 'asc' : DEFAULT_SORT.order) },
  };
}

/** Whether any filter is in force. */
export function hasFilters(filters: InteractionLogFilters): boolean {
  return Object.values(filters).some((value) => (Array.isArray(value) ? value.length > 0 : Boolean(value)));
}

/** The filters and sort as the contract's query (days become the day's start and end, UTC). */
export function logQuery(view: LogView): Omit<InteractionQuery, 'cursor' | 'limit'> {
  const { from, to, ...rest } = view.filters;
  return {
    ...rest,
    ...(from ? { createdFrom: `${from}T00:00:00.000Z` } : {}),
    ...(to ? { createdTo: `${to}T23:59:59.999Z` } : {}),
    sort: view.sort.by,
    order: view.sort.order,
  };
}
