import { expect } from '@open-wc/testing';
import { QueryObserver } from '@tanstack/query-core';
import { http, HttpResponse } from 'msw';
import {
  db,
  mockControl,
  requestsTo,
  streamLog,
  useMockBackend,
  worker,
} from '../test-support/mock-backend.js';
import { waitUntil } from '../test-support/wait.js';
import { CxClient } from './client.js';
import type { LiveStatus } from './data-source.js';
import { createRestDataSource, type RestDataSourceOptions } from './rest-data-source.js';
import type { CxChange } from './types.js';

// Live updates (issue 24): the REST data source follows `GET /events` with fetch (so it can send
// Authorization), resumes after a dropped connection with Last-Event-ID, and the cache refetches
// what a change touches; without a stream, what widgets show refetches on an interval.

const rest = (options: Partial<RestDataSourceOptions> = {}) =>
  createRestDataSource({ baseUrl: '/api', retry: { baseDelayMs: 5 }, ...options });

/** Subscribes to `source`; what arrived, the statuses seen, and how to stop. */
function follow(source = rest()) {
  const changes: CxChange[] = [];
  const statuses: LiveStatus[] = [];
  const stop = source.subscribe!((change) => changes.push(change), {
    onStatus: (status) => statuses.push(status),
  });
  return { changes, statuses, stop };
}

describe('live updates', () => {
  useMockBackend();
  let stops: (() => void)[] = [];
  afterEach(() => {
    for (const stop of stops) stop();
    stops = [];
  });

  it('delivers each change the server makes, as it happens', async () => {
    mockControl.setScenario({ streamRetryMs: 20 });
    const live = follow();
    stops.push(live.stop);
    await waitUntil(() => live.statuses.includes('live'), 'the stream open');
    expect(streamLog[0]!.get('Accept')).to.equal('text/event-stream');
    db.conversations.assign('conv_5', 'a_2', undefined);
    db.changes.emit({ type: 'ticket', id: 't_1', action: 'updated', customerId: 'c_1' });
    await waitUntil(() => live.changes.length === 2, 'two changes').catch(() => {
      throw new Error(`two changes, got ${JSON.stringify(live.changes)} ${live.statuses.join()}`);
    });
    expect(live.changes.map(({ type, id }) => `${type} ${id}`)).to.deep.equal([
      'conversation conv_5',
      'ticket t_1',
    ]);
  });

  it('resumes after a dropped connection with Last-Event-ID, missing nothing', async () => {
    mockControl.setScenario({ dropStreamAfter: 1, streamRetryMs: 20 });
    const live = follow();
    stops.push(live.stop);
    await waitUntil(() => live.statuses.includes('live'), 'the stream open');
    for (const id of ['t_1', 't_2', 't_3'])
      db.changes.emit({ type: 'ticket', id, action: 'updated', customerId: 'c_1' });
    await waitUntil(() => live.changes.length === 3, 'all three changes, across reconnections', {
      timeout: 10_000,
    });
    expect(live.changes.map((change) => change.id)).to.deep.equal(['t_1', 't_2', 't_3']);
    expect(live.statuses).to.include('reconnecting');
    // Each reconnection said where it had got to.
    const resumedFrom = streamLog.slice(1).map((headers) => headers.get('Last-Event-ID'));
    expect(resumedFrom.length).to.be.at.least(2);
    expect(resumedFrom.every((id) => id !== null)).to.equal(true);
  });

  it('sends the token, and asks for a fresh one after a 401, like every request', async () => {
    mockControl.setScenario({ authToken: 'fresh' });
    const asked: boolean[] = [];
    const live = follow(
      rest({
        getAccessToken: ({ forceRefresh }) => (asked.push(forceRefresh), forceRefresh ? 'fresh' : 'stale'),
      }),
    );
    stops.push(live.stop);
    await waitUntil(() => live.statuses.includes('live'), 'the stream open with a fresh token');
    expect(asked).to.deep.equal([false, true]);
    expect(streamLog.at(-1)!.get('Authorization')).to.equal('Bearer fresh');
  });

  it('leaves out a change that breaks the contract and keeps the rest', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      worker.use(
        http.get(
          '*/api/events',
          () =>
            new HttpResponse(
              'id: 1\nevent: change\ndata: {"type":"ticket","id":42}\n\n' +
                'id: 2\nevent: change\ndata: {"type":"ticket","id":"t_9","action":"updated","at":"2026-12-01T10:00:00.000Z"}\n\n',
              { headers: { 'Content-Type': 'text/event-stream' } },
            ),
        ),
      );
      const live = follow();
      stops.push(live.stop);
      await waitUntil(() => live.changes.length === 1, 'the valid change');
      expect(live.changes[0]!.id).to.equal('t_9');
      expect(errors.filter((message) => message.includes('breaks the contract'))).to.have.length(1);
    } finally {
      console.error = original;
    }
  });

  it('refetches what a widget shows when a change touches it, and only that', async () => {
    mockControl.setScenario({ streamRetryMs: 20 });
    const client = new CxClient(rest());
    stops.push(() => client.dispose());
    const shown = new QueryObserver(client.queryClient, client.ticket('t_1'));
    const stopShowing = shown.subscribe(() => {});
    stops.push(stopShowing);
    await waitUntil(() => shown.getCurrentResult().isSuccess, 'the ticket shown');
    await waitUntil(() => client.live.status === 'live', 'the scope follows the stream');
    expect(requestsTo('GET /api/tickets/t_1')).to.have.length(1);
    db.changes.emit({ type: 'ticket', id: 't_2', action: 'updated', customerId: 'c_9' });
    db.changes.emit({ type: 'ticket', id: 't_1', action: 'updated', customerId: 'c_1' });
    await waitUntil(() => requestsTo('GET /api/tickets/t_1').length === 2, 'the shown ticket refetched');
    expect(requestsTo('GET /api/tickets/t_2')).to.deep.equal([]);
  });

  it('without a stream, says so and refetches what widgets show on the scope’s interval', async () => {
    worker.use(http.get('*/api/events', () => HttpResponse.json({ title: 'Not here' }, { status: 404 })));
    const client = new CxClient(rest(), { refreshIntervalMs: () => 150 });
    stops.push(() => client.dispose());
    const shown = new QueryObserver(client.queryClient, client.customer('c_1'));
    stops.push(shown.subscribe(() => {}));
    await waitUntil(() => client.live.status === 'unsupported', 'no stream offered');
    await waitUntil(() => requestsTo('GET /api/customers/c_1').length >= 3, 'refetched on the interval');
  });

  it('opens no stream when the scope says live: false', async () => {
    const client = new CxClient(rest(), { live: () => false });
    stops.push(() => client.dispose());
    const shown = new QueryObserver(client.queryClient, client.customer('c_1'));
    stops.push(shown.subscribe(() => {}));
    await waitUntil(() => shown.getCurrentResult().isSuccess, 'the customer shown');
    expect(streamLog).to.deep.equal([]);
    expect(client.live.status).to.equal('off');
  });
  it('treats a subscribe() that is no subscription (a catch-all stub) as no stream, leaving nothing unhandled', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (event: PromiseRejectionEvent) => {
      unhandled.push(event.reason);
      event.preventDefault();
    };
    addEventListener('unhandledrejection', onUnhandled);
    try {
      const source = { ...rest(), subscribe: () => Promise.reject(new Error('not in this stub')) };
      const client = new CxClient(source as never);
      stops.push(() => client.dispose());
      const shown = new QueryObserver(client.queryClient, client.customer('c_1'));
      stops.push(shown.subscribe(() => {}));
      await waitUntil(() => client.live.status === 'unsupported', 'no stream');
      await waitUntil(() => shown.getCurrentResult().isSuccess, 'the data still shows');
      expect(unhandled).to.deep.equal([]);
    } finally {
      removeEventListener('unhandledrejection', onUnhandled);
    }
  });
});
