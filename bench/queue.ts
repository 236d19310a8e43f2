// Bench page for <cx-conversation-queue>. `?n=10000&mode=widget&scroll` renders the queue on an
// in-memory data source; `mode=plain` renders the same rows with plain DOM calls into a shadow root
// with the same styles (the reference); `mode=compare` renders both and reports whether their rows
// match. `mode=live` follows a stream of 20 new conversations a second (`rate`, for `seconds`) while
// the list scrolls up and down, then shows them and checks none is lost or doubled. `mode=assign`
// times "M" to the confirmed row painted. Results go to the runner as a console message.
import { html, render } from 'lit';
import '../src/components/provider/define.js';
import '../src/components/conversation-queue/define.js';
import type { Conversation, CxChange, CxConversationQueue, CxDataSource } from '../src/index.js';
import { CxElement } from '../src/core/cx-element.js';
import { stateStyles } from '../src/core/states.js';
import { conversationQueueStyles } from '../src/components/conversation-queue/conversation-queue.styles.js';
import { en as queueEn } from '../src/components/conversation-queue/locales/en.js';
import { en } from '../src/core/localize/locales/en.js';
import { channelLabel } from '../src/core/badges.js';
import { formatDuration, formatRelativeTime } from '../src/core/format.js';
import { channelIcon, iconPrototype } from '../src/core/icons.js';
import { addExperimentCss, afterPaint, report, until, watchLongTasks } from './fixtures.js';

const params = new URLSearchParams(location.search);
const count = Number(params.get('n') ?? 10_000);
const mode = params.get('mode') ?? 'widget';
const stage = document.getElementById('stage')!;
const LATENCY = 50;
const CHANNELS = ['whatsapp', 'line', 'email', 'chat', 'facebook', 'instagram'] as const;
const AGENTS = [
  { id: 'a_1', name: 'Ploy Srisuk' },
  { id: 'a_2', name: 'Marcus Lee' },
  { id: 'a_3', name: 'Dewi Anggraini' },
];

function conversation(index: number, at: number): Conversation {
  const queued = index % 3 === 0;
  return {
    id: `conv_${index}`,
    customer: { id: `c_${index % 500}`, name: `Customer ${index % 500} Nowak-Srisuk` },
    channel: CHANNELS[index % CHANNELS.length]!,
    channelCategory: null,
    state: queued ? 'queued' : 'handled',
    type: index % 4 === 0 ? 'outbox' : 'inbox',
    label: index % 5 === 0 ? 'VIP' : null,
    assignee: queued ? null : AGENTS[index % AGENTS.length]!,
    lastHandledBy: null,
    queue: null,
    waitingSince: queued ? new Date(at).toISOString() : null,
    lastMessageAt: new Date(at).toISOString(),
    preview: `Order #${10_000 + index} still says “in transit” after 9 days; can you check with the courier?`,
  };
}

/** The conversations, newest first, and changes to them as a server would stream them. */
class BenchInbox {
  readonly items: Conversation[];
  private listeners = new Set<(change: CxChange) => void>();
  private arrivals = 0;

  constructor(size: number) {
    const now = Date.now();
    this.items = Array.from({ length: size }, (_, index) => conversation(index, now - index * 60_000));
  }

  arrive(): void {
    this.arrivals += 1;
    const item = { ...conversation(1_000_000 + this.arrivals, Date.now()), id: `conv_new_${this.arrivals}` };
    this.items.unshift(item);
    const change: CxChange = { type: 'conversation', id: item.id, action: 'created', at: item.lastMessageAt };
    for (const listener of this.listeners) listener(change);
  }

  source(pageSize: number): CxDataSource {
    const wait = () => new Promise((resolve) => setTimeout(resolve, LATENCY));
    const unused = () => new Promise<never>(() => undefined);
    return {
      listConversations: async (query) => {
        await wait();
        const start = query.cursor ? Number(query.cursor) : 0;
        const items = this.items.slice(start, start + (query.limit ?? pageSize));
        performance.mark('data-arrived');
        const next = start + items.length;
        return { items, nextCursor: next < this.items.length ? String(next) : null };
      },
      countConversations: async () => {
        await wait();
        const queued = this.items.filter((item) => item.state === 'queued').length;
        return {
          all: this.items.length,
          queued,
          handled: this.items.length - queued,
          resolved: 0,
          closed: 0,
        };
      },
      assignConversation: async (id, agentId) => {
        const index = this.items.findIndex((item) => item.id === id);
        const agent = AGENTS.find((item) => item.id === agentId)!;
        this.items[index] = { ...this.items[index]!, state: 'handled', assignee: agent, waitingSince: null };
        return this.items[index]!;
      },
      getMe: async () => AGENTS[0]!,
      listAgents: async () => ({ items: AGENTS, nextCursor: null }),
      getLookups: async () => ({ reasons: [], results: [], tags: [], conversationLabels: ['VIP'] }),
      subscribe: (onChange, options) => {
        this.listeners.add(onChange);
        queueMicrotask(() => options?.onStatus?.('live'));
        return () => this.listeners.delete(onChange);
      },
      getCustomer: unused,
      updateCustomer: unused,
      searchCustomers: unused,
      listTickets: unused,
      getTicket: unused,
      listMessages: unused,
      listNotes: unused,
      createTicket: unused,
      updateTicket: unused,
      addNote: unused,
      uploadAttachment: unused,
      listAttachments: unused,
      deleteAttachment: unused,
    };
  }
}

const inbox = new BenchInbox(count);

function element(
  name: string,
  attributes: Record<string, string>,
  ...children: (Node | string)[]
): HTMLElement {
  const node = document.createElement(name);
  for (const [attribute, value] of Object.entries(attributes)) node.setAttribute(attribute, value);
  node.append(...children);
  return node;
}

/** The widget's row (queue-row.ts), element for element, built by hand. */
function plainRow(item: Conversation, index: number, setSize: number, now: number): HTMLElement {
  const text = queueEn;
  const waitingSeconds = item.waitingSince ? Math.max(0, (now - Date.parse(item.waitingSince)) / 1000) : 0;
  const waiting = item.waitingSince
    ? text.waiting(
        formatDuration(waitingSeconds < 60 ? waitingSeconds : Math.floor(waitingSeconds / 60) * 60, 'en'),
      )
    : null;
  const handler = item.assignee?.name ?? (item.state === 'queued' ? en.unassigned : null);
  const optional = (className: string, value: string | null | undefined) =>
    element('span', value ? { class: className } : { class: className, hidden: '' }, value ?? '');
  return element(
    'div',
    {
      class: index === 0 ? 'row active' : 'row',
      part: 'row',
      role: 'option',
      id: `row-${item.id}`,
      'data-index': String(index),
      'aria-selected': 'false',
      'aria-setsize': String(setSize),
      'aria-posinset': String(index + 1),
      'aria-busy': 'false',
      tabindex: index === 0 ? '0' : '-1',
    },
    element('span', { class: 'check', 'aria-hidden': 'true', 'data-select': '' }),
    element(
      'span',
      { class: 'who' },
      element('span', { class: 'name' }, item.customer.name),
      element(
        'span',
        { class: 'channel' },
        iconPrototype(channelIcon(item.channel)).cloneNode(true),
        element('span', { class: 'channel-name' }, channelLabel(item.channel, en)),
      ),
    ),
    element(
      'span',
      { class: 'facts' },
      element(
        'span',
        { class: `state state--${item.state}` },
        item.state === 'queued' ? text.stateQueued : text.stateHandled,
      ),
      element('span', { class: 'type' }, item.type === 'outbox' ? text.outbox : text.inbox),
      optional('label', item.label),
      optional('agent', handler),
      optional('waiting', waiting),
    ),
    element(
      'span',
      { class: 'last' },
      element('span', { class: 'preview' }, item.preview ?? ''),
      element('time', { datetime: item.lastMessageAt }, formatRelativeTime(item.lastMessageAt, 'en', now)),
    ),
    element('span', { class: 'note', hidden: '' }),
  );
}

interface Rendered {
  dataToPaint: number;
  rowsAtPaint: number;
  domRows: () => number;
  scroller: HTMLElement;
}

async function renderWidget(pageSize = count): Promise<{ queue: CxConversationQueue } & Rendered> {
  render(
    html`<cx-provider .dataSource=${inbox.source(pageSize)}
      ><cx-conversation-queue page-size=${pageSize} can-assign-others></cx-conversation-queue
    ></cx-provider>`,
    stage,
  );
  const queue = stage.querySelector<CxConversationQueue>('cx-conversation-queue')!;
  const root = queue.shadowRoot!;
  await addExperimentCss(queue);
  await until(() => root.querySelector('[role="option"]') !== null);
  const painted = await afterPaint();
  if (pageSize > 200) await until(() => root.querySelector('[virtualizer-sizer]') !== null);
  const arrived = performance.getEntriesByName('data-arrived').at(-1)!.startTime;
  const domRows = () => root.querySelectorAll('[role="option"]').length;
  return {
    queue,
    dataToPaint: painted - arrived,
    rowsAtPaint: domRows(),
    domRows,
    scroller: root.querySelector<HTMLElement>('.scroller')!,
  };
}

async function renderPlain(): Promise<Rendered> {
  const host = document.createElement('div');
  stage.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = [CxElement.styles, stateStyles, conversationQueueStyles]
    .flat()
    .map((style) => (style as { styleSheet: CSSStyleSheet }).styleSheet);
  const scroller = document.createElement('div');
  scroller.className = 'list';
  scroller.style.height = '36rem';
  scroller.style.overflow = 'auto';
  shadow.append(scroller);
  formatRelativeTime(Date.now(), 'en');
  formatDuration(60, 'en');
  await new Promise((resolve) => setTimeout(resolve, LATENCY));
  const arrived = performance.now();
  const now = Date.now();
  const fragment = document.createDocumentFragment();
  inbox.items.forEach((item, index) => fragment.append(plainRow(item, index, inbox.items.length, now)));
  scroller.append(fragment);
  const painted = await afterPaint();
  return {
    dataToPaint: painted - arrived,
    rowsAtPaint: scroller.children.length,
    domRows: () => scroller.children.length,
    scroller,
  };
}

/** Scrolls top to bottom, 1,000 px a frame: the longest task and the most rows in the DOM. */
async function scrollThrough(scroller: HTMLElement, domRows: () => number) {
  const stop = watchLongTasks();
  let peakRows = domRows();
  while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 1) {
    scroller.scrollTop += 1000;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    peakRows = Math.max(peakRows, domRows());
  }
  await afterPaint();
  return { ...stop(), peakRows };
}

/** A row as comparable markup: elements with sorted attributes and text; Lit's comments left out. */
function comparable(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE)
    return node.textContent!.trim() ? JSON.stringify(node.textContent!.trim()) : '';
  if (!(node instanceof Element)) return '';
  const attributes = [...node.attributes]
    .map(({ name, value }) => `${name}="${value}"`)
    .sort()
    .join(' ');
  return `<${node.localName} ${attributes}>${[...node.childNodes].map(comparable).join('')}</${node.localName}>`;
}

if (mode === 'compare') {
  const widgetRows = [...(await renderWidget()).scroller.querySelectorAll('[role="option"]')].map(comparable);
  const plainRows = [...(await renderPlain()).scroller.querySelectorAll('[role="option"]')].map(comparable);
  const index = widgetRows.findIndex((row, at) => row !== plainRows[at]);
  report({
    rows: widgetRows.length,
    same: widgetRows.length === plainRows.length && index === -1,
    widget: widgetRows[index] ?? null,
    plain: plainRows[index] ?? null,
  });
} else if (mode === 'live') {
  // An agent scrolls a 10,000-conversation inbox while 20 conversations a second arrive.
  const rate = Number(params.get('rate') ?? 20);
  const seconds = Number(params.get('seconds') ?? 30);
  const { queue, scroller, domRows } = await renderWidget(200);
  const root = queue.shadowRoot!;
  const stop = watchLongTasks();
  const sent = rate * seconds;
  let arrived = 0;
  const timer = setInterval(() => {
    inbox.arrive();
    arrived += 1;
    if (arrived === sent) clearInterval(timer);
  }, 1000 / rate);
  let direction = 1;
  let peakRows = 0;
  while (arrived < sent) {
    scroller.scrollTop += direction * 400;
    if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1 || scroller.scrollTop <= 0)
      direction = -direction;
    if (scroller.scrollTop <= 0) scroller.scrollTop = 400;
    peakRows = Math.max(peakRows, domRows());
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  const tasks = stop();
  // Every arrival is counted, once: the button offers exactly as many as came in the loaded pages.
  const button = () => root.querySelector<HTMLButtonElement>('.arrivals button');
  await until(() => Boolean(button()?.textContent?.includes(String(Math.min(sent, 200 * pages(queue))))));
  const offered = Number(/\d+/.exec(button()!.textContent!)![0]);
  button()!.click();
  await until(() => root.querySelector('[role="option"]')?.id === `row-conv_new_${sent}`);
  const shown = (queue as unknown as { rows: Conversation[] }).rows.map((item) => item.id);
  const expected = inbox.items.slice(0, shown.length).map((item) => item.id);
  report({
    mode,
    sent,
    offered,
    ...tasks,
    peakRows,
    duplicated: shown.length - new Set(shown).size,
    lost: expected.filter((id) => !shown.includes(id)).length,
  });
} else if (mode === 'assign') {
  // "M" on twenty waiting conversations, each timed to the row painted with the server's answer.
  const { queue } = await renderWidget(200);
  const root = queue.shadowRoot!;
  const times: number[] = [];
  const waiting = [...root.querySelectorAll<HTMLElement>('[role="option"]')]
    .filter((row) => row.textContent!.includes(queueEn.stateQueued))
    .slice(0, 20);
  for (const row of waiting) {
    row.focus();
    const start = performance.now();
    row.dispatchEvent(new KeyboardEvent('keydown', { key: 'm', bubbles: true, composed: true }));
    await until(() => row.textContent!.includes('Ploy Srisuk') && row.getAttribute('aria-busy') === 'false');
    await afterPaint();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  report({ mode, assignRoundTrip: times[Math.floor(times.length / 2)], worstAssign: times.at(-1) });
} else {
  const started = mode === 'plain' ? await renderPlain() : await renderWidget();
  const scroll = params.has('scroll') ? await scrollThrough(started.scroller, started.domRows) : undefined;
  report({ mode, count, dataToPaint: started.dataToPaint, rows: started.rowsAtPaint, ...scroll });
}

function pages(queue: CxConversationQueue): number {
  return (
    (queue as unknown as { conversations: { result?: { data?: { pages: unknown[] } } } }).conversations.result
      ?.data?.pages.length ?? 1
  );
}
