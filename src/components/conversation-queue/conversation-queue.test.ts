import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { announced, announcementMark } from '../../test-support/announcements.js';
import { nextEvent } from '../../test-support/events.js';
import {
  db,
  requestLog,
  requestsTo,
  streamLog,
  useMockBackend,
  worker,
} from '../../test-support/mock-backend.js';
import { mountInProvider } from '../../test-support/mount.js';
import { waitUntil } from '../../test-support/wait.js';
import type { CxConversationQueue } from './conversation-queue.js';
import './define.js';
import { parseQueueView, serializeQueueView } from './queue-view.js';

const mount = (attributes = '', lang = 'en'): Promise<CxConversationQueue> =>
  mountInProvider('cx-conversation-queue', attributes, lang);

const root = (el: CxConversationQueue) => el.shadowRoot!;
const $ = <T extends HTMLElement = HTMLElement>(el: CxConversationQueue, selector: string) =>
  root(el).querySelector<T>(selector);
const rows = (el: CxConversationQueue) => [...root(el).querySelectorAll<HTMLElement>('[role="option"]')];
const loaded = (el: CxConversationQueue, count = 1) =>
  waitUntil(() => rows(el).length >= count, 'rows render', { timeout: 4000 });
const tab = (el: CxConversationQueue, name: string) => $(el, `#tab-${name}`)!;
const deepActive = (): Element | null => {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};
/** Waits for colour transitions (after a theme switch) to end, so axe measures the final colours. */
const settled = async (el: CxConversationQueue) => {
  await el.updateComplete;
  await Promise.all(
    root(el)
      .getAnimations()
      .filter((animation) => animation instanceof CSSTransition)
      .map((animation) => animation.finished),
  );
};
const lastList = () => {
  const line = requestLog.filter((entry) => entry.startsWith('GET /api/conversations?')).at(-1) ?? '';
  return new URL(line.split(' ')[1] ?? '/', location.origin).searchParams;
};
const lastCounts = () => {
  const line = requestLog.filter((entry) => entry.startsWith('GET /api/conversations/counts')).at(-1) ?? '';
  return new URL(line.split(' ')[1] ?? '/', location.origin).searchParams;
};
/** The mock's count for a state under no filter. */
const serverCount = (state: 'all' | 'queued' | 'handled' | 'resolved') => {
  const counts = db.conversations.counts({});
  if (!counts.ok) throw new Error('counts');
  return counts.value[state];
};

describe('<cx-conversation-queue>', () => {
  useMockBackend();

  it('shows the tabs with the server’s counts, and each tab asks for its state', async () => {
    const el = await mount();
    await loaded(el);
    await waitUntil(() => tab(el, 'queued').querySelector('.count'), 'counts');
    for (const state of ['all', 'queued', 'handled', 'resolved'] as const)
      expect(tab(el, state).querySelector('.count')!.textContent).to.equal(
        serverCount(state).toLocaleString('en'),
      );
    expect(tab(el, 'all').getAttribute('aria-selected')).to.equal('true');
    expect(lastList().get('state')).to.equal('all');

    tab(el, 'queued').click();
    await waitUntil(() => lastList().get('state') === 'queued', 'the queued tab asked for');
    expect(lastList().get('sort')).to.equal('waiting');
    await waitUntil(
      () => rows(el).length > 0 && rows(el).every((row) => /In queue/.test(row.textContent!)),
      'only waiting rows',
    );
    expect(rows(el)[0]!.textContent).to.match(/Waiting \d+/);
    expect(rows(el)[0]!.textContent).to.contain('Unassigned');
  });

  it('moves between tabs with the arrow keys, selecting as it goes', async () => {
    const el = await mount();
    await loaded(el);
    tab(el, 'all').focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => el.tab === 'queued', 'In queue chosen');
    expect(deepActive()?.id).to.equal('tab-queued');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => el.tab === 'resolved', 'wrapped to Resolved');
  });

  it('sends every filter to the server, counts under the same filters, and round-trips the view', async () => {
    const view =
      'tab=handled&q=order&type=inbox&channel=line&channel=whatsapp&label=VIP&lastHandledById=a_2&from=2026-11-01&to=2026-11-30';
    const el = await mount(`view="${view}"`);
    await waitUntil(() => requestsTo('GET /api/conversations?').length, 'a list request');
    const params = lastList();
    expect(params.get('state')).to.equal('handled');
    expect(params.get('q')).to.equal('order');
    expect(params.get('type')).to.equal('inbox');
    expect(params.getAll('channel')).to.deep.equal(['line', 'whatsapp']);
    expect(params.getAll('label')).to.deep.equal(['VIP']);
    expect(params.getAll('lastHandledById')).to.deep.equal(['a_2']);
    expect(params.get('from')).to.equal('2026-11-01T00:00:00.000Z');
    expect(params.get('to')).to.equal('2026-11-30T23:59:59.999Z');
    await waitUntil(() => requestsTo('GET /api/conversations/counts').length, 'a counts request');
    expect(lastCounts().getAll('channel')).to.deep.equal(['line', 'whatsapp']);
    expect(lastCounts().has('state')).to.equal(false);
    expect(serializeQueueView(parseQueueView(view))).to.equal(view);
    // Each filter is a removable chip; the search box shows the search.
    await waitUntil(
      () => root(el).querySelectorAll('.active-filters .removable').length === 8,
      'eight chips',
    );
    expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('order');

    const changed = nextEvent(el, 'cx-queue-view-change');
    $(el, '.active-filters .removable')!.focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await changed;
    expect(detail.filters.q).to.equal(undefined);
    expect(detail.view).to.equal(view.replace('&q=order', ''));
    await waitUntil(() => !lastList().has('q'), 'asked again without the search');
    expect(deepActive()?.classList.contains('removable')).to.equal(true);
  });

  it('sets filters from the Filters popover: checks, the agent and the date picker', async () => {
    const el = await mount();
    await loaded(el);
    $(el, '.filters-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => root(el).querySelector('#queue-filters:popover-open input[type="checkbox"]'),
      'the form',
    );
    const check = (label: string) =>
      [...root(el).querySelectorAll<HTMLLabelElement>('#queue-filters fieldset label')]
        .find((item) => item.textContent!.trim() === label)!
        .querySelector('input')!;
    check('LINE').click();
    await waitUntil(() => lastList().getAll('channel').join() === 'line', 'channel sent');
    await waitUntil(() => check('Marcus Lee'), 'agents listed');
    check('Marcus Lee').click();
    await waitUntil(() => lastList().getAll('lastHandledById').join() === 'a_2', 'agent sent');
    const from = root(el).querySelector<HTMLInputElement>('#queue-filters input[type="date"]')!;
    from.focus();
    await sendKeys({ type: '11012026' });
    from.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => lastList().get('from') === '2026-11-01T00:00:00.000Z', 'date sent');
    const select = root(el).querySelector<HTMLSelectElement>('#queue-filters select')!;
    select.value = 'outbox';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => lastList().get('type') === 'outbox', 'type sent');
    expect(el.filters).to.deep.equal({
      channel: ['line'],
      lastHandledById: ['a_2'],
      from: '2026-11-01',
      type: 'outbox',
    });
    // Escape closes the popover and returns focus to its button.
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => deepActive()?.classList.contains('filters-button'), 'focus back on Filters');
    expect(root(el).querySelectorAll('.active-filters .removable')).to.have.length(4);
  });

  it('leaves out what a hand-edited address cannot mean', () => {
    expect(
      parseQueueView('tab=nope&channel=fax&channel=line&from=yesterday&type=maybe&label='),
    ).to.deep.equal({
      tab: 'all',
      filters: { channel: ['line'] },
    });
  });

  it('assigns the focused conversation to the agent with M, at once, and says so', async () => {
    const el = await mount('tab="queued"');
    await loaded(el);
    const first = rows(el)[0]!;
    const id = first.id.replace('row-', '');
    first.focus();
    const mark = announcementMark();
    const assigned = nextEvent(el, 'cx-conversation-assigned');
    await sendKeys({ press: 'm' });
    // Optimistic: the row says Handled before the server answers.
    await waitUntil(() => /Handled/.test(rows(el)[0]!.textContent!), 'shown as handled at once');
    const { detail } = await assigned;
    expect(detail.conversation.id).to.equal(id);
    expect(detail.conversation.assignee?.name).to.equal('Ploy Srisuk');
    await announced(/Assigned to Ploy Srisuk/, { since: mark });
    expect(requestsTo(`POST /api/conversations/${id}/assign`)).to.have.length(1);
    // The row stays where it was under the agent's focus, handled by them.
    expect(rows(el)[0]!.id).to.equal(`row-${id}`);
    expect(rows(el)[0]!.textContent).to.contain('Ploy Srisuk');
    expect(deepActive()).to.equal(rows(el)[0]);
  });

  it('shows who took a conversation first (409) and rolls the row back to the server’s state', async () => {
    const el = await mount('tab="queued"');
    await loaded(el);
    const first = rows(el)[0]!;
    const id = first.id.replace('row-', '');
    // Another client takes it between the agent seeing the row and pressing M.
    db.changes.quietly(() => db.conversations.assign(id, 'a_3', null));
    first.focus();
    const mark = announcementMark();
    await sendKeys({ press: 'm' });
    const name = db.agents().find((agent) => agent.id === 'a_3')!.name;
    await announced(`Conversations: ${name} took this conversation first.`, {
      since: mark,
      politeness: 'assertive',
    });
    await waitUntil(() => rows(el)[0]!.querySelector('.note--error'), 'the row says so');
    expect(rows(el)[0]!.textContent).to.contain(name);
    expect(rows(el)[0]!.getAttribute('aria-busy')).to.equal('false');
  });

  it('lets one of two agents win a race for the same conversation; the other sees who won', async () => {
    const first = await mount('tab="queued"');
    await loaded(first);
    // A supervisor on another page (a client and cache of its own) looks at the same queue.
    const otherProvider = document.createElement('cx-provider');
    otherProvider.setAttribute('base-url', '/api');
    const second = document.createElement('cx-conversation-queue');
    second.tab = 'queued';
    second.canAssignOthers = true;
    otherProvider.append(second);
    document.body.append(otherProvider);
    try {
      await loaded(second);
      const id = rows(first)[0]!.id;
      expect(rows(second)[0]!.id).to.equal(id);
      // The supervisor has it selected, about to give it to Dewi...
      rows(second)[0]!.focus();
      await sendKeys({ press: ' ' });
      await waitUntil(() => $(second, '.selection-bar .assign-to'), 'the selection bar');
      // ...when the agent takes it.
      rows(first)[0]!.focus();
      const taken = nextEvent(first, 'cx-conversation-assigned');
      await sendKeys({ press: 'm' });
      await taken;
      $(second, '.selection-bar .assign-to')!.click();
      await waitUntil(() => root(second).querySelector('#agent-picker:popover-open .agent-option'), 'agents');
      const dewi = [...root(second).querySelectorAll<HTMLButtonElement>('.agent-option')].find((option) =>
        option.textContent!.includes('Dewi'),
      )!;
      dewi.click();
      await waitUntil(() => rows(second)[0]!.querySelector('.note--error'), 'the supervisor told');
      expect(rows(second)[0]!.querySelector('.note--error')!.textContent).to.equal(
        'Ploy Srisuk took this conversation first.',
      );
      expect(rows(second)[0]!.textContent).to.contain('Ploy Srisuk');
      const winner = db.conversations.get(id.replace('row-', ''));
      expect(winner.ok && winner.value.assignee?.id).to.equal('a_1');
    } finally {
      otherProvider.remove();
    }
  });

  it('unassigns and resolves from an open conversation', async () => {
    const el = await mount('tab="handled" can-assign-others');
    await loaded(el);
    const id = rows(el)[0]!.id.replace('row-', '');
    rows(el)[0]!.click();
    await waitUntil(() => $(el, '.detail .unassign'), 'the actions');
    const mark = announcementMark();
    $(el, '.detail .unassign')!.click();
    await announced(/Back in the queue/, { since: mark });
    await waitUntil(() => $(el, '.detail-facts')!.textContent!.includes('In queue'), 'shown in the queue');
    expect(requestsTo(`POST /api/conversations/${id}/unassign`)).to.have.length(1);
    $(el, '.detail .assign-me')!.click();
    await waitUntil(() => $(el, '.detail .resolve[aria-disabled="false"]'), 'resolvable once handled');
    $(el, '.detail .resolve')!.click();
    await announced(/Resolved/, { since: mark });
    expect(requestsTo(`POST /api/conversations/${id}/resolve`)).to.have.length(1);
  });

  it('puts selected conversations back in the queue or resolves them; a refused one stays selected with its reason', async () => {
    const el = await mount('tab="handled" can-assign-others');
    await loaded(el, 4);
    const ids = rows(el)
      .slice(0, 3)
      .map((row) => row.id.replace('row-', ''));
    rows(el)[0]!.focus();
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: ' ' });
    await waitUntil(() => $(el, '.selection-bar .unassign'), 'Unassign offered for handled rows');
    let mark = announcementMark();
    $(el, '.selection-bar .unassign')!.click();
    await announced(/2 back in the queue/, { since: mark });
    expect(requestsTo(`POST /api/conversations/${ids[0]}/unassign`)).to.have.length(1);
    expect(requestsTo(`POST /api/conversations/${ids[1]}/unassign`)).to.have.length(1);
    await waitUntil(() => !$(el, '.selection-bar'), 'the selection is done with');
    expect(deepActive()?.getAttribute('role'), 'focus back on a row').to.equal('option');

    // Resolve two still handled (the two above stay in place, now in the queue); the server refuses one.
    const [first, second] = rows(el)
      .slice(2, 4)
      .map((row) => row.id.replace('row-', ''));
    worker.use(
      http.post(`/api/conversations/${second}/resolve`, () =>
        HttpResponse.json({ title: 'Not allowed', status: 403 }, { status: 403 }),
      ),
    );
    rows(el)[2]!.focus();
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: ' ' });
    await waitUntil(() => $(el, '.selection-bar .resolve'), 'Resolve offered');
    mark = announcementMark();
    $(el, '.selection-bar .resolve')!.click();
    await announced(/1 resolved, 1 not/, { since: mark });
    expect(requestsTo(`POST /api/conversations/${first}/resolve`)).to.have.length(1);
    await waitUntil(
      () => $(el, '.selected-count')?.textContent === '1 selected',
      'the refused one stays selected',
    );
    const refused = root(el).getElementById(`row-${second}`)!;
    expect(refused.getAttribute('aria-selected')).to.equal('true');
    expect(refused.querySelector('.note--error')!.textContent).to.contain('Nothing changed');
  });

  it('offers no Unassign or Resolve for a selection of waiting conversations', async () => {
    const el = await mount('tab="queued" can-assign-others');
    await loaded(el);
    rows(el)[0]!.focus();
    await sendKeys({ press: ' ' });
    await waitUntil(() => $(el, '.selection-bar'), 'the selection bar');
    expect($(el, '.selection-bar .assign-me')).to.exist;
    expect($(el, '.selection-bar .unassign')).to.equal(null);
    expect($(el, '.selection-bar .resolve')).to.equal(null);
  });

  it('virtualizes 10,000 conversations: pages load as the keyboard goes down, the DOM stays small', async () => {
    const el = await mount('page-size="200"');
    await loaded(el, 50);
    rows(el)[0]!.focus();
    for (let page = 1; page <= 3; page += 1) {
      await sendKeys({ press: 'End' });
      await waitUntil(
        () => requestsTo('GET /api/conversations?').filter((line) => line.includes('cursor=')).length >= page,
        `page ${page + 1} asked for`,
        { timeout: 5000 },
      );
      await waitUntil(() => !$(el, '.list[aria-busy="true"]'), 'page arrived', { timeout: 5000 });
    }
    expect(rows(el).length).to.be.below(150);
    // The virtualizer places rows reading its children once (core/virtualizer.ts): an upgrade that
    // renames what that relies on fails here rather than slowing every scrolled frame unseen.
    const { readChildrenOnce, virtualizerRef } = await import('../../core/virtualizer.js');
    const scroller = $(el, '.scroller') as HTMLElement & Record<symbol, object | undefined>;
    expect(readChildrenOnce(scroller[virtualizerRef as unknown as symbol])).to.equal(true);
    expect($(el, '.footer .shown')!.textContent).to.match(/Showing (800|600)/);
    expect(deepActive()?.getAttribute('role')).to.equal('option');
    expect(rows(el)[0]!.getAttribute('aria-setsize')).to.equal('-1');
  });

  it('rolls back and keeps the row when the server refuses, with the reason', async () => {
    const el = await mount('tab="queued"');
    await loaded(el);
    worker.use(
      http.post('/api/conversations/:id/assign', () =>
        HttpResponse.json({ title: 'Not allowed', status: 403 }, { status: 403 }),
      ),
    );
    rows(el)[0]!.focus();
    await sendKeys({ press: 'm' });
    await waitUntil(() => rows(el)[0]!.querySelector('.note--error'), 'the reason in the row');
    expect(rows(el)[0]!.textContent).to.contain('In queue');
    expect(rows(el)[0]!.textContent).to.contain('Unassigned');
  });

  it('assigns selected conversations to an agent picked by name, reporting each', async () => {
    const el = await mount('tab="queued" can-assign-others');
    await loaded(el, 3);
    rows(el)[0]!.focus();
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: ' ' });
    await waitUntil(() => $(el, '.selection-bar'), 'the selection bar');
    expect($(el, '.selected-count')!.textContent).to.equal('2 selected');
    const ids = rows(el)
      .slice(0, 2)
      .map((row) => row.id.replace('row-', ''));
    // The second was taken by someone else meanwhile.
    db.changes.quietly(() => db.conversations.assign(ids[1]!, 'a_4', null));
    $(el, '.selection-bar .assign-to')!.click();
    await waitUntil(() => root(el).querySelector('#agent-picker:popover-open input'), 'the picker');
    await waitUntil(() => root(el).querySelector('.agent-option .load'), 'the agents’ loads');
    const target = db.agents()[1]!;
    await sendKeys({ type: target.name.slice(0, 4) });
    await waitUntil(() => root(el).querySelectorAll('.agent-option').length === 1, 'one agent matches');
    const mark = announcementMark();
    await sendKeys({ press: 'Enter' });
    await announced(/1 assigned, 1 not/, { since: mark });
    expect(requestsTo('POST /api/conversations/').length).to.equal(2);
    expect(rows(el)[0]!.textContent).to.contain(target.name);
    expect(rows(el)[1]!.querySelector('.note--error')!.textContent).to.contain(
      'took this conversation first',
    );
  });

  it('offers "Assign to…" as /me allows, and only "Assign to me" to an agent who may not assign others', async () => {
    // The mock's signed-in agent leads the team: /me says she may assign others.
    const lead = await mount('tab="queued"');
    await loaded(lead);
    rows(lead)[0]!.focus();
    await sendKeys({ press: ' ' });
    await waitUntil(() => $(lead, '.selection-bar .assign-to'), '"Assign to…" for a team lead');

    worker.use(
      http.get('/api/me', () => HttpResponse.json({ id: 'a_1', name: 'Ploy Srisuk', permissions: null })),
    );
    const el = await mount('tab="queued"');
    await loaded(el);
    await waitUntil(() => requestsTo('GET /api/me').length >= 2, 'asked who the agent is');
    rows(el)[0]!.focus();
    await sendKeys({ press: ' ' });
    await waitUntil(() => $(el, '.selection-bar'), 'the selection bar');
    expect($(el, '.selection-bar .assign-me')).to.not.equal(null);
    expect($(el, '.selection-bar .assign-to')).to.equal(null);
    // Escape clears the selection; focus stays on the row.
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !$(el, '.selection-bar'), 'no selection');
    expect(rows(el)[0]!.getAttribute('aria-selected')).to.equal('false');
    expect(deepActive()).to.equal(rows(el)[0]);
  });

  it('holds new arrivals while the agent works in the list, says so, and shows them on request', async () => {
    const el = await mount('tab="queued"');
    await loaded(el, 5);
    // Sorted by waiting time, newcomers come last: the "All" tab (newest first) shows them on top.
    el.tab = 'all';
    await waitUntil(() => lastList().get('state') === 'all' && rows(el)[0]?.id !== undefined, 'All');
    await loaded(el, 5);
    // Arrivals come by the live stream: it is open before they arrive.
    await waitUntil(() => el.client?.live.status === 'live', 'the live stream open', { timeout: 4000 });
    const third = rows(el)[2]!;
    third.focus();
    const before = rows(el)
      .slice(0, 5)
      .map((row) => row.id);
    const mark = announcementMark();
    db.conversations.arrive();
    db.conversations.arrive();
    db.conversations.arrive();
    await announced(/3 new conversations/, { since: mark, timeout: 6000 });
    expect(
      rows(el)
        .slice(0, 5)
        .map((row) => row.id),
    ).to.deep.equal(before);
    expect(deepActive()).to.equal(third);
    const show = $(el, '.arrivals button')!;
    expect(show.textContent!.trim()).to.equal('Show 3 new conversations');
    show.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => rows(el)[0]!.id === 'row-conv_new_3', 'the newest on top');
    expect(deepActive()).to.equal(rows(el)[0]);
  });

  it('asks the server again on its own when there is no live stream', async () => {
    fixtureCleanup();
    const provider = await fixture<HTMLElement>(
      html`<cx-provider base-url="/api" live="false"></cx-provider>`,
    );
    const el = document.createElement('cx-conversation-queue');
    el.pollIntervalMs = 500;
    provider.append(el);
    await loaded(el);
    const asked = requestsTo('GET /api/conversations?').length;
    db.changes.quietly(() => db.conversations.arrive());
    await waitUntil(() => rows(el)[0]?.id === 'row-conv_new_1', 'the newcomer shown', { timeout: 5000 });
    expect(requestsTo('GET /api/conversations?').length).to.be.greaterThan(asked);
    expect(streamLog).to.have.length(0);
  });

  it('opens a conversation in place with its messages and returns to the same row', async () => {
    const el = await mount();
    await loaded(el, 3);
    rows(el)[2]!.focus();
    const id = rows(el)[2]!.id.replace('row-', '');
    const opened = nextEvent(el, 'cx-conversation-open');
    await sendKeys({ press: 'Enter' });
    expect((await opened).detail.conversation.id).to.equal(id);
    await waitUntil(() => root(el).querySelector('.message'), 'messages');
    expect(deepActive()?.classList.contains('back')).to.equal(true);
    expect($(el, '.message-meta .direction')!.textContent).to.match(/Inbox|Outbox/);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => deepActive()?.id === `row-${id}`, 'focus back on the row');
  });

  it('lets the host open a conversation its own way', async () => {
    const el = await mount();
    await loaded(el);
    el.addEventListener('cx-conversation-open', (event) => event.preventDefault(), { once: true });
    rows(el)[0]!.click();
    await el.updateComplete;
    expect($(el, '.detail')).to.equal(null);
    expect(rows(el).length).to.be.greaterThan(0);
  });

  it('says who is waiting when nobody is, and offers to clear filters that match nothing', async () => {
    const el = await mount('view="q=zzzz-no-such-customer"');
    await waitUntil(() => $(el, '[part="empty"]'), 'empty');
    expect($(el, '[part="empty"]')!.textContent).to.contain('No conversations match these filters');
    $(el, '[part="empty"] button')!.click();
    await waitUntil(() => rows(el).length, 'rows again');
  });

  it('shows an error with a retry', async () => {
    worker.use(
      http.get('/api/conversations', () =>
        HttpResponse.json({ title: 'Boom', status: 500 }, { status: 500 }),
      ),
    );
    const el = await mount();
    await waitUntil(() => $(el, '[part="error"]'), 'error', { timeout: 8000 });
    worker.resetHandlers();
    $(el, '[part="retry-button"]')!.click();
    await loaded(el);
  });

  for (const lang of ['en', 'th', 'id', 'pl']) {
    it(`passes axe with rows, a selection, an open conversation, empty and failed, light and dark (${lang})`, async () => {
      const el = await mount('tab="queued" can-assign-others', lang);
      await loaded(el, 2);
      await expect(el).to.be.accessible();
      rows(el)[0]!.focus();
      await sendKeys({ press: ' ' });
      await waitUntil(() => $(el, '.selection-bar'), 'selection');
      el.theme = 'dark';
      await settled(el);
      await expect(el).to.be.accessible();
      rows(el)[0]!.click();
      await waitUntil(() => root(el).querySelector('.message'), 'messages');
      await expect(el).to.be.accessible();

      const empty = await mount('view="q=zzzz-nobody"', lang);
      await waitUntil(() => $(empty, '[part="empty"]'), 'empty');
      await expect(empty).to.be.accessible();
      worker.use(
        http.get('/api/conversations', () =>
          HttpResponse.json({ title: 'Boom', status: 500 }, { status: 500 }),
        ),
      );
      const failed = await mount('', lang);
      await waitUntil(() => $(failed, '[part="error"]'), 'error', { timeout: 8000 });
      failed.theme = 'dark';
      await settled(failed);
      await expect(failed).to.be.accessible();
    });
  }

  it('mirrors right to left: the tab arrows, the row’s layout, and no widening', async () => {
    const el = await mount('dir="rtl" style="width: 360px"', 'pl');
    await loaded(el, 3);
    const row = rows(el)[0]!;
    const check = row.querySelector('.check')!.getBoundingClientRect();
    const box = row.getBoundingClientRect();
    // The selection mark starts the row: at its right edge in a right-to-left page.
    expect(box.right - check.right, 'check near the right edge').to.be.below(40);
    expect(check.left - box.left, 'check far from the left edge').to.be.above(box.width / 2);
    for (const shown of rows(el).slice(0, 10))
      expect(shown.scrollWidth, shown.id).to.be.at.most(shown.clientWidth + 1);
    tab(el, 'all').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(
      () => tab(el, 'queued').getAttribute('aria-selected') === 'true',
      'ArrowLeft goes to the next tab',
    );
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => tab(el, 'all').getAttribute('aria-selected') === 'true', 'ArrowRight goes back');
  });

  describe('at 400 % zoom (320×256)', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('keeps the focused row, the filters and the agent picker on screen', async () => {
      await setViewport({ width: 320, height: 256 });
      const el = await mount(
        'tab="queued" can-assign-others style="width: 100%; --cx-conversation-queue-block-size: 256px"',
      );
      await loaded(el, 3);
      const seen = (element: Element) => {
        const box = element.getBoundingClientRect();
        return (
          box.height > 0 &&
          box.top >= -0.5 &&
          box.bottom <= innerHeight + 0.5 &&
          box.left >= -0.5 &&
          box.right <= innerWidth + 0.5
        );
      };
      rows(el)[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(
        () => deepActive() === rows(el)[2] && seen(rows(el)[2]!),
        'the third row focused and seen',
      );
      expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(innerWidth);

      $(el, '.filters-button')!.click();
      await waitUntil(() => root(el).querySelector('#queue-filters:popover-open input'), 'the filters');
      for (const field of root(el).querySelectorAll<HTMLElement>(
        '#queue-filters :is(input, select, button)',
      )) {
        field.focus();
        await waitUntil(() => seen(field), `${field.outerHTML.slice(0, 60)} seen once focused`);
      }
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !root(el).querySelector('#queue-filters:popover-open'), 'closed');

      rows(el)[0]!.focus();
      await sendKeys({ press: ' ' });
      await waitUntil(() => $(el, '.selection-bar .assign-to'), 'the selection bar');
      $(el, '.selection-bar .assign-to')!.click();
      const search = () => root(el).querySelector<HTMLInputElement>('#agent-picker:popover-open input');
      await waitUntil(search, 'the picker');
      await waitUntil(() => seen(search()!), 'the picker’s search seen');
      await waitUntil(() => root(el).querySelector('.agent-option'), 'agents');
      await sendKeys({ press: 'ArrowDown' });
      const option = root(el).querySelector('.agent-option')!;
      await waitUntil(() => seen(option), 'an agent seen');
    });
  });

  it('fits a 240 px column in Polish and Thai without widening', async () => {
    for (const lang of ['pl', 'th']) {
      const el = await mount('style="width: 240px"', lang);
      await loaded(el, 3);
      for (const row of rows(el).slice(0, 10))
        expect(row.scrollWidth, row.id).to.be.at.most(row.clientWidth + 1);
      expect(el.getBoundingClientRect().width).to.be.at.most(240);
    }
  });
});
