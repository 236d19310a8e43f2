import { delay, http, HttpResponse, type HttpResponseResolver } from 'msw';
import {
  ConversationAssignSchema,
  ConversationCountQuerySchema,
  ConversationListQuerySchema,
  ConversationMessageQuerySchema,
  ConversationReleaseSchema,
} from '../src/api/conversation-schemas.js';
import {
  InteractionExportQuerySchema,
  InteractionPatchSchema,
  InteractionQuerySchema,
} from '../src/api/interaction-schemas.js';
import { csvStream } from './interactions.js';
import {
  BulkDeleteSchema,
  CustomerAttachmentQuerySchema,
  TicketEventQuerySchema,
} from '../src/api/case-schemas.js';
import {
  CustomerPatchSchema,
  CustomerSearchQuerySchema,
  NoteCreateSchema,
  NoteListQuerySchema,
  PageQuerySchema,
  TicketCreateSchema,
  TicketListQuerySchema,
  TicketPatchSchema,
} from '../src/api/schemas.js';
import { checkBody, checkQuery, problem } from './requests.js';
import { eventStream } from './live.js';
import { MockDatabase, type Outcome } from './db.js';
import type { Ticket } from '../src/api/types.js';
import { wavBytes } from './data/files.js';
import { getScenario, latencyMs, setScenario } from './scenario.js';
import { SPECIAL_CUSTOMERS } from './data/seed.js';
import { LOOKUP_TRANSLATIONS } from './data/content.js';

/** Base path the mock backend answers on, from any origin (the page's, or the Node server's). */
export const MOCK_API_BASE = '/api';
const BASE = `*${MOCK_API_BASE}`;

/** The one mock database shared by the browser worker and the Node server of this process. */
export const db = new MockDatabase();

export { problem };

function reply<T>(outcome: Outcome<T>, status = 200) {
  if (!outcome.ok) {
    const { status: errorStatus, title, detail, errors, current, etag } = outcome;
    return problem(errorStatus, title, { detail, errors, current }, etag ? { ETag: etag } : {});
  }
  const headers: Record<string, string> = outcome.etag ? { ETag: outcome.etag } : {};
  if (outcome.value === null) return new HttpResponse(null, { status: 204 });
  return HttpResponse.json(outcome.value as never, { status, headers });
}

/** Replaces the first item's (or the object's) id with a number: data that breaks the contract. */
function corrupt(body: unknown): unknown {
  if (body && typeof body === 'object') {
    const copy = structuredClone(body) as Record<string, unknown>;
    if (Array.isArray(copy.items) && copy.items.length) (copy.items[0] as Record<string, unknown>).id = 42;
    else if (Array.isArray(copy.items)) copy.items = 'not a list';
    else copy.id = 42;
    return copy;
  }
  return { unexpected: true };
}

/** The first language of an `Accept-Language` header that the mocks speak besides English. */
function requestedLanguage(request: Request): 'th' | 'id' | 'pl' | undefined {
  const header = request.headers.get('Accept-Language') ?? '';
  const primary = header.split(',')[0]?.trim().split(/[-;]/)[0]?.toLowerCase();
  return primary === 'th' || primary === 'id' || primary === 'pl' ? primary : undefined;
}

/** Every lookup reference (`{ id, label }` of a reason or result) in `value`, labelled in `language`. */
function translateLookups(value: unknown, language: 'th' | 'id' | 'pl'): unknown {
  if (Array.isArray(value)) return value.map((item) => translateLookups(item, language));
  if (!value || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const translated = typeof record.id === 'string' ? LOOKUP_TRANSLATIONS[record.id]?.[language] : undefined;
  if (translated && typeof record.label === 'string') return { ...record, label: translated };
  return Object.fromEntries(
    Object.entries(record).map(([key, item]) => [key, translateLookups(item, language)]),
  );
}

/** Wraps a resolver with the current scenario: latency, offline, injected errors, bad payloads. */
function scenario(resolver: HttpResponseResolver): HttpResponseResolver {
  return async (info) => {
    const current = getScenario();
    const wait = latencyMs(current);
    if (wait > 0) await delay(wait);
    if (current.offline) return HttpResponse.error();
    if (current.authToken && info.request.headers.get('Authorization') !== `Bearer ${current.authToken}`) {
      return problem(401, 'Sign in again', { detail: 'The access token is missing or expired.' });
    }
    if (current.errorRate > 0 && Math.random() < current.errorRate) {
      return problem(503, 'Service unavailable', { detail: 'An error the sandbox injected on purpose.' });
    }
    const response = (await resolver(info)) as Response | undefined;
    const language = requestedLanguage(info.request);
    if (!response || !(current.malformed || current.empty || language) || !response.ok) return response;
    if (!response.headers.get('Content-Type')?.includes('json')) return response;
    let body = (await response.clone().json()) as Record<string, unknown>;
    if (language) body = translateLookups(body, language) as Record<string, unknown>;
    if (current.empty && Array.isArray(body.items)) body = { ...body, items: [], nextCursor: null };
    if (current.malformed) body = corrupt(body) as Record<string, unknown>;
    // The body changed: its length is worked out again (a stale Content-Length cuts it short).
    const headers = new Headers(response.headers);
    headers.delete('Content-Length');
    return HttpResponse.json(body as never, { status: response.status, headers });
  };
}

export const handlers = [
  http.get(
    `${BASE}/events`,
    scenario(({ request }) => eventStream(db, request)),
  ),

  http.get(
    `${BASE}/customers/:id`,
    scenario(({ params }) => reply(db.getCustomer(String(params.id)))),
  ),

  http.patch(
    `${BASE}/customers/:id`,
    scenario(async ({ params, request }) => {
      const patch = await checkBody(CustomerPatchSchema, request);
      if (!patch.ok) return patch.response;
      return reply(db.updateCustomer(String(params.id), patch.value, request.headers.get('If-Match')));
    }),
  ),

  http.get(
    `${BASE}/customers`,
    scenario(({ request }) => {
      const query = checkQuery(CustomerSearchQuerySchema, new URL(request.url));
      if (!query.ok) return query.response;
      return reply(db.searchCustomers(query.value.q ?? '', query.value.limit ?? 10));
    }),
  ),

  http.get(
    `${BASE}/tickets`,
    scenario(({ request }) => {
      const query = checkQuery(TicketListQuerySchema, new URL(request.url));
      if (!query.ok) return query.response;
      // The "huge" scenario shows every customer the 10,000 tickets of one.
      const { customerId } = query.value;
      const huge = getScenario().huge && customerId ? SPECIAL_CUSTOMERS.huge : customerId;
      return reply(db.listTickets({ ...query.value, customerId: huge }));
    }),
  ),

  http.post(
    `${BASE}/tickets`,
    scenario(async ({ request }) => {
      const key = request.headers.get('Idempotency-Key');
      if (!key)
        return problem(400, 'Idempotency-Key required', {
          detail: 'Send one key per draft and reuse it on retries.',
        });
      // Checked before the key is taken: a refused body leaves the key free for the corrected one.
      const checked = await checkBody(TicketCreateSchema, request);
      if (!checked.ok) return checked.response;
      const body = checked.value;
      const begun = db.beginCreate(key, body);
      if (begun.kind === 'mismatch') {
        return problem(422, 'Idempotency-Key reused with another request', {
          detail: 'Use a new key for a different case.',
        });
      }
      if (begun.kind === 'in-flight') {
        return problem(
          409,
          'A request with this Idempotency-Key is still being processed',
          {},
          { 'Retry-After': '1' },
        );
      }
      if (begun.kind === 'replay')
        return HttpResponse.json(begun.ticket, { status: 201, headers: { 'Idempotency-Replayed': 'true' } });
      let created: Outcome<Ticket>;
      try {
        await delay(getScenario().createDelayMs);
        created = db.createTicket(body, key);
      } catch (error) {
        // Whatever failed, the key is released: a retry must not meet "in flight" for ever.
        db.abandonCreate(key);
        return problem(500, 'The case could not be created', { detail: String(error) });
      }
      const drops = getScenario().dropCreateResponses;
      if (created.ok && drops > 0) {
        setScenario({ dropCreateResponses: drops - 1 }); // committed, but the answer never reaches the client
        return HttpResponse.error();
      }
      return reply(created, 201);
    }),
  ),

  http.get(
    `${BASE}/tickets/:id`,
    scenario(({ params }) => reply(db.getTicket(String(params.id)))),
  ),

  http.patch(
    `${BASE}/tickets/:id`,
    scenario(async ({ params, request }) => {
      const patch = await checkBody(TicketPatchSchema, request);
      if (!patch.ok) return patch.response;
      return reply(db.updateTicket(String(params.id), patch.value, request.headers.get('If-Match')));
    }),
  ),

  http.get(
    `${BASE}/tickets/:id/messages`,
    scenario(({ params, request }) => {
      const query = checkQuery(PageQuerySchema, new URL(request.url));
      if (!query.ok) return query.response;
      return reply(db.listMessages(String(params.id), query.value.cursor ?? null, query.value.limit ?? 20));
    }),
  ),

  http.get(
    `${BASE}/tickets/:id/notes`,
    scenario(({ params, request }) => {
      const query = checkQuery(NoteListQuerySchema, new URL(request.url));
      if (!query.ok) return query.response;
      return reply(db.listNotes(String(params.id), query.value.cursor ?? null));
    }),
  ),

  http.post(
    `${BASE}/tickets/:id/notes`,
    scenario(async ({ params, request }) => {
      const checked = await checkBody(NoteCreateSchema, request);
      if (!checked.ok) return checked.response;
      const body = checked.value;
      const key = request.headers.get('Idempotency-Key');
      const earlier = key ? db.noteByKey(key, String(params.id), body) : undefined;
      if (earlier === 'mismatch')
        return problem(422, 'Idempotency-Key reused with another request', {
          detail: 'Use a new key for another note.',
        });
      if (earlier)
        return HttpResponse.json(earlier, { status: 201, headers: { 'Idempotency-Replayed': 'true' } });
      const added = db.addNote(String(params.id), body, key ?? undefined);
      const drops = getScenario().dropNoteResponses;
      if (added.ok && drops > 0) {
        setScenario({ dropNoteResponses: drops - 1 }); // added, but the answer never reaches the client
        return HttpResponse.error();
      }
      return reply(added, 201);
    }),
  ),

  http.get(
    `${BASE}/tickets/:id/events`,
    scenario(({ params, request }) => {
      const query = checkQuery(TicketEventQuerySchema, new URL(request.url));
      return query.ok ? reply(db.cases.listEvents(String(params.id), query.value)) : query.response;
    }),
  ),

  http.get(
    `${BASE}/tickets/:id/associations`,
    scenario(({ params }) => reply(db.cases.associations(String(params.id)))),
  ),

  http.get(
    `${BASE}/tickets/:id/queue-item`,
    scenario(({ params }) => reply(db.cases.queueItem(String(params.id)))),
  ),

  http.get(
    `${BASE}/customers/:id/attachments`,
    scenario(({ params, request }) => {
      const query = checkQuery(CustomerAttachmentQuerySchema, new URL(request.url));
      if (!query.ok) return query.response;
      return reply(db.cases.listCustomerAttachments(String(params.id), query.value));
    }),
  ),

  http.post(
    `${BASE}/attachments/bulk-delete`,
    scenario(async ({ request }) => {
      const body = await checkBody(BulkDeleteSchema, request);
      return body.ok ? reply(db.cases.deleteMany(body.value.ids)) : body.response;
    }),
  ),

  http.get(
    `${BASE}/tickets/:id/attachments`,
    scenario(({ params }) => reply(db.listAttachments(String(params.id)))),
  ),

  http.post(
    `${BASE}/attachments`,
    scenario(async ({ request }) => {
      let file: FormDataEntryValue | null;
      try {
        file = (await request.formData()).get('file');
      } catch {
        return problem(400, 'Send the file as multipart/form-data in the field "file"');
      }
      if (!(file instanceof File))
        return problem(400, 'Send the file as multipart/form-data in the field "file"');
      return reply(db.upload(file), 201);
    }),
  ),

  http.delete(
    `${BASE}/attachments/:id`,
    scenario(({ params }) => reply(db.deleteAttachment(String(params.id)))),
  ),

  http.get(`${BASE}/files/:id`, ({ params }) => {
    const file = db.file(String(params.id));
    if (!file) return problem(404, 'File not found');
    return new HttpResponse(file.bytes as BodyInit, { headers: { 'Content-Type': file.contentType } });
  }),

  http.get(`${BASE}/recordings/:file`, ({ params }) => {
    // As long as the call it records (a quiet tone at a low rate, so a long call stays small).
    const id = String(params.file).replace(/\.wav$/, '');
    const seconds = id.startsWith('ix_')
      ? db.interactions.get(id)?.recording?.durationSeconds
      : db.ticket(id)?.handleSeconds;
    const bytes = seconds ? wavBytes(seconds, 4000) : wavBytes();
    // With its length, the browser knows how long the recording lasts before it has all of it.
    return new HttpResponse(bytes as BodyInit, {
      headers: { 'Content-Type': 'audio/wav', 'Content-Length': String(bytes.length) },
    });
  }),

  http.get(
    `${BASE}/interactions`,
    scenario(({ request }) => {
      const query = checkQuery(InteractionQuerySchema, new URL(request.url));
      return query.ok ? reply(db.interactions.list(query.value)) : query.response;
    }),
  ),

  http.get(
    `${BASE}/interactions/export`,
    scenario(({ request }) => {
      const query = checkQuery(InteractionExportQuerySchema, new URL(request.url));
      if (!query.ok) return query.response;
      return new HttpResponse(csvStream(db.interactions.select(query.value)), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': 'attachment; filename="interactions.csv"',
        },
      });
    }),
  ),

  http.patch(
    `${BASE}/interactions/:id`,
    scenario(async ({ params, request }) => {
      const patch = await checkBody(InteractionPatchSchema, request);
      if (!patch.ok) return patch.response;
      const id = String(params.id);
      const outcome = db.interactions.update(id, patch.value, request.headers.get('If-Match'));
      if (outcome.ok) db.changes.emit({ type: 'interaction', id, action: 'updated', version: outcome.etag });
      return reply(outcome);
    }),
  ),

  http.get(
    `${BASE}/agents`,
    scenario(() => reply({ ok: true, value: { items: db.agents(), nextCursor: null } })),
  ),
  http.get(
    `${BASE}/me`,
    scenario(() => reply({ ok: true, value: db.me() })),
  ),
  http.get(
    `${BASE}/lookups`,
    scenario(() => reply({ ok: true, value: db.lookups() })),
  ),

  http.get(
    `${BASE}/conversations`,
    scenario(({ request }) => {
      const query = checkQuery(ConversationListQuerySchema, new URL(request.url));
      return query.ok ? reply(db.conversations.list(query.value)) : query.response;
    }),
  ),

  http.get(
    `${BASE}/conversations/counts`,
    scenario(({ request }) => {
      const query = checkQuery(ConversationCountQuerySchema, new URL(request.url));
      return query.ok ? reply(db.conversations.counts(query.value)) : query.response;
    }),
  ),

  http.get(
    `${BASE}/conversations/:id`,
    scenario(({ params }) => reply(db.conversations.get(String(params.id)))),
  ),

  http.get(
    `${BASE}/conversations/:id/messages`,
    scenario(({ params, request }) => {
      const query = checkQuery(ConversationMessageQuerySchema, new URL(request.url));
      if (!query.ok) return query.response;
      const { cursor, limit } = query.value;
      return reply(db.conversations.listMessages(String(params.id), cursor, limit ?? 25));
    }),
  ),

  http.post(
    `${BASE}/conversations/:id/assign`,
    scenario(async ({ params, request }) => {
      const body = await checkBody(ConversationAssignSchema, request);
      if (!body.ok) return body.response;
      const { agentId, expectedAssigneeId } = body.value;
      return reply(db.conversations.assign(String(params.id), agentId, expectedAssigneeId));
    }),
  ),

  http.post(
    `${BASE}/conversations/:id/unassign`,
    scenario(async ({ params, request }) => {
      const body = await checkBody(ConversationReleaseSchema, request);
      if (!body.ok) return body.response;
      return reply(db.conversations.unassign(String(params.id), body.value.expectedAssigneeId));
    }),
  ),

  http.post(
    `${BASE}/conversations/:id/resolve`,
    scenario(async ({ params, request }) => {
      const body = await checkBody(ConversationReleaseSchema, request);
      if (!body.ok) return body.response;
      return reply(db.conversations.resolve(String(params.id), body.value.expectedAssigneeId));
    }),
  ),
];
