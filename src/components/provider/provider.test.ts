import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { waitUntil } from '../../test-support/wait.js';
import { http, HttpResponse } from 'msw';
import { DATA_OPTION_KEYS } from '../../core/options.js';
import { configure, resetConfig } from '../../core/config.js';
import { captureConsoleErrors } from '../../test-support/console.js';
import { nextEvent } from '../../test-support/events.js';
import { $, fillSubject, mount as mountFlyout, open } from '../../test-support/flyout.js';
import {
  db,
  mockControl,
  requestHeaders,
  requestLog,
  requestsTo,
  useMockBackend,
  worker,
} from '../../test-support/mock-backend.js';
import '../customer-card/define.js';
import '../ticket-history/define.js';
import { clearCaseDrafts } from '../case-flyout/draft-keeper.js';
import type { CxProvider } from './provider.js';
import './define.js';

// The integrator's first hour: one list of options for configure() and <cx-provider>, a scope that
// survives a framework's re-renders, and a clear word when the set-up is wrong.

const shadowText = (element: Element) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const cardLoaded = (card: Element) => card.shadowRoot!.querySelector('.fields');

async function mountCard(provider: TemplateHost, id = 'c_1') {
  const card = document.createElement('cx-customer-card');
  card.setAttribute('customer-id', id);
  card.recentCases = 0;
  provider.append(card);
  await waitUntil(() => cardLoaded(card) || card.shadowRoot!.querySelector('[part="error"]'), 'card settled');
  return card;
}
type TemplateHost = HTMLElement;

describe('<cx-provider> and configure(): scopes and options', () => {
  useMockBackend();
  afterEach(() => resetConfig());

  it('has a property for every data option that configure() takes', async () => {
    const provider = await fixture<CxProvider>(html`<cx-provider></cx-provider>`);
    const declared = (provider.constructor as typeof CxProvider).elementProperties;
    for (const key of DATA_OPTION_KEYS) expect(declared.has(key), `<cx-provider>.${key}`).to.equal(true);
  });

  it('reads a token getter, headers, fetch, timeout and retries at each request: a new one refetches nothing', async () => {
    const provider = await fixture<CxProvider>(html`<cx-provider base-url="/api"></cx-provider>`);
    provider.getAccessToken = async () => 'first';
    const card = await mountCard(provider);
    expect(cardLoaded(card)).to.not.equal(null);
    const before = requestLog.length;
    // What a framework does on every render: new functions and objects, same host.
    for (let render = 0; render < 5; render += 1) {
      provider.getAccessToken = async () => 'second';
      provider.headers = { 'X-Tenant': `acme-${render}` };
      provider.fetch = (input, init) => fetch(input, init);
      provider.timeoutMs = 10_000 + render;
      provider.retry = { attempts: 2 };
      await provider.updateComplete;
      await card.updateComplete;
    }
    expect(requestLog.slice(before), 'no request from new options alone').to.deep.equal([]);
    expect(cardLoaded(card), 'the card keeps its data').to.not.equal(null);
    // The next request uses the latest of them.
    await card.refresh();
    const last = requestHeaders.at(-1)!;
    expect(last.get('Authorization')).to.equal('Bearer second');
    expect(last.get('X-Tenant')).to.equal('acme-4');
  });

  it('starts a new scope, with an empty cache, when the base URL or the data source changes', async () => {
    const provider = await fixture<CxProvider>(html`<cx-provider base-url="/api"></cx-provider>`);
    const card = await mountCard(provider);
    const before = requestsTo('GET /api/customers/c_1').length;
    provider.baseUrl = `${location.origin}/api`;
    await waitUntil(() => requestsTo('GET /api/customers/c_1').length > before, 'the new host is asked');
    await waitUntil(() => cardLoaded(card), 'loaded from the new host');
  });

  it('configure() keeps its cache for new functions and starts a new one for a new base URL', async () => {
    configure({ baseUrl: '/api', getAccessToken: () => 'a' });
    const card = await fixture(
      html`<cx-customer-card customer-id="c_1" recent-cases="0"></cx-customer-card>`,
    );
    await waitUntil(() => cardLoaded(card), 'loaded');
    const before = requestLog.length;
    configure({ getAccessToken: () => 'b', headers: { 'X-Page': '1' } });
    configure({ baseUrl: '/api' }); // the same host again
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(requestLog.slice(before)).to.deep.equal([]);
    configure({ baseUrl: `${location.origin}/api` });
    await waitUntil(() => requestLog.length > before, 'a new host is asked');
    expect(requestHeaders.at(-1)!.get('Authorization')).to.equal('Bearer b');
  });
});

describe('an API that is set up wrong', () => {
  useMockBackend();

  it('a base URL where every path is an HTML 404 is a set-up problem, not a missing customer', async () => {
    const logged = captureConsoleErrors();
    worker.use(
      http.get(
        '*/wrong/*',
        () =>
          new HttpResponse('<!doctype html><h1>Not Found</h1>', {
            status: 404,
            headers: { 'Content-Type': 'text/html' },
          }),
      ),
    );
    try {
      const provider = await fixture<CxProvider>(html`<cx-provider base-url="/wrong"></cx-provider>`);
      const error = new Promise<CustomEvent>((resolve) =>
        provider.addEventListener('cx-error', (event) => resolve(event as CustomEvent), { once: true }),
      );
      const card = await mountCard(provider);
      expect(shadowText(card)).to.contain('This widget is set up incorrectly');
      expect(shadowText(card)).to.not.contain('not found');
      expect((await error).detail.error.kind).to.equal('misconfigured');
      expect(logged.messages.join('\n'))
        .to.contain('answered 404 with text/html')
        .and.contain('Check base-url');
    } finally {
      logged.restore();
    }
  });

  it('a save without the ETag (hidden by CORS) says which header to expose', async () => {
    // The server answers the read without an ETag the page can see, as a cross-origin API without
    // Access-Control-Expose-Headers: ETag does; it then requires If-Match (428).
    worker.use(http.get('*/api/customers/:id', () => HttpResponse.json(customerWithoutETag('c_1'))));
    const logged = captureConsoleErrors();
    try {
      const provider = await fixture<CxProvider>(html`<cx-provider base-url="/api"></cx-provider>`);
      const card = await mountCard(provider);
      const errors = nextEvent(provider, 'cx-error');
      card.shadowRoot!.querySelector<HTMLElement>('.field[data-key="company"] .value')!.focus();
      card
        .shadowRoot!.querySelector<HTMLButtonElement>(
          '.field[data-key="company"] button[aria-label^="Edit"]',
        )!
        .click();
      await waitUntil(() => card.shadowRoot!.querySelector('.field[data-key="company"] input'));
      const input = card.shadowRoot!.querySelector<HTMLInputElement>('.field[data-key="company"] input')!;
      input.value = 'Nowa Firma';
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      const { detail } = await errors;
      expect((detail.error as { kind: string }).kind).to.equal('misconfigured');
      expect(detail.message).to.contain('Access-Control-Expose-Headers: ETag');
      await waitUntil(
        () => shadowText(card).includes('This widget is set up incorrectly'),
        'said on the field',
      );
      expect(shadowText(card), 'what was typed stays').to.contain('Nowa Firma');
    } finally {
      logged.restore();
    }
  });
});

/** A seeded customer as the real handler gives it, but without its ETag header. */
function customerWithoutETag(id: string) {
  const outcome = db.getCustomer(id);
  return outcome.ok ? outcome.value : {};
}

describe('one write path', () => {
  useMockBackend();

  it("a 401 on the flyout's save (after one token refresh) fires cx-auth-required and keeps the draft", async () => {
    await clearCaseDrafts(); // drafts of the flyout's own test files live on in this browser's storage
    const mounted = await mountFlyout('customer-id="c_1"');
    await open(mounted);
    await fillSubject(mounted.flyout, 'Refund twice');
    mockControl.setScenario({ authToken: 'only-the-server-knows' });
    const auth = nextEvent(mounted.flyout, 'cx-auth-required');
    const error = nextEvent(mounted.flyout, 'cx-error');
    $<HTMLButtonElement>(mounted.flyout, '.save')!.click();
    expect((await auth).detail.error.kind).to.equal('unauthorized');
    expect(((await error).detail.error as { kind: string }).kind).to.equal('unauthorized');
    await waitUntil(() => $(mounted.flyout, '.submit-error'), 'the flyout says so');
    expect($<HTMLInputElement>(mounted.flyout, '#subject-input')!.value).to.equal('Refund twice');
  });
});

describe("the agent's language reaches the server", () => {
  useMockBackend();

  it('sends Accept-Language with every request, and shows service reasons in Thai', async () => {
    fixtureCleanup();
    const provider = await fixture<CxProvider>(
      html`<cx-provider base-url="/api" lang="th-TH"></cx-provider>`,
    );
    const history = document.createElement('cx-ticket-history');
    history.setAttribute('customer-id', 'c_1');
    provider.append(history);
    await waitUntil(() => history.shadowRoot!.querySelector('[role="option"]'), 'history loaded');
    expect(
      requestHeaders.every((headers) => headers.get('Accept-Language') === 'th-TH, th;q=0.9, en;q=0.5'),
    ).to.equal(true);
    // The filters' reasons come in Thai (the mock server translates what admins define).
    history.shadowRoot!.querySelector<HTMLButtonElement>('.filters-button')!.click();
    await waitUntil(
      () => history.shadowRoot!.querySelector('#filters option[value="r_delivery"]'),
      'reasons',
    );
    expect(
      history.shadowRoot!.querySelector('#filters option[value="r_delivery"]')!.textContent!.trim(),
    ).to.equal('การจัดส่ง');
    // An English panel beside it keeps its own copy of the lookups, in English.
    const english = document.createElement('cx-ticket-history');
    english.setAttribute('customer-id', 'c_1');
    english.lang = 'en';
    provider.append(english);
    await waitUntil(() => english.shadowRoot!.querySelector('[role="option"]'), 'english history loaded');
    english.shadowRoot!.querySelector<HTMLButtonElement>('.filters-button')!.click();
    await waitUntil(
      () => english.shadowRoot!.querySelector('#filters option[value="r_delivery"]'),
      'reasons',
    );
    expect(
      english.shadowRoot!.querySelector('#filters option[value="r_delivery"]')!.textContent!.trim(),
    ).to.equal('Delivery');
  });
});
