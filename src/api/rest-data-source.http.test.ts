import { expect } from '@open-wc/testing';
import { rejection } from '../test-support/rejection.js';
import { waitUntil } from '../test-support/wait.js';
import { createRestDataSource, type RestDataSourceOptions } from './rest-data-source.js';

// The REST data source across a real network: the Node mock server (started by the test runner on
// port 4011, CORS open) serves the same handlers as MSW. No service worker runs in this file.
const ORIGIN = 'http://127.0.0.1:4011';
const source = (options: Partial<RestDataSourceOptions> = {}) =>
  createRestDataSource({ baseUrl: `${ORIGIN}/api`, retry: { baseDelayMs: 5, maxDelayMs: 20 }, ...options });

const scenario = (patch: object) =>
  fetch(`${ORIGIN}/__mock/scenario`, {
    method: 'PUT',
    body: JSON.stringify(patch),
    headers: { 'Content-Type': 'application/json' },
  });

describe('createRestDataSource over HTTP (Node mock server)', () => {
  beforeEach(() => fetch(`${ORIGIN}/__mock/reset`, { method: 'POST' }));

  it('answers a customer request with contract-valid JSON and a readable ETag (CORS exposes it)', async () => {
    const { data, version } = await source().getCustomer('c_1');
    expect(data.id).to.equal('c_1');
    expect(version).to.equal('"c_1-v1"');
  });

  it('sends If-Match and maps a 412 to a conflict with the server’s version', async () => {
    const api = source();
    const { version } = await api.getCustomer('c_3');
    await api.updateCustomer('c_3', { company: 'First' }, { version });
    const conflict = await rejection(api.updateCustomer('c_3', { company: 'Second' }, { version }));
    expect(conflict.kind).to.equal('conflict');
    expect(conflict.current).to.deep.include({ version: '"c_3-v2"' });
  });

  it('retries 503s a bounded number of times', async () => {
    await scenario({ errorRate: 1 });
    const error = await rejection(source({ retry: { attempts: 2, baseDelayMs: 5 } }).getMe());
    expect(error).to.include({ kind: 'server', status: 503 });
  });

  it('times out, aborts, and reports a dead server as "network"', async () => {
    await scenario({ latency: 400 });
    expect((await rejection(source({ timeoutMs: 60, retry: false }).getMe())).kind).to.equal('timeout');
    const controller = new AbortController();
    const pending = source().getMe({ signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    expect((await rejection(pending)).kind).to.equal('aborted');
    await scenario({ latency: 0, offline: true });
    expect((await rejection(source({ retry: { attempts: 1, baseDelayMs: 5 } }).getMe())).kind).to.equal(
      'network',
    );
  });

  it('refreshes the access token once after a 401', async () => {
    await scenario({ authToken: 'fresh' });
    const calls: boolean[] = [];
    const me = await source({
      getAccessToken: ({ forceRefresh }) => (calls.push(forceRefresh), forceRefresh ? 'fresh' : 'expired'),
    }).getMe();
    expect(me.id).to.equal('a_1');
    expect(calls).to.deep.equal([false, true]);
  });

  it('creates exactly one case when the answer to the first try is lost after the commit', async () => {
    const api = source();
    const before = await api.listTickets({ customerId: 'c_5', limit: 200 });
    await scenario({ dropCreateResponses: 1, createDelayMs: 0 });
    const created = await api.createTicket(
      {
        customerId: 'c_5',
        subject: 'Lost answer',
        description: '<p>x</p>',
        status: 'open',
        priority: 'normal',
        attachmentIds: [],
        notes: [],
      },
      { idempotencyKey: 'http-draft-1' },
    );
    const after = await api.listTickets({ customerId: 'c_5', limit: 200 });
    expect(after.items.length).to.equal(before.items.length + 1);
    expect(
      after.items.filter((ticket) => ticket.subject === 'Lost answer').map((ticket) => ticket.id),
    ).to.deep.equal([created.id]);
  });

  it('uploads with real progress events', async () => {
    // The server reads the body late, so socket backpressure spreads the upload over time.
    await scenario({ latency: 400 });
    const progress: number[] = [];
    const file = new File([new Uint8Array(16_000_000)], 'big.bin', { type: 'application/octet-stream' });
    const attachment = await source().uploadAttachment(file, {
      onProgress: ({ loaded }) => progress.push(loaded),
    });
    expect(attachment.size).to.equal(16_000_000);
    expect(progress.at(-1)).to.equal(16_000_000);
    expect(progress.length).to.be.greaterThan(1);
    expect(progress[0]).to.be.lessThan(16_000_000);
  });
  it('takes a conversation over HTTP: counts, assign, and a 409 carrying who has it now', async () => {
    const api = source();
    const counts = await api.countConversations!({});
    expect(counts.all).to.equal(10_000);
    const [waiting] = (await api.listConversations({ state: 'queued', limit: 1 })).items;
    await api.assignConversation(waiting!.id, 'a_3', { expectedAssigneeId: null });
    const late = await rejection(api.assignConversation(waiting!.id, 'a_1', { expectedAssigneeId: null }));
    expect(late).to.include({ kind: 'conflict', status: 409 });
    expect((late.current as { data: { assignee: { id: string } } }).data.assignee.id).to.equal('a_3');
    expect((await api.countConversations!({})).queued).to.equal(counts.queued - 1);
  });
  it('follows the live stream over HTTP, and resumes after the server cuts it', async () => {
    await scenario({ dropStreamAfter: 1, streamRetryMs: 20 });
    const api = source();
    const changes: string[] = [];
    const statuses: string[] = [];
    const stop = api.subscribe!((change) => changes.push(`${change.type} ${change.id}`), {
      onStatus: (status) => statuses.push(status),
    });
    try {
      await waitUntil(() => statuses.includes('live'), 'the stream open');
      const { items } = await api.listConversations({ state: 'queued', limit: 3 });
      for (const conversation of items) await api.assignConversation(conversation.id, 'a_2');
      await waitUntil(() => changes.length === 3, 'three changes across two reconnections', {
        timeout: 10_000,
      });
      expect(changes).to.deep.equal(items.map((conversation) => `conversation ${conversation.id}`));
      expect(statuses.filter((status) => status === 'live').length).to.be.at.least(2);
    } finally {
      stop();
    }
  });
  it('serves the case workspace over HTTP: a timeline page, files with a total, bulk delete’s partial success', async () => {
    const api = source();
    const events = await api.listTicketEvents!('t_97', { limit: 5 });
    expect(events.items).to.have.length(5);
    expect(events.nextCursor).to.be.a('string');
    const files = await api.listCustomerAttachments!('c_10000', { source: ['direct'], limit: 1 });
    expect(files.total).to.be.greaterThan(100);
    const [email] = (await api.listCustomerAttachments!('c_10000', { source: ['email'], limit: 1 })).items;
    const { results } = await api.deleteAttachments!([files.items[0]!.id, email!.id]);
    expect(results.map((result) => [result.ok, result.status])).to.deep.equal([
      [true, 204],
      [false, 409],
    ]);
    expect((await api.listCustomerAttachments!('c_10000', { source: ['direct'], limit: 1 })).total).to.equal(
      files.total! - 1,
    );
  });
  it('pages 100,000 service records with a total and streams their CSV over HTTP', async () => {
    const api = source();
    const page = await api.listInteractions!({ sort: 'handleSeconds', order: 'desc', limit: 100 });
    expect(page.total).to.equal(100_000);
    const next = await api.listInteractions!({
      sort: 'handleSeconds',
      order: 'desc',
      limit: 100,
      cursor: page.nextCursor!,
    });
    expect(next.total).to.equal(100_000);
    expect(next.items[0]!.handleSeconds).to.be.at.most(page.items.at(-1)!.handleSeconds!);
    const csv = await (await api.exportInteractions!({ customerId: ['c_5'] })).text();
    const { total } = await api.listInteractions!({ customerId: ['c_5'], limit: 1 });
    expect(csv.trim().split('\r\n')).to.have.length(total! + 1);
  });
  it('gives absolute file URLs, which a page on another origin can fetch', async () => {
    const { items } = await source().listAttachments('t_97');
    expect(items.length).to.be.greaterThan(0);
    for (const file of items) expect(file.url.startsWith(`${ORIGIN}/api/files/`), file.url).to.equal(true);
    const response = await fetch(items[0]!.url);
    expect(response.status).to.equal(200);
  });
});
