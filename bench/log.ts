// Bench page for <cx-interaction-log> over 100,000 service records served by an in-memory data
// source that pages, sorts and counts like a server (records made from their index as pages are
// asked for, so the data set itself takes no memory).
// - `mode=widget&scroll`: data to the first page painted, then "Load more" up to `loaded` rows and a
//   scroll through them, top to bottom; `mode=plain` paints the same first page with plain DOM calls
//   into a shadow root with the same styles (the reference).
// - `mode=sort`: Enter on a column header to the first row of the new order painted, ten times.
// - `mode=export&kind=stream|naive`: exports every record as CSV, the log's way (page by page into
//   Blob parts) or the naive way (every record loaded into an array, then joined into one string);
//   the runner samples the JS heap meanwhile (`window.benchReady`, then `window.benchGo()`).
import { html, render } from 'lit';
import '../src/components/provider/define.js';
import '../src/components/interaction-log/define.js';
import type { CxDataSource, CxInteractionLog, Interaction, InteractionQuery } from '../src/index.js';
import { exportCsv, blobSink } from '../src/api/csv-export.js';
import { CxElement } from '../src/core/cx-element.js';
import { CSV_BOM, csvLine } from '../src/core/csv.js';
import { stateStyles } from '../src/core/states.js';
import { longListStyles } from '../src/core/long-list.js';
import { badgeStyles } from '../src/core/badges.js';
import { interactionLogStyles } from '../src/components/interaction-log/interaction-log.styles.js';
import {
  csvColumns,
  DEFAULT_COLUMNS,
  type CellContext,
} from '../src/components/interaction-log/log-columns.js';
import { columnTemplate } from '../src/components/interaction-log/log-grid.js';
import { en as logEn } from '../src/components/interaction-log/locales/en.js';
import { columnById } from '../src/components/interaction-log/log-columns.js';
import { LocalizeController } from '../src/core/localize/localize.js';
import { addExperimentCss, afterPaint, report, until, watchLongTasks } from './fixtures.js';

const params = new URLSearchParams(location.search);
const TOTAL = Number(params.get('n') ?? 100_000);
const mode = params.get('mode') ?? 'widget';
const stage = document.getElementById('stage')!;
/** A request's round trip; the export runs use less (`latency=5`), so 500 pages do not take 25 s of waiting. */
const LATENCY = Number(params.get('latency') ?? 50);
const PAGE = 200;
const CHANNELS = ['voice', 'whatsapp', 'line', 'email', 'chat', 'facebook'] as const;
const AGENTS = [
  { id: 'a_1', name: 'Ploy Srisuk' },
  { id: 'a_2', name: 'Marcus Lee' },
  { id: 'a_3', name: 'Dewi Anggraini' },
];
const BASE_TIME = Date.parse('2026-11-01T00:00:00Z');

/** The record at `index` of the newest-first order; the same every time it is asked for. */
function record(index: number): Interaction {
  const channel = CHANNELS[index % CHANNELS.length]!;
  const started = BASE_TIME - index * 45_000;
  const firstResponse = (index * 37) % 1500;
  return {
    id: `i_${index}`,
    caseId: `t_${index}`,
    caseNumber: `CX-${200000 + index}`,
    contact: {
      id: `c_${index % 900}`,
      name: `Customer ${index % 900} Nowak-Srisuk`,
      label: index % 7 ? null : 'VIP',
    },
    channel,
    channelCategory: { id: 'cc_1', label: 'Support' },
    queue: { id: 'q_1', name: 'Billing' },
    agent: AGENTS[index % AGENTS.length]!,
    direction: index % 4 ? 'inbound' : 'outbound',
    startedAt: new Date(started).toISOString(),
    endedAt: new Date(started + 600_000).toISOString(),
    handleSeconds: 120 + ((index * 13) % 900),
    firstResponseSeconds: firstResponse,
    recording:
      channel === 'voice' ? { url: '/r.mp3', durationSeconds: 300, contentType: 'audio/mpeg' } : null,
    disposition: { id: 'res_1', label: 'Resolved' },
    reason: { id: 'r_billing', label: 'Billing question' },
    tags: index % 3 ? [] : [{ name: 'refund', source: 'agent' }],
    notes: `Order #${10_000 + index}: refund approved, =SUM(A1) left as text`,
    sentiment: (['positive', 'neutral', 'negative'] as const)[index % 3],
    csat: (index % 5) + 1,
    sla: { verdict: firstResponse <= 600 ? 'met' : 'breached', thresholdSeconds: 600 },
    conversations: [{ channel, startedAt: new Date(started).toISOString(), endedAt: null }],
    version: `"i_${index}-v1"`,
  };
}

/**
 * A record's position in an order other than newest first: a stable shuffle of its own for each
 * key and direction, as a server's sort would give (so the first row changes with every sort).
 */
function sortedIndex(position: number, query: InteractionQuery): number {
  if (!query.sort || query.sort === 'startedAt') return position;
  const key = [...query.sort].reduce((sum, char) => sum * 31 + char.charCodeAt(0), 7) % 997;
  return (position * 7919 + (key * 2 + (query.order === 'asc' ? 1 : 2)) * 1013) % TOTAL;
}

function dataSource(): CxDataSource {
  const wait = () => new Promise((resolve) => setTimeout(resolve, LATENCY));
  const unused = () => new Promise<never>(() => undefined);
  return {
    listInteractions: async (query) => {
      await wait();
      const start = query.cursor ? Number(query.cursor) : 0;
      const end = Math.min(TOTAL, start + (query.limit ?? PAGE));
      const items = Array.from({ length: end - start }, (_, offset) =>
        record(sortedIndex(start + offset, query)),
      );
      performance.mark('data-arrived');
      return { items, nextCursor: end < TOTAL ? String(end) : null, total: TOTAL } as never;
    },
    getMe: async () => ({ ...AGENTS[0]!, permissions: { rateInteractions: true } }),
    listAgents: async () => ({ items: AGENTS, nextCursor: null }),
    getLookups: async () => ({ reasons: [], results: [], tags: [] }),
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
    listConversations: unused,
    assignConversation: unused,
  };
}

async function renderWidget(pageSize = PAGE) {
  render(
    html`<cx-provider .dataSource=${dataSource()}
      ><cx-interaction-log page-size=${pageSize}></cx-interaction-log
    ></cx-provider>`,
    stage,
  );
  const log = stage.querySelector<CxInteractionLog>('cx-interaction-log')!;
  const root = log.shadowRoot!;
  await addExperimentCss(log);
  await until(() => root.querySelector('.scroller [role="row"]') !== null);
  const painted = await afterPaint();
  const arrived = performance.getEntriesByName('data-arrived').at(-1)!.startTime;
  return {
    log,
    root,
    dataToPaint: painted - arrived,
    rowsAtPaint: root.querySelectorAll('.scroller [role="row"]').length,
  };
}

/** The log's rows (log-grid.ts renderRow), built by hand with the same cells and words. */
async function renderPlain() {
  const host = document.createElement('div');
  stage.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const columns = new CSSStyleSheet();
  columns.replaceSync(columnTemplate(DEFAULT_COLUMNS).replace(':host', ':host, .grid'));
  shadow.adoptedStyleSheets = [
    ...[CxElement.styles, stateStyles, badgeStyles, longListStyles, interactionLogStyles]
      .flat()
      .map((style) => (style as { styleSheet: CSSStyleSheet }).styleSheet),
    columns,
  ];
  const scroller = document.createElement('div');
  scroller.className = 'scroller plain';
  scroller.setAttribute('role', 'rowgroup');
  const grid = document.createElement('div');
  grid.className = 'grid';
  grid.setAttribute('role', 'grid');
  grid.append(scroller);
  shadow.append(grid);
  const context: CellContext = {
    // English formatting without an element to follow: a host that never updates.
    localize: new LocalizeController({ addController: () => undefined } as never),
    text: logEn,
    slaThresholdSeconds: undefined,
  };
  const items = (await dataSource().listInteractions!({ limit: PAGE })).items;
  const arrived = performance.now();
  const fragment = document.createDocumentFragment();
  items.forEach((item, index) => {
    const row = document.createElement('div');
    row.className = 'row';
    row.setAttribute('role', 'row');
    row.id = `rec-${item.id}`;
    row.setAttribute('aria-rowindex', String(index + 2));
    DEFAULT_COLUMNS.shown.forEach((id, column) => {
      const cell = document.createElement('div');
      cell.setAttribute('role', 'gridcell');
      cell.setAttribute('aria-colindex', String(column + 1));
      cell.tabIndex = index === 0 && column === 0 ? 0 : -1;
      const label = document.createElement('span');
      label.className = 'cell-label';
      label.setAttribute('aria-hidden', 'true');
      label.textContent = logEn.column[id];
      cell.append(label, columnById(id).text(item, context) || logEn.noValue);
      row.append(cell);
    });
    fragment.append(row);
  });
  scroller.append(fragment);
  const painted = await afterPaint();
  return { dataToPaint: painted - arrived, rowsAtPaint: scroller.children.length };
}

const rowCount = (root: ShadowRoot) => root.querySelectorAll('.scroller [role="row"]').length;

if (mode === 'plain') {
  report({ mode, ...(await renderPlain()) });
} else if (mode === 'widget') {
  const { log, root, dataToPaint, rowsAtPaint } = await renderWidget();
  const result: Record<string, unknown> = { mode, dataToPaint, rows: rowsAtPaint };
  if (params.has('scroll')) {
    // "Load more" up to the rows asked for, then a scroll through them, 1,000 px a frame.
    const loaded = Number(params.get('loaded') ?? 2000);
    const shown = () => (log as unknown as { records: { items: unknown[] } }).records.items.length;
    while (shown() < loaded) {
      const before = shown();
      await until(() => root.querySelector<HTMLButtonElement>('.load-more') !== null);
      root.querySelector<HTMLButtonElement>('.load-more')!.click();
      await until(() => shown() > before);
    }
    await until(() => root.querySelector('[virtualizer-sizer]') !== null);
    await afterPaint();
    const scroller = root.querySelector<HTMLElement>('.scroller')!;
    const stop = watchLongTasks();
    let peakRows = rowCount(root);
    // The loaded rows only: the log fetches the next page as the end nears, which would go on.
    const end = scroller.scrollHeight;
    while (scroller.scrollTop + scroller.clientHeight < end - 1) {
      scroller.scrollTop += 1000;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      peakRows = Math.max(peakRows, rowCount(root));
    }
    await afterPaint();
    Object.assign(result, stop(), { peakRows, loadedRows: shown() });
  }
  report(result);
} else if (mode === 'sort') {
  const { root } = await renderWidget();
  const times: number[] = [];
  const columns = ['handleSeconds', 'contact', 'agent', 'firstResponseSeconds', 'caseNumber'];
  for (let round = 0; round < 10; round += 1) {
    const column = columns[round % columns.length]!;
    const header = root.getElementById(`col-${column}`)!;
    const first = root.querySelector('.scroller [role="row"]')!.id;
    header.focus();
    const start = performance.now();
    header.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await until(() => {
      const row = root.querySelector('.scroller [role="row"]');
      return (
        row !== null &&
        row.id !== first &&
        root.querySelector('[role="grid"]')?.getAttribute('aria-busy') === 'false'
      );
    });
    await afterPaint();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  report({
    mode,
    sortRoundTrip: times[Math.floor(times.length / 2)],
    worstSort: times.at(-1),
    latency: LATENCY,
  });
} else if (mode === 'export') {
  const kind = params.get('kind') ?? 'stream';
  const { log } = await renderWidget(50);
  const client = log.client!;
  const localize = (log as unknown as { localize: LocalizeController }).localize;
  const columns = csvColumns(DEFAULT_COLUMNS.shown, {
    localize,
    text: logEn,
    slaThresholdSeconds: undefined,
  });
  let file: Blob | undefined;
  const keep = (blob: Blob) => void (file = blob);
  const window_ = window as unknown as { benchReady?: boolean; benchGo?: () => Promise<object> };
  window_.benchGo = async () => {
    const start = performance.now();
    let rows: number;
    if (kind === 'stream') {
      const done = await exportCsv({
        pages: client.interactionPages({ sort: 'startedAt', order: 'desc' }),
        columns,
        sink: blobSink(keep),
      });
      rows = done.rows;
    } else {
      // The naive export: every record first, then one string.
      const all: Interaction[] = [];
      for await (const page of client.interactionPages({ sort: 'startedAt', order: 'desc' }))
        all.push(...page.items);
      const text =
        CSV_BOM +
        csvLine(columns.map((column) => column.header)) +
        all.map((item) => csvLine(columns.map((column) => column.value(item)))).join('');
      keep(new Blob([text], { type: 'text/csv;charset=utf-8' }));
      rows = all.length;
    }
    return {
      mode,
      kind,
      rows,
      exportMs: performance.now() - start,
      bytes: file?.size ?? 0,
      latency: LATENCY,
    };
  };
  window_.benchReady = true;
}
