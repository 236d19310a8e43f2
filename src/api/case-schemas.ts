import * as v from 'valibot';
import {
  Count,
  DateOrTime,
  Id,
  PageQuerySchema,
  Timestamp,
  countedPageOf,
  many,
  openEnum,
  pageOf,
  text,
} from './schema-primitives.js';
import { AgentRefSchema, AttachmentSchema, ChannelSchema, TicketStatusSchema } from './schemas.js';

// The case workspace (SPEC §4, from Dynamics 365): a case's timeline, its associations and queue
// item, and the attachments of all of a customer's cases with bulk delete. The SLA clocks are part
// of the ticket itself (see `SlaSchema` in schemas.ts).

export const TICKET_EVENT_TYPES = [
  'created',
  'status',
  'priority',
  'assignment',
  'note',
  'email',
  'call',
  'message',
  'attachment',
  'sla',
  'merge',
] as const;

export const TicketEventSchema = v.object({
  id: Id,
  ticketId: Id,
  type: openEnum(TICKET_EVENT_TYPES, 'What happened. Unknown types show generically, with their summary.'),
  at: Timestamp,
  actor: v.nullish(
    v.object({
      type: openEnum(['agent', 'customer', 'system', 'bot'], 'Who did it.'),
      id: v.nullish(Id),
      name: v.string(),
    }),
  ),
  summary: v.nullish(
    v.pipe(
      v.string(),
      v.description('Plain text: the note’s first line, the email’s subject, the file’s name.'),
    ),
  ),
  from: v.nullish(
    v.pipe(v.string(), v.description('For status, priority and assignment: the value before.')),
  ),
  to: v.nullish(v.pipe(v.string(), v.description('…and after (an agent’s name for assignment).'))),
  channel: v.nullish(ChannelSchema),
  direction: v.nullish(openEnum(['inbound', 'outbound'], 'For emails, calls and messages.')),
  durationSeconds: v.nullish(v.pipe(Count, v.description('For calls.'))),
  refId: v.nullish(v.pipe(Id, v.description('The note, message or attachment it is about.'))),
  sla: v.nullish(
    v.object({
      clock: openEnum(['firstResponse', 'nextResponse', 'resolution'], 'Which clock.'),
      outcome: openEnum(['met', 'breached', 'warning', 'paused', 'resumed'], 'What happened to it.'),
    }),
  ),
});

export const TicketEventPageSchema = pageOf(TicketEventSchema);

export const TicketEventQuerySchema = v.object({
  type: many(v.string(), 'Event type.'),
  sort: v.optional(v.pipe(v.picklist(['newest', 'oldest']), v.description('Time order.')), 'newest'),
  ...PageQuerySchema.entries,
});

/** A case as another case refers to it. */
export const TicketRefSchema = v.object({
  id: Id,
  number: v.string(),
  subject: v.string(),
  status: TicketStatusSchema,
});

export const TicketAssociationsSchema = v.object({
  parent: v.nullish(TicketRefSchema),
  children: v.array(TicketRefSchema),
  related: v.array(TicketRefSchema),
  /** Cases merged into this one. */
  merged: v.array(TicketRefSchema),
  mergedInto: v.nullish(v.pipe(TicketRefSchema, v.description('The case this one was merged into.'))),
});

export const QueueItemSchema = v.object({
  queue: v.object({ id: Id, name: v.string() }),
  enteredAt: Timestamp,
  workedBy: v.nullish(AgentRefSchema),
  workedSince: v.nullish(Timestamp),
});

/** The case's place in a queue; `item` is null when it waits in none. */
export const TicketQueueItemSchema = v.object({ item: v.nullable(QueueItemSchema) });

export const CustomerAttachmentSchema = v.object({
  ...AttachmentSchema.entries,
  ticket: v.nullish(v.pipe(TicketRefSchema, v.description('The case it is attached to.'))),
});

export const CustomerAttachmentPageSchema = countedPageOf(CustomerAttachmentSchema);

export const ATTACHMENT_SORTS = ['name', 'size', 'uploadedAt', 'uploadedBy', 'source', 'ticket'] as const;

export const CustomerAttachmentQuerySchema = v.object({
  q: text('Matched against the file name.'),
  source: many(v.string(), 'Where it came from (direct, note, email, conversation).'),
  ticketId: many(v.string(), 'Case id.'),
  uploadedById: many(v.string(), 'Uploading agent id.'),
  contentType: many(v.string(), 'MIME type, or a type’s start: `image/`.'),
  from: v.optional(v.pipe(DateOrTime, v.description('Uploaded at or after.'))),
  to: v.optional(v.pipe(DateOrTime, v.description('Uploaded at or before.'))),
  sort: v.optional(v.pipe(v.picklist(ATTACHMENT_SORTS), v.description('Sort column.')), 'uploadedAt'),
  order: v.optional(v.pipe(v.picklist(['asc', 'desc']), v.description('Sort direction.')), 'desc'),
  ...PageQuerySchema.entries,
});

export const BulkDeleteSchema = v.object({
  ids: v.pipe(v.array(Id), v.minLength(1), v.maxLength(500), v.description('Attachment ids (1–500).')),
});

/** Each file's outcome: some may be deleted and others refused (only direct uploads can be). */
export const BulkDeleteResultSchema = v.object({
  results: v.array(
    v.object({
      id: Id,
      ok: v.boolean(),
      status: v.pipe(v.number(), v.integer(), v.description('What a single DELETE would have answered.')),
      title: v.nullish(v.string()),
    }),
  ),
});
