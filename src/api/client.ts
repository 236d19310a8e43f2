import { QueryClient, type InfiniteData, type QueryKey } from '@tanstack/query-core';
import { lazyDataSource } from './lazy-data-source.js';
import { liveRestOptions, type CxDataOptions } from '../core/options.js';
import type {
  AddNoteOptions,
  CallOptions,
  CreateTicketOptions,
  CxDataSource,
  UpdateOptions,
  UploadOptions,
} from './data-source.js';
import type {
  AgentRef,
  Attachment,
  Conversation,
  ConversationQuery,
  Customer,
  CustomerPatch,
  Lookups,
  Message,
  Note,
  NoteCreate,
  Page,
  Ticket,
  TicketCreate,
  TicketPatch,
  TicketQuery,
  Versioned,
} from './types.js';

type Filters<T> = Omit<T, 'cursor'>;

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
  conversations: (query: Filters<ConversationQuery>) => ['cx', 'conversations', query] as const,
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
}

function paged<T>(
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

/** Applies a customer patch the way the server will, for the optimistic view. */
function patchedCustomer(customer: Customer, patch: CustomerPatch): Customer {
  const { ownerId: _ownerId, attributes, ...fields } = patch;
  return {
    ...customer,
    ...fields,
    attributes: attributes ? { ...customer.attributes, ...attributes } : customer.attributes,
  } as Customer;
}

/**
 * A data source with the shared cache in front of it: one per configuration scope (a
 * `<cx-provider>` or the page-wide `configure()`). Widgets read through its query options and change
 * data through its methods, which keep every cached view of that data current.
 */
export class CxClient {
  readonly queryClient: QueryClient;

  constructor(readonly dataSource: CxDataSource) {
    this.queryClient = new QueryClient({
      defaultOptions: {
        queries: {
          // The data source retries what is worth retrying; the cache must not multiply it.
          retry: false,
          // Stale-while-revalidate: cached data shows at once, and refreshes in the background when
          // older than this, when a new widget asks for it, or when the window regains focus.
          staleTime: 30_000,
          gcTime: 5 * 60_000,
        },
      },
    });
    this.queryClient.mount();
  }

  // ---- reads: each takes the agent's language, which the data source sends along ----

  customer(id: string, language?: string): CxQueryOptions<Versioned<Customer>> {
    return {
      queryKey: cxKeys.customer(id),
      queryFn: ({ signal }) => this.dataSource.getCustomer(id, { signal, language }),
    };
  }

  customerSearch(q: string, limit = 10, language?: string): CxQueryOptions<Page<Customer>> {
    return {
      queryKey: cxKeys.customerSearch(q, limit),
      queryFn: ({ signal }) => this.dataSource.searchCustomers({ q, limit }, { signal, language }),
    };
  }

  tickets(query: Filters<TicketQuery>, language?: string): CxPagedQueryOptions<Ticket> {
    return paged(cxKeys.tickets(query), (cursor, signal) =>
      this.dataSource.listTickets({ ...query, cursor }, { signal, language }),
    );
  }

  ticket(id: string, language?: string): CxQueryOptions<Versioned<Ticket>> {
    return {
      queryKey: cxKeys.ticket(id),
      queryFn: ({ signal }) => this.dataSource.getTicket(id, { signal, language }),
    };
  }

  messages(ticketId: string, language?: string): CxPagedQueryOptions<Message> {
    return paged(cxKeys.messages(ticketId), (cursor, signal) =>
      this.dataSource.listMessages(ticketId, { cursor }, { signal, language }),
    );
  }

  notes(ticketId: string, language?: string): CxPagedQueryOptions<Note> {
    return paged(cxKeys.notes(ticketId), (cursor, signal) =>
      this.dataSource.listNotes(ticketId, { cursor }, { signal, language }),
    );
  }

  attachments(ticketId: string, language?: string): CxQueryOptions<Page<Attachment>> {
    return {
      queryKey: cxKeys.attachments(ticketId),
      queryFn: ({ signal }) => this.dataSource.listAttachments(ticketId, { signal, language }),
    };
  }

  agents(language?: string): CxQueryOptions<Page<AgentRef>> {
    return {
      queryKey: cxKeys.agents(),
      queryFn: ({ signal }) => this.dataSource.listAgents({ signal, language }),
      staleTime: 10 * 60_000,
    };
  }

  me(language?: string): CxQueryOptions<AgentRef> {
    return {
      queryKey: cxKeys.me(),
      queryFn: ({ signal }) => this.dataSource.getMe({ signal, language }),
      staleTime: 10 * 60_000,
    };
  }

  lookups(language?: string): CxQueryOptions<Lookups> {
    return {
      queryKey: cxKeys.lookups(language),
      queryFn: ({ signal }) => this.dataSource.getLookups({ signal, language }),
      staleTime: 10 * 60_000,
    };
  }

  conversations(query: Filters<ConversationQuery>, language?: string): CxPagedQueryOptions<Conversation> {
    return paged(cxKeys.conversations(query), (cursor, signal) =>
      this.dataSource.listConversations({ ...query, cursor }, { signal, language }),
    );
  }

  // ---- writes: each keeps every cached view of what it changed current ----

  /**
   * Saves a customer change. Every widget showing the customer shows the change at once
   * (optimistically) and goes back to what it showed if the server refuses.
   */
  async updateCustomer(
    id: string,
    patch: CustomerPatch,
    options: UpdateOptions = {},
  ): Promise<Versioned<Customer>> {
    const key = cxKeys.customer(id);
    await this.queryClient.cancelQueries({ queryKey: key });
    const previous = this.queryClient.getQueryData<Versioned<Customer>>(key);
    if (previous)
      this.queryClient.setQueryData(key, { ...previous, data: patchedCustomer(previous.data, patch) });
    try {
      const updated = await this.dataSource.updateCustomer(id, patch, {
        ...options,
        version: options.version ?? previous?.version,
      });
      this.queryClient.setQueryData(key, updated);
      this.queryClient.setQueriesData<Page<Customer>>({ queryKey: ['cx', 'customer-search'] }, (page) =>
        page ? { ...page, items: page.items.map((item) => (item.id === id ? updated.data : item)) } : page,
      );
      return updated;
    } catch (error) {
      if (previous) this.queryClient.setQueryData(key, previous);
      throw error;
    }
  }

  /** Puts a version of a customer into the cache (e.g. the server's, after a conflict). */
  setCustomer(value: Versioned<Customer>): void {
    this.queryClient.setQueryData(cxKeys.customer(value.data.id), value);
  }

  /** Creates a case; every ticket history of that customer then refreshes. */
  async createTicket(input: TicketCreate, options: CreateTicketOptions): Promise<Ticket> {
    const ticket = await this.dataSource.createTicket(input, options);
    this.queryClient.setQueryData(cxKeys.ticket(ticket.id), { data: ticket, version: null });
    await this.invalidateTicketLists(ticket.customerId);
    return ticket;
  }

  async updateTicket(
    id: string,
    patch: TicketPatch,
    options: UpdateOptions = {},
  ): Promise<Versioned<Ticket>> {
    const previous = this.queryClient.getQueryData<Versioned<Ticket>>(cxKeys.ticket(id));
    const updated = await this.dataSource.updateTicket(id, patch, {
      ...options,
      version: options.version ?? previous?.version,
    });
    this.queryClient.setQueryData(cxKeys.ticket(id), updated);
    this.queryClient.setQueriesData<InfiniteData<Page<Ticket>>>({ queryKey: cxKeys.ticketLists() }, (data) =>
      data
        ? {
            ...data,
            pages: data.pages.map((page) => ({
              ...page,
              items: page.items.map((item) => (item.id === id ? updated.data : item)),
            })),
          }
        : data,
    );
    return updated;
  }

  async addNote(ticketId: string, note: NoteCreate, options?: AddNoteOptions): Promise<Note> {
    const created = await this.dataSource.addNote(ticketId, note, options);
    await Promise.all([
      this.queryClient.invalidateQueries({ queryKey: cxKeys.notes(ticketId) }),
      this.queryClient.invalidateQueries({ queryKey: cxKeys.attachments(ticketId) }),
      this.queryClient.invalidateQueries({ queryKey: cxKeys.ticket(ticketId) }),
    ]);
    return created;
  }

  uploadAttachment(file: File, options?: UploadOptions): Promise<Attachment> {
    return this.dataSource.uploadAttachment(file, options);
  }

  async deleteAttachment(id: string, ticketId?: string, options?: CallOptions): Promise<void> {
    await this.dataSource.deleteAttachment(id, options);
    await this.queryClient.invalidateQueries({
      queryKey: ticketId ? cxKeys.attachments(ticketId) : ['cx', 'attachments'],
    });
  }

  async assignConversation(id: string, agentId: string, options?: CallOptions): Promise<Conversation> {
    const conversation = await this.dataSource.assignConversation(id, agentId, options);
    await this.queryClient.invalidateQueries({ queryKey: ['cx', 'conversations'] });
    return conversation;
  }

  /** Refetches every ticket list of a customer (or all lists). */
  invalidateTicketLists(customerId?: string): Promise<void> {
    return this.queryClient.invalidateQueries({
      queryKey: cxKeys.ticketLists(),
      predicate: (query) =>
        !customerId || (query.queryKey[2] as TicketQuery | undefined)?.customerId === customerId,
    });
  }

  /** Stops background work (focus and reconnect refetching) and forgets the cache. */
  dispose(): void {
    this.queryClient.unmount();
    this.queryClient.clear();
  }
}

export type { CxDataOptions };

/**
 * The client for a scope's data options; undefined when they name no data source. `options` is read
 * again at each request for everything but the data source and base URL (see options.ts), so pass
 * the live object (the provider, the page-wide configuration), not a copy.
 */
export function createClient(options: CxDataOptions): CxClient | undefined {
  if (options.dataSource) return new CxClient(options.dataSource);
  if (options.baseUrl) {
    const rest = liveRestOptions(options, options.baseUrl);
    return new CxClient(
      lazyDataSource(() =>
        import('./rest-data-source.js').then((module) => module.createRestDataSource(rest)),
      ),
    );
  }
  return undefined;
}
