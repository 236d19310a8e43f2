import { delay, http, HttpResponse, type HttpResponseResolver } from 'msw';
import type {
  CustomerPatch,
  ServerConversationQuery as ConversationQuery,
  ServerTicketQuery as TicketQuery,
  TicketCreate,
  TicketPatch,
} from './types.js';
import { MockDatabase, type Outcome } from './db.js';
import { wavBytes } from './data/files.js';
import { getScenario, latencyMs, setScenario } from './scenario.js';
import { SPECIAL_CUSTOMERS } from './data/seed.js';
import { LOOKUP_TRANSLATIONS } from './data/content.js';

/** Base path the mock backend answers on, from any origin (the page's, or the Node server's). */
export const MOCK_API_BASE = '/api';
const BASE = `*${MOCK_API_BASE}`;

/** The one mock database shared by the browser worker and the Node server of this process. */
export const db = new MockDatabase();

const PROBLEM_HEADERS = { 'Content-Type': 'application/problem+json' };

export function problem(
  status: number,
  title: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  return HttpResponse.json(
    { type: 'about:blank', title, status, ...extra },
    { status, headers: { ...PROBLEM_HEADERS, ...headers } },
  );
}

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

const list = (params: URLSearchParams, name: string) => {
  const values = params.getAll(name).filter(Boolean);
  return values.length ? values : undefined;
};
const text = (params: URLSearchParams, name: string) => params.get(name) ?? undefined;
const number = (params: URLSearchParams, name: string) =>
  params.has(name) ? Number(params.get(name)) : undefined;

function ticketQuery(url: URL): TicketQuery {
  const params = url.searchParams;
  const sort = params.get('sort');
  return {
    customerId:
      getScenario().huge && params.get('customerId') ? SPECIAL_CUSTOMERS.huge : text(params, 'customerId'),
    status: list(params, 'status'),
    channel: list(params, 'channel'),
    tag: list(params, 'tag'),
    q: text(params, 'q'),
    createdFrom: text(params, 'createdFrom'),
    createdTo: text(params, 'createdTo'),
    reasonId: list(params, 'reasonId'),
    resultId: list(params, 'resultId'),
    assigneeId: list(params, 'assigneeId'),
    excludeId: text(params, 'excludeId'),
    sort: sort === 'oldest' ? 'oldest' : 'newest',
    limit: number(params, 'limit'),
    cursor: text(params, 'cursor'),
  };
}

async function jsonBody<T>(request: Request): Promise<T | undefined> {
  try {
    return (await request.json()) as T;
  } catch {
    return undefined;
  }
}

const invalidJson = () => problem(400, 'The request body is not valid JSON');

export const handlers = [
  http.get(
    `${BASE}/customers/:id`,
    scenario(({ params }) => reply(db.getCustomer(String(params.id)))),
  ),

  http.patch(
    `${BASE}/customers/:id`,
    scenario(async ({ params, request }) => {
      const patch = await jsonBody<CustomerPatch>(request);
      if (!patch) return invalidJson();
      return reply(db.updateCustomer(String(params.id), patch, request.headers.get('If-Match')));
    }),
  ),

  http.get(
    `${BASE}/customers`,
    scenario(({ request }) => {
      const params = new URL(request.url).searchParams;
      return reply(db.searchCustomers(params.get('q') ?? '', Number(params.get('limit')) || 10));
    }),
  ),

  http.get(
    `${BASE}/tickets`,
    scenario(({ request }) => reply(db.listTickets(ticketQuery(new URL(request.url))))),
  ),

  http.post(
    `${BASE}/tickets`,
    scenario(async ({ request }) => {
      const key = request.headers.get('Idempotency-Key');
      if (!key)
        return problem(400, 'Idempotency-Key required', {
          detail: 'Send one key per draft and reuse it on retries.',
        });
      const body = await jsonBody<TicketCreate>(request);
      if (!body || typeof body !== 'object') return invalidJson();
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
      await delay(getScenario().createDelayMs);
      const created = db.createTicket(body, key);
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
      const patch = await jsonBody<TicketPatch>(request);
      if (!patch) return invalidJson();
      return reply(db.updateTicket(String(params.id), patch, request.headers.get('If-Match')));
    }),
  ),

  http.get(
    `${BASE}/tickets/:id/messages`,
    scenario(({ params, request }) => {
      const search = new URL(request.url).searchParams;
      return reply(
        db.listMessages(String(params.id), search.get('cursor'), Number(search.get('limit')) || 20),
      );
    }),
  ),

  http.get(
    `${BASE}/tickets/:id/notes`,
    scenario(({ params, request }) =>
      reply(db.listNotes(String(params.id), new URL(request.url).searchParams.get('cursor'))),
    ),
  ),

  http.post(
    `${BASE}/tickets/:id/notes`,
    scenario(async ({ params, request }) => {
      const body = await jsonBody<{ body: string; bodyFormat?: string; attachmentIds?: string[] }>(request);
      if (!body) return invalidJson();
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

  http.get(
    `${BASE}/recordings/:file`,
    () => new HttpResponse(wavBytes() as BodyInit, { headers: { 'Content-Type': 'audio/wav' } }),
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
      const params = new URL(request.url).searchParams;
      const state = params.get('state');
      const type = params.get('type');
      const query: ConversationQuery = {
        state: state === 'queued' || state === 'handled' ? state : 'all',
        channel: list(params, 'channel'),
        label: list(params, 'label'),
        assigneeId: list(params, 'assigneeId'),
        type: type === 'inbox' || type === 'outbox' ? type : undefined,
        from: text(params, 'from'),
        to: text(params, 'to'),
        q: text(params, 'q'),
        cursor: text(params, 'cursor'),
        limit: number(params, 'limit'),
      };
      return reply(db.listConversations(query));
    }),
  ),

  http.post(
    `${BASE}/conversations/:id/assign`,
    scenario(async ({ params, request }) => {
      const body = await jsonBody<{ agentId: string }>(request);
      if (!body?.agentId)
        return problem(422, 'Some fields are not valid', {
          errors: [{ field: 'agentId', message: 'Choose an agent.' }],
        });
      return reply(db.assignConversation(String(params.id), body.agentId));
    }),
  ),
];
