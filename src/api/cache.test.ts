import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test-support/wait.js';
import { delay, http, HttpResponse } from 'msw';
import '../components/provider/define.js';
import type { CxProvider } from '../components/provider/provider.js';
import { configure, resetConfig } from '../core/config.js';
import { nextEvent } from '../test-support/events.js';
import { db, requestLog, requestsTo, useMockBackend, worker } from '../test-support/mock-backend.js';
import '../test-support/query-widgets.js';
import type { CxTestCustomer, CxTestTickets } from '../test-support/query-widgets.js';
import { NOT_CONFIGURED_GRACE_MS } from './query-controller.js';
import { CxClient } from './client.js';
import { clientOf } from './default-client.js';
import type { CxDataSource } from './data-source.js';
import { createRestDataSource } from './rest-data-source.js';

const nameOf = (el: CxTestCustomer) => el.shadowRoot!.querySelector('.name')?.textContent ?? '';
const subjects = (el: CxTestTickets) =>
  [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);

describe('the shared cache', () => {
  useMockBackend();
  afterEach(() => resetConfig());

  it('makes one request for three widgets asking for the same customer, and shares the data', async () => {
    const provider = await fixture<CxProvider>(html`
      <cx-provider base-url="/api">
        <cx-test-customer customer-id="c_1"></cx-test-customer>
        <cx-test-customer customer-id="c_1"></cx-test-customer>
        <cx-test-customer customer-id="c_1"></cx-test-customer>
      </cx-provider>
    `);
    const widgets = [...provider.querySelectorAll('cx-test-customer')];
    await waitUntil(() => widgets.every((widget) => nameOf(widget)), 'every widget shows the customer');
    expect(new Set(widgets.map(nameOf)).size).to.equal(1);
    expect(requestsTo('GET /api/customers/c_1')).to.have.length(1);
  });

  it('updates every widget showing a customer after an edit, optimistically and then from the server', async () => {
    const provider = await fixture<CxProvider>(html`
      <cx-provider base-url="/api">
        <cx-test-customer customer-id="c_1"></cx-test-customer>
        <cx-test-customer customer-id="c_1"></cx-test-customer>
      </cx-provider>
    `);
    const [first, second] = [...provider.querySelectorAll('cx-test-customer')] as [
      CxTestCustomer,
      CxTestCustomer,
    ];
    await waitUntil(() => nameOf(first) && nameOf(second));
    const saving = first.client!.updateCustomer('c_1', { name: 'Renamed Person' });
    await waitUntil(() => nameOf(second) === 'Renamed Person', 'the other widget shows the change at once');
    const saved = await saving;
    expect(saved.version).to.equal('"c_1-v2"');
    expect(requestsTo('GET /api/customers/c_1')).to.have.length(1);
  });

  it('rolls an optimistic edit back when the server refuses it', async () => {
    const provider = await fixture<CxProvider>(
      html`<cx-provider base-url="/api"
        ><cx-test-customer customer-id="c_1"></cx-test-customer
      ></cx-provider>`,
    );
    const widget = provider.querySelector('cx-test-customer')!;
    await waitUntil(() => nameOf(widget));
    const original = nameOf(widget);
    worker.use(
      http.patch('*/api/customers/:id', async () => {
        await delay(100);
        return HttpResponse.json(
          { type: 'about:blank', title: 'No', status: 422, errors: [{ field: 'name', message: 'Nope' }] },
          { status: 422 },
        );
      }),
    );
    const saving = widget.client!.updateCustomer('c_1', { name: 'Refused Name' });
    await waitUntil(() => nameOf(widget) === 'Refused Name');
    const error = await saving.catch((reason: unknown) => reason);
    expect(error).to.include({ kind: 'validation' });
    await widget.updateComplete;
    expect(nameOf(widget)).to.equal(original);
  });

  it('refreshes that customer’s ticket lists after a case is created', async () => {
    const provider = await fixture<CxProvider>(
      html`<cx-provider base-url="/api"><cx-test-tickets customer-id="c_2"></cx-test-tickets></cx-provider>`,
    );
    const list = provider.querySelector('cx-test-tickets')!;
    await waitUntil(() => subjects(list).length > 0);
    await list.client!.createTicket(
      {
        customerId: 'c_2',
        subject: 'Brand new case',
        description: '',
        status: 'open',
        priority: 'normal',
        attachmentIds: [],
        notes: [],
      },
      { idempotencyKey: 'cache-test' },
    );
    await waitUntil(() => subjects(list)[0] === 'Brand new case', 'the new case appears first');
    expect(requestsTo('GET /api/tickets?customerId=c_2')).to.have.length(2);
  });

  it('shows B when inputs change from A to B quickly, and aborts A', async () => {
    const signals: AbortSignal[] = [];
    const rest = createRestDataSource({ baseUrl: '/api' });
    const dataSource: CxDataSource = {
      ...rest,
      getCustomer: async (id, options) => {
        signals.push(options!.signal!);
        if (id === 'c_1') await delay(300); // A is slow; B answers first
        return rest.getCustomer(id, options);
      },
    };
    const provider = await fixture<CxProvider>(
      html`<cx-provider .dataSource=${dataSource}
        ><cx-test-customer customer-id="c_1"></cx-test-customer
      ></cx-provider>`,
    );
    const widget = provider.querySelector('cx-test-customer')!;
    await widget.updateComplete;
    widget.customerId = 'c_2';
    const expected = db.getCustomer('c_2');
    await waitUntil(() => nameOf(widget) !== '');
    await delay(400);
    expect(expected.ok && nameOf(widget)).to.equal(expected.ok && expected.value.name);
    expect(signals[0]!.aborted).to.equal(true);
    expect(signals[1]!.aborted).to.equal(false);
  });

  it('aborts the request of a widget that leaves the page', async () => {
    const signals: AbortSignal[] = [];
    const dataSource = {
      ...createRestDataSource({ baseUrl: '/api' }),
      getCustomer: (_id: string, options?: { signal?: AbortSignal }) => {
        signals.push(options!.signal!);
        return new Promise<never>(() => undefined);
      },
    } as CxDataSource;
    const provider = await fixture<CxProvider>(
      html`<cx-provider .dataSource=${dataSource}
        ><cx-test-customer customer-id="c_9"></cx-test-customer
      ></cx-provider>`,
    );
    await waitUntil(() => signals.length === 1);
    provider.querySelector('cx-test-customer')!.remove();
    expect(signals[0]!.aborted).to.equal(true);
  });

  it('keeps two providers with different hosts apart, caches included', async () => {
    const calls: string[] = [];
    const spy = (name: string): CxDataSource => {
      const rest = createRestDataSource({ baseUrl: '/api' });
      return {
        ...rest,
        getCustomer: (id, options) => (calls.push(`${name}:${id}`), rest.getCustomer(id, options)),
      };
    };
    const root = await fixture(html`
      <div>
        <cx-provider id="a" .dataSource=${spy('a')}
          ><cx-test-customer customer-id="c_1"></cx-test-customer
        ></cx-provider>
        <cx-provider id="b" .dataSource=${spy('b')}
          ><cx-test-customer customer-id="c_1"></cx-test-customer
        ></cx-provider>
      </div>
    `);
    const [a, b] = [...root.querySelectorAll('cx-test-customer')] as [CxTestCustomer, CxTestCustomer];
    await waitUntil(() => nameOf(a) && nameOf(b));
    expect(calls.sort()).to.deep.equal(['a:c_1', 'b:c_1']);
    expect(a.client).to.not.equal(b.client);
  });

  it('uses configure() outside any provider, and says so clearly when nothing is configured', async () => {
    const widget = await fixture<CxTestCustomer>(
      html`<cx-test-customer customer-id="c_1"></cx-test-customer>`,
    );
    // After a grace period for a data source that arrives late (see not-configured.test.ts).
    await waitUntil(
      () => widget.shadowRoot!.querySelector('.error'),
      'the widget says it has no data source',
      {
        timeout: NOT_CONFIGURED_GRACE_MS + 2000,
      },
    );
    expect(widget.shadowRoot!.querySelector('.error')!.textContent).to.contain('configure');
    configure({ baseUrl: '/api' });
    await waitUntil(() => nameOf(widget) !== '', 'the widget loads once configured');
    expect(clientOf(widget)).to.be.instanceOf(CxClient);
  });

  it('re-dispatches errors as cx-error, and a refused login as cx-auth-required', async () => {
    worker.use(
      http.get('*/api/customers/:id', () =>
        HttpResponse.json({ title: 'Who are you', status: 401 }, { status: 401 }),
      ),
    );
    configure({ baseUrl: '/api', getAccessToken: () => 'token' });
    const errorEvent = nextEvent(document, 'cx-error');
    const authEvent = nextEvent(document, 'cx-auth-required');
    await fixture(html`<cx-test-customer customer-id="c_1"></cx-test-customer>`);
    expect((await errorEvent).detail.message).to.contain('401');
    expect((await authEvent).detail.error.kind).to.equal('unauthorized');
  });

  it('pages through a list and keeps loaded pages when the next one fails', async () => {
    const provider = await fixture<CxProvider>(
      html`<cx-provider base-url="/api"
        ><cx-test-tickets customer-id="c_10000"></cx-test-tickets
      ></cx-provider>`,
    );
    const list = provider.querySelector('cx-test-tickets')!;
    await waitUntil(() => subjects(list).length === 5);
    await list.query.fetchNextPage();
    await waitUntil(() => subjects(list).length === 10);
    worker.use(
      http.get('*/api/tickets', () => HttpResponse.json({ title: 'Broken', status: 500 }, { status: 500 })),
    );
    await list.query.fetchNextPage();
    await waitUntil(() => list.query.nextPageError !== null);
    expect(subjects(list)).to.have.length(10);
    expect(requestLog.filter((line) => line.includes('cursor=')).length).to.be.greaterThan(1);
  });
});
