import type * as v from 'valibot';
import type { KnownChannel, KnownPriority, KnownTicketStatus } from '../core/vocabulary.js';
import type * as s from './schemas.js';

// The contract's types, inferred from the runtime schemas so that the two cannot drift apart.

export type AgentRef = v.InferOutput<typeof s.AgentRefSchema>;
export type LookupRef = v.InferOutput<typeof s.LookupRefSchema>;
export type Customer = v.InferOutput<typeof s.CustomerSchema>;
export type Tag = v.InferOutput<typeof s.TagSchema>;
export type Ticket = v.InferOutput<typeof s.TicketSchema>;
export type Message = v.InferOutput<typeof s.MessageSchema>;
export type Note = v.InferOutput<typeof s.NoteSchema>;
export type Attachment = v.InferOutput<typeof s.AttachmentSchema>;
export type Conversation = v.InferOutput<typeof s.ConversationSchema>;
export type Lookups = v.InferOutput<typeof s.LookupsSchema>;
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

/** Filters of `GET /conversations`. */
export interface ConversationQuery {
  state?: 'all' | 'queued' | 'handled';
  channel?: KnownChannel[];
  label?: string[];
  assigneeId?: string[];
  type?: 'inbox' | 'outbox';
  from?: string;
  to?: string;
  q?: string;
  cursor?: string;
  limit?: number;
}
