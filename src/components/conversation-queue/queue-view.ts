import type { ConversationQuery } from '../../api/types.js';
import { CHANNELS, isKnown, type KnownChannel } from '../../core/vocabulary.js';

// What the agent is looking at, as a plain object and as a URL query string: a supervisor's view
// ("LINE, waiting, label VIP") can be put in the host page's address and opened again.

export const QUEUE_TABS = ['all', 'queued', 'handled', 'resolved'] as const;
export type QueueTab = (typeof QUEUE_TABS)[number];

/** The server-side filters the queue can apply (all optional). */
export interface ConversationQueueFilters {
  /** Free text: the customer's name, the last message. */
  q?: string;
  /** Inbound (the customer wrote first) or outbound. */
  type?: 'inbox' | 'outbox';
  channel?: KnownChannel[];
  label?: string[];
  /** The agents who handled the conversations last. */
  lastHandledById?: string[];
  /** Last message on or after this day (`YYYY-MM-DD`). */
  from?: string;
  /** Last message on or before this day (`YYYY-MM-DD`). */
  to?: string;
}

export interface QueueView {
  tab: QueueTab;
  filters: ConversationQueueFilters;
}

const LIST_KEYS = ['channel', 'label', 'lastHandledById'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The view as a query string (`tab=queued&channel=line&channel=whatsapp`), in a stable order. */
export function serializeQueueView(view: QueueView): string {
  const params = new URLSearchParams();
  if (view.tab !== 'all') params.set('tab', view.tab);
  const { filters } = view;
  if (filters.q) params.set('q', filters.q);
  if (filters.type) params.set('type', filters.type);
  for (const key of LIST_KEYS) for (const value of filters[key] ?? []) params.append(key, value);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  return params.toString();
}

/**
 * A view from a query string, as a host passes it from its address bar: what it cannot read (an
 * unknown tab, a malformed date, an unknown key) is left out rather than refused.
 */
export function parseQueueView(text: string | null | undefined): QueueView {
  const params = new URLSearchParams(text ?? '');
  const tab = params.get('tab');
  const filters: ConversationQueueFilters = {};
  const q = params.get('q')?.trim();
  if (q) filters.q = q;
  const type = params.get('type');
  if (type === 'inbox' || type === 'outbox') filters.type = type;
  for (const key of LIST_KEYS) {
    const values = [...new Set(params.getAll(key).filter(Boolean))];
    if (key === 'channel') {
      const channels = values.filter((value) => isKnown(CHANNELS, value));
      if (channels.length) filters.channel = channels;
    } else if (values.length) filters[key] = values;
  }
  for (const key of ['from', 'to'] as const) {
    const value = params.get(key);
    if (value && DAY.test(value) && !Number.isNaN(Date.parse(value))) filters[key] = value;
  }
  return { tab: (QUEUE_TABS as readonly string[]).includes(tab ?? '') ? (tab as QueueTab) : 'all', filters };
}

/** Whether any filter is in force. */
export function hasFilters(filters: ConversationQueueFilters): boolean {
  return Object.values(filters).some((value) => (Array.isArray(value) ? value.length > 0 : Boolean(value)));
}

/** The filters as the contract's query (days become the start and end of the day, in UTC). */
export function filterQuery(filters: ConversationQueueFilters): Omit<ConversationQuery, 'cursor' | 'state'> {
  const { from, to, ...rest } = filters;
  return {
    ...rest,
    ...(from ? { from: `${from}T00:00:00.000Z` } : {}),
    ...(to ? { to: `${to}T23:59:59.999Z` } : {}),
  };
}
