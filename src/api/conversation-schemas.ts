import * as v from 'valibot';
import {
  Count,
  DateOrTime,
  Id,
  PageQuerySchema,
  Timestamp,
  many,
  openEnum,
  pageOf,
  text,
} from './schema-primitives.js';
import {
  AgentRefSchema,
  AttachmentSchema,
  BodyFormatSchema,
  ChannelSchema,
  LookupRefSchema,
} from './schemas.js';

// The customer inbox (SPEC §4, from Qontak): conversations waiting in the queue or handled by an
// agent, their messages, counts per state for the tabs, and taking one (assign, unassign, resolve)
// with a 409 when someone else took it first.

export const CONVERSATION_STATES = ['queued', 'handled', 'resolved', 'closed'] as const;

export const ConversationStateSchema = openEnum(
  CONVERSATION_STATES,
  'Where the conversation is: `queued` (waiting, no one handles it: "Unassigned", "In queue"), ' +
    '`handled` (an agent has it: "Assigned"), `resolved` (done, may reopen when the customer writes), `closed`.',
);

export const ConversationSchema = v.object({
  id: Id,
  customer: v.object({ id: Id, name: v.string() }),
  channel: ChannelSchema,
  channelCategory: v.nullish(
    v.pipe(LookupRefSchema, v.description('The channel account it came in on ("WhatsApp · Sales").')),
  ),
  state: ConversationStateSchema,
  type: openEnum(['inbox', 'outbox'], 'Inbound (inbox: the customer wrote first) or outbound (outbox).'),
  label: v.nullish(v.string()),
  assignee: v.nullish(AgentRefSchema),
  lastHandledBy: v.nullish(
    v.pipe(AgentRefSchema, v.description('The agent who handled it last (stays after it is resolved).')),
  ),
  queue: v.nullish(v.object({ id: Id, name: v.string() })),
  createdAt: v.nullish(Timestamp),
  waitingSince: v.nullish(
    v.pipe(Timestamp, v.description('When it last entered the queue; null while someone handles it.')),
  ),
  lastMessageAt: Timestamp,
  resolvedAt: v.nullish(Timestamp),
  preview: v.nullish(v.string()),
  unreadCount: v.nullish(Count),
  messageCount: v.nullish(Count),
  ticketId: v.nullish(v.pipe(Id, v.description('The case it belongs to, if any.'))),
});

export const ConversationPageSchema = pageOf(ConversationSchema);

/** How many conversations each tab holds, under the same filters as the list. */
export const ConversationCountsSchema = v.object({
  all: Count,
  queued: Count,
  handled: Count,
  resolved: Count,
  closed: Count,
});

export const ConversationMessageSchema = v.object({
  id: Id,
  conversationId: Id,
  author: v.object({
    type: openEnum(['customer', 'agent', 'bot', 'system'], 'Who wrote the message.'),
    id: v.nullish(Id),
    name: v.string(),
  }),
  direction: openEnum(
    ['inbound', 'outbound'],
    'Inbound (from the customer: inbox) or outbound (to the customer: outbox).',
  ),
  body: v.string(),
  bodyFormat: BodyFormatSchema,
  createdAt: Timestamp,
  attachments: v.array(AttachmentSchema),
  delivery: v.nullish(
    openEnum(['sent', 'delivered', 'read', 'failed'], 'For outbound messages: how far it got.'),
  ),
});

export const ConversationMessagePageSchema = pageOf(ConversationMessageSchema);

// ---- requests ----

export const ConversationAssignSchema = v.object({
  agentId: Id,
  expectedAssigneeId: v.optional(
    v.pipe(
      v.nullable(Id),
      v.description(
        'Who the agent saw handling it (null: nobody). When someone else has it now, the server ' +
          'answers 409 with the conversation as it is in the problem’s `current`.',
      ),
    ),
  ),
});

/** Unassign and resolve say who the agent saw handling it, like assign. */
export const ConversationReleaseSchema = v.object({
  expectedAssigneeId: ConversationAssignSchema.entries.expectedAssigneeId,
});

const conversationFilters = {
  channel: many(v.string(), 'Channel.'),
  channelCategoryId: many(v.string(), 'Channel account (see `GET /lookups`, `channelCategories`).'),
  label: many(v.string(), 'Label.'),
  assigneeId: many(v.string(), 'Handling agent id.'),
  lastHandledById: many(v.string(), 'Last handling agent id.'),
  type: v.optional(v.pipe(v.picklist(['inbox', 'outbox']), v.description('Inbound or outbound.'))),
  from: v.optional(v.pipe(DateOrTime, v.description('Last message at or after.'))),
  to: v.optional(v.pipe(DateOrTime, v.description('Last message at or before.'))),
  q: text('Free text: the customer’s name, the preview.'),
};

export const ConversationListQuerySchema = v.object({
  state: v.optional(v.pipe(v.picklist(['all', ...CONVERSATION_STATES]), v.description('Which tab.')), 'all'),
  ...conversationFilters,
  sort: v.optional(
    v.pipe(
      v.picklist(['newest', 'oldest', 'waiting']),
      v.description('By last message (newest or oldest first), or longest waiting first.'),
    ),
    'newest',
  ),
  ...PageQuerySchema.entries,
});

export const ConversationCountQuerySchema = v.object(conversationFilters);

export const ConversationMessageQuerySchema = PageQuerySchema;
