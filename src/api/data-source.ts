import type {
  AgentRef,
  Me,
  Attachment,
  BulkDeleteResult,
  CustomerAttachment,
  CustomerAttachmentQuery,
  Interaction,
  InteractionPatch,
  InteractionQuery,
  QueueItem,
  TicketAssociations,
  TicketEvent,
  TicketEventQuery,
  Conversation,
  ConversationCountQuery,
  ConversationCounts,
  ConversationMessage,
  ConversationQuery,
  Customer,
  CxChange,
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

import type { SubscribeOptions } from './event-stream.js';
export type { LiveStatus, SubscribeOptions } from './event-stream.js';

/**
 * Every call takes a signal (the widgets abort what they no longer need) and the agent's language
 * (a BCP 47 tag; the REST data source sends it as `Accept-Language`, so lookup labels and problem
 * details come back in the language the widget shows).
 */
export interface CallOptions {
  signal?: AbortSignal;
  language?: string;
}

export interface UpdateOptions extends CallOptions {
  /** The version the change is based on (sent as `If-Match`); a stale one fails with kind `conflict`. */
  version?: string | null;
}

export interface CreateTicketOptions extends CallOptions {
  /**
   * One key per draft, reused on every retry of that draft, so the server creates the case once
   * however often a flaky network makes us send it.
   */
  idempotencyKey: string;
}

export interface AddNoteOptions extends CallOptions {
  /**
   * A key the server recognises on a repeat (the same note sent again after a lost answer): it
   * adds the note once. Optional in the contract; with it, the note is safe to retry.
   */
  idempotencyKey?: string;
}

export interface ConversationActionOptions extends CallOptions {
  /**
   * Who the agent saw handling the conversation (null: no one). When someone else has it now, the
   * call fails with kind `conflict`, `current` holding the conversation as it is.
   */
  expectedAssigneeId?: string | null;
}

export interface UploadOptions extends CallOptions {
  /** Called as bytes go out: `loaded` of `total` bytes. */
  onProgress?: (progress: { loaded: number; total: number }) => void;
}

/**
 * The host API as the widgets see it: one method per operation of the contract. cxkit ships a REST
 * implementation (`createRestDataSource`); an integrator whose API is shaped differently implements
 * this interface instead (see the README's "Custom data source"). Methods reject with `CxApiError`.
 */
export interface CxDataSource {
  getCustomer(id: string, options?: CallOptions): Promise<Versioned<Customer>>;
  updateCustomer(id: string, patch: CustomerPatch, options?: UpdateOptions): Promise<Versioned<Customer>>;
  searchCustomers(query: { q: string; limit?: number }, options?: CallOptions): Promise<Page<Customer>>;

  listTickets(query: TicketQuery, options?: CallOptions): Promise<Page<Ticket>>;
  getTicket(id: string, options?: CallOptions): Promise<Versioned<Ticket>>;
  listMessages(ticketId: string, query?: { cursor?: string }, options?: CallOptions): Promise<Page<Message>>;
  listNotes(ticketId: string, query?: { cursor?: string }, options?: CallOptions): Promise<Page<Note>>;
  createTicket(input: TicketCreate, options: CreateTicketOptions): Promise<Ticket>;
  updateTicket(id: string, patch: TicketPatch, options?: UpdateOptions): Promise<Versioned<Ticket>>;
  addNote(ticketId: string, note: NoteCreate, options?: AddNoteOptions): Promise<Note>;

  uploadAttachment(file: File, options?: UploadOptions): Promise<Attachment>;
  listAttachments(ticketId: string, options?: CallOptions): Promise<Page<Attachment>>;
  deleteAttachment(id: string, options?: CallOptions): Promise<void>;

  listAgents(options?: CallOptions): Promise<Page<AgentRef>>;
  getMe(options?: CallOptions): Promise<Me>;
  getLookups(options?: CallOptions): Promise<Lookups>;

  listConversations(query: ConversationQuery, options?: CallOptions): Promise<Page<Conversation>>;
  /** Rejects with kind `conflict` and the conversation as it is now (`current`) when someone else took it first. */
  assignConversation(id: string, agentId: string, options?: ConversationActionOptions): Promise<Conversation>;

  // ---- optional: the second wave's operations. A data source may leave any out; a widget that
  // needs one says so (kind `unsupported`) and everything else works. ----

  /** How many conversations each state holds, under the list's filters (the inbox's tab badges). */
  countConversations?(query: ConversationCountQuery, options?: CallOptions): Promise<ConversationCounts>;
  getConversation?(id: string, options?: CallOptions): Promise<Conversation>;
  listConversationMessages?(
    id: string,
    query?: { cursor?: string; limit?: number },
    options?: CallOptions,
  ): Promise<Page<ConversationMessage>>;
  /** Back to the queue. */
  unassignConversation?(id: string, options?: ConversationActionOptions): Promise<Conversation>;
  resolveConversation?(id: string, options?: ConversationActionOptions): Promise<Conversation>;

  /** A case's timeline, newest first unless asked otherwise. */
  listTicketEvents?(
    ticketId: string,
    query?: TicketEventQuery,
    options?: CallOptions,
  ): Promise<Page<TicketEvent>>;
  getTicketAssociations?(ticketId: string, options?: CallOptions): Promise<TicketAssociations>;
  /** The case's place in a queue; null when it waits in none. */
  getTicketQueueItem?(ticketId: string, options?: CallOptions): Promise<QueueItem | null>;
  /** Every file of a customer's cases, searchable and sortable, with a total. */
  listCustomerAttachments?(
    customerId: string,
    query?: CustomerAttachmentQuery,
    options?: CallOptions,
  ): Promise<Page<CustomerAttachment>>;
  /** Deletes many files at once; each has its own outcome (only direct uploads can be deleted). */
  deleteAttachments?(ids: string[], options?: CallOptions): Promise<BulkDeleteResult>;

  /** Service records across customers, filtered and sorted by the server, with `total`. */
  listInteractions?(query: InteractionQuery, options?: CallOptions): Promise<Page<Interaction>>;
  /** A supervisor sets sentiment or CSAT; `version` is the record's, a stale one fails with kind `conflict`. */
  updateInteraction?(
    id: string,
    patch: InteractionPatch,
    options?: UpdateOptions,
  ): Promise<Versioned<Interaction>>;
  /** The records the filters keep, as the server's CSV (the log writes its own when this is absent). */
  exportInteractions?(
    query: Omit<InteractionQuery, 'cursor' | 'limit'>,
    options?: CallOptions,
  ): Promise<Blob>;

  /**
   * Live updates: calls `onChange` with each change the server announces (the REST data source
   * follows `GET /events`, reconnecting and resuming by itself) until the returned function is
   * called. Without it, widgets refetch on focus and on the scope's `refreshIntervalMs`.
   */
  subscribe?(onChange: (change: CxChange) => void, options?: SubscribeOptions): () => void;
}

/** The operations a data source may leave out. */
export type OptionalOperation = {
  [K in keyof CxDataSource]-?: undefined extends CxDataSource[K] ? K : never;
}[keyof CxDataSource];
