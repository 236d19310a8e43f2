import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { waitUntil } from './test-support/wait.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { CxCustomerCard } from './components/customer-card/customer-card.js';
import type { CxTicketHistory } from './components/ticket-history/ticket-history.js';
import { deepActiveElement } from './core/interactions/focus.js';
import { announced, announcedSince, announcementMark } from './test-support/announcements.js';
import { $, chord, fillSubject, mount as mountFlyout, open, root } from './test-support/flyout.js';
import { manyTickets } from './test-support/tickets.js';
import { useMockBackend, worker } from './test-support/mock-backend.js';
import { mountInProvider } from './test-support/mount.js';
import './define.js';
import './components/ticket-detail/define.js';

// The keyboard, screen-reader, zoom and forced-colours defects the shared interaction layer fixed,
// one test each (issue 22). Each fails when its fix is taken out.

const historyRoot = (el: CxTicketHistory) => el.shadowRoot!;
const rows = (el: CxTicketHistory) => [...historyRoot(el).querySelectorAll<HTMLElement>('[role="option"]')];
const button = (scope: ParentNode, name: string | RegExp) =>
  [...scope.querySelectorAll<HTMLElement>('button, [role="tab"]')].find((candidate) => {
    const label = (candidate.getAttribute('aria-label') ?? candidate.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    return typeof name === 'string' ? label === name : name.test(label);
  });

/** Where focus is, through shadow roots; never `<body>`. */
function focusIsIn(host: Element): boolean {
  const focused = deepActiveElement();
  if (!focused || focused === document.body) return false;
  for (let node: Node | null = focused; node; node = (node.getRootNode() as ShadowRoot).host ?? null) {
    if (host.shadowRoot?.contains(node) || host === node) return true;
    if (!(node.getRootNode() instanceof ShadowRoot)) break;
  }
  return false;
}

async function press(element: HTMLElement, key = 'Enter'): Promise<void> {
  element.focus();
  await sendKeys({ press: key });
}

describe('interaction defects fixed through the shared layer', () => {
  useMockBackend();

  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  describe('1. focus never falls to <body>', () => {
    it('after "Load more": the button stays focusable while busy; the first new ticket takes focus once it goes', async () => {
      // 30 tickets in pages of 20: the second is the last, so "Load more" goes away when it arrives.
      const tickets = manyTickets(30);
      const pageSize = 20;
      // Set once the panel shows it; the handler of the second page looks at it.
      const seen: { loadMore?: HTMLElement } = {};
      let busy = false;
      worker.use(
        http.get('*/api/tickets', async ({ request }) => {
          const start = Number(new URL(request.url).searchParams.get('cursor') ?? 0);
          if (start > 0) {
            await waitUntil(() => seen.loadMore?.getAttribute('aria-disabled') === 'true', 'busy', {
              timeout: 2000,
            });
            busy = seen.loadMore!.matches(':focus');
          }
          const end = start + pageSize;
          return HttpResponse.json({
            items: tickets.slice(start, end),
            nextCursor: end < tickets.length ? String(end) : null,
          });
        }),
      );
      const el = await mountInProvider('cx-ticket-history', `customer-id="c_paged" page-size="${pageSize}"`);
      await waitUntil(() => historyRoot(el).querySelector('.load-more'), 'Load more', { timeout: 4000 });
      seen.loadMore = historyRoot(el).querySelector<HTMLElement>('.load-more')!;
      await press(seen.loadMore);
      await waitUntil(() => !historyRoot(el).querySelector('.load-more'), 'the last page arrived');
      expect(busy, 'focus stayed on the busy button').to.equal(true);
      await waitUntil(
        () => deepActiveElement()?.dataset.index === String(pageSize),
        `focus on the first new ticket; it is on ${deepActiveElement()?.outerHTML.slice(0, 80)}`,
      );
      expect(focusIsIn(el)).to.equal(true);
    });

    it('after removing a filter chip with Enter: the next chip, then the search box', async () => {
      const el = await mountInProvider('cx-ticket-history', 'customer-id="c_10000"');
      el.filters = { channel: ['email', 'chat'] };
      await waitUntil(() => historyRoot(el).querySelectorAll('.removable').length === 2, 'two chips');
      await press(historyRoot(el).querySelector<HTMLElement>('.removable')!);
      await waitUntil(() => historyRoot(el).querySelectorAll('.removable').length === 1, 'one chip left');
      await waitUntil(() => deepActiveElement()?.classList.contains('removable'), 'focus on the next chip');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => deepActiveElement()?.matches('input[type="search"]'), 'focus on search');
      expect(focusIsIn(el)).to.equal(true);
    });

    it('after "Clear filters" in the chip row and in the "no tickets match" state: the search box', async () => {
      const el = await mountInProvider('cx-ticket-history', 'customer-id="c_10000"');
      el.filters = { tag: ['refund'] };
      await waitUntil(() => button(historyRoot(el), 'Clear filters'), 'chip row');
      await press(button(historyRoot(el).querySelector('.active-filters')!, 'Clear filters')!);
      await waitUntil(
        () => deepActiveElement()?.matches('input[type="search"]'),
        'focus on search (chip row)',
      );

      el.filters = { q: 'no ticket says this zzqx' };
      await waitUntil(() => historyRoot(el).querySelector('[part="empty-action"]'), 'no tickets match', {
        timeout: 4000,
      });
      await press(historyRoot(el).querySelector<HTMLElement>('[part="empty-action"]')!);
      await waitUntil(() => deepActiveElement()?.matches('input[type="search"]'), 'focus on search (empty)');
    });

    it('after "Try again" in the history and in the card', async () => {
      worker.use(
        http.get('*/api/tickets', () => HttpResponse.json({ title: 'Down', status: 503 }, { status: 503 })),
      );
      const history = await mountInProvider('cx-ticket-history', 'customer-id="c_1"');
      const retry = () => history.shadowRoot!.querySelector<HTMLElement>('[part="retry-button"]');
      await waitUntil(retry, 'history error', { timeout: 8000 });
      await press(retry()!);
      await waitUntil(() => !retry() || focusIsIn(history), 'retried');
      expect(focusIsIn(history), 'history keeps focus').to.equal(true);
      worker.resetHandlers();
      await waitUntil(() => rows(history).length, 'recovered', { timeout: 8000 });
      expect(focusIsIn(history), 'history keeps focus once loaded').to.equal(true);

      worker.use(
        http.get('*/api/customers/:id', () =>
          HttpResponse.json({ title: 'Down', status: 503 }, { status: 503 }),
        ),
      );
      const card: CxCustomerCard = await mountInProvider(
        'cx-customer-card',
        'customer-id="c_1" recent-cases="0"',
      );
      const cardRetry = () => card.shadowRoot!.querySelector<HTMLElement>('[part="retry-button"]');
      await waitUntil(cardRetry, 'card error', { timeout: 8000 });
      worker.resetHandlers();
      await press(cardRetry()!);
      await waitUntil(() => card.shadowRoot!.querySelector('.fields'), 'card recovered', { timeout: 8000 });
      expect(focusIsIn(card), 'card keeps focus').to.equal(true);
    });
  });

  it('2. at 400 % zoom (320×256) every field of the popover flyout and Save can be reached and seen', async () => {
    await setViewport({ width: 320, height: 256 });
    const mounted = await mountFlyout('customer-id="c_1"');
    await open(mounted);
    const el = mounted.flyout;
    const seen = (element: HTMLElement) => {
      const box = element.getBoundingClientRect();
      return (
        box.height > 0 &&
        box.top >= 0 &&
        box.bottom <= innerHeight + 0.5 &&
        box.left >= 0 &&
        box.right <= innerWidth + 0.5
      );
    };
    for (const selector of ['#subject-input', '.rich-text', '[role="tab"][aria-selected="true"]']) {
      const target = $(el, selector)!;
      target.focus();
      await waitUntil(() => seen(target), `${selector} focused on screen`);
    }
    const save = button(root(el), 'Save')!;
    save.focus();
    await waitUntil(() => seen(save), 'Save focused on screen');
  });

  // 4. Forced colours are emulated per page in e2e/whole-page.test.mjs (the test runner's page cannot).

  it('6. the close question holds focus and its button is not named like the header’s ×', async () => {
    const mounted = await mountFlyout('customer-id="c_1"');
    await open(mounted);
    const el = mounted.flyout;
    await fillSubject(el, 'Unsaved');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => $(el, '[role="alertdialog"]'), 'asks');
    const question = $(el, '[role="alertdialog"]')!;
    await waitUntil(() => question.contains(root(el).activeElement), 'focus in the question');
    // Tab goes round the question's buttons (by way of the browser's own controls, as a modal
    // dialog does), never into the form behind it.
    const inQuestionOrBrowser = () =>
      deepActiveElement() === null || question.contains(root(el).activeElement);
    for (let step = 0; step < 6; step += 1) {
      await sendKeys({ press: 'Tab' });
      expect(inQuestionOrBrowser(), `Tab ${step + 1} stays in the question`).to.equal(true);
    }
    await chord('Shift', 'Tab');
    expect(inQuestionOrBrowser(), 'Shift+Tab stays in the question').to.equal(true);
    const names = [...root(el).querySelectorAll('button')]
      .filter((candidate) => !candidate.closest('[inert]'))
      .map((candidate) => candidate.getAttribute('aria-label') ?? candidate.textContent!.trim());
    expect(new Set(names).size, `names: ${names.join(' | ')}`).to.equal(names.length);
  });

  describe('7. right-to-left and languages', () => {
    it('mirrors the tab arrows in a right-to-left page', async () => {
      const mounted = await mountFlyout('customer-id="c_1" dir="rtl"');
      await open(mounted);
      const el = mounted.flyout;
      const selected = () => $(el, '[role="tab"][aria-selected="true"]')!.id;
      const first = selected();
      $(el, '[role="tab"][aria-selected="true"]')!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await waitUntil(() => selected() !== first, 'ArrowLeft selects the next tab (to the left)');
      const second = selected();
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => selected() === first, 'ArrowRight goes back');
      expect(second).to.not.equal(first);
    });

    it('reads each message, subject and note in its own direction (dir="auto")', async () => {
      const detail = await mountInProvider('cx-ticket-detail', 'ticket-id="t_1" dir="rtl"');
      await waitUntil(() => detail.shadowRoot!.querySelector('.message'), 'transcript', { timeout: 6000 });
      const bodies = [...detail.shadowRoot!.querySelectorAll('.message .body, .subject, .note .body')];
      expect(bodies.length).to.be.greaterThan(1);
      for (const body of bodies) expect(body.getAttribute('dir'), body.className).to.equal('auto');
    });
  });

  it('8. dark theme placeholders reach 4.5:1', async () => {
    const history = await mountInProvider('cx-ticket-history', 'customer-id="c_10000" theme="dark"');
    const search = () => history.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]');
    await waitUntil(search, 'search');
    expect(contrast(placeholderColour(search()!), surfaceOf(search()!))).to.be.at.least(4.5);

    const mounted = await mountFlyout('theme="dark"');
    await open(mounted);
    const customer = $<HTMLInputElement>(mounted.flyout, 'input[role="combobox"]')!;
    expect(contrast(placeholderColour(customer), surfaceOf(customer))).to.be.at.least(4.5);
  });

  describe('9. names, stops and announcements', () => {
    it('the rich-text toolbar is one Tab stop operated with arrows', async () => {
      const mounted = await mountFlyout('customer-id="c_1"');
      await open(mounted);
      const el = mounted.flyout;
      const tools = [...root(el).querySelector('[role="toolbar"]')!.querySelectorAll<HTMLElement>('button')];
      expect(tools.length).to.be.greaterThan(3);
      expect(tools.filter((tool) => tool.tabIndex === 0)).to.have.length(1);
      tools.find((tool) => tool.tabIndex === 0)!.focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(root(el).activeElement).to.equal(tools[1]);
      await sendKeys({ press: 'End' });
      expect(root(el).activeElement).to.equal(tools.at(-1));
      await sendKeys({ press: 'Tab' });
      expect(tools).to.not.include(root(el).activeElement);
    });

    it('no icon button repeats its name as a title, and no two buttons of the card share a name', async () => {
      const card = await mountInProvider('cx-customer-card', 'customer-id="c_1"');
      await waitUntil(() => card.shadowRoot!.querySelector('.fields'), 'card');
      const history = document.createElement('cx-ticket-history');
      history.customerId = 'c_1';
      card.after(history);
      await waitUntil(() => rows(history).length, 'history');
      for (const widget of [card, history]) {
        expect(
          [...widget.shadowRoot!.querySelectorAll('[title]')].map((node) => node.outerHTML),
        ).to.deep.equal([]);
      }
      const names = [...card.shadowRoot!.querySelectorAll('button')].map(
        (candidate) => candidate.getAttribute('aria-label') ?? candidate.textContent!.trim(),
      );
      const repeated = names.filter((name, index) => names.indexOf(name) !== index);
      expect(repeated).to.deep.equal([]);
      expect(history.shadowRoot!.querySelector('[role="heading"]')!.textContent!.trim()).to.equal(
        'Ticket history',
      );
    });

    it('two failing widgets say it once, naming both', async () => {
      // Refused at once (a 400 is not retried), with the same problem: said at the same moment.
      const refused = () =>
        HttpResponse.json({ title: 'Gateway misconfigured', status: 400 }, { status: 400 });
      worker.use(http.get('*/api/tickets', refused), http.get('*/api/customers/:id', refused));
      fixtureCleanup();
      const mark = announcementMark();
      const page = await fixture<HTMLElement>(
        html`<cx-provider base-url="/api">
          <cx-customer-card customer-id="c_1" recent-cases="0"></cx-customer-card>
          <cx-ticket-history customer-id="c_1"></cx-ticket-history>
        </cx-provider>`,
      );
      const line = await announced(/Customer card and Ticket history: /, { since: mark, timeout: 8000 });
      expect(
        announcedSince(mark).filter((said) => said.endsWith(line.split(': ').slice(1).join(': '))),
      ).to.have.length(1);
      expect(page.querySelectorAll('[role="alert"]')).to.have.length(0);
    });

    it('the Filters popover closes when Tab leaves it', async () => {
      const el = await mountInProvider('cx-ticket-history', 'customer-id="c_10000"');
      const filtersButton = () => historyRoot(el).querySelector<HTMLElement>('.filters-button')!;
      await waitUntil(() => historyRoot(el).querySelector('.filters-button'), 'filters button');
      await press(filtersButton());
      const popover = () =>
        historyRoot(el).querySelector<HTMLElement>('[popover]:popover-open:not(.cx-tooltip)');
      await waitUntil(popover, 'open');
      const focusables = [...popover()!.querySelectorAll<HTMLElement>('select, input, button')];
      focusables.at(-1)!.focus();
      await sendKeys({ press: 'Tab' });
      await waitUntil(() => !popover(), 'closed when focus left');
      expect(focusIsIn(el) || deepActiveElement() !== document.body).to.equal(true);
    });
  });

  it('10. two ticket details on one page pass axe on the whole page (unique landmark names)', async () => {
    fixtureCleanup();
    const page = await fixture<HTMLElement>(
      html`<main>
        <h1>Two tickets</h1>
        <cx-provider base-url="/api">
          <cx-ticket-detail ticket-id="t_1"></cx-ticket-detail>
          <cx-ticket-detail ticket-id="t_2"></cx-ticket-detail>
        </cx-provider>
      </main>`,
    );
    const details = [...page.querySelectorAll('cx-ticket-detail')];
    await waitUntil(() => details.every((detail) => detail.shadowRoot!.querySelector('.message')), 'both', {
      timeout: 6000,
    });
    await expect(page).to.be.accessible();
  });
});

// ---- colour arithmetic (WCAG 2 relative luminance) ----

function placeholderColour(input: HTMLInputElement): string {
  return getComputedStyle(input, '::placeholder').color;
}

/** The first opaque background at or behind `element`, across shadow roots. */
function surfaceOf(element: Element): string {
  for (let node: Element | null = element; node;) {
    const colour = getComputedStyle(node).backgroundColor;
    if (channels(colour)[3] > 0.99) return colour;
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;
  }
  return 'rgb(255, 255, 255)';
}

function channels(colour: string): [number, number, number, number] {
  const numbers = colour.match(/[\d.]+/g)!.map(Number);
  return [numbers[0]!, numbers[1]!, numbers[2]!, numbers[3] ?? 1];
}

function contrast(foreground: string, background: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = channels(colour).map((value) => {
      const c = value / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}
