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
  text,
} from './schema-primitives.js';
import { AgentRefSchema, ChannelSchema, DirectionSchema, LookupRefSchema, TagSchema } from './schemas.js';

// The interaction log (SPEC §4, from the LINE CRM's service records and a contact centre's CX
// interaction log): every service record across customers, with what the CX log shows, filtered and
// sorted by the server over 100,000 rows and more, with a total; supervisors set sentiment and CSAT.

export const SENTIMENTS = ['positive', 'neutral', 'negative'] as const;

export const InteractionSchema = v.object({
  id: Id,
  /** The case (ticket) the record belongs to. */
  caseId: Id,
  caseNumber: v.string(),
  contact: v.object({
    id: Id,
    name: v.string(),
    label: v.nullish(v.pipe(v.string(), v.description('The contact’s label ("VIP", "Wholesale").'))),
  }),
  channel: ChannelSchema,
  channelCategory: v.nullish(LookupRefSchema),
  queue: v.nullish(v.object({ id: Id, name: v.string() })),
  agent: v.nullish(v.pipe(AgentRefSchema, v.description('The owner: the agent who handled it.'))),
  direction: DirectionSchema,
  startedAt: Timestamp,
  endedAt: v.nullish(Timestamp),
  handleSeconds: v.nullish(Count),
  firstResponseSeconds: v.nullish(Count),
  recording: v.nullish(
    v.object({
      url: v.string(),
      durationSeconds: v.pipe(Count, v.description('As long as the call.')),
      contentType: v.string(),
    }),
  ),
  disposition: v.nullish(v.pipe(LookupRefSchema, v.description('The service result.'))),
  reason: v.nullish(v.pipe(LookupRefSchema, v.description('The service reason.'))),
  tags: v.array(TagSchema),
  notes: v.nullish(v.string()),
  sentiment: v.nullish(openEnum(SENTIMENTS, 'The customer’s sentiment, detected or set by a supervisor.')),
  csat: v.nullish(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5))),
  sla: v.object({
    verdict: openEnum(
      ['met', 'breached', 'pending'],
      'Met when the first response came within `thresholdSeconds`; pending while none has come.',
    ),
    thresholdSeconds: v.pipe(Count, v.description('The rule’s threshold (600, ten minutes, by default).')),
  }),
  conversations: v.pipe(
    v.array(v.object({ channel: ChannelSchema, startedAt: Timestamp, endedAt: v.nullish(Timestamp) })),
    v.description('The conversation records the service record holds (one or more).'),
  ),
  version: v.pipe(v.string(), v.description('Send it back as If-Match to change the record.')),
});

export const InteractionPageSchema = countedPageOf(InteractionSchema);

export const INTERACTION_SORTS = [
  'startedAt',
  'caseNumber',
  'contact',
  'channel',
  'queue',
  'agent',
  'direction',
  'handleSeconds',
  'firstResponseSeconds',
  'disposition',
  'reason',
  'sentiment',
  'csat',
  'sla',
] as const;

export const InteractionQuerySchema = v.object({
  createdFrom: v.optional(v.pipe(DateOrTime, v.description('Started at or after.'))),
  createdTo: v.optional(
    v.pipe(DateOrTime, v.description('Started at or before (a bare date: that whole day).')),
  ),
  resultId: many(v.string(), 'Service result (disposition) id.'),
  reasonId: many(v.string(), 'Service reason id.'),
  channel: many(v.string(), 'Channel.'),
  channelCategoryId: many(v.string(), 'Channel account id.'),
  customerId: many(v.string(), 'Customer (contact) id.'),
  agentId: many(v.string(), 'Owner (agent) id; `unassigned` for none.'),
  queueId: many(v.string(), 'Queue id.'),
  direction: v.optional(v.pipe(v.picklist(['inbound', 'outbound']), v.description('Direction.'))),
  sla: many(v.picklist(['met', 'breached', 'pending']), 'SLA verdict.'),
  sentiment: many(v.string(), 'Sentiment.'),
  csat: many(v.picklist(['1', '2', '3', '4', '5']), 'CSAT score.'),
  tag: many(v.string(), 'Tag name.'),
  q: text('Free text: case number, contact, notes.'),
  sort: v.optional(v.pipe(v.picklist(INTERACTION_SORTS), v.description('Sort column.')), 'startedAt'),
  order: v.optional(v.pipe(v.picklist(['asc', 'desc']), v.description('Sort direction.')), 'desc'),
  ...PageQuerySchema.entries,
});

/** The export takes the list's filters and order, without paging. */
export const InteractionExportQuerySchema = v.omit(InteractionQuerySchema, ['cursor', 'limit']);

/** What a supervisor sets on a record (needs If-Match). */
export const InteractionPatchSchema = v.object({
  sentiment: v.optional(v.nullable(v.picklist(SENTIMENTS))),
  csat: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)))),
});
