import * as v from 'valibot';
import { CHANNELS, PRIORITIES, TICKET_STATUSES } from '../core/vocabulary.js';
import {
  DateOrTime,
  Id,
  PageQuerySchema,
  Timestamp,
  many,
  openEnum,
  pageOf,
  text,
} from './schema-primitives.js';

// The host-API contract (SPEC §5) as runtime schemas: the REST data source validates every response
// with them, the TypeScript types are inferred from them, and openapi.json is generated from them.
// Enums a server sends are "open": the known values, or any other string, which the widgets render
// generically, so a new channel on the server never breaks a widget. Request bodies are closed.

export { pageOf, pageItemSchema, countedPageOf, PageQuerySchema } from './schema-primitives.js';

export const ChannelSchema = openEnum(CHANNELS, 'Contact channel.');
export const TicketStatusSchema = openEnum(TICKET_STATUSES, 'Ticket status.');
export const PrioritySchema = openEnum(PRIORITIES, 'Ticket priority.');
export const DirectionSchema = openEnum(['inbound', 'outbound'], 'Who started it: the customer or us.');
export const BodyFormatSchema = openEnum(
  ['text', 'html'],
  'How `body` is written. Unknown formats show as text.',
);
export const AttachmentSourceSchema = openEnum(
  ['direct', 'note', 'email', 'conversation'],
  'Where the file came from; only `direct` uploads can be deleted.',
);

export const AgentRefSchema = v.object({
  id: Id,
  name: v.string(),
  avatarUrl: v.nullish(v.string()),
});

/** The signed-in agent (`GET /me`): who they are, and what the host lets them do. */
export const MeSchema = v.object({
  ...AgentRefSchema.entries,
  permissions: v.nullish(
    v.object({
      assignOthers: v.nullish(
        v.pipe(
          v.boolean(),
          v.description('May give conversations to other agents (a supervisor); otherwise only take them.'),
        ),
      ),
      rateInteractions: v.nullish(
        v.pipe(
          v.boolean(),
          v.description('May set sentiment and CSAT on service records (a supervisor or quality analyst).'),
        ),
      ),
    }),
  ),
});

export const LookupRefSchema = v.object({ id: Id, label: v.string() });

export const CustomerSchema = v.object({
  id: Id,
  name: v.string(),
  email: v.nullish(v.string()),
  phone: v.nullish(v.string()),
  company: v.nullish(v.string()),
  avatarUrl: v.nullish(v.string()),
  labels: v.array(v.string()),
  owner: v.nullish(AgentRefSchema),
  channels: v.array(v.object({ type: ChannelSchema, handle: v.string() })),
  attributes: v.record(v.string(), v.nullable(v.union([v.string(), v.number(), v.boolean()]))),
  locale: v.nullish(v.string()),
  timezone: v.nullish(v.string()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const TagSchema = v.object({
  name: v.string(),
  source: openEnum(['agent', 'ai', 'rule'], 'Who applied the tag: an agent, AI, or an automation rule.'),
});

/** One clock a helpdesk runs on a case (Dynamics' SLA KPIs, the CX log's response verdict). */
export const SlaClockSchema = v.object({
  kind: openEnum(['firstResponse', 'nextResponse', 'resolution'], 'Which target the clock measures.'),
  state: openEnum(
    ['running', 'paused', 'met', 'breached'],
    'Running (due in the future or overdue), paused (waiting on the customer), met or breached.',
  ),
  dueAt: v.nullish(Timestamp),
  warnAt: v.nullish(v.pipe(Timestamp, v.description('When the clock turns to warning (nearly due).'))),
  metAt: v.nullish(Timestamp),
  breachedAt: v.nullish(Timestamp),
  pausedAt: v.nullish(Timestamp),
  /** Seconds the clock stood still while paused, already added to `dueAt`. */
  pausedSeconds: v.nullish(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

export const SlaSchema = v.object({
  firstResponseDueAt: v.nullish(Timestamp),
  resolveDueAt: v.nullish(Timestamp),
  firstRespondedAt: v.nullish(Timestamp),
  state: openEnum(['pending', 'met', 'breached'], 'Whether the service-level targets were met.'),
  policy: v.nullish(v.object({ id: Id, name: v.string() })),
  clocks: v.optional(v.array(SlaClockSchema)),
  thresholdSeconds: v.nullish(
    v.pipe(
      v.number(),
      v.integer(),
      v.minValue(0),
      v.description(
        'The verdict rule: met when the first response came within this (600, ten minutes, by default).',
      ),
    ),
  ),
});

export const TicketSchema = v.object({
  id: Id,
  number: v.pipe(v.string(), v.description('Human-readable ticket number, e.g. "CX-10234".')),
  customerId: Id,
  subject: v.string(),
  summary: v.nullish(v.string()),
  status: TicketStatusSchema,
  priority: PrioritySchema,
  channel: ChannelSchema,
  direction: DirectionSchema,
  assignee: v.nullish(AgentRefSchema),
  queue: v.nullish(v.object({ id: Id, name: v.string() })),
  tags: v.array(TagSchema),
  reason: v.nullish(LookupRefSchema),
  result: v.nullish(LookupRefSchema),
  notes: v.nullish(v.pipe(v.string(), v.description('Free-text notes on the record itself.'))),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  closedAt: v.nullish(Timestamp),
  lastInteractionAt: Timestamp,
  firstResponseSeconds: v.nullish(v.pipe(v.number(), v.minValue(0))),
  handleSeconds: v.nullish(v.pipe(v.number(), v.minValue(0))),
  sla: v.nullish(SlaSchema),
  sentiment: v.nullish(openEnum(['positive', 'neutral', 'negative'], 'Detected customer sentiment.')),
  csat: v.nullish(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5))),
  recordingUrl: v.nullish(v.string()),
  messageCount: v.nullish(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

export const AttachmentSchema = v.object({
  id: Id,
  name: v.string(),
  size: v.pipe(v.number(), v.integer(), v.minValue(0)),
  contentType: v.string(),
  url: v.pipe(
    v.string(),
    v.description(
      'Where the browser fetches the file: an absolute URL (a relative one resolves against the page).',
    ),
  ),
  source: AttachmentSourceSchema,
  uploadedBy: v.nullish(AgentRefSchema),
  uploadedAt: Timestamp,
});

export const MessageSchema = v.object({
  id: Id,
  ticketId: Id,
  author: v.object({
    type: openEnum(['customer', 'agent', 'bot', 'system'], 'Who wrote the message.'),
    id: v.nullish(Id),
    name: v.string(),
  }),
  direction: DirectionSchema,
  body: v.string(),
  bodyFormat: BodyFormatSchema,
  createdAt: Timestamp,
  attachments: v.array(AttachmentSchema),
});

export const NoteSchema = v.object({
  id: Id,
  ticketId: Id,
  author: AgentRefSchema,
  body: v.string(),
  bodyFormat: BodyFormatSchema,
  createdAt: Timestamp,
  attachments: v.array(AttachmentSchema),
});

/** A channel account conversations arrive on ("WhatsApp · Sales"), for the inbox's filter. */
export const ChannelCategorySchema = v.object({ id: Id, label: v.string(), channel: ChannelSchema });

export const LookupsSchema = v.object({
  reasons: v.array(LookupRefSchema),
  results: v.array(LookupRefSchema),
  tags: v.array(v.string()),
  // Added for the second wave's widgets; optional, so a data source written before them still conforms.
  conversationLabels: v.optional(
    v.pipe(v.array(v.string()), v.description('Labels conversations can carry (the inbox filters by them).')),
  ),
  channelCategories: v.optional(v.array(ChannelCategorySchema)),
  queues: v.optional(
    v.pipe(v.array(LookupRefSchema), v.description('The queues cases and conversations wait in.')),
  ),
});

export const CustomerPageSchema = pageOf(CustomerSchema);
export const TicketPageSchema = pageOf(TicketSchema);
export const MessagePageSchema = pageOf(MessageSchema);
export const NotePageSchema = pageOf(NoteSchema);
export const AttachmentPageSchema = pageOf(AttachmentSchema);
export const AgentPageSchema = pageOf(AgentRefSchema);

/** RFC 9457 problem details; servers may add members (ours adds `current` on 412). */
export const ProblemSchema = v.looseObject({
  type: v.optional(v.string(), 'about:blank'),
  title: v.string(),
  status: v.pipe(v.number(), v.integer()),
  detail: v.nullish(v.string()),
  instance: v.nullish(v.string()),
  errors: v.nullish(v.array(v.object({ field: v.string(), message: v.string() }))),
});

// ---- request bodies (what the widgets send; closed) ----

const ScalarAttribute = v.nullable(v.union([v.string(), v.number(), v.boolean()]));

export const CustomerPatchSchema = v.object({
  name: v.optional(v.pipe(v.string(), v.minLength(1))),
  email: v.optional(v.nullable(v.string())),
  phone: v.optional(v.nullable(v.string())),
  company: v.optional(v.nullable(v.string())),
  labels: v.optional(v.array(v.string())),
  ownerId: v.optional(v.nullable(Id)),
  attributes: v.optional(v.record(v.string(), ScalarAttribute)),
});

export const TicketCreateSchema = v.object({
  customerId: Id,
  subject: v.pipe(v.string(), v.minLength(1)),
  description: v.pipe(v.string(), v.description('Sanitized HTML.')),
  status: v.picklist(TICKET_STATUSES),
  priority: v.picklist(PRIORITIES),
  reasonId: v.optional(v.nullable(Id)),
  attachmentIds: v.array(Id),
  notes: v.array(v.object({ body: v.string(), attachmentIds: v.array(Id) })),
});

export const TicketPatchSchema = v.object({
  subject: v.optional(v.pipe(v.string(), v.minLength(1))),
  status: v.optional(v.picklist(TICKET_STATUSES)),
  priority: v.optional(v.picklist(PRIORITIES)),
  assigneeId: v.optional(v.nullable(Id)),
  reasonId: v.optional(v.nullable(Id)),
  resultId: v.optional(v.nullable(Id)),
});

export const NoteCreateSchema = v.object({
  body: v.string(),
  bodyFormat: v.optional(v.picklist(['text', 'html']), 'html'),
  attachmentIds: v.optional(v.array(Id), []),
});

// ---- request queries (as a server reads them: a repeated parameter is an array, a number is
// parsed). The mock server validates each request with these and openapi.json lists each
// operation's parameters from them. Filters on open enums accept any string. ----

export const NoteListQuerySchema = v.pick(PageQuerySchema, ['cursor']);

export const TicketListQuerySchema = v.object({
  customerId: text('Only this customer’s tickets.'),
  status: many(v.string(), 'Status.'),
  channel: many(v.string(), 'Channel.'),
  tag: many(v.string(), 'Tag name.'),
  q: text('Free text, matched against subject, summary and number.'),
  createdFrom: v.optional(
    v.pipe(DateOrTime, v.description('Created at or after (ISO 8601 date or date-time).')),
  ),
  createdTo: v.optional(
    v.pipe(DateOrTime, v.description('Created at or before (a bare date includes that whole day).')),
  ),
  reasonId: many(v.string(), 'Service reason id.'),
  resultId: many(v.string(), 'Service result id.'),
  assigneeId: many(v.string(), 'Assigned agent id; `unassigned` for none.'),
  excludeId: text('Leave this ticket out (the one the agent is working on).'),
  sort: v.optional(v.pipe(v.picklist(['newest', 'oldest']), v.description('Creation order.')), 'newest'),
  ...PageQuerySchema.entries,
});

export const CustomerSearchQuerySchema = v.object({
  q: text('Search text.'),
  limit: PageQuerySchema.entries.limit,
});
