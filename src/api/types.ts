import type * as v from 'valibot';
import type { KnownChannel, KnownPriority, KnownTicketStatus } from '../core/vocabulary.js';
import type * as s from './schemas.js';
import type * as cs from './conversation-schemas.js';
import type * as ls from './live-schemas.js';
import type * as cases from './case-schemas.js';
import type * as is from './interaction-schemas.js';

// The contract's types, inferred from the runtime schemas so that the two cannot drift apart.

export type AgentRef = v.InferOutput<typeof s.AgentRefSchema>;
export type Me = v.InferOutput<typeof s.MeSchema>;
export type LookupRef = v.InferOutput<typeof s.LookupRefSchema>;
export type Customer = v.InferOutput<typeof s.CustomerSchema>;
export type Tag = v.InferOutput<typeof s.TagSchema>;
export type Ticket = v.InferOutput<typeof s.TicketSchema>;
export type Message = v.InferOutput<typeof s.MessageSchema>;
export type Note = v.InferOutput<typeof s.NoteSchema>;
export type Attachment = v.InferOutput<typeof s.AttachmentSchema>;
export type Lookups = v.InferOutput<typeof s.LookupsSchema>;
export type ChannelCategory = v.InferOutput<typeof s.ChannelCategorySchema>;
export type Conversation = v.InferOutput<typeof cs.ConversationSchema>;
export type ConversationCounts = v.InferOutput<typeof cs.ConversationCountsSchema>;
export type ConversationMessage = v.InferOutput<typeof cs.ConversationMessageSchema>;
export type SlaClock = v.InferOutput<typeof s.SlaClockSchema>;
export type TicketEvent = v.InferOutput<typeof cases.TicketEventSchema>;
export type TicketRef = v.InferOutput<typeof cases.TicketRefSchema>;
export type TicketAssociations = v.InferOutput<typeof cases.TicketAssociationsSchema>;
export type QueueItem = v.InferOutput<typeof cases.QueueItemSchema>;
export type CustomerAttachment = v.InferOutput<typeof cases.CustomerAttachmentSchema>;
export type BulkDeleteResult = v.InferOutput<typeof cases.BulkDeleteResultSchema>;
export type Interaction = v.InferOutput<typeof is.InteractionSchema>;
export type InteractionPatch = v.InferInput<typeof is.InteractionPatchSchema>;
/** One change of the live stream (`GET /events`). */
export type CxChange = v.InferOutput<typeof ls.ChangeEventSchema>;
export type Problem = v.InferOutput<typeof s.ProblemSchema>;
export type CustomerPatch = v.InferInput<typeof s.CustomerPatchSchema>;
export type TicketCreate = v.InferInput<typeof s.TicketCreateSchema>;
export type TicketPatch = v.InferInput<typeof s.TicketPatchSchema>;
export type NoteCreate = v.InferInput<typeof s.NoteCreateSchema>;

/** A known channel, or another string a newer server sends. */
export type Channel = KnownChannel | (string & {});
export type TicketStatus = KnownTicketStatus | (string & {});
export type Priority = KnownPriority | (string & {});

/** A page of a cursor-paged list. */
export interface Page<T> {
  items: T[];
  nextCursor?: string | null;
  /**
   * Items the server sent that break the contract, left out of `items` (the REST data source checks
   * each on its own): how many, and where the first one breaks it, for the agent's notice.
   */
  invalid?: { count: number; detail: string };
  /** How many items match in all, when the list says (grids page through with a total). */
  total?: number | null;
}

/** A resource with the version (HTTP ETag) it was read at, sent back as `If-Match` on update. */
export interface Versioned<T> {
  data: T;
  version?: string | null;
}

/** Filters of `GET /tickets`; every one is a server-side query parameter. */
export interface TicketQuery {
  customerId?: string;
  /** The contract's statuses: a misspelt one (`'on-hold'`) is a type error, not an empty list. */
  status?: KnownTicketStatus[];
  channel?: KnownChannel[];
  tag?: string[];
  q?: string;
  createdFrom?: string;
  createdTo?: string;
  reasonId?: string[];
  resultId?: string[];
  assigneeId?: string[];
  excludeId?: string;
  sort?: 'newest' | 'oldest';
  limit?: number;
  cursor?: string;
}

/** Filters of `GET /tickets/{id}/events`. */
export interface TicketEventQuery {
  type?: (typeof cases.TICKET_EVENT_TYPES)[number][];
  sort?: 'newest' | 'oldest';
  cursor?: string;
  limit?: number;
}

/** Filters and order of `GET /customers/{id}/attachments`. */
export interface CustomerAttachmentQuery {
  q?: string;
  source?: ('direct' | 'note' | 'email' | 'conversation')[];
  ticketId?: string[];
  uploadedById?: string[];
  contentType?: string[];
  from?: string;
  to?: string;
  sort?: (typeof cases.ATTACHMENT_SORTS)[number];
  order?: 'asc' | 'desc';
  cursor?: string;
  limit?: number;
}

/** Filters and order of `GET /interactions` (and, without paging, of its export). */
export interface InteractionQuery {
  createdFrom?: string;
  createdTo?: string;
  resultId?: string[];
  reasonId?: string[];
  channel?: KnownChannel[];
  channelCategoryId?: string[];
  customerId?: string[];
  agentId?: string[];
  queueId?: string[];
  direction?: 'inbound' | 'outbound';
  sla?: ('met' | 'breached' | 'pending')[];
  sentiment?: (typeof is.SENTIMENTS)[number][];
  csat?: ('1' | '2' | '3' | '4' | '5')[];
  tag?: string[];
  q?: string;
  sort?: (typeof is.INTERACTION_SORTS)[number];
  order?: 'asc' | 'desc';
  cursor?: string;
  limit?: number;
}

/** A conversation's state: the known ones, or another a newer server sends. */
export type ConversationState = (typeof cs.CONVERSATION_STATES)[number] | (string & {});

/** Filters of `GET /conversations` (and, but for `state`, `sort` and paging, of its counts). */
export interface ConversationQuery {
  /** The tab: `all`, or one state. */
  state?: 'all' | (typeof cs.CONVERSATION_STATES)[number];
  channel?: KnownChannel[];
  channelCategoryId?: string[];
  label?: string[];
  assigneeId?: string[];
  lastHandledById?: string[];
  type?: 'inbox' | 'outbox';
  from?: string;
  to?: string;
  q?: string;
  /** By last message, or longest waiting first. */
  sort?: 'newest' | 'oldest' | 'waiting';
  cursor?: string;
  limit?: number;
}

/** The filters conversation counts take: the list's, without the tab, order and paging. */
export type ConversationCountQuery = Omit<ConversationQuery, 'state' | 'sort' | 'cursor' | 'limit'>;
