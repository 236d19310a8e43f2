// Over 400 lines, knowingly: one class holds every read and write of the contract over one cache, so
// that a write finds every cached view of what it changed; cache keys and query shapes are in
// queries.ts, live updates in live.ts.
import { QueryClient, keepPreviousData, type InfiniteData } from '@tanstack/query-core';
import { cxKeys, paged, type CxPagedQueryOptions, type CxQueryOptions, type Filters } from './queries.js';
import { lazyDataSource } from './lazy-data-source.js';
import { isCxApiError } from './errors.js';
import { unsupported } from './unsupported.js';
import { LiveUpdates } from './live.js';
import { liveRestOptions, type CxDataOptions } from '../core/options.js';
import type {
  AddNoteOptions,
  CallOptions,
  ConversationActionOptions,
  CreateTicketOptions,
  CxDataSource,
  OptionalOperation,
  UpdateOptions,
  UploadOptions,
} from './data-source.js';
import type {
  AgentRef,
  Attachment,
  BulkDeleteResult,
  Conversation,
  ConversationCountQuery,
  ConversationCounts,
  ConversationMessage,
  ConversationQuery,
  Customer,
  CustomerAttachment,
  CustomerAttachmentQuery,
  CustomerPatch,
  Interaction,
  InteractionPatch,
  InteractionQuery,
  Lookups,
  Me,
  Message,
  Note,
  NoteCreate,
  Page,
  QueueItem,
  Ticket,
  TicketAssociations,
  TicketEvent,
  TicketEventQuery,
  TicketCreate,
  TicketPatch,
  TicketQuery,
  Versioned,
} from './types.js';

export { cxKeys, type CxPagedQueryOptions, type CxQueryOptions } from './queries.js';

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

  /** The live stream of changes, while widgets show data (see live.ts). */
  readonly live: LiveUpdates;

  constructor(
    readonly dataSource: CxDataSource,
    refresh: { live?: () => boolean; refreshIntervalMs?: () => number | undefined } = {},
  ) {
    this.queryClient = new QueryClient({
      defaultOptions: {
        queries: {
          // With no live stream, what widgets show refetches on an interval the host sets.
          refetchInterval: () =>
            this.live.status === 'live' ? false : (refresh.refreshIntervalMs?.() ?? false),
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
    this.live = new LiveUpdates(this.queryClient, dataSource, { enabled: refresh.live ?? (() => true) });
    this.live.start();
    this.hostInterval = refresh.refreshIntervalMs ?? (() => undefined);
  }

  private readonly hostInterval: () => number | undefined;

  /** How often the host asked for data to be fetched again without a live stream (ms), if it did. */
  get refreshIntervalMs(): number | undefined {
    return this.hostInterval();
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

  me(language?: string): CxQueryOptions<Me> {
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

  /** The inbox's tab badges; fails with kind `unsupported` when the data source has no counts. */
  conversationCounts(query: ConversationCountQuery, language?: string): CxQueryOptions<ConversationCounts> {
    return {
      queryKey: cxKeys.conversationCounts(query),
      queryFn: ({ signal }) => this.operation('countConversations')(query, { signal, language }),
    };
  }

  conversation(id: string, language?: string): CxQueryOptions<Conversation> {
    return {
      queryKey: cxKeys.conversation(id),
      queryFn: ({ signal }) => this.operation('getConversation')(id, { signal, language }),
    };
  }

  conversationMessages(id: string, language?: string): CxPagedQueryOptions<ConversationMessage> {
    return paged(cxKeys.conversationMessages(id), (cursor, signal) =>
      this.operation('listConversationMessages')(id, { cursor }, { signal, language }),
    );
  }

  /** A case's timeline (optionally only some types of event), paged. */
  ticketEvents(
    ticketId: string,
    filters: Filters<TicketEventQuery> = {},
    language?: string,
  ): CxPagedQueryOptions<TicketEvent> {
    return paged(cxKeys.ticketEvents(ticketId, filters), (cursor, signal) =>
      this.operation('listTicketEvents')(ticketId, { ...filters, cursor }, { signal, language }),
    );
  }

  ticketAssociations(ticketId: string, language?: string): CxQueryOptions<TicketAssociations> {
    return {
      queryKey: cxKeys.ticketAssociations(ticketId),
      queryFn: ({ signal }) => this.operation('getTicketAssociations')(ticketId, { signal, language }),
    };
  }

  ticketQueueItem(ticketId: string, language?: string): CxQueryOptions<QueueItem | null> {
    return {
      queryKey: cxKeys.ticketQueueItem(ticketId),
      queryFn: ({ signal }) => this.operation('getTicketQueueItem')(ticketId, { signal, language }),
    };
  }

  /** Every file of a customer's cases: searched, filtered and sorted by the server, with a total. */
  customerAttachments(
    customerId: string,
    query: Filters<CustomerAttachmentQuery> = {},
    language?: string,
  ): CxPagedQueryOptions<CustomerAttachment> {
    return paged(cxKeys.customerAttachments(customerId, query), (cursor, signal) =>
      this.operation('listCustomerAttachments')(customerId, { ...query, cursor }, { signal, language }),
    );
  }

  /** Service records across customers: filtered and sorted by the server, each page with `total`. */
  interactions(query: Filters<InteractionQuery>, language?: string): CxPagedQueryOptions<Interaction> {
    return {
      ...paged(cxKeys.interactions(query), (cursor, signal) =>
        this.operation('listInteractions')({ ...query, cursor }, { signal, language }),
      ),
      // A new sort or filter keeps the rows in view until the new ones come (a grid's header and
      // the cell with focus stay put; the grid says it is busy meanwhile).
      placeholderData: keepPreviousData,
    };
  }

  /** An optional operation of the data source, bound; kind `unsupported` when it is left out. */
  private operation<K extends OptionalOperation>(name: K): NonNullable<CxDataSource[K]> {
    const call = this.dataSource[name];
    if (!call) throw unsupported(name);
    return (call as (...args: never[]) => unknown).bind(this.dataSource) as NonNullable<CxDataSource[K]>;
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
      const updated = await this.live.track(
        this.dataSource.updateCustomer(id, patch, {
          ...options,
          version: options.version ?? previous?.version,
        }),
      );
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
    const ticket = await this.live.track(this.dataSource.createTicket(input, options));
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
    const updated = await this.live.track(
      this.dataSource.updateTicket(id, patch, { ...options, version: options.version ?? previous?.version }),
    );
    this.queryClient.setQueryData(cxKeys.ticket(id), updated);
    this.replaceInLists(cxKeys.ticketLists(), updated.data);
    return updated;
  }

  async addNote(ticketId: string, note: NoteCreate, options?: AddNoteOptions): Promise<Note> {
    const created = await this.live.track(this.dataSource.addNote(ticketId, note, options));
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
    await this.live.track(this.dataSource.deleteAttachment(id, options));
    await this.queryClient.invalidateQueries({
      queryKey: ticketId ? cxKeys.attachments(ticketId) : ['cx', 'attachments'],
    });
  }

  /**
   * Deletes many files at once; each has its own outcome (only direct uploads can be deleted), and
   * every list of files refreshes.
   */
  async deleteAttachments(ids: string[], options?: CallOptions): Promise<BulkDeleteResult> {
    try {
      return await this.live.track(this.operation('deleteAttachments')(ids, options));
    } finally {
      await Promise.all([
        this.queryClient.invalidateQueries({ queryKey: ['cx', 'attachments'] }),
        this.queryClient.invalidateQueries({ queryKey: ['cx', 'customer-attachments'] }),
      ]);
    }
  }

  /**
   * A supervisor sets sentiment or CSAT: every list showing the record shows it at once, and goes
   * back if the server refuses; a conflict (someone set it first) shows the server's record.
   */
  async updateInteraction(
    id: string,
    patch: InteractionPatch,
    options: UpdateOptions = {},
  ): Promise<Versioned<Interaction>> {
    const previous = this.interactionFromLists(id);
    if (previous) this.putInteraction({ ...previous, ...patch } as Interaction);
    try {
      // Against the version this page shows (after a conflict: the server's, which the lists now hold).
      const version = options.version ?? previous?.version;
      const updated = await this.live.track(
        this.operation('updateInteraction')(id, patch, { ...options, version }),
      );
      this.putInteraction(updated.data);
      return updated;
    } catch (error) {
      const current =
        isCxApiError(error) && error.kind === 'conflict'
          ? (error.current as Versioned<Interaction>)
          : undefined;
      if (current?.data) this.putInteraction(current.data);
      else if (previous) this.putInteraction(previous);
      throw error;
    }
  }

  /**
   * Every page of what the filters keep, one after another, past the cache (an export reads
   * 100,000 rows once; keeping them would only fill memory). Stops when `signal` aborts.
   */
  async *interactionPages(
    query: Omit<InteractionQuery, 'cursor' | 'limit'>,
    options: { signal?: AbortSignal; language?: string; pageSize?: number } = {},
  ): AsyncGenerator<Page<Interaction>> {
    const list = this.operation('listInteractions');
    let cursor: string | undefined;
    do {
      options.signal?.throwIfAborted();
      const page = await list(
        { ...query, cursor, limit: options.pageSize ?? 200 },
        { signal: options.signal, language: options.language },
      );
      yield page;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }

  /** The server's CSV of what the filters keep (kind `unsupported` when it has none: write your own). */
  exportInteractions(
    query: Omit<InteractionQuery, 'cursor' | 'limit'>,
    options?: CallOptions,
  ): Promise<Blob> {
    return this.operation('exportInteractions')(query, options);
  }

  private interactionFromLists(id: string): Interaction | undefined {
    for (const [, data] of this.queryClient.getQueriesData<InfiniteData<Page<Interaction>>>({
      queryKey: cxKeys.interactionLists(),
    }))
      for (const page of data?.pages ?? []) {
        const found = page.items.find((item) => item.id === id);
        if (found) return found;
      }
    return undefined;
  }

  private putInteraction(record: Interaction): void {
    this.replaceInLists(cxKeys.interactionLists(), record);
  }

  /**
   * Takes a conversation for `agentId`. With `expectedAssigneeId` (who the agent saw handling it),
   * someone else having taken it first fails with kind `conflict`; either way every view of the
   * conversation shows it as it is now.
   */
  assignConversation(
    id: string,
    agentId: string,
    options?: ConversationActionOptions,
  ): Promise<Conversation> {
    return this.changeConversation(() => this.dataSource.assignConversation(id, agentId, options));
  }

  /** Lets a conversation go back to the queue. */
  unassignConversation(id: string, options?: ConversationActionOptions): Promise<Conversation> {
    return this.changeConversation(() => this.operation('unassignConversation')(id, options));
  }

  resolveConversation(id: string, options?: ConversationActionOptions): Promise<Conversation> {
    return this.changeConversation(() => this.operation('resolveConversation')(id, options));
  }

  private async changeConversation(change: () => Promise<Conversation>): Promise<Conversation> {
    try {
      const conversation = await this.live.track(change());
      this.putConversation(conversation);
      return conversation;
    } catch (error) {
      // Taken first by someone else: the server said how it is now; every view shows that.
      if (isCxApiError(error) && error.kind === 'conflict' && error.current)
        this.putConversation((error.current as Versioned<Conversation>).data);
      throw error;
    } finally {
      await Promise.all([
        this.queryClient.invalidateQueries({ queryKey: cxKeys.conversationLists() }),
        this.queryClient.invalidateQueries({ queryKey: ['cx', 'conversation-counts'] }),
      ]);
    }
  }

  /** A conversation as the server has it now, in its own query and in every list that shows it. */
  private putConversation(conversation: Conversation): void {
    this.queryClient.setQueryData(cxKeys.conversation(conversation.id), conversation);
    this.replaceInLists(cxKeys.conversationLists(), conversation);
  }

  /** Puts `item` in place of the item with its id, in every cached paged list under `listsKey`. */
  private replaceInLists<T extends { id: string }>(listsKey: readonly unknown[], item: T): void {
    this.queryClient.setQueriesData<InfiniteData<Page<T>>>({ queryKey: listsKey }, (data) =>
      data
        ? {
            ...data,
            pages: data.pages.map((page) => ({
              ...page,
              items: page.items.map((entry) => (entry.id === item.id ? item : entry)),
            })),
          }
        : data,
    );
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
    this.live.stop();
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
  // Read at the moment they matter, like the REST options: the provider's current values.
  const refresh = {
    live: () => options.live !== false,
    refreshIntervalMs: () => options.refreshIntervalMs,
  };
  if (options.dataSource) return new CxClient(options.dataSource, refresh);
  if (options.baseUrl) {
    const rest = liveRestOptions(options, options.baseUrl);
    return new CxClient(
      lazyDataSource(() =>
        import('./rest-data-source.js').then((module) => module.createRestDataSource(rest)),
      ),
      refresh,
    );
  }
  return undefined;
}
