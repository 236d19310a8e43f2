import { expect, fixture, fixtureCleanup, html, nextFrame } from '@open-wc/testing';
import { waitUntil } from '../../test-support/wait.js';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { Ticket } from '../../api/types.js';
import { TOOLTIP_HOVER_GRACE_MS } from '../../core/interactions/tooltip.js';
import { announced, announcementMark } from '../../test-support/announcements.js';
import { captureConsoleErrors } from '../../test-support/console.js';
import { nextEvent } from '../../test-support/events.js';
import { mountInProvider } from '../../test-support/mount.js';
import { expectSame } from '../../test-support/same.js';
import { requestLog, requestsTo, useMockBackend, worker } from '../../test-support/mock-backend.js';
import { manyTickets, NOW, serveTickets, ticket } from '../../test-support/tickets.js';
import './define.js';
import type { CxTicketHistory } from './ticket-history.js';
import { loadVirtualizer, type VirtualizerModule } from '../../core/virtual-list.js';

/** The narrowest, a middle and the widest width the panel supports, each in a language of its own. */
const NARROW_TO_WIDE = [
  ['pl', 240],
  ['th', 360],
  ['en', 720],
] as const;

const mount = (attributes = 'customer-id="c_10000"', lang = 'en'): Promise<CxTicketHistory> =>
  mountInProvider('cx-ticket-history', attributes, lang);

const root = (el: CxTicketHistory) => el.shadowRoot!;
const entries = (el: CxTicketHistory) => [...root(el).querySelectorAll<HTMLElement>('[role="option"]')];
const loaded = (el: CxTicketHistory, count = 1) =>
  waitUntil(() => entries(el).length >= count, 'entries render', { timeout: 4000 });
const tooltipOf = (el: CxTicketHistory) => root(el).querySelector<HTMLElement>('.cx-tooltip');
/** The tooltip shows `text`, positioned, and covers nothing of `row`. */
function tipShownBeside(el: CxTicketHistory, row: HTMLElement, text: string): boolean {
  const tip = tooltipOf(el);
  if (!tip?.matches(':popover-open') || tip.textContent !== text) return false;
  const a = tip.getBoundingClientRect();
  const b = row.getBoundingClientRect();
  const positioned = a.top !== 0 || a.left !== 0;
  const overlaps = a.left < b.right && a.right > b.left && a.top < b.bottom - 1 && a.bottom > b.top + 1;
  return positioned && !overlaps;
}
/** A panel whose virtualizer's code comes from `load` (held back, or failing, in these tests). */
async function mountWithVirtualizer(load: () => Promise<VirtualizerModule>): Promise<CxTicketHistory> {
  fixtureCleanup();
  const provider = await fixture<HTMLElement>(html`<cx-provider base-url="/api"></cx-provider>`);
  const el = document.createElement('cx-ticket-history');
  el.loadVirtualizer = load;
  el.customerId = 'c_test';
  provider.append(el);
  return el;
}

const lastTicketsRequest = () =>
  requestLog.filter((line) => line.startsWith('GET /api/tickets?')).at(-1) ?? '';
const params = () => new URL(lastTicketsRequest().split(' ')[1]!, location.origin).searchParams;

describe('<cx-ticket-history>', () => {
  useMockBackend();

  it('renders every field of an entry, "Unassigned", AI tags and the time with its exact value', async () => {
    serveTickets([
      ticket({
        tags: [
          { name: 'refund', source: 'ai' },
          { name: 'vip', source: 'agent' },
        ],
      }),
      ticket({
        id: 't_x2',
        number: 'CX-2',
        subject: 'Closed by automation',
        status: 'closed',
        channel: 'line',
        assignee: null,
        closedAt: new Date(NOW - 2 * 86400_000).toISOString(),
      }),
      ticket({
        id: 't_x3',
        number: 'CX-3',
        subject: 'From a new channel',
        channel: 'telegram',
        status: 'escalated',
      }),
    ]);
    const el = await mount('customer-id="c_test"');
    await loaded(el, 3);
    const [first, second, third] = entries(el) as [HTMLElement, HTMLElement, HTMLElement];

    expect(first.querySelector('.subject')!.textContent).to.equal('Parcel never arrived');
    expect(first.querySelector('[part~="channel"] svg')!.getAttribute('aria-label')).to.equal('Email');
    expect(first.querySelector('[part~="status-badge"]')!.textContent!.trim()).to.equal('Open');
    expect(first.querySelector('.number')!.textContent).to.equal('CX-1');
    expect(first.querySelector('.assignee')!.textContent).to.equal('Marcus Lee');
    expect(first.querySelector('time')!.textContent).to.equal('Last activity 3 days ago');
    expect(first.querySelector('.exact')!.textContent).to.match(/\d{4}/);

    const [aiTag, agentTag] = [...first.querySelectorAll('.cx-tag')];
    expect(aiTag!.classList.contains('cx-tag--ai')).to.equal(true);
    expect(aiTag!.querySelector('svg')).to.exist;
    expect(aiTag!.textContent).to.contain('refund, applied by AI');
    expect(agentTag!.classList.contains('cx-tag--ai')).to.equal(false);
    expect(getComputedStyle(aiTag!).backgroundColor).to.not.equal(
      getComputedStyle(agentTag!).backgroundColor,
    );

    expect(second.querySelector('.assignee')!.textContent).to.equal('Unassigned');
    expect(second.querySelector('time')!.textContent).to.equal('Closed 2 days ago');
    expect(second.querySelector('[part~="channel"] svg')!.getAttribute('aria-label')).to.equal('LINE');

    // Values the library does not know render generically instead of breaking.
    expect(third.querySelector('[part~="channel"] svg')!.getAttribute('aria-label')).to.equal('Telegram');
    expect(third.querySelector('[part~="status-badge"]')!.textContent!.trim()).to.equal('Escalated');
  });

  it('relabels the channel, status and tags in place when the language changes', async () => {
    serveTickets([ticket({ tags: [{ name: 'refund', source: 'ai' }] })]);
    const el = await mount('customer-id="c_test"');
    await loaded(el);
    const channelName = () =>
      entries(el)[0]!.querySelector('[part~="channel"] svg')!.getAttribute('aria-label');
    const status = () => entries(el)[0]!.querySelector('[part~="status-badge"]')!.textContent!.trim();
    const tag = () => entries(el)[0]!.querySelector('.cx-tag .cx-visually-hidden')!.textContent;
    expect([channelName(), status(), tag()]).to.deep.equal(['Email', 'Open', 'refund, applied by AI']);

    el.closest('cx-provider')!.setAttribute('lang', 'pl');
    await waitUntil(() => status() !== 'Open', 'the row is relabelled');
    expect([channelName(), status(), tag()]).to.deep.equal(['E-mail', 'Otwarte', 'refund, nadany przez AI']);
  });

  it('refresh() fetches the history again and updates the rows in place', async () => {
    serveTickets([
      ticket({ tags: [{ name: 'refund', source: 'ai' }] }),
      ticket({ id: 't_x2', number: 'CX-2' }),
    ]);
    const el = await mount('customer-id="c_test"');
    await loaded(el, 2);
    const firstRow = entries(el)[0]!;
    const requestsBefore = requestsTo('GET /api/tickets?').length;

    serveTickets([
      ticket({ id: 't_x3', number: 'CX-3', subject: 'Arrived since' }),
      ticket({ status: 'resolved', assignee: null, tags: [] }),
      ticket({ id: 't_x2', number: 'CX-2' }),
    ]);
    await el.refresh();
    await loaded(el, 3);
    expect(requestsTo('GET /api/tickets?').length).to.equal(requestsBefore + 1);
    const [arrived, changed] = entries(el) as [HTMLElement, HTMLElement];
    expect(arrived.querySelector('.subject')!.textContent).to.equal('Arrived since');
    // The same ticket keeps its row, moved and updated: focus and screen-reader position hold.
    expect(changed).to.equal(firstRow);
    expect(changed.getAttribute('aria-posinset')).to.equal('2');
    expect(changed.querySelector('[part~="status-badge"]')!.textContent!.trim()).to.equal('Resolved');
    expect(changed.querySelector('.assignee')!.textContent).to.equal('Unassigned');
    expect(changed.querySelector('.assignee')!.classList.contains('unassigned')).to.equal(true);
    expect(changed.querySelector('.cx-tags')).to.equal(null);
  });

  it('asks the server for the customer, page size and excluded ticket, and fires cx-ticket-history-load', async () => {
    const loadEvent = nextEvent(document, 'cx-ticket-history-load');
    const el = await mount('customer-id="c_10000" exclude-ticket-id="t_5" page-size="30"');
    const event = await loadEvent;
    expect(event.detail).to.deep.include({ customerId: 'c_10000', loaded: 30, added: 30, hasMore: true });
    await loaded(el);
    expect(params().get('customerId')).to.equal('c_10000');
    expect(params().get('excludeId')).to.equal('t_5');
    expect(params().get('limit')).to.equal('30');
    expect(params().get('sort')).to.equal('newest');
  });

  it('sorts oldest first on the server', async () => {
    const el = await mount();
    await loaded(el);
    const select = root(el).querySelector<HTMLSelectElement>('.toolbar select')!;
    select.value = 'oldest';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => params().get('sort') === 'oldest');
    await waitUntil(() => entries(el)[0]?.querySelector('.number')?.textContent !== undefined);
  });

  it('filters by several statuses at once with toggle buttons', async () => {
    const el = await mount();
    await loaded(el);
    const chips = [...root(el).querySelectorAll<HTMLButtonElement>('.statuses button')];
    const open = chips.find((chip) => chip.textContent!.trim() === 'Open')!;
    const pending = chips.find((chip) => chip.textContent!.trim() === 'Pending')!;
    open.click();
    await el.updateComplete;
    pending.click();
    await waitUntil(() => params().getAll('status').length === 2);
    expect(params().getAll('status')).to.deep.equal(['open', 'pending']);
    expect(open.getAttribute('aria-pressed')).to.equal('true');
    await waitUntil(
      () =>
        entries(el).length > 0 &&
        entries(el).every((entry) =>
          /Open|Pending/.test(entry.querySelector('[part~="status-badge"]')!.textContent!),
        ),
    );
  });

  it('applies every filter of the popover as a query parameter, shows them as removable chips, and clears them', async () => {
    const el = await mount();
    await loaded(el);
    const button = root(el).querySelector<HTMLButtonElement>('.filters-button')!;
    button.click();
    const popover = root(el).querySelector<HTMLElement>('[popover]')!;
    await waitUntil(
      () => popover.matches(':popover-open') && popover.querySelectorAll('select option').length > 6,
      'filter options load',
      // The form's code and the positioning code load on first open: slower on a cold dev server.
      { timeout: 4000 },
    );
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(popover.contains(root(el).activeElement), 'focus moves into the popover').to.equal(true);

    const check = (label: string) =>
      [...popover.querySelectorAll('label')]
        .find((item) => item.textContent!.trim() === label)!
        .querySelector('input')!
        .click();
    check('WhatsApp');
    check('refund');
    const [from, to] = [...popover.querySelectorAll<HTMLInputElement>('input[type="date"]')];
    from!.value = '2025-01-01';
    from!.dispatchEvent(new Event('change'));
    to!.value = '2025-12-31';
    to!.dispatchEvent(new Event('change'));
    const [reason, result, agent] = [...popover.querySelectorAll<HTMLSelectElement>('select')];
    reason!.value = 'r_delivery';
    reason!.dispatchEvent(new Event('change'));
    result!.value = 'res_refund';
    result!.dispatchEvent(new Event('change'));
    agent!.value = 'unassigned';
    agent!.dispatchEvent(new Event('change'));

    await waitUntil(() => params().get('assigneeId') === 'unassigned');
    const query = params();
    expect(query.getAll('channel')).to.deep.equal(['whatsapp']);
    expect(query.getAll('tag')).to.deep.equal(['refund']);
    expect(query.get('createdFrom')).to.equal('2025-01-01');
    expect(query.get('createdTo')).to.equal('2025-12-31');
    expect(query.get('reasonId')).to.equal('r_delivery');
    expect(query.get('resultId')).to.equal('res_refund');
    expect(button.textContent).to.contain('(7)');

    popover.querySelector<HTMLButtonElement>('.cx-button--primary')!.click();
    await waitUntil(() => !popover.matches(':popover-open'));
    await waitUntil(() => root(el).activeElement === button, 'focus returns to the Filters button');

    const chips = [...root(el).querySelectorAll<HTMLButtonElement>('.active-filters .chip')];
    expect(chips.map((chip) => chip.getAttribute('aria-label'))).to.include(
      'Remove filter: Channel: WhatsApp',
    );
    chips.find((chip) => chip.textContent!.includes('WhatsApp'))!.click();
    await waitUntil(() => !params().has('channel'));
    root(el).querySelector<HTMLButtonElement>('.active-filters .cx-link-button')!.click();
    // Back to no filters: the unfiltered history is still cached, so it shows without a request.
    await waitUntil(() => root(el).querySelector('.active-filters') === null, 'no filter chips left');
    await loaded(el);
    expect(button.textContent).not.to.contain('(');
  });

  it('closes the filters with Escape and returns focus to the button', async () => {
    const el = await mount();
    await loaded(el);
    const button = root(el).querySelector<HTMLButtonElement>('.filters-button')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    const popover = root(el).querySelector<HTMLElement>('[popover]')!;
    await waitUntil(() => popover.matches(':popover-open'), 'the filters open', { timeout: 4000 });
    await waitUntil(() => popover.contains(root(el).activeElement));
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !popover.matches(':popover-open'));
    await waitUntil(() => root(el).activeElement === button, 'focus returns to the Filters button');
  });

  it('debounces search into one server request', async () => {
    const el = await mount();
    await loaded(el);
    const searches = () =>
      requestsTo('GET /api/tickets?').filter((line) => line.includes('q=') && !line.includes('cursor='));
    root(el).querySelector<HTMLInputElement>('input[type="search"]')!.focus();
    await sendKeys({ type: 'warranty' });
    await waitUntil(() => params().get('q') === 'warranty', 'the search is asked for');
    await el.updateComplete;
    // One search request for the whole word (a later page of the same search is paging).
    expect(searches()).to.have.length(1);
    expect(searches()[0]).to.contain('q=warranty');
    await waitUntil(
      () => entries(el).length > 0 && entries(el).every((entry) => /warranty/i.test(entry.textContent!)),
    );
  });

  it('says no customer is selected until it gets a customer-id, never loading for ever', async () => {
    const el = await mount('');
    expect(root(el).querySelector('[part="empty"]')!.textContent).to.contain('No customer selected');
    expect(root(el).querySelector('[part="loading"]')).to.equal(null);
    el.customerId = 'c_1';
    await loaded(el);
  });

  it('shows "No previous tickets", and a filtered-empty state with "Clear filters"', async () => {
    const empty = await mount('customer-id="c_empty"');
    await waitUntil(() => root(empty).querySelector('[part="empty"]'));
    expect(root(empty).querySelector('[part="empty"]')!.textContent).to.contain('No previous tickets');

    const el = await mount();
    await loaded(el);
    root(el).querySelector<HTMLInputElement>('input[type="search"]')!.focus();
    await sendKeys({ type: 'zzzz-no-such-ticket' });
    await waitUntil(() => root(el).querySelector('[part="empty"]'), 'filtered empty', { timeout: 3000 });
    expect(root(el).querySelector('[part="empty"]')!.textContent).to.contain(
      'No tickets match these filters',
    );
    root(el).querySelector<HTMLButtonElement>('[part="empty-action"]')!.click();
    await loaded(el);
    expect(root(el).querySelector<HTMLInputElement>('input[type="search"]')!.value).to.equal('');
  });

  it('shows the problem’s title with a retry, and recovers', async () => {
    let fail = true;
    worker.use(
      http.get('*/api/tickets', () =>
        fail
          ? HttpResponse.json(
              { type: 'about:blank', title: 'History is being archived', status: 500 },
              { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
            )
          : undefined,
      ),
    );
    const errorEvent = nextEvent(document, 'cx-error');
    const mark = announcementMark();
    const el = await mount('customer-id="c_2"');
    await errorEvent;
    await waitUntil(() => root(el).querySelector('[part="error"]'), 'error state', { timeout: 5000 });
    const error = root(el).querySelector('[part="error"]')!;
    expect(error.textContent).to.contain('History is being archived');
    // Said once, assertively, naming the widget that failed.
    await announced(/^Ticket history: .*History is being archived/, { since: mark, politeness: 'assertive' });
    fail = false;
    root(el).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await loaded(el);
  });

  it('says in the filters when their options could not load, with Try again', async () => {
    worker.use(
      http.get('*/api/lookups', () =>
        HttpResponse.json({ title: 'Lookups down', status: 500 }, { status: 500 }),
      ),
    );
    const el = await mount('customer-id="c_1"');
    await loaded(el);
    const mark = announcementMark();
    root(el).querySelector<HTMLButtonElement>('.filters-button')!.click();
    await waitUntil(() => root(el).querySelector('#filters [part="inline-error"]'), 'the filters say so');
    const problem = root(el).querySelector('#filters [part="inline-error"]')!;
    await announced(/^Ticket history: The options could not be loaded\. .*Lookups down/, {
      since: mark,
      politeness: 'assertive',
    });
    expect(problem.textContent).to.contain('The options could not be loaded.').and.contain('Lookups down');
    worker.resetHandlers();
    problem.querySelector('button')!.click();
    await waitUntil(
      () => root(el).querySelector('#filters option[value="r_delivery"]'),
      'the reasons arrive',
    );
    expect(root(el).querySelector('#filters [part="inline-error"]')).to.equal(null);
  });

  it('says when to try again after a 429 with Retry-After, in seconds', async () => {
    worker.use(
      http.get('*/api/tickets', () =>
        HttpResponse.json(
          { title: 'Too many requests', status: 429 },
          { status: 429, headers: { 'Retry-After': '30', 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const el = await mount('customer-id="c_1"');
    await waitUntil(() => root(el).querySelector('[part="error"]'), 'the error state', { timeout: 3000 });
    const text = root(el).querySelector('[part="error"]')!.textContent!.replace(/\s+/g, ' ');
    expect(text)
      .to.contain('Too many requests')
      .and.match(/Try again in (30|29) seconds\./);
  });

  it('shows the tickets that follow the contract when one does not, and says how many were left out', async () => {
    const broken = { ...ticket({ id: 't_bad', number: 'CX-BAD' }), status: 42 } as unknown as Ticket;
    serveTickets([ticket(), broken, ticket({ id: 't_x2', number: 'CX-2', subject: 'Still here' })]);
    const logged = captureConsoleErrors();
    const mark = announcementMark();
    try {
      const el = await mount('customer-id="c_test"');
      await loaded(el, 2);
      expect(entries(el).map((entry) => entry.querySelector('.number')!.textContent)).to.deep.equal([
        'CX-1',
        'CX-2',
      ]);
      const notice = root(el).querySelector('[part="left-out"]')!;
      await announced(/^Ticket history: 1 entry could not be shown/, { since: mark, politeness: 'polite' });
      expect(notice.textContent)
        .to.contain('1 entry could not be shown')
        .and.contain('GET /tickets: items.1.status');
      expect(logged.messages.join('\n')).to.contain('items.1.status');
    } finally {
      logged.restore();
    }
  });

  it('pages with "Load more", keeps DOM rows bounded with 10,000 tickets, and retries a failed page inline', async () => {
    const el = await mount('customer-id="c_10000" page-size="100"');
    el.style.setProperty('--cx-ticket-history-block-size', '400px');
    await loaded(el);
    const footer = () => root(el).querySelector('[part="footer"]')!;
    await waitUntil(() => footer().textContent!.includes('Showing'));
    const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
    const shownCount = () => Number(/\d+/.exec(footer().textContent!)![0]);
    // Each scroll to the end fetches the next page; the agent scrolls again once it is there.
    while (shownCount() < 500) {
      const before = shownCount();
      // The agent keeps scrolling to the end (the list grows as the virtualizer measures it).
      await waitUntil(
        () => {
          scroller.scrollTop = scroller.scrollHeight;
          return shownCount() > before;
        },
        `scrolling past ${before} loads the next page`,
        { timeout: 8000 },
      );
    }
    expect(entries(el).length).to.be.below(80);

    const shown = Number(/\d+/.exec(footer().textContent!)![0]);
    worker.use(
      http.get('*/api/tickets', () => HttpResponse.json({ title: 'Down', status: 503 }, { status: 503 })),
    );
    const loadMore = root(el).querySelector<HTMLButtonElement>('.load-more');
    if (loadMore) loadMore.click();
    else scroller.scrollTop = scroller.scrollHeight;
    await waitUntil(() => root(el).querySelector('.page-error'), 'inline page error', { timeout: 8000 });
    expect(footer().textContent).to.contain(`Showing ${shown}`);
    worker.resetHandlers();
    root(el).querySelector<HTMLButtonElement>('.page-error button')!.click();
    await waitUntil(() => Number(/\d+/.exec(footer().textContent!)![0]) > shown, 'the retry loads the page');
  });

  it("shows a long list's first 40 rows plainly before its virtualizer's code arrives, then virtualizes it", async () => {
    let arrive = () => {};
    const held = new Promise<void>((resolve) => (arrive = resolve));
    // One page past the 200 rows the panel virtualizes after (a host's data source may send that many).
    serveTickets(manyTickets(300));
    const el = await mountWithVirtualizer(() => held.then(loadVirtualizer));
    await waitUntil(() => entries(el).length > 0, 'rows render', { timeout: 4000 });
    expect(entries(el)).to.have.length(40);
    expect(root(el).querySelector('.scroller.plain')).to.exist;
    expect(root(el).querySelector('[part="footer"]')!.textContent).to.contain('300');

    // The keyboard stays within the rows shown: End goes to the 40th.
    const focusedIndex = () => (root(el).activeElement as HTMLElement | null)?.dataset.index;
    entries(el)[0]!.focus();
    await sendKeys({ press: 'End' });
    await waitUntil(() => focusedIndex() === '39', 'End focuses the last row shown', { timeout: 3000 });

    arrive();
    await waitUntil(() => root(el).querySelector('[virtualizer-sizer]'), 'virtualized', { timeout: 4000 });
    expect(root(el).querySelector('.scroller.plain')).to.equal(null);
    expect(entries(el).length).to.be.within(1, 60);
    // The virtualizer renders every row anew: the row the agent was on has focus again.
    await waitUntil(() => focusedIndex() === '39', 'row 39 focused again', { timeout: 3000 });
  });

  it('renders every row of a long list plainly when its virtualizer cannot be fetched', async () => {
    serveTickets(manyTickets(300));
    const el = await mountWithVirtualizer(() =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    );
    await waitUntil(() => entries(el).length === 300, 'all 300 rows, plainly', { timeout: 6000 });
    expect(root(el).querySelector('.scroller.plain')).to.exist;
    expect(root(el).querySelector('[virtualizer-sizer]')).to.equal(null);
  });

  it('keeps nothing of the rows scrolled past in a long list, in the DOM or in memory', async function () {
    // 800 rows scrolled through, measured after garbage collection: slow on a loaded machine.
    this.timeout(30_000);
    serveTickets(manyTickets(800));
    const el = await mount('customer-id="c_long"');
    el.style.setProperty('--cx-ticket-history-block-size', '400px');
    await waitUntil(() => root(el).querySelector('[virtualizer-sizer]'), 'virtualized', { timeout: 6000 });
    const list = root(el).querySelector<HTMLElement>('.scroller')!;
    const nodesBefore = await executeServerCommand<number, undefined>('dom-nodes');
    while (list.scrollTop + list.clientHeight < list.scrollHeight - 1) {
      list.scrollTop += 2000;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    await waitUntil(() => entries(el).some((entry) => entry.dataset.index === '799'), 'the last row shows');
    // A row is about 25 nodes: the 800 rows scrolled past would be some 20,000.
    expect((await executeServerCommand<number, undefined>('dom-nodes')) - nodesBefore).to.be.below(2000);
    // A row is an element between two markers; lit-html leaks one marker per removed row
    // (lit/lit#5298), 800 here, and the panel sweeps them away a few dozen at a time.
    expect(list.childNodes.length).to.be.below(3 * list.children.length + 80);
  });

  it('is a listbox operated with arrows, Home, End and Enter; Escape returns to the list with focus and scroll restored', async () => {
    const el = await mount();
    el.style.setProperty('--cx-ticket-history-block-size', '360px');
    await loaded(el, 5);
    const list = root(el).querySelector('[role="listbox"]')!;
    expect(list.getAttribute('aria-label')).to.equal('Previous tickets');
    entries(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    let focused = root(el).activeElement as HTMLElement;
    expect(focused.dataset.index).to.equal('2');
    expect(focused.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'End' });
    await waitUntil(
      () => Number((root(el).activeElement as HTMLElement | null)?.dataset.index) >= 24,
      'End reaches the last loaded ticket',
      { timeout: 3000 },
    );
    await sendKeys({ press: 'Home' });
    await waitUntil(
      () => (root(el).activeElement as HTMLElement | null)?.dataset.index === '0',
      'Home reaches the first',
      { timeout: 3000 },
    );
    for (let i = 0; i < 8; i += 1) await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => (root(el).activeElement as HTMLElement | null)?.dataset.index === '8');
    const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
    const scrollTop = scroller.scrollTop;
    expect(scrollTop).to.be.greaterThan(0);
    focused = root(el).activeElement as HTMLElement;
    const subject = focused.querySelector('.subject')!.textContent!;

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('cx-ticket-detail'), 'drills in');
    const detail = root(el).querySelector('cx-ticket-detail')!;
    await waitUntil(
      () => detail.shadowRoot!.querySelector('h2')?.textContent === subject,
      'the detail shows the ticket',
    );
    expectSame(root(el).activeElement, root(el).querySelector('.back'), 'focus after drilling in');

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => root(el).querySelector('[role="listbox"]'), 'back to the list');
    await waitUntil(
      () => (root(el).activeElement as HTMLElement | null)?.dataset.index === '8',
      'focus restored',
    );
    expect(root(el).querySelector<HTMLElement>('.scroller')!.scrollTop).to.be.closeTo(scrollTop, 2);
  });

  it('keeps focus in a virtualized list when the focused row is scrolled away, and a tab stop', async () => {
    const el = await mount('customer-id="c_10000" page-size="100"');
    await loaded(el);
    const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
    // Scrolling on until the list is long enough to be virtualized.
    await waitUntil(
      () => {
        scroller.scrollTop = scroller.scrollHeight;
        return root(el).querySelector('.scroller:not(.plain)');
      },
      'virtualized',
      { timeout: 8000 },
    );
    const list = root(el).querySelector<HTMLElement>('[role="listbox"]')!;
    // Back to the top, again on each check: the switch to the virtualizer restores the scroll
    // position it had, and that can land after a first scroll made here.
    const rowZeroShown = () => entries(el).some((entry) => entry.dataset.index === '0');
    await waitUntil(() => {
      if (!rowZeroShown()) list.scrollTop = 0;
      return rowZeroShown();
    }, 'first row rendered');
    entries(el)
      .find((entry) => entry.dataset.index === '0')!
      .focus();
    list.scrollTop = list.scrollHeight / 2;
    await waitUntil(() => !entries(el).some((entry) => entry.dataset.index === '0'), 'row 0 leaves the DOM', {
      timeout: 3000,
    });
    await waitUntil(() => root(el).activeElement === list, 'focus waits on the list');
    expectSame(root(el).activeElement, list, 'focus after the focused row left');
    expect(list.getAttribute('tabindex')).to.equal('0');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(
      () => (root(el).activeElement as HTMLElement | null)?.dataset.index === '1',
      'arrows still work',
      { timeout: 3000 },
    );
  });

  it('keeps focus on the row the agent is on when paging down switches the list to the virtualizer', async () => {
    const el = await mount('customer-id="c_10000" page-size="100"');
    await loaded(el);
    const focusedIndex = () => (root(el).activeElement as HTMLElement | null)?.dataset.index;
    entries(el)[0]!.focus();
    // End goes to the last loaded row and fetches the next page: 100, then 200 rows (plain), then
    // 300, past the 200 a plain list shows, so the list is rendered anew by the virtualizer.
    await sendKeys({ press: 'End' });
    await waitUntil(() => focusedIndex() === '99', 'row 99 focused');
    await waitUntil(() => entries(el).length === 200, 'second page rendered', { timeout: 3000 });
    await sendKeys({ press: 'End' });
    await waitUntil(() => focusedIndex() === '199', 'row 199 focused');
    await waitUntil(() => root(el).querySelector('.scroller:not(.plain)'), 'virtualized', { timeout: 6000 });
    await waitUntil(() => focusedIndex() === '199', 'row 199 focused again after the switch', {
      timeout: 3000,
    });
    expect(root(el).activeElement!.getAttribute('tabindex')).to.equal('0');
  });

  it('keeps filters across drill-in and Back', async () => {
    const el = await mount();
    await loaded(el);
    [...root(el).querySelectorAll<HTMLButtonElement>('.statuses button')]
      .find((chip) => chip.textContent!.trim() === 'Closed')!
      .click();
    await waitUntil(() => params().getAll('status').join() === 'closed');
    await loaded(el);
    entries(el)[0]!.click();
    await waitUntil(() => root(el).querySelector('.back'));
    root(el).querySelector<HTMLButtonElement>('.back')!.click();
    await loaded(el);
    const closed = [...root(el).querySelectorAll<HTMLButtonElement>('.statuses button')].find(
      (chip) => chip.textContent!.trim() === 'Closed',
    )!;
    expect(closed.getAttribute('aria-pressed')).to.equal('true');
    expect(el.filters.status).to.deep.equal(['closed']);
  });

  it('lets the host take over: a cancelled cx-ticket-open does not drill in', async () => {
    const el = await mount('customer-id="c_2"');
    await loaded(el);
    const opened: Ticket[] = [];
    el.addEventListener('cx-ticket-open', (event) => {
      opened.push(event.detail.ticket);
      event.preventDefault();
    });
    entries(el)[0]!.click();
    await el.updateComplete;
    expect(opened).to.have.length(1);
    expect(opened[0]!.customerId).to.equal('c_2');
    expect(root(el).querySelector('cx-ticket-detail') === null, 'stays on the list').to.equal(true);
  });

  it('in compact mode shows the N newest and "View all"', async () => {
    const el = await mount('customer-id="c_10000" compact limit="3"');
    await loaded(el, 3);
    expect(entries(el)).to.have.length(3);
    expect(root(el).querySelector('.toolbar') === null, 'no toolbar in compact mode').to.equal(true);
    const viewAll = nextEvent(el, 'cx-view-all-tickets');
    root(el).querySelector<HTMLButtonElement>('[part="footer"] button')!.click();
    expect((await viewAll).detail.customerId).to.equal('c_10000');
  });

  it('in compact mode shares one request with a full panel on the same customer', async () => {
    // A card's recent cases beside the history: both need the newest tickets, one request serves both.
    const compact = await mount('customer-id="c_10000" compact limit="3"');
    const full = document.createElement('cx-ticket-history');
    full.customerId = 'c_10000';
    compact.parentElement!.append(full);
    await loaded(compact, 3);
    await loaded(full, 25);
    expect(entries(compact)).to.have.length(3);
    expect(entries(full)).to.have.length(25);
    // End from the compact list's last row stays within it: no further page for rows it never shows.
    entries(compact)[2]!.focus();
    await sendKeys({ press: 'End' });
    await compact.updateComplete;
    await nextFrame();
    expect(requestLog.filter((line) => line.startsWith('GET /api/tickets?'))).to.have.length(1);
    expect(params().get('limit')).to.equal('25');
  });

  it('drills into a ticket whose HTML is hostile and renders it inert', async () => {
    serveTickets([ticket({ id: 't_evil' })]);
    // The hostile <img src="x"> keeps a harmless relative src (its onerror is what goes).
    worker.use(http.get('*/x', () => new HttpResponse(null, { status: 404 })));
    worker.use(
      http.get('*/api/tickets/t_evil', () =>
        HttpResponse.json(ticket({ id: 't_evil', subject: '<img src=x onerror=alert(1)>Evil' })),
      ),
      http.get('*/api/tickets/t_evil/messages', () =>
        HttpResponse.json({
          items: [
            {
              id: 'm1',
              ticketId: 't_evil',
              author: { type: 'customer', name: '<b>Mallory</b>' },
              direction: 'inbound',
              bodyFormat: 'html',
              body: '<p>Hi <a href="javascript:window.__pwned=1">there</a></p><img src="x" onerror="window.__pwned=1"><script>window.__pwned=1</script><a href="https://example.com/ok">ok</a>',
              createdAt: new Date(NOW - 86400_000).toISOString(),
              attachments: [
                {
                  id: 'f1',
                  name: 'x.pdf',
                  size: 10,
                  contentType: 'application/pdf',
                  url: 'javascript:alert(1)',
                  source: 'email',
                  uploadedAt: new Date(NOW).toISOString(),
                },
              ],
            },
          ],
          nextCursor: null,
        }),
      ),
    );
    const el = await mount('customer-id="c_test"');
    await loaded(el);
    entries(el)[0]!.click();
    await waitUntil(() => root(el).querySelector('cx-ticket-detail'));
    const detail = root(el).querySelector('cx-ticket-detail')!;
    await waitUntil(() => detail.shadowRoot!.querySelector('.message'), 'transcript renders');
    const tree = detail.shadowRoot!;
    // Every image has loaded or failed: a handler that survived would have run by now.
    await waitUntil(
      () => [...tree.querySelectorAll('img')].every((image) => image.complete),
      'images settled',
    );
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    expect(tree.querySelector('h2')!.textContent).to.equal('<img src=x onerror=alert(1)>Evil');
    expect(tree.querySelector('.byline strong')!.textContent).to.equal('<b>Mallory</b>');
    expect(tree.querySelectorAll('script, [onerror]')).to.have.length(0);
    const links = [...tree.querySelectorAll('a')];
    expect(links.some((link) => /^javascript:/i.test(link.getAttribute('href') ?? ''))).to.equal(false);
    const ok = links.find((link) => link.textContent === 'ok')!;
    expect(ok.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(ok.getAttribute('target')).to.equal('_blank');
  });

  for (const lang of ['en', 'th', 'id', 'pl']) {
    it(`passes axe in list, detail, empty and error states (${lang})`, async () => {
      const list = await mount('customer-id="c_2"', lang);
      await loaded(list);
      await expect(list).to.be.accessible();
      entries(list)[0]!.click();
      await waitUntil(
        () =>
          list.shadowRoot!.querySelector('cx-ticket-detail')?.shadowRoot?.querySelector('.messages, .muted'),
        'detail renders',
        { timeout: 4000 },
      );
      await expect(list).to.be.accessible();

      const empty = await mount('customer-id="c_empty"', lang);
      await waitUntil(() => root(empty).querySelector('[part="empty"]'));
      await expect(empty).to.be.accessible();

      worker.use(
        http.get('*/api/tickets', () => HttpResponse.json({ title: 'Nope', status: 500 }, { status: 500 })),
      );
      const failed = await mount('customer-id="c_3"', lang);
      await waitUntil(() => root(failed).querySelector('[part="error"]'), 'error', { timeout: 5000 });
      await expect(failed).to.be.accessible();
    });
  }

  it('fits containers from 240 px to 720 px without horizontal overflow', async () => {
    for (const width of [240, 360, 720]) {
      const el = await mount('customer-id="c_2"');
      el.style.inlineSize = `${width}px`;
      await loaded(el);
      await nextFrame();
      for (const part of [root(el).querySelector<HTMLElement>('.toolbar')!, ...entries(el)]) {
        expect(part.scrollWidth, `${width} px: ${part.className}`).to.be.at.most(part.clientWidth + 1);
      }
      expect(el.getBoundingClientRect().width).to.be.closeTo(width, 1);
    }
  });

  it('gives every row the same height, whatever its tags, script and length, at any width', async () => {
    const manyTags = Array.from({ length: 12 }, (_, index) => ({
      name: `a-rather-long-tag-${index}`,
      source: index % 2 ? 'agent' : 'ai',
    }));
    serveTickets([
      ticket(),
      ticket({ id: 't_x2', tags: [{ name: 'vip', source: 'agent' }] }),
      ticket({ id: 't_x3', tags: manyTags, subject: 'x'.repeat(300), assignee: null }),
      ticket({
        id: 't_x4',
        subject: 'ขอเปลี่ยนที่อยู่สำหรับออกใบแจ้งหนี้ ภายในสัปดาห์นี้ด้วยค่ะ',
        tags: [{ name: 'ใบแจ้งหนี้', source: 'ai' }],
        assignee: { id: 'a_9', name: 'ปรียาภรณ์ ศรีสุข'.repeat(4) },
        closedAt: new Date(NOW - 400 * 86400_000).toISOString(),
      }),
    ]);
    for (const [lang, width] of NARROW_TO_WIDE) {
      const el = await mount('customer-id="c_test"', lang);
      el.style.inlineSize = `${width}px`;
      await loaded(el, 4);
      await nextFrame();
      const heights = entries(el).map((entry) => entry.getBoundingClientRect().height);
      expect(new Set(heights).size, `${lang} at ${width} px: ${heights.join(', ')}`).to.equal(1);
      for (const entry of entries(el)) {
        expect(entry.scrollWidth, `${lang} at ${width} px`).to.be.at.most(entry.clientWidth + 1);
        expect(entry.scrollHeight, `${lang} at ${width} px`).to.be.at.most(entry.clientHeight + 1);
      }
      el.remove();
    }
  });

  it('cuts none of the number, the assignee and the time in a sidebar, in Polish and Thai, 240–720 px', async () => {
    serveTickets([
      ticket({ assignee: null, number: 'CX-100234' }),
      ticket({ id: 't_x2', number: 'CX-100235', closedAt: new Date(NOW - 20 * 86400_000).toISOString() }),
      ticket({ id: 't_x3', number: 'CX-100236', assignee: { id: 'a_9', name: 'Aleksandra Wiśniewska' } }),
    ]);
    for (const [lang, width] of [
      ['pl', 240],
      ['th', 240],
      ['pl', 320],
      ['th', 320],
      ['pl', 380],
      ['th', 380],
      ['en', 720],
    ] as const) {
      const el = await mount('customer-id="c_test"', lang);
      el.style.inlineSize = `${width}px`;
      await loaded(el, 3);
      await el.updateComplete;
      const heights = new Set(entries(el).map((entry) => Math.round(entry.getBoundingClientRect().height)));
      expect(heights.size, `${lang} at ${width} px: one row height`).to.equal(1);
      for (const entry of entries(el)) {
        for (const part of ['.number', '.assignee', 'time']) {
          const element = entry.querySelector<HTMLElement>(part)!;
          const where = `${lang} at ${width} px, ${part} "${element.textContent}"`;
          expect(element.getClientRects().length, `${where} is shown`).to.be.greaterThan(0);
          expect(element.scrollWidth, `${where} is whole`).to.be.at.most(element.clientWidth + 1);
        }
      }
      el.remove();
    }
  });

  it('shows why a search found a ticket whose subject does not say it: the words around the hit in its summary', async () => {
    serveTickets([
      ticket({
        subject: 'Order status',
        summary: 'The customer asks where parcel 4471 is; courier says delivered.',
      }),
      ticket({ id: 't_x2', number: 'CX-2', subject: 'Parcel 4471 lost', summary: 'parcel 4471' }),
    ]);
    const el = await mount('customer-id="c_test"');
    await loaded(el, 2);
    el.filters = { q: 'parcel 4471' };
    await waitUntil(() => root(el).querySelector('.match'), 'a snippet');
    const [first, second] = entries(el) as [HTMLElement, HTMLElement];
    expect(first.querySelector('.match')!.textContent).to.equal(
      'The customer asks where parcel 4471 is; courier says delivered.',
    );
    expect(first.querySelector('.match mark')!.textContent).to.equal('parcel 4471');
    expect(second.querySelector('.match'), 'the subject says it already').to.equal(null);
    el.filters = {};
    await waitUntil(() => !root(el).querySelector('.match'), 'no snippet without a search');
  });

  it('shows the exact time below the row focused from the keyboard, never over it, at any width', async () => {
    serveTickets([
      ticket(),
      ticket({ id: 't_x2', assignee: null, closedAt: new Date(NOW - 400 * 86400_000).toISOString() }),
      ticket({
        id: 't_x3',
        number: 'CX-2025-0000123456',
        assignee: { id: 'a_9', name: 'Aleksandra Wiśniewska-Kowalczyk' },
      }),
    ]);
    for (const [lang, width] of NARROW_TO_WIDE) {
      const el = await mount('customer-id="c_test"', lang);
      el.style.inlineSize = `${width}px`;
      await loaded(el, 3);
      entries(el)[0]!.focus();
      for (const key of ['ArrowDown', 'ArrowUp', 'ArrowDown', 'ArrowDown']) {
        await sendKeys({ press: key });
        const row = root(el).activeElement as HTMLElement;
        const where = `${lang} at ${width} px, row ${row.dataset.index}`;
        const exact = row.querySelector('.exact')!.textContent!;
        await waitUntil(() => tipShownBeside(el, row, exact), `${where}: the exact time below the row`);
        const tip = tooltipOf(el)!.getBoundingClientRect();
        expect(tip.width, where).to.be.greaterThan(20);
        expect(tip.left, where).to.be.at.least(0);
        expect(tip.right, where).to.be.at.most(innerWidth);
      }
      // Escape hides it and focus stays on the row.
      const row = root(el).activeElement as HTMLElement;
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !tooltipOf(el)?.matches(':popover-open'), 'Escape hides the tooltip');
      expectSame(root(el).activeElement, row, 'focus stays on the row');
      el.remove();
    }
  });

  it('shows the exact time on hover, and keeps it while the pointer moves onto it', async () => {
    const el = await mount('customer-id="c_2"');
    await loaded(el);
    const row = entries(el)[1]!;
    const box = row.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + 20), Math.round(box.top + 8)] });
    const exact = row.querySelector('.exact')!.textContent!;
    await waitUntil(() => tipShownBeside(el, row, exact), 'the exact time below the hovered row');
    const tip = tooltipOf(el)!.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(tip.left + 4), Math.round(tip.top + tip.height / 2)],
    });
    // Hoverable: leaving the row would hide it after the grace period; on the tooltip it stays.
    // (The one wait for time here: that the grace period has passed is the point.)
    const movedAt = performance.now();
    await waitUntil(() => performance.now() - movedAt > TOOLTIP_HOVER_GRACE_MS * 2, 'past the grace period');
    expect(tooltipOf(el)!.matches(':popover-open'), 'still shown while hovered').to.equal(true);
    await sendMouse({ type: 'move', position: [0, 0] });
    await waitUntil(() => !tooltipOf(el)!.matches(':popover-open'), 'hidden once the pointer leaves');
  });

  it('announces results politely, named, and passes axe in dark', async () => {
    const mark = announcementMark();
    const el = await mount('customer-id="c_2" theme="dark"');
    await loaded(el);
    await announced(/^Ticket history: \d+ tickets? found/, { since: mark, politeness: 'polite' });
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 24, 29)');
    await expect(el).to.be.accessible();
  });

  it('is translated', async () => {
    const el = await mount('customer-id="c_2"', 'th');
    await loaded(el);
    expect(root(el).querySelector<HTMLInputElement>('input[type="search"]')!.placeholder).to.equal(
      'ค้นหาหัวข้อหรือหมายเลข',
    );
    expect(root(el).querySelector('.filters-button')!.textContent).to.contain('ตัวกรอง');
  });
});
