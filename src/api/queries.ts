import type { QueryKey } from '@tanstack/query-core';
import type {
  ConversationCountQuery,
  ConversationQuery,
  CustomerAttachmentQuery,
  InteractionQuery,
  Page,
  TicketEventQuery,
  TicketQuery,
} from './types.js';

// The cache's keys, and the shapes of the queries the client hands the query controllers.

export type Filters<T> = Omit<T, 'cursor'>;

/**
 * Cache keys, one family per resource, so a mutation can find every view of what it changed. The
 * lookups (labels admins define, worded in the agent's language) are kept per language. Other data
 * keeps the language it was fetched in until it refreshes: keying tickets by language would blank a
 * list while it refetches, the moment an agent switches language.
 */
export const cxKeys = {
  all: ['cx'] as const,
  customer: (id: string) => ['cx', 'customer', id] as const,
  customerSearch: (q: string, limit?: number) => ['cx', 'customer-search', { q, limit }] as const,
  ticketLists: () => ['cx', 'tickets'] as const,
  tickets: (query: Filters<TicketQuery>) => ['cx', 'tickets', query] as const,
  ticket: (id: string) => ['cx', 'ticket', id] as const,
  messages: (ticketId: string) => ['cx', 'messages', ticketId] as const,
  notes: (ticketId: string) => ['cx', 'notes', ticketId] as const,
  attachments: (ticketId: string) => ['cx', 'attachments', ticketId] as const,
  agents: () => ['cx', 'agents'] as const,
  me: () => ['cx', 'me'] as const,
  lookups: (language = '') => ['cx', 'lookups', language] as const,
  conversationLists: () => ['cx', 'conversations'] as const,
  conversations: (query: Filters<ConversationQuery>) => ['cx', 'conversations', query] as const,
  conversationCounts: (query: ConversationCountQuery) => ['cx', 'conversation-counts', query] as const,
  conversation: (id: string) => ['cx', 'conversation', id] as const,
  conversationMessages: (id: string) => ['cx', 'conversation-messages', id] as const,
  ticketEvents: (ticketId: string, filters: Filters<TicketEventQuery>) =>
    ['cx', 'ticket-events', ticketId, filters] as const,
  ticketAssociations: (ticketId: string) => ['cx', 'ticket-associations', ticketId] as const,
  ticketQueueItem: (ticketId: string) => ['cx', 'ticket-queue-item', ticketId] as const,
  interactionLists: () => ['cx', 'interactions'] as const,
  interactions: (query: Filters<InteractionQuery>) => ['cx', 'interactions', query] as const,
  customerAttachments: (customerId: string, query: Filters<CustomerAttachmentQuery>) =>
    ['cx', 'customer-attachments', customerId, query] as const,
};

/** Options of a single-resource query, as the query controller takes them. */
export interface CxQueryOptions<T> {
  queryKey: QueryKey;
  queryFn: (context: { signal: AbortSignal }) => Promise<T>;
  staleTime?: number;
}

/** Options of a cursor-paged query. */
export interface CxPagedQueryOptions<T> {
  queryKey: QueryKey;
  queryFn: (context: { signal: AbortSignal; pageParam: string | undefined }) => Promise<Page<T>>;
  initialPageParam: string | undefined;
  getNextPageParam: (lastPage: Page<T>) => string | undefined;
  staleTime?: number;
  /** `keepPreviousData`: a new query shows the previous one's pages until its own arrive. */
  placeholderData?: <D>(previous: D | undefined) => D | undefined;
}

export function paged<T>(
  queryKey: QueryKey,
  fetchPage: (cursor: string | undefined, signal: AbortSignal) => Promise<Page<T>>,
): CxPagedQueryOptions<T> {
  return {
    queryKey,
    queryFn: ({ signal, pageParam }) => fetchPage(pageParam, signal),
    initialPageParam: undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  };
}
