import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { worker } from '../../mocks/browser.js';
import '../../src/components/provider/define.js';
import type { CxProvider } from '../../src/components/provider/provider.js';
import '../../src/test-support/query-widgets.js';
import type { CxTestCustomer, CxTestTickets } from '../../src/test-support/query-widgets.js';
import type { CxApiError } from '../../src/index.js';
import { createLegacyCrmDataSource } from './legacy-crm-data-source.js';

// A fake LegacyCRM, shaped nothing like the cxkit contract.
let revision = 7;
const contact = () => ({
  contact_id: 42,
  full_name: 'Wanda Legacy',
  email_address: 'wanda@legacy.example',
  mobile: null,
  organisation: 'Old Systems Ltd',
  vip: true,
  revision,
  created: '2020-01-02T03:04:05Z',
  modified: '2024-05-06T07:08:09Z',
});
const legacyCase = (n: number) => ({
  case_no: n,
  contact_id: 42,
  title: `Case ${n}`,
  state: n % 2 ? 'DONE' : 'IN_PROGRESS',
  urgency: 3,
  medium: 'EMAIL',
  owner_name: null,
  opened: `2024-01-${String(10 + n).padStart(2, '0')}T10:00:00Z`,
  updated: '2024-02-01T10:00:00Z',
  closed: n % 2 ? '2024-02-01T10:00:00Z' : null,
});
const legacyApi = [
  http.get('https://crm.legacy.example/v2/contacts/42', () => HttpResponse.json(contact())),
  http.put('https://crm.legacy.example/v2/contacts/42', async ({ request }) => {
    const body = (await request.json()) as { expected_revision?: number; email_address?: string };
    if (body.expected_revision !== revision)
      return HttpResponse.json({ error: { code: 'STALE', message: 'Record changed' } }, { status: 412 });
    if (body.email_address === 'bad') {
      return HttpResponse.json(
        { error: { code: 'INVALID', message: 'Invalid', fields: { email_address: 'Bad email' } } },
        { status: 422 },
      );
    }
    revision += 1;
    return HttpResponse.json(contact());
  }),
  http.get('https://crm.legacy.example/v2/cases', ({ request }) => {
    const page = Number(new URL(request.url).searchParams.get('page'));
    return HttpResponse.json({
      data: [1, 2].map((n) => legacyCase(n + (page - 1) * 2)),
      meta: { page, pages: 2 },
    });
  }),
];

const adapter = () => createLegacyCrmDataSource({ baseUrl: 'https://crm.legacy.example/v2', apiKey: 'k' });

describe('example: a data source for a differently shaped API', () => {
  before(() => worker.start({ quiet: true, onUnhandledFrame: 'bypass' }));
  beforeEach(() => {
    revision = 7;
    worker.use(...legacyApi);
  });
  afterEach(() => worker.resetHandlers());
  after(() => worker.stop());

  it('lets unchanged widgets show the legacy API’s data', async () => {
    const provider = await fixture<CxProvider>(html`
      <cx-provider .dataSource=${adapter()}>
        <cx-test-customer customer-id="42"></cx-test-customer>
        <cx-test-tickets customer-id="42"></cx-test-tickets>
      </cx-provider>
    `);
    const card = provider.querySelector<CxTestCustomer>('cx-test-customer')!;
    const list = provider.querySelector<CxTestTickets>('cx-test-tickets')!;
    await waitUntil(() => card.shadowRoot!.textContent!.includes('Wanda Legacy'));
    await waitUntil(() => list.query.items.length === 2);
    expect(list.query.items.map((ticket) => ticket.status)).to.deep.equal(['resolved', 'open']);
    await list.query.fetchNextPage();
    await waitUntil(() => list.query.items.length === 4);
    expect(list.query.hasNextPage).to.equal(false);
  });

  it('maps versions, conflicts and field errors to the contract', async () => {
    const api = adapter();
    const { data, version } = await api.getCustomer('42');
    expect(data).to.deep.include({ id: '42', labels: ['VIP'], company: 'Old Systems Ltd' });
    expect(version).to.equal('7');
    const saved = await api.updateCustomer('42', { name: 'Wanda L.' }, { version });
    expect(saved.version).to.equal('8');
    const failure = (promise: Promise<unknown>) =>
      promise.then(
        () => null,
        (error: CxApiError) => error,
      );
    const stale = await failure(api.updateCustomer('42', { name: 'x' }, { version }));
    expect(stale).to.include({ kind: 'conflict', status: 412 });
    const invalid = await failure(api.updateCustomer('42', { email: 'bad' }, { version: '8' }));
    expect(invalid!.fieldErrors).to.deep.equal([{ field: 'email', message: 'Bad email' }]);
    const missing = await failure(api.createTicket({} as never, { idempotencyKey: 'k' }));
    expect(missing!.title).to.equal('Not available on this CRM');
  });
});
