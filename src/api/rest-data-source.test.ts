import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { problem } from '../../mocks/handlers.js';
import {
  db,
  mockControl,
  requestHeaders,
  requestLog,
  requestsTo,
  useMockBackend,
  worker,
} from '../test-support/mock-backend.js';
import { captureConsoleErrors } from '../test-support/console.js';
import { rejection } from '../test-support/rejection.js';
import { createRestDataSource, parseRetryAfter, type RestDataSourceOptions } from './rest-data-source.js';
import type { TicketCreate } from './types.js';

const fast = { baseDelayMs: 5, maxDelayMs: 20 };
const source = (options: Partial<RestDataSourceOptions> = {}) =>
  createRestDataSource({ baseUrl: '/api', retry: fast, ...options });

/** Answers `times` requests with `response()`, then lets the normal mock handle the rest. */
function failFirst(method: 'get' | 'post', path: string, times: number, response: () => Response) {
  let count = 0;
  worker.use(http[method](`*/api${path}`, () => (count++ < times ? response() : undefined)));
}

const newCase = (overrides: Partial<TicketCreate> = {}): TicketCreate => ({
  customerId: 'c_2',
  subject: 'Printer on fire',
  description: '<p>Please help</p>',
  status: 'open',
  priority: 'high',
  attachmentIds: [],
  notes: [],
  ...overrides,
});

describe('createRestDataSource (against MSW)', () => {
  useMockBackend();

  it('reads a customer with its version (ETag)', async () => {
    const { data, version } = await source().getCustomer('c_1');
    expect(data.id).to.equal('c_1');
    expect(version).to.equal('"c_1-v1"');
  });

  it('sends If-Match on updates; a stale version fails as a conflict carrying the server’s version', async () => {
    const api = source();
    const read = await api.getCustomer('c_1');
    const saved = await api.updateCustomer('c_1', { company: 'Mine Ltd' }, { version: read.version });
    expect(saved.data.company).to.equal('Mine Ltd');
    expect(saved.version).to.equal('"c_1-v2"');
    const patches = requestLog
      .map((line, index) => [line, requestHeaders[index]!] as const)
      .filter(([line]) => line.startsWith('PATCH'));
    expect(patches[0]![1].get('If-Match')).to.equal('"c_1-v1"');

    const error = await rejection(
      api.updateCustomer('c_1', { company: 'Theirs Ltd' }, { version: read.version }),
    );
    expect(error.kind).to.equal('conflict');
    expect(error.status).to.equal(412);
    expect(error.current).to.deep.include({ version: '"c_1-v2"' });
    expect((error.current as { data: { company: string } }).data.company).to.equal('Mine Ltd');
  });

  it('fetches the current version when a 412 does not carry it', async () => {
    worker.use(http.patch('*/api/customers/:id', () => problem(412, 'Changed')));
    const error = await rejection(source().updateCustomer('c_1', { company: 'x' }, { version: '"old"' }));
    expect(error.kind).to.equal('conflict');
    expect(error.current).to.deep.include({ version: '"c_1-v1"' });
    expect(requestsTo('GET /api/customers/c_1')).to.have.length(1);
  });

  it('maps problem+json to errors with title, detail and field errors', async () => {
    const api = source();
    const { version } = await api.getCustomer('c_1');
    const invalid = await rejection(
      api.updateCustomer('c_1', { email: 'not-an-email', phone: 'abc' }, { version }),
    );
    expect(invalid.kind).to.equal('validation');
    expect(invalid.title).to.equal('Some fields are not valid');
    expect(invalid.fieldErrors.map((error) => error.field)).to.deep.equal(['email', 'phone']);

    const missing = await rejection(api.getTicket('t_nope'));
    expect(missing).to.include({ kind: 'not-found', status: 404, title: 'Ticket not found' });
    expect(missing.detail).to.contain('t_nope');
  });

  it('retries GETs on 502/503/504 with backoff and succeeds', async () => {
    failFirst('get', '/me', 2, () => problem(503, 'Busy'));
    const me = await source().getMe();
    expect(me.id).to.equal('a_1');
    expect(requestsTo('GET /api/me')).to.have.length(3);
  });

  it('retries a bounded number of times, then reports the last error', async () => {
    worker.use(http.get('*/api/lookups', () => problem(503, 'Down for maintenance')));
    const error = await rejection(source({ retry: { ...fast, attempts: 2 } }).getLookups());
    expect(error).to.include({ kind: 'server', status: 503, title: 'Down for maintenance' });
    expect(error.transient).to.equal(true);
    expect(requestsTo('GET /api/lookups')).to.have.length(3);
  });

  it('honours Retry-After on 429', async () => {
    failFirst('get', '/agents', 1, () => problem(429, 'Slow down', {}, { 'Retry-After': '1' }));
    const started = performance.now();
    const agents = await source().listAgents();
    expect(agents.items.length).to.be.greaterThan(0);
    expect(performance.now() - started).to.be.at.least(950);
    expect(requestsTo('GET /api/agents')).to.have.length(2);
  });

  it('does not wait for a Retry-After beyond its limit', async () => {
    worker.use(http.get('*/api/agents', () => problem(429, 'Slow down', {}, { 'Retry-After': '3600' })));
    const error = await rejection(source().listAgents());
    expect(error.kind).to.equal('rate-limited');
    expect(requestsTo('GET /api/agents')).to.have.length(1);
  });

  it('retries GETs after network errors, and says "network" when they persist', async () => {
    failFirst('get', '/me', 1, () => HttpResponse.error());
    expect((await source().getMe()).id).to.equal('a_1');
    worker.use(http.get('*/api/me', () => HttpResponse.error()));
    const error = await rejection(source({ retry: { ...fast, attempts: 1 } }).getMe());
    expect(error.kind).to.equal('network');
  });

  it('never retries a POST without an Idempotency-Key', async () => {
    worker.use(http.post('*/api/tickets/:id/notes', () => problem(503, 'Busy')));
    const error = await rejection(source().addNote('t_1', { body: 'hello' }));
    expect(error.kind).to.equal('server');
    expect(requestsTo('POST /api/tickets/t_1/notes')).to.have.length(1);
  });

  it('gives up after timeoutMs with kind "timeout"', async () => {
    worker.use(
      http.get('*/api/me', async () => {
        await delay(400);
        return HttpResponse.json({ id: 'a_1', name: 'Late' });
      }),
    );
    const error = await rejection(source({ timeoutMs: 60, retry: false }).getMe());
    expect(error.kind).to.equal('timeout');
  });

  it('stops with kind "aborted" when the caller aborts, also during a backoff', async () => {
    worker.use(
      http.get('*/api/me', async () => {
        await delay(300);
        return HttpResponse.json({ id: 'a_1', name: 'Late' });
      }),
    );
    const controller = new AbortController();
    const pending = source().getMe({ signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect((await rejection(pending)).kind).to.equal('aborted');

    worker.use(http.get('*/api/lookups', () => problem(503, 'Busy')));
    const backingOff = new AbortController();
    const retrying = source({ retry: { baseDelayMs: 2000, maxDelayMs: 2000 } }).getLookups({
      signal: backingOff.signal,
    });
    setTimeout(() => backingOff.abort(), 50);
    expect((await rejection(retrying)).kind).to.equal('aborted');
  });

  it('refreshes the token once on 401 and retries', async () => {
    mockControl.setScenario({ authToken: 'fresh' });
    const calls: boolean[] = [];
    const api = source({
      getAccessToken: ({ forceRefresh }) => (calls.push(forceRefresh), forceRefresh ? 'fresh' : 'stale'),
    });
    expect((await api.getMe()).id).to.equal('a_1');
    expect(calls).to.deep.equal([false, true]);
    // A request the previous test aborted can be reported by the worker after this test began; it
    // carries no credentials, so only credentialed requests are this test's.
    const credentials = requestHeaders
      .map((headers) => headers.get('Authorization'))
      .filter((value) => value !== null);
    expect(credentials).to.deep.equal(['Bearer stale', 'Bearer fresh']);
  });

  it('fails with "unauthorized" when the refreshed token is refused too', async () => {
    mockControl.setScenario({ authToken: 'never' });
    let calls = 0;
    const error = await rejection(source({ getAccessToken: () => `t${++calls}` }).getMe());
    expect(error.kind).to.equal('unauthorized');
    expect(calls).to.equal(2);
    expect(requestsTo('GET /api/me')).to.have.length(2);
  });

  it('leaves out list items that break the contract, saying where, and keeps the rest', async () => {
    mockControl.setScenario({ malformed: true });
    const logged = captureConsoleErrors();
    try {
      const page = await source().listTickets({ customerId: 'c_10000', limit: 5 });
      expect(page.items).to.have.length(4);
      expect(page.invalid).to.deep.equal({
        count: 1,
        detail: 'GET /tickets: items.0.id (expected string, got 42)',
      });
      expect(logged.messages.join('\n')).to.contain('GET /tickets').and.contain('items.0.id');
    } finally {
      logged.restore();
    }
  });

  it('reports a malformed resource as "invalid-response" naming the path, with a console message', async () => {
    mockControl.setScenario({ malformed: true });
    const logged = captureConsoleErrors();
    try {
      const error = await rejection(source().getCustomer('c_1'));
      expect(error.kind).to.equal('invalid-response');
      expect(error.path).to.equal('id');
      expect(error.message).to.contain('GET /customers/c_1').and.contain('id');
      expect(logged.messages[0]).to.contain('id');
    } finally {
      logged.restore();
    }
  });

  it('reports a body that is not JSON as "invalid-response", and an HTML page as a wrong base URL', async () => {
    worker.use(
      http.get(
        '*/api/me',
        () => new HttpResponse('{"id": "a_1", "na', { headers: { 'Content-Type': 'application/json' } }),
      ),
    );
    const logged = captureConsoleErrors();
    try {
      const error = await rejection(source().getMe());
      expect(error).to.include({ kind: 'invalid-response', path: '(root)' });
      worker.use(
        http.get(
          '*/api/me',
          () => new HttpResponse('<html>oops</html>', { headers: { 'Content-Type': 'text/html' } }),
        ),
      );
      const misconfigured = await rejection(source().getMe());
      expect(misconfigured.kind).to.equal('misconfigured');
      expect(misconfigured.message).to.contain('HTML page').and.contain('base-url');
      expect(logged.messages.at(-1)).to.contain('HTML page');
    } finally {
      logged.restore();
    }
  });

  it('sends filters as repeated query parameters', async () => {
    await source().listTickets({
      customerId: 'c_1',
      status: ['open', 'pending'],
      q: 'refund',
      sort: 'oldest',
      limit: 5,
    });
    expect(requestLog[0]).to.equal(
      'GET /api/tickets?customerId=c_1&status=open&status=pending&q=refund&sort=oldest&limit=5',
    );
  });

  it('sends static or computed headers and uses a custom fetch', async () => {
    const seen: string[] = [];
    const api = source({
      headers: async () => ({ 'X-Tenant': 'acme' }),
      fetch: (input, init) => {
        seen.push(String(input));
        return fetch(input, init);
      },
    });
    await api.getMe();
    expect(requestHeaders[0]!.get('X-Tenant')).to.equal('acme');
    expect(seen[0]).to.match(/\/api\/me$/);
  });

  describe('idempotent creation', () => {
    it('retries a create whose answer was lost after the server committed, and gets exactly one case', async () => {
      const before = db.ticketCount();
      mockControl.setScenario({ dropCreateResponses: 1, createDelayMs: 0 });
      const ticket = await source().createTicket(newCase(), { idempotencyKey: 'draft-1' });
      expect(ticket.subject).to.equal('Printer on fire');
      expect(db.ticketCount()).to.equal(before + 1);
      const posts = requestLog
        .map((line, index) => [line, requestHeaders[index]!] as const)
        .filter(([line]) => line.startsWith('POST'));
      expect(posts).to.have.length(2);
      expect(posts.map(([, headers]) => headers.get('Idempotency-Key'))).to.deep.equal([
        'draft-1',
        'draft-1',
      ]);
    });

    it('returns the first result for a repeat, refuses the key with another body, and a repeat in flight', async () => {
      const api = source({ retry: false });
      const first = await api.createTicket(newCase(), { idempotencyKey: 'k1' });
      const again = await api.createTicket(newCase(), { idempotencyKey: 'k1' });
      expect(again.id).to.equal(first.id);

      const mismatch = await rejection(
        api.createTicket(newCase({ subject: 'Other' }), { idempotencyKey: 'k1' }),
      );
      expect(mismatch).to.include({ kind: 'validation', status: 422 });

      mockControl.setScenario({ createDelayMs: 200 });
      const results = await Promise.allSettled([
        api.createTicket(newCase({ subject: 'Twice' }), { idempotencyKey: 'k2' }),
        delay(50).then(() => api.createTicket(newCase({ subject: 'Twice' }), { idempotencyKey: 'k2' })),
      ]);
      expect(results[0].status).to.equal('fulfilled');
      expect(results[1].status).to.equal('rejected');
      expect((results[1] as PromiseRejectedResult).reason).to.include({ status: 409 });
    });
  });

  describe('answers cut off or still in flight', () => {
    /** An answer whose connection drops after `text`: the body starts, then fails. */
    const cutShort = (text: string) =>
      new HttpResponse(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode(text));
            controller.error(new Error('connection reset'));
          },
        }),
        { headers: { 'Content-Type': 'application/json' } },
      );

    it('takes a connection cut half-way through an answer for a network failure: a read is retried', async () => {
      failFirst('get', '/customers/:id', 1, () => cutShort('{"id":"c_1","name":"An'));
      const read = await source().getCustomer('c_1');
      expect(read.data.id).to.equal('c_1');
      expect(requestsTo('GET /api/customers/c_1')).to.have.length(2);
    });

    it('says a write cut half-way through its answer has an unknown outcome, never bad data', async () => {
      worker.use(http.patch('*/api/customers/:id', () => cutShort('{"id":"c_1"')));
      const error = await rejection(source().updateCustomer('c_1', { company: 'X' }, { version: '"1"' }));
      expect(error).to.include({ kind: 'network', unknownOutcome: true });
    });

    it('waits out a 409 for a key still in flight (the pause the server asks), then gets the case', async () => {
      mockControl.setScenario({ createDelayMs: 300 });
      const api = source({ retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 10, maxRetryAfterMs: 2000 } });
      const [first, repeat] = await Promise.all([
        api.createTicket(newCase({ subject: 'In flight' }), { idempotencyKey: 'k-flight' }),
        delay(50).then(() =>
          api.createTicket(newCase({ subject: 'In flight' }), { idempotencyKey: 'k-flight' }),
        ),
      ]);
      expect(repeat.id).to.equal(first.id);
      expect(requestsTo('POST /api/tickets').length, 'the repeat was answered 409, then retried').to.equal(3);
    });
  });

  describe('uploads', () => {
    it('uploads multipart with progress and returns the attachment', async () => {
      const progress: number[] = [];
      const file = new File(['x'.repeat(300_000)], 'notes.txt', { type: 'text/plain' });
      const attachment = await source().uploadAttachment(file, {
        onProgress: ({ loaded, total }) => progress.push(loaded / total),
      });
      expect(attachment).to.include({
        name: 'notes.txt',
        size: 300_000,
        source: 'direct',
        contentType: 'text/plain',
      });
      expect(progress.at(-1)).to.equal(1);
    });

    it('aborts an upload', async () => {
      worker.use(
        http.post('*/api/attachments', async () => {
          await delay(500);
          return undefined;
        }),
      );
      const controller = new AbortController();
      const pending = source().uploadAttachment(new File(['abc'], 'a.txt'), { signal: controller.signal });
      setTimeout(() => controller.abort(), 30);
      expect((await rejection(pending)).kind).to.equal('aborted');
    });

    it('deletes direct uploads only', async () => {
      const api = source();
      const uploaded = await api.uploadAttachment(new File(['abc'], 'a.txt'));
      await api.deleteAttachment(uploaded.id);
      const list = await api.listAttachments('t_1');
      const fromEmail = list.items.find((item) => item.source !== 'direct');
      if (fromEmail) expect((await rejection(api.deleteAttachment(fromEmail.id))).status).to.equal(409);
      expect((await rejection(api.deleteAttachment(uploaded.id))).kind).to.equal('not-found');
    });
  });

  it('parses Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('3')).to.equal(3000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).to.equal(6000);
    expect(parseRetryAfter('soon')).to.equal(undefined);
    expect(parseRetryAfter(null)).to.equal(undefined);
  });
});
