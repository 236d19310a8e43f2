import * as v from 'valibot';
import { Id, Timestamp, openEnum } from './schema-primitives.js';

// Live updates (SPEC §8): `GET /events` is a `text/event-stream` of changes, each `event: change`
// with a JSON `data` saying what changed; the cache refreshes (or patches) what a change touches.

export const CHANGE_TYPES = [
  'ticket',
  'customer',
  'conversation',
  'note',
  'attachment',
  'message',
  'interaction',
] as const;

export const ChangeEventSchema = v.object({
  type: openEnum(CHANGE_TYPES, 'What changed. Unknown types are ignored.'),
  id: v.pipe(Id, v.description('The id of what changed.')),
  action: openEnum(['created', 'updated', 'deleted'], 'What happened to it.'),
  ticketId: v.nullish(v.pipe(Id, v.description('For notes, messages and attachments: their ticket.'))),
  customerId: v.nullish(v.pipe(Id, v.description('The customer it belongs to, when there is one.'))),
  conversationId: v.nullish(v.pipe(Id, v.description('For messages of a conversation: the conversation.'))),
  version: v.nullish(
    v.pipe(
      v.string(),
      v.description('Its version (ETag) after the change: a client that already has it refetches nothing.'),
    ),
  ),
  at: Timestamp,
});
