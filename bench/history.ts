// Bench page for <cx-ticket-history>: `?n=50&mode=widget` renders the widget on an in-memory data
// source; `mode=plain` renders the same markup with plain DOM calls into a shadow root with the
// same styles (the reference); `mode=compare` renders both and reports whether their rows match.
// Results are reported as a console message (see report()).
import { html, render } from 'lit';
import '../src/components/provider/define.js';
import '../src/components/ticket-history/define.js';
import type { CxTicketHistory, Ticket } from '../src/index.js';
import { CxElement } from '../src/core/cx-element.js';
import { stateStyles } from '../src/core/states.js';
import { ticketHistoryStyles } from '../src/components/ticket-history/ticket-history.styles.js';
import { formatDateTime, formatRelativeTime } from '../src/core/format.js';
import { channelIcon, iconPrototype, iconSparkle, statusIcon } from '../src/core/icons.js';
import { badgeStyles, channelLabel, statusLabel } from '../src/core/badges.js';
import { en } from '../src/core/localize/locales/en.js';
import { en as historyEn } from '../src/components/ticket-history/locales/en.js';
import { benchDataSource, makeTickets, report, until } from './fixtures.js';

const params = new URLSearchParams(location.search);
const count = Number(params.get('n') ?? 50);
const mode = params.get('mode') ?? 'widget';
const stage = document.getElementById('stage')!;
const tickets = makeTickets(count);
/** The history request's round trip, as against the mock server in the request-count page. */
const LATENCY = 50;
/** The panel virtualizes lists longer than this (its VIRTUALIZE_AFTER). */
const VIRTUALIZED_AFTER = 200;

const afterPaint = () =>
  new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))));

/** An element with attributes and children: the plain-DOM reference's only helper. */
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

/**
 * The widget's row, element for element and attribute for attribute, with the same English text
 * and the same icons (clones of the widget's own), built by hand: node for node what the widget
 * renders.
 */
function plainRow(ticket: Ticket, index: number, setSize: number): HTMLElement {
  const history = historyEn;
  const when = ticket.closedAt ?? ticket.lastInteractionAt;
  const relative = formatRelativeTime(when, 'en');
  const status = ticket.status.replace('_', '-');
  const tags = ticket.tags.map((tag) =>
    element(
      'li',
      { class: `cx-tag cx-tag--${tag.source}`, part: 'tag' },
      ...(tag.source === 'ai' ? [iconPrototype(iconSparkle).cloneNode(true)] : []),
      element('span', { 'aria-hidden': 'true' }, tag.name),
      element('span', { class: 'cx-visually-hidden' }, tag.source === 'ai' ? en.aiTag(tag.name) : tag.name),
    ),
  );
  return element(
    'div',
    {
      id: `entry-${ticket.id}`,
      class: 'entry',
      part: 'entry',
      role: 'option',
      'aria-selected': index === 0 ? 'true' : 'false',
      'aria-posinset': String(index + 1),
      'aria-setsize': String(setSize),
      'data-index': String(index),
      tabindex: index === 0 ? '0' : '-1',
    },
    element(
      'span',
      { class: 'cx-channel', part: 'channel' },
      iconPrototype(channelIcon(ticket.channel), channelLabel(ticket.channel, en)).cloneNode(true),
    ),
    element('span', { class: 'subject' }, ticket.subject),
    element(
      'span',
      { class: `cx-badge cx-badge--status-${status}`, part: 'status-badge' },
      iconPrototype(statusIcon(ticket.status)).cloneNode(true),
      statusLabel(ticket.status, en),
    ),
    element(
      'span',
      { class: 'meta' },
      element('span', { class: 'number' }, ticket.number),
      element(
        'span',
        { class: ticket.assignee ? 'assignee' : 'assignee unassigned' },
        ticket.assignee?.name ?? en.unassigned,
      ),
      element(
        'span',
        { class: 'when' },
        element(
          'time',
          { datetime: when },
          ticket.closedAt ? history.closed(relative) : history.lastActivity(relative),
        ),
        element('span', { class: 'exact' }, formatDateTime(when, 'en')),
      ),
    ),
    ...(tags.length ? [element('ul', { class: 'cx-tags', part: 'tags' }, ...tags)] : []),
  );
}

/** When the first rows are in `root` (now, if they already are). */
function rowsInserted(root: ShadowRoot): Promise<number> {
  const hasRows = () => root.querySelector('[role="option"]') !== null;
  if (hasRows()) return Promise.resolve(performance.now());
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!hasRows()) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

interface Rendered {
  /** From data arrival to the first frame painted with the list. */
  dataToPaint: number;
  /** From data arrival to the first rows in the DOM (before the paint). */
  dataToRendered?: number;
  /** Rows in the DOM in the first painted frame. */
  rowsAtPaint: number;
  domRows: () => number;
  scroller: HTMLElement;
}

async function renderWidget(): Promise<Rendered> {
  render(
    html`<cx-provider .dataSource=${benchDataSource(tickets, LATENCY)}
      ><cx-ticket-history page-size=${count}></cx-ticket-history
    ></cx-provider>`,
    stage,
  );
  const history = stage.querySelector<CxTicketHistory>('cx-ticket-history')!;
  const loaded = new Promise((resolve) =>
    history.addEventListener('cx-ticket-history-load', resolve, { once: true }),
  );
  history.customerId = 'c_bench';
  await loaded;
  const root = history.shadowRoot!;
  // The virtualizer adds its rows after its own layout pass, after the load event: the list counts
  // as rendered once rows are in the DOM, not when the widget's render ends.
  const rendered = await rowsInserted(root);
  performance.mark('rows-rendered');
  const painted = await afterPaint();
  // A long list that arrived before the virtualizer's code shows its first rows plainly at first:
  // scrolling is measured once it is virtualized.
  if (count > VIRTUALIZED_AFTER) await until(() => root.querySelector('[virtualizer-sizer]') !== null);
  const arrived = performance.getEntriesByName('data-arrived').at(-1)!.startTime;
  if (params.get('css')) {
    // Experiments: extra CSS for the widget's shadow root.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(params.get('css')!);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
  const domRows = () => root.querySelectorAll('[role="option"]').length;
  return {
    dataToPaint: painted - arrived,
    dataToRendered: rendered - arrived,
    rowsAtPaint: domRows(),
    domRows,
    scroller: root.querySelector<HTMLElement>('.scroller')!,
  };
}

async function renderPlain(): Promise<Rendered> {
  const host = document.createElement('div');
  stage.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = [CxElement.styles, stateStyles, badgeStyles, ticketHistoryStyles]
    .flat()
    .map((style) => (style as { styleSheet: CSSStyleSheet }).styleSheet);
  const scroller = document.createElement('div');
  scroller.className = 'list';
  scroller.style.height = '32rem';
  scroller.style.overflow = 'auto';
  shadow.append(scroller);
  // Like the widget, the reference gets its formatters and icons ready before the data arrives.
  formatRelativeTime(Date.now(), 'en');
  formatDateTime(Date.now(), 'en');
  for (const ticket of tickets.slice(0, 12)) plainRow(ticket, 0, 0);
  await new Promise((resolve) => setTimeout(resolve, LATENCY));
  performance.mark('data-arrived');
  const arrived = performance.now();
  const fragment = document.createDocumentFragment();
  tickets.forEach((ticket, index) => fragment.append(plainRow(ticket, index, tickets.length)));
  scroller.append(fragment);
  const built = performance.now();
  performance.mark('rows-rendered');
  const painted = await afterPaint();
  return {
    dataToPaint: painted - arrived,
    dataToRendered: built - arrived,
    rowsAtPaint: scroller.children.length,
    domRows: () => scroller.children.length,
    scroller,
  };
}

/**
 * Scrolls from top to bottom at a fast flick (`?speed=` px per frame, 1,000 by default: about 13
 * rows a frame), noting the longest task, the longest frame and the most rows in the DOM.
 */
async function scrollThrough(scroller: HTMLElement, domRows: () => number) {
  const speed = Number(params.get('speed') ?? 1000);
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) =>
    longTasks.push(...list.getEntries().map((entry) => entry.duration)),
  );
  observer.observe({ type: 'longtask' });
  let peakRows = domRows();
  let longestFrame = 0;
  let frames = 0;
  let last = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
  const startTop = scroller.scrollTop;
  while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 1) {
    scroller.scrollTop += speed;
    const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
    longestFrame = Math.max(longestFrame, now - last);
    last = now;
    frames += 1;
    peakRows = Math.max(peakRows, domRows());
  }
  await afterPaint();
  observer.disconnect();
  return {
    longestTask: longTasks.length ? Math.max(...longTasks) : 0,
    longTasks: longTasks.length,
    longestFrame,
    peakRows,
    frames,
    // What the list really moved: a virtualizer may correct the scroll position as it places rows.
    distancePerFrame: (scroller.scrollTop - startTop) / frames,
  };
}

/**
 * A row as markup to compare, node for node: elements with their attributes in name order, text
 * and comments.
 */
function comparable(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return JSON.stringify(node.textContent);
  if (node.nodeType === Node.COMMENT_NODE) return `<!--${(node as Comment).data}-->`;
  if (!(node instanceof Element)) return '';
  const attributes = [...node.attributes]
    .map(({ name, value }) => `${name}="${value}"`)
    .sort()
    .join(' ');
  const children = [...node.childNodes].map(comparable).join('');
  return `<${node.localName} ${attributes}>${children}</${node.localName}>`;
}

if (mode === 'compare') {
  // `npm run bench` checks first that the reference still renders what the widget renders: both
  // lists in one page, from the same tickets at the same moment, row by row.
  const rowsOf = (scroller: HTMLElement) =>
    [...scroller.querySelectorAll('[role="option"]')].map((row) => comparable(row));
  const widgetRows = rowsOf((await renderWidget()).scroller);
  const plainRows = rowsOf((await renderPlain()).scroller);
  const index = widgetRows.findIndex((row, at) => row !== plainRows[at]);
  report({
    rows: widgetRows.length,
    same: widgetRows.length === plainRows.length && index === -1,
    widget: widgetRows[index] ?? null,
    plain: plainRows[index] ?? null,
  });
} else {
  const started = mode === 'plain' ? await renderPlain() : await renderWidget();
  const scroll = params.has('scroll') ? await scrollThrough(started.scroller, started.domRows) : undefined;
  report({
    mode,
    count,
    dataToPaint: started.dataToPaint,
    dataToRendered: started.dataToRendered,
    rows: started.rowsAtPaint,
    ...scroll,
  });
}
