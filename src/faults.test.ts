import { expect } from '@open-wc/testing';
import { waitUntil } from './test-support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { getResponse, http, HttpResponse } from 'msw';
import { handlers, problem } from '../mocks/handlers.js';
import { createRestDataSource } from './api/rest-data-source.js';
import './define.js';
import './components/ticket-detail/define.js';
import { ticketsOf } from './test-support/flyout.js';
import { db, requestLog, useMockBackend, worker } from './test-support/mock-backend.js';
import { mountInProvider } from './test-support/mount.js';
import { collectUncaught } from './test-support/uncaught.js';

// The fault suite: every widget under every way a host API can fail — broken JSON, wrong types,
// missing fields, 404, 409, 412, 422, 429, 500, 503, a timeout, no network, a connection cut
// half-way through the answer, and answers arriving out of order. Each time the widget must show an actionable state (a way out: Try again, or a reason),
// throw nothing uncaught, never show "undefined", "NaN" or "[object Object]", recover once the API
// does, and keep whatever the agent typed.

/** Requests that never answer (timeouts); released after each test so the worker can stop. */
const hanging: (() => void)[] = [];
function hang(): Promise<Response> {
  return new Promise((resolve) => hanging.push(() => resolve(HttpResponse.error())));
}
const releaseHanging = () => hanging.splice(0).forEach((release) => release());

/** The mock backend's real answer to `request`, as JSON, to corrupt. */
async function realBody(request: Request): Promise<Record<string, unknown>> {
  const response = await getResponse(handlers, request);
  return (await response!.json()) as Record<string, unknown>;
}

/** Applies `change` to the resource, or to the first item of a page. */
function corrupt(
  body: Record<string, unknown>,
  change: (item: Record<string, unknown>) => Record<string, unknown>,
): Record<string, unknown> {
  if (Array.isArray(body.items) && body.items.length) {
    body.items[0] = change(body.items[0] as Record<string, unknown>);
    return body;
  }
  return change(body);
}

/** Every field but the id gets a value of the wrong type. */
const wrongTypes = (item: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(item).map(([key, value]) => {
      if (key === 'id') return [key, value];
      if (typeof value === 'string') return [key, 404];
      if (typeof value === 'number') return [key, 'many'];
      if (Array.isArray(value)) return [key, { length: 1 }];
      return [key, value === null ? ['null'] : 'object'];
    }),
  );
/** Only the id is left. */
const missingFields = (item: Record<string, unknown>) => ({ id: item.id });

const FAULTS: Record<string, (request: Request) => Promise<Response> | Response> = {
  'malformed JSON': () =>
    new HttpResponse('{"id": "c_1", "name": "Anna', { headers: { 'Content-Type': 'application/json' } }),
  'wrong types': async (request) => HttpResponse.json(corrupt(await realBody(request), wrongTypes)),
  'missing required fields': async (request) =>
    HttpResponse.json(corrupt(await realBody(request), missingFields)),
  '404': () => problem(404, 'Not found'),
  '409': () => problem(409, 'Conflict with the current state'),
  '412': () => problem(412, 'Precondition failed'),
  '422': () =>
    problem(422, 'Unprocessable', { errors: [{ field: 'company', message: 'Not allowed here.' }] }),
  '429': () => problem(429, 'Too many requests', {}, { 'Retry-After': '120' }),
  '500': () => problem(500, 'Internal server error'),
  '503': () => problem(503, 'Service unavailable'),
  timeout: hang,
  offline: () => HttpResponse.error(),
  // The connection drops half-way through the answer: a network failure (retried, or an unknown
  // outcome for a save), never "bad data".
  'cut mid-body': () =>
    new HttpResponse(
      new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"id": "c_1", "na'));
          controller.error(new Error('connection reset'));
        },
      }),
      { headers: { 'Content-Type': 'application/json' } },
    ),
};

const BAD_TEXT = /\bundefined\b|\bNaN\b|\[object Object\]|\bnull\b/;

/** Text and labelling attributes of an element's shadow tree and every shadow tree inside it. */
function shownText(root: ParentNode): string {
  const parts: string[] = [];
  for (const node of root.querySelectorAll('*')) {
    for (const name of ['aria-label', 'title', 'alt', 'placeholder', 'aria-valuetext'])
      if (node.hasAttribute(name)) parts.push(node.getAttribute(name)!);
    if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) parts.push(node.value);
    if (node.shadowRoot) parts.push(shownText(node.shadowRoot));
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) parts.push((walker.currentNode as Text).data);
  return parts.join(' ');
}

/** Buttons in a shadow tree (and the trees inside it) whose text or label matches. */
function buttons(root: ParentNode, label: RegExp): HTMLButtonElement[] {
  return [...root.querySelectorAll('*')].flatMap((node) => [
    ...(node instanceof HTMLButtonElement &&
    label.test((node.getAttribute('aria-label') ?? node.textContent ?? '').trim())
      ? [node]
      : []),
    ...(node.shadowRoot ? buttons(node.shadowRoot, label) : []),
  ]);
}

/** Few, fast retries and a short timeout, so that each fault reaches the widget within a test. */
const mount = <K extends keyof HTMLElementTagNameMap>(tag: K, attributes: string) =>
  mountInProvider(
    tag,
    attributes,
    'en',
    createRestDataSource({
      baseUrl: '/api',
      timeoutMs: 500,
      retry: { attempts: 1, baseDelayMs: 5, maxDelayMs: 10, maxRetryAfterMs: 50 },
    }),
  );

function expectPresentable(element: Element, what: string): void {
  const text = shownText(element.shadowRoot!);
  const bad = text.match(BAD_TEXT);
  expect(
    bad,
    `${what} shows "${bad?.[0]}" in: ${text.slice(Math.max(0, (bad?.index ?? 0) - 80), (bad?.index ?? 0) + 40)}`,
  ).to.equal(null);
}

describe('faults: every widget under every failure of the host API', () => {
  useMockBackend();
  const uncaught = collectUncaught();
  afterEach(() => {
    releaseHanging();
    expect(uncaught, 'nothing thrown uncaught').to.deep.equal([]);
  });

  const READERS = [
    {
      name: '<cx-customer-card>',
      mount: () => mount('cx-customer-card', 'customer-id="c_1" recent-cases="0"'),
      route: '*/api/customers/:id',
      loaded: (root: ShadowRoot) => root.querySelector('.fields'),
    },
    {
      name: '<cx-ticket-history>',
      mount: () => mount('cx-ticket-history', 'customer-id="c_1"'),
      route: '*/api/tickets',
      loaded: (root: ShadowRoot) => root.querySelector('[role="option"]'),
    },
    {
      name: '<cx-ticket-detail>',
      mount: () => mount('cx-ticket-detail', `ticket-id="${ticketsOf('c_1')[0]!.id}"`),
      route: '*/api/tickets/:id',
      loaded: (root: ShadowRoot) => root.querySelector('[part~="header"]'),
    },
  ];

  for (const reader of READERS) {
    it(`${reader.name}: each read fault gives an actionable state, then recovers`, async function () {
      this.timeout(60000);
      for (const [fault, respond] of Object.entries(FAULTS)) {
        worker.use(http.get(reader.route, ({ request }) => respond(request)));
        const element = await reader.mount();
        const root = element.shadowRoot!;
        // A way out: Try again where it can help, else a reason and who can act on it.
        await waitUntil(
          () =>
            buttons(root, /^Try again$/).length || /not found|tell your administrator/i.test(shownText(root)),
          `${reader.name} shows a way out after "${fault}"`,
          { timeout: 5000 },
        );
        expectPresentable(element, `${reader.name} after "${fault}"`);
        expect(reader.loaded(root), `${reader.name} shows no content after "${fault}"`).to.equal(null);
        // Recovery: the API answers again, and "Try again" brings the content.
        worker.resetHandlers();
        releaseHanging();
        const retry = buttons(root, /^Try again$/)[0];
        // Bad data offers no Try again (it would fail again): then the host's refresh() brings it back.
        if (retry) retry.click();
        else await (element as unknown as { refresh(): Promise<unknown> }).refresh();
        await waitUntil(() => reader.loaded(root), `${reader.name} recovers after "${fault}"`, {
          timeout: 5000,
        });
        expectPresentable(element, `${reader.name} recovered after "${fault}"`);
      }
    });
  }

  it('<cx-customer-card>: each save fault keeps the typed value and says what happened', async function () {
    this.timeout(60000);
    for (const [fault, respond] of Object.entries(FAULTS)) {
      db.reset();
      worker.use(http.patch('*/api/customers/:id', ({ request }) => respond(request)));
      const card = await mount('cx-customer-card', 'customer-id="c_1" recent-cases="0"');
      const root = card.shadowRoot!;
      await waitUntil(() => root.querySelector('.fields'), 'card loaded');
      const field = () => root.querySelector<HTMLElement>('.field[data-key="company"]')!;
      buttons(field(), /^Edit /)[0]!.click();
      await card.updateComplete;
      const editor = field().querySelector<HTMLInputElement>('.editor')!;
      editor.focus();
      editor.select();
      await sendKeys({ type: 'Typed by the agent' });
      await sendKeys({ press: 'Enter' });
      // An alert on the field, or (a 422 naming it) the server's message under the reopened editor.
      await waitUntil(
        () => field().querySelector('.notice--error, .notice--conflict, .cx-field-error'),
        `a message on the field after "${fault}"`,
        { timeout: 5000 },
      );
      expectPresentable(card, `card save after "${fault}"`);
      // The typed value is still there: in the open editor, beside theirs in a conflict (a 412
      // whose current version the data source fetched), or one "Edit" away.
      if (field().dataset.state === 'conflict') {
        expect(field().querySelector('.yours')!.textContent!.trim(), `kept after "${fault}"`).to.equal(
          'Typed by the agent',
        );
      } else {
        if (!field().querySelector('.editor')) {
          const edit = buttons(field(), /^Edit$/)[0];
          expect(edit, `"Edit" offered after "${fault}"`).to.not.equal(undefined);
          edit!.click();
          await card.updateComplete;
        }
        expect(field().querySelector<HTMLInputElement>('.editor')?.value, `kept after "${fault}"`).to.equal(
          'Typed by the agent',
        );
      }
      releaseHanging();
      worker.resetHandlers();
    }
  });

  it('<cx-case-flyout>: each save fault keeps the form as typed and says what happened', async function () {
    this.timeout(90000);
    for (const [fault, respond] of Object.entries(FAULTS)) {
      worker.use(http.post('*/api/tickets', ({ request }) => respond(request)));
      const flyout = await mount('cx-case-flyout', `customer-id="c_1" draft-key="fault-${fault}"`);
      const root = flyout.shadowRoot!;
      await flyout.show();
      await waitUntil(
        () => root.querySelector('#subject-input') && root.querySelector('.rich-text'),
        'form',
        {
          timeout: 6000,
        },
      );
      const subject = root.querySelector<HTMLInputElement>('#subject-input')!;
      subject.focus();
      await sendKeys({ type: `Typed before "${fault}"` });
      buttons(root, /^Save$/)[0]!.click();
      await waitUntil(
        () => [...root.querySelectorAll('[role="alert"]')].some((alert) => alert.textContent!.trim()),
        `the flyout says what happened after "${fault}"`,
        { timeout: 6000 },
      );
      expectPresentable(flyout, `flyout after "${fault}"`);
      expect(flyout.open, `still open after "${fault}"`).to.equal(true);
      expect(root.querySelector<HTMLInputElement>('#subject-input')!.value).to.equal(
        `Typed before "${fault}"`,
      );
      releaseHanging();
      worker.resetHandlers();
      await flyout.hide();
    }
  });

  it('answers arriving out of order never show the customer the agent left', async () => {
    // c_1's answers are slow, c_2's fast: switching from c_1 to c_2 must end on c_2.
    // How many of c_1's slow answers have been sent.
    let lateAnswers = 0;
    const slow = (request: Request) =>
      new Promise<Response>((resolve) =>
        setTimeout(async () => {
          resolve((await getResponse(handlers, request))!);
          lateAnswers += 1;
        }, 400),
      );
    worker.use(
      http.get('*/api/customers/c_1', ({ request }) => slow(request)),
      http.get('*/api/tickets', ({ request }) =>
        new URL(request.url).searchParams.get('customerId') === 'c_1' ? slow(request) : undefined,
      ),
    );
    const card = await mount('cx-customer-card', 'customer-id="c_1" recent-cases="0"');
    const history = document.createElement('cx-ticket-history');
    history.customerId = 'c_1';
    card.after(history);
    // Switched while c_1's answers are on their way.
    await waitUntil(() => requestLog.some((line) => line.includes('/api/customers/c_1')), 'c_1 asked for');
    card.customerId = 'c_2';
    history.customerId = 'c_2';
    const c2 = (db.getCustomer('c_2') as { value: { name: string } }).value.name;
    const c2Tickets = ticketsOf('c_2').map((ticket) => `entry-${ticket.id}`);
    await waitUntil(
      () => card.shadowRoot!.querySelector('[part~="name"]')?.textContent?.includes(c2),
      'c_2 shown',
    );
    await waitUntil(() => history.shadowRoot!.querySelector('[role="option"]'), 'c_2 tickets shown');
    await waitUntil(() => lateAnswers >= 2, "c_1's late answers arrived", { timeout: 4000 });
    await Promise.all([card.updateComplete, history.updateComplete]);
    expect(card.shadowRoot!.querySelector('[part~="name"]')!.textContent).to.contain(c2);
    const shown = [...history.shadowRoot!.querySelectorAll('[role="option"]')].map((option) => option.id);
    expect(shown.length).to.be.above(0);
    expect(
      shown.filter((id) => !c2Tickets.includes(id)),
      'entries not of c_2',
    ).to.deep.equal([]);
    expectPresentable(card, 'card');
    expectPresentable(history, 'history');
  });
});
