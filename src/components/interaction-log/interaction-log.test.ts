import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { CsvSink } from '../../api/csv-export.js';
import type { Interaction } from '../../api/types.js';
import { announced, announcementMark } from '../../test-support/announcements.js';
import { nextEvent } from '../../test-support/events.js';
import { db, requestHeaders, requestLog, useMockBackend, worker } from '../../test-support/mock-backend.js';
import { mountInProvider } from '../../test-support/mount.js';
import { waitUntil } from '../../test-support/wait.js';
import './define.js';
import type { CxInteractionLog } from './interaction-log.js';
import { parseLogView, serializeLogView } from './log-view.js';

const mount = (attributes = '', lang = 'en'): Promise<CxInteractionLog> =>
  mountInProvider('cx-interaction-log', attributes, lang);

const root = (el: CxInteractionLog) => el.shadowRoot!;
const $ = <T extends HTMLElement = HTMLElement>(el: CxInteractionLog, selector: string) =>
  root(el).querySelector<T>(selector);
const rows = (el: CxInteractionLog) => [...root(el).querySelectorAll<HTMLElement>('.scroller [role="row"]')];
const loaded = (el: CxInteractionLog, count = 1) =>
  waitUntil(() => rows(el).length >= count, 'rows render', { timeout: 6000 });
const headers = (el: CxInteractionLog) =>
  [...root(el).querySelectorAll<HTMLElement>('[role="columnheader"]')].map(
    (header) => header.querySelector('.header-text')!.textContent!,
  );
const header = (el: CxInteractionLog, id: string) => $(el, `#col-${id}`)!;
const deepActive = (): Element | null => {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};
const lastList = () => {
  const line = requestLog.filter((entry) => entry.startsWith('GET /api/interactions?')).at(-1) ?? '';
  return new URL(line.split(' ')[1] ?? '/', location.origin).searchParams;
};
const settled = async (el: CxInteractionLog) => {
  await el.updateComplete;
  await Promise.all(
    root(el)
      .getAnimations()
      .filter((animation) => animation instanceof CSSTransition)
      .map((animation) => animation.finished),
  );
};

/** A sink that keeps what an export writes, and whether it was closed or aborted. */
function collectingSink() {
  const chunks: string[] = [];
  const result = { chunks, closed: false, aborted: false, text: () => chunks.join('') };
  const sink: CsvSink = {
    write: async (text) => void chunks.push(typeof text === 'string' ? text : await text.text()),
    close: async () => void (result.closed = true),
    abort: async () => void (result.aborted = true),
  };
  return { sink, result };
}

/** Serves `records` as the interaction list, paged by the request's cursor and limit. */
function serveRecords(records: Interaction[], hold?: (page: number) => Promise<void>) {
  worker.use(
    http.get('/api/interactions', async ({ request }) => {
      const url = new URL(request.url);
      const start = Number(url.searchParams.get('cursor') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? 50);
      await hold?.(start / limit);
      const items = records.slice(start, start + limit);
      const next = start + limit < records.length ? String(start + limit) : null;
      return HttpResponse.json({ items, nextCursor: next, total: records.length });
    }),
  );
}

/** Real mock records with contacts named as an attacker would name them. */
function hostileRecords(count: number): Interaction[] {
  const page = db.interactions.list({ limit: 200, sort: 'startedAt', order: 'desc' });
  if (!page.ok) throw new Error('mock records');
  const names = [
    '=HYPERLINK("http://x","click")',
    '+1+1',
    '-2+3',
    '@SUM(A1)',
    '\tTabbed',
    'สมชาย ใจดี',
    'Kowalski, "Jan"',
  ];
  return Array.from({ length: count }, (_, index) => {
    const base = page.value.items[index % page.value.items.length]!;
    return {
      ...base,
      id: `hx_${index}`,
      caseNumber: `CX-${900000 + index}`,
      contact: { ...base.contact, name: names[index % names.length]! },
    };
  });
}

describe('<cx-interaction-log>', () => {
  useMockBackend();

  it('shows the records in a grid with every default column, newest first, and the total', async () => {
    const el = await mount();
    await loaded(el);
    expect(lastList().get('sort')).to.equal('startedAt');
    expect(lastList().get('order')).to.equal('desc');
    expect(headers(el)).to.include.members([
      'Case',
      'Contact',
      'Channel',
      'Agent',
      'Handle time',
      'SLA',
      'CSAT',
    ]);
    expect($(el, '[role="grid"]')!.getAttribute('aria-rowcount')).to.equal('100001');
    await waitUntil(() => $(el, '.footer .shown')?.textContent?.includes('100,000'), 'the total');
    expect($(el, '.footer .shown')!.textContent).to.equal('Showing 50 of 100,000');
    const first = rows(el)[0]!;
    expect(first.querySelectorAll('[role="gridcell"]').length).to.equal(headers(el).length);
    expect(first.querySelector('.sla')!.textContent).to.match(/Met|Breached|Pending/);
  });

  it('sorts on the server by a header, and says the new order', async () => {
    const el = await mount();
    await loaded(el);
    let mark = announcementMark();
    header(el, 'handleSeconds').click();
    await waitUntil(() => lastList().get('sort') === 'handleSeconds', 'asked sorted by handle time');
    expect(lastList().get('order')).to.equal('asc');
    await announced(/Sorted by Handle time, ascending/, { since: mark });
    expect(header(el, 'handleSeconds').getAttribute('aria-sort')).to.equal('ascending');
    expect(header(el, 'startedAt').getAttribute('aria-sort')).to.equal('none');
    mark = announcementMark();
    header(el, 'handleSeconds').click();
    await waitUntil(() => lastList().get('order') === 'desc', 'the other way');
    await announced(/descending/, { since: mark });
    await loaded(el, 2);
    const seconds = (row: HTMLElement) => {
      const page = db.interactions.get(row.id.replace('rec-', ''))!;
      return page.handleSeconds ?? 0;
    };
    expect(seconds(rows(el)[0]!)).to.be.at.least(seconds(rows(el)[1]!));
  });

  it('is a grid for the keyboard: cells, the header and back, Enter to open, Escape to return', async () => {
    const el = await mount();
    await loaded(el, 3);
    const cells = (row: number) => [...rows(el)[row]!.querySelectorAll<HTMLElement>('[role="gridcell"]')];
    cells(0)[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(deepActive()).to.equal(cells(0)[1]);
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActive()).to.equal(cells(1)[1]);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(deepActive()?.getAttribute('role'), 'Up from the first row reaches the header').to.equal(
      'columnheader',
    );
    expect(deepActive()?.id).to.equal('col-contact');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => lastList().get('sort') === 'contact', 'Enter on a header sorts');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => deepActive()?.getAttribute('role') === 'gridcell', 'back into the grid');
    const cell = deepActive() as HTMLElement;
    expect(cell.getAttribute('aria-colindex')).to.equal('2');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '.record'), 'the record opens in place');
    expect(deepActive()?.classList.contains('back')).to.equal(true);
    expect($(el, '.record-title')!.textContent).to.match(/Service record CX-/);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => deepActive()?.getAttribute('role') === 'gridcell', 'focus back on the cell');
    expect(deepActive()?.getAttribute('aria-colindex')).to.equal('2');
  });

  it('sends every filter to the server, shows them as chips, and round-trips the view', async () => {
    const el = await mount();
    await loaded(el);
    const event = nextEvent(el, 'cx-log-view-change');
    el.view =
      'q=late&from=2026-01-01&to=2026-12-31&direction=inbound&sla=breached&channel=voice&sentiment=negative&csat=1&csat=2&resultId=res_1&reasonId=r_billing&queueId=q_1&agentId=a_1&channelCategoryId=cc_1&customerId=c_1&tag=vip&sort=handleSeconds&order=desc';
    await waitUntil(() => lastList().get('sort') === 'handleSeconds', 'the view asked for');
    const query = lastList();
    expect(query.get('q')).to.equal('late');
    expect(query.get('createdFrom')).to.equal('2026-01-01T00:00:00.000Z');
    expect(query.get('createdTo')).to.equal('2026-12-31T23:59:59.999Z');
    expect(query.get('direction')).to.equal('inbound');
    expect(query.getAll('sla')).to.deep.equal(['breached']);
    expect(query.getAll('channel')).to.deep.equal(['voice']);
    expect(query.getAll('sentiment')).to.deep.equal(['negative']);
    expect(query.getAll('csat')).to.deep.equal(['1', '2']);
    for (const key of [
      'resultId',
      'reasonId',
      'queueId',
      'agentId',
      'channelCategoryId',
      'customerId',
      'tag',
    ])
      expect(query.getAll(key), key).to.have.length(1);
    await waitUntil(
      () => root(el).querySelectorAll('.active-filters .removable').length >= 15,
      'a chip each',
    );
    void event;
    const view = parseLogView(el.view);
    expect(parseLogView(serializeLogView(view))).to.deep.equal(view);

    // A chip removed: the filter goes, the page hears of it.
    const changed = nextEvent(el, 'cx-log-view-change');
    const chip = [...root(el).querySelectorAll<HTMLElement>('.active-filters .removable')].find((button) =>
      button.textContent!.includes('SLA'),
    )!;
    chip.click();
    const detail = (await changed).detail;
    expect(detail.filters.sla).to.equal(undefined);
    expect(detail.view).to.not.contain('sla=');
    await waitUntil(() => !lastList().has('sla'), 'asked without it');
  });

  it('sets filters from the Filters popover (SLA with its rule, channel, direction)', async () => {
    const el = await mount('sla-threshold-seconds="300"');
    await loaded(el);
    $(el, '.filters-button')!.click();
    await waitUntil(() => root(el).querySelector('#log-filters:popover-open fieldset'), 'the form');
    const legend = [...root(el).querySelectorAll('#log-filters legend')].map((item) => item.textContent!);
    expect(legend.some((text) => text.includes('First response within 5 min'))).to.equal(true);
    const check = (legendText: string, label: string) => {
      const fieldset = [...root(el).querySelectorAll<HTMLFieldSetElement>('#log-filters fieldset')].find(
        (candidate) => candidate.querySelector('legend')!.textContent!.startsWith(legendText),
      )!;
      return [...fieldset.querySelectorAll<HTMLLabelElement>('label')]
        .find((item) => item.textContent!.trim() === label)!
        .querySelector('input')!;
    };
    check('SLA', 'Breached').click();
    await waitUntil(() => lastList().getAll('sla').includes('breached'), 'SLA asked for');
    check('Channel', 'Phone call').click();
    await waitUntil(() => lastList().getAll('channel').includes('voice'), 'channel asked for');
    const direction = root(el).querySelector<HTMLSelectElement>('#log-filters select')!;
    direction.value = 'outbound';
    direction.dispatchEvent(new Event('change'));
    await waitUntil(() => lastList().get('direction') === 'outbound', 'direction asked for');
  });

  it('lets the agent hide, show and reorder columns, keeps the choice, and tells the page', async () => {
    localStorage.removeItem('test-log-columns');
    const el = await mount('columns-storage-key="test-log-columns"');
    await loaded(el);
    $(el, '.columns-button')!.click();
    await waitUntil(() => root(el).querySelector('#log-columns:popover-open li'), 'the chooser');
    const item = (id: string) => root(el).querySelector<HTMLElement>(`#log-columns li[data-column="${id}"]`)!;
    let changed = nextEvent(el, 'cx-log-columns-change');
    item('contactLabel').querySelector('input')!.click();
    expect((await changed).detail.columns.shown).to.not.include('contactLabel');
    await waitUntil(() => !headers(el).includes('Contact label'), 'the column goes');
    changed = nextEvent(el, 'cx-log-columns-change');
    item('notes').querySelector('input')!.click();
    expect((await changed).detail.columns.shown.at(-1)).to.equal('notes');
    const before = headers(el).indexOf('Agent');
    const earlier = item('agent').querySelector<HTMLElement>('[data-move="-1"]')!;
    earlier.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => headers(el).indexOf('Agent') === before - 1, 'Agent moved earlier');
    expect(deepActive()?.getAttribute('data-move'), 'focus stays on the button').to.equal('-1');
    for (const row of rows(el).slice(0, 3))
      expect(row.querySelectorAll('[role="gridcell"]').length).to.equal(headers(el).length);

    // Another log on the same key starts with the choice.
    const stored = JSON.parse(localStorage.getItem('test-log-columns')!);
    const again = await mount('columns-storage-key="test-log-columns"');
    await loaded(again);
    expect(headers(again).indexOf('Agent')).to.equal(before - 1);
    expect(headers(again)).to.include('Notes');
    expect(stored.shown).to.include('notes');
    localStorage.removeItem('test-log-columns');
  });

  it('resizes a column by dragging its header edge or with Wider and Narrower, and keeps the width', async () => {
    localStorage.removeItem('test-log-widths');
    const el = await mount('columns-storage-key="test-log-widths"');
    await loaded(el, 2);
    const width = () => header(el, 'contact').getBoundingClientRect().width;
    const cellWidth = () =>
      rows(el)[0]!.querySelector<HTMLElement>('[data-column="contact"]')!.getBoundingClientRect().width;
    const before = width();
    const edge = header(el, 'contact').querySelector<HTMLElement>('.resize-handle')!.getBoundingClientRect();
    const y = Math.round(edge.top + edge.height / 2);
    const x = Math.round(edge.left + edge.width / 2);
    const changed = nextEvent(el, 'cx-log-columns-change');
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 60, y] });
    await sendMouse({ type: 'move', position: [x + 120, y] });
    await sendMouse({ type: 'up' });
    const chosen = (await changed).detail.columns;
    expect(chosen.widths?.contact).to.be.within(before + 110, before + 130);
    await waitUntil(() => Math.abs(width() - chosen.widths!.contact!) < 1, 'the header is as wide');
    expect(Math.abs(cellWidth() - width()), 'the cells follow').to.be.below(1);
    expect(lastList().get('sort'), 'the drag did not sort').to.equal('startedAt');
    expect(JSON.parse(localStorage.getItem('test-log-widths')!).widths.contact).to.equal(
      chosen.widths!.contact,
    );

    // The keyboard's way: Narrower in Columns, said.
    $(el, '.columns-button')!.click();
    await waitUntil(() => root(el).querySelector('#log-columns:popover-open li'), 'the chooser');
    const narrower = root(el).querySelector<HTMLElement>(
      '#log-columns li[data-column="contact"] [data-resize="-1"]',
    )!;
    expect(narrower.getAttribute('aria-label')).to.equal('Narrower: Contact');
    narrower.focus();
    const mark = announcementMark();
    await sendKeys({ press: 'Enter' });
    await announced(new RegExp(`Contact is ${chosen.widths!.contact! - 32} pixels wide`), { since: mark });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => Math.abs(width() - (chosen.widths!.contact! - 32)) < 1, 'narrower');

    // Another log on the same key starts as wide; hostile stored widths are dropped or bounded.
    const again = await mount('columns-storage-key="test-log-widths"');
    await loaded(again);
    expect(Math.round(header(again, 'contact').getBoundingClientRect().width)).to.equal(
      chosen.widths!.contact! - 32,
    );
    localStorage.setItem(
      'test-log-widths',
      JSON.stringify({ shown: ['contact', 'agent'], widths: { contact: 1e9, agent: 'x', nope: 100 } }),
    );
    const hostile = await mount('columns-storage-key="test-log-widths"');
    await loaded(hostile);
    expect(hostile.columnChoice).to.deep.equal({ shown: ['contact', 'agent'], widths: { contact: 960 } });
    localStorage.removeItem('test-log-widths');
  });

  it('exports every filtered record once as CSV: BOM, header, formulas neutralised, quoting', async () => {
    const records = hostileRecords(450);
    serveRecords(records);
    const el = await mount();
    await loaded(el);
    const { sink, result } = collectingSink();
    el.openExportSink = async () => sink;
    const mark = announcementMark();
    $(el, '.export-button')!.click();
    await announced(/Exported 450 rows/, { since: mark, timeout: 10000 });
    expect(result.closed).to.equal(true);
    expect(result.aborted).to.equal(false);
    const text = result.text();
    expect(text.startsWith('\uFEFF')).to.equal(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines.at(-1)).to.equal('');
    expect(lines[0]).to.contain('Case,Contact,');
    expect(lines[0]).to.contain('Handle time (s)');
    const body = lines.slice(1, -1);
    expect(body).to.have.length(450);
    const cases = body.map((line) => line.split(',')[0]);
    expect(new Set(cases).size).to.equal(450);
    expect(cases[0]).to.equal('CX-900000');
    expect(body[0]).to.contain(`"'=HYPERLINK(""http://x"",""click"")"`);
    expect(body[1]).to.contain(`'+1+1`);
    expect(body[2]).to.contain(`'-2+3`);
    expect(body[3]).to.contain(`'@SUM(A1)`);
    expect(body[4]).to.contain(`,'\tTabbed,`);
    expect(body[5]).to.contain('สมชาย ใจดี');
    expect(body[6]).to.contain('"Kowalski, ""Jan"""');
    for (const line of body) expect(line).to.not.match(/(^|,)[=+\-@]/);
    expect($(el, '.export-status')!.textContent).to.contain('Exported 450 rows');
  });

  it('takes the server’s own file with server-export, for the filters in force', async () => {
    const el = await mount('server-export view="sla=breached&channel=voice"');
    await loaded(el);
    const { sink, result } = collectingSink();
    el.openExportSink = async () => sink;
    const mark = announcementMark();
    $(el, '.export-button')!.click();
    await announced(/Export saved/, { since: mark, timeout: 10000 });
    const asked = requestLog.find((entry) => entry.startsWith('GET /api/interactions/export?'))!;
    const query = new URL(asked.split(' ')[1]!, location.origin).searchParams;
    expect(query.getAll('sla')).to.deep.equal(['breached']);
    expect(query.getAll('channel')).to.deep.equal(['voice']);
    expect(query.has('cursor')).to.equal(false);
    expect(result.closed).to.equal(true);
    const lines = result.text().split('\r\n').filter(Boolean);
    const expected = db.interactions.select({ sla: ['breached'], channel: ['voice'] } as never).length;
    expect(lines.length - 1).to.equal(expected);
    const exportPages = requestLog.filter(
      (entry) => entry.startsWith('GET /api/interactions?') && entry.includes('limit=200'),
    );
    expect(exportPages, 'the log did not page through the records itself').to.deep.equal([]);
  });

  it('cancels an export part-way: the file is discarded, and it says so', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    serveRecords(hostileRecords(450), (page) => (page === 1 ? held : Promise.resolve()));
    const el = await mount();
    await loaded(el);
    const { sink, result } = collectingSink();
    el.openExportSink = async () => sink;
    $(el, '.export-button')!.click();
    await waitUntil(() => $(el, '.export-status progress'), 'progress');
    await waitUntil(() => $(el, '.export-status')!.textContent!.includes('200'), 'the first page written');
    const mark = announcementMark();
    $(el, '.export-cancel')!.click();
    release();
    await announced(/Export cancelled/, { since: mark });
    expect(result.aborted).to.equal(true);
    expect(result.closed).to.equal(false);
    expect($(el, '.export-status')!.textContent).to.contain('No file was saved');
  });

  it('opens a record in place with its conversation records, notes, recording and the case', async () => {
    const el = await mount();
    await loaded(el);
    const id = rows(el)[0]!.id.replace('rec-', '');
    const record = db.interactions.get(id)!;
    const opened = nextEvent(el, 'cx-interaction-open');
    rows(el)[0]!.querySelector<HTMLElement>('[role="gridcell"]')!.click();
    expect((await opened).detail.interaction.id).to.equal(id);
    await waitUntil(() => $(el, '.record'), 'the record');
    expect($(el, '.conversation-records')!.querySelectorAll('li').length).to.equal(
      record.conversations.length,
    );
    if (record.recording) expect($(el, '.record audio')).to.exist;
    expect($(el, 'cx-ticket-detail')!.getAttribute('ticket-id')).to.equal(record.caseId);
    $(el, '.back')!.click();
    await loaded(el);
    expect(deepActive()?.getAttribute('role')).to.equal('gridcell');
  });

  it('lets the host open a record its own way', async () => {
    const el = await mount();
    await loaded(el);
    el.addEventListener('cx-interaction-open', (event) => event.preventDefault(), { once: true });
    rows(el)[0]!.querySelector<HTMLElement>('[role="gridcell"]')!.click();
    await el.updateComplete;
    expect($(el, '.record')).to.equal(null);
  });

  describe('a supervisor sets sentiment and CSAT in the grid', () => {
    const cellOf = (row: HTMLElement, column: string) =>
      row.querySelector<HTMLElement>(`[data-column="${column}"]`)!;
    const patches = () => requestLog.filter((entry) => entry.startsWith('PATCH /api/interactions/'));
    /** Opens the CSAT choices of the first row from the keyboard; returns the row's record. */
    async function openCsat(el: CxInteractionLog) {
      await loaded(el, 2);
      const row = rows(el)[0]!;
      // A copy: the mock changes its record in place when it takes a change.
      const record = structuredClone(db.interactions.get(row.id.replace('rec-', ''))!);
      await waitUntil(() => cellOf(row, 'csat').getAttribute('aria-haspopup') === 'dialog', 'editable');
      cellOf(row, 'caseNumber').focus();
      while (deepActive() !== cellOf(row, 'csat')) await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root(el).querySelector('#log-rating:popover-open input:focus'), 'the choices');
      return { row, record };
    }
    /** Checks the choice labelled `label` and presses Enter on it. */
    async function choose(el: CxInteractionLog, label: string) {
      const input = [...root(el).querySelectorAll<HTMLLabelElement>('#log-rating label')]
        .find((item) => item.textContent!.trim() === label)!
        .querySelector('input')!;
      input.focus();
      input.checked = true;
      await sendKeys({ press: 'Enter' });
    }
    const otherScore = (score: number | null | undefined) => (score === 5 ? 2 : 5);

    it('from the keyboard: the value shows at once, goes with If-Match, is said, and focus comes back', async () => {
      const el = await mount();
      const { row, record } = await openCsat(el);
      const checked = root(el).querySelector<HTMLInputElement>('#log-rating input:checked');
      expect(checked?.value ?? '').to.equal(String(record.csat ?? ''));
      expect(deepActive(), 'focus on the current choice').to.equal(checked ?? deepActive());
      const score = otherScore(record.csat);
      const updated = nextEvent(el, 'cx-interaction-updated');
      const mark = announcementMark();
      await choose(el, `${score} of 5`);
      await waitUntil(() => cellOf(row, 'csat').textContent!.includes(`${score} of 5`), 'shown at once');
      await announced(new RegExp(`CSAT of case ${record.caseNumber} set to ${score} of 5`), { since: mark });
      expect((await updated).detail.changes).to.deep.equal({ csat: score });
      expect(patches()).to.have.length(1);
      expect(db.interactions.get(record.id)!.csat).to.equal(score);
      const patchIndex = requestLog.findIndex((entry) => entry.startsWith('PATCH /api/interactions/'));
      expect(requestHeaders[patchIndex]!.get('if-match')).to.equal(record.version);
      expect(deepActive()).to.equal(cellOf(row, 'csat'));
    });

    it('after a 412 shows their value and mine; Keep mine saves against their version', async () => {
      const el = await mount();
      const { row, record } = await openCsat(el);
      // Another supervisor rates it first.
      const theirs = db.interactions.update(record.id, { csat: 1 }, record.version);
      expect(theirs.ok).to.equal(true);
      const mine = record.csat === 4 ? 3 : 4;
      const mark = announcementMark();
      await choose(el, `${mine} of 5`);
      await announced(new RegExp(`Someone else changed CSAT of case ${record.caseNumber} first`), {
        since: mark,
      });
      const status = $(el, '.rating-status--conflict')!;
      expect(status.querySelector('.theirs')!.textContent).to.equal('1 of 5');
      expect(status.querySelector('.yours')!.textContent).to.equal(`${mine} of 5`);
      await waitUntil(() => cellOf(row, 'csat').textContent!.includes('1 of 5'), 'the grid shows theirs');
      status.querySelector<HTMLElement>('.keep-mine')!.click();
      await waitUntil(() => db.interactions.get(record.id)!.csat === mine, 'mine saved');
      await waitUntil(() => !$(el, '.rating-status'), 'the conflict settled');
      expect(cellOf(row, 'csat').textContent).to.contain(`${mine} of 5`);
    });

    it('goes back with the reason when refused, keeps the choice for Try again', async () => {
      const el = await mount();
      const { row, record } = await openCsat(el);
      const before = cellOf(row, 'csat').textContent!.trim();
      worker.use(
        http.patch(
          '/api/interactions/:id',
          () => HttpResponse.json({ title: 'Not allowed', status: 403 }, { status: 403 }),
          { once: true },
        ),
      );
      const score = otherScore(record.csat);
      const mark = announcementMark();
      await choose(el, `${score} of 5`);
      await announced(new RegExp(`CSAT of case ${record.caseNumber} was not saved`), { since: mark });
      await waitUntil(() => cellOf(row, 'csat').textContent!.trim() === before, 'the old value back');
      expect(deepActive(), 'focus stays on the cell').to.equal(cellOf(row, 'csat'));
      const status = $(el, '.rating-status--error')!;
      status.querySelector<HTMLElement>('.retry')!.click();
      await waitUntil(() => db.interactions.get(record.id)!.csat === score, 'saved on Try again');
      await waitUntil(() => !$(el, '.rating-status'), 'settled');
    });

    it('says an answer that never came is unconfirmed, never "not saved", and asks the server again', async () => {
      const el = await mount();
      const { record } = await openCsat(el);
      worker.use(http.patch('/api/interactions/:id', () => HttpResponse.error()));
      const lists = requestLog.filter((entry) => entry.startsWith('GET /api/interactions?')).length;
      const mark = announcementMark();
      await choose(el, `${otherScore(record.csat)} of 5`);
      await announced(new RegExp(`could not confirm that CSAT of case ${record.caseNumber} was saved`), {
        since: mark,
        timeout: 15000,
      });
      expect($(el, '.rating-status')!.textContent).to.not.contain('was not saved');
      await waitUntil(
        () => requestLog.filter((entry) => entry.startsWith('GET /api/interactions?')).length > lists,
        'the log asked again',
      );
    });

    it('is read-only for an agent /me does not let rate: no choices, Enter opens the record', async () => {
      worker.use(
        http.get('/api/me', () =>
          HttpResponse.json({ id: 'a_9', name: 'Nok', permissions: { rateInteractions: false } }),
        ),
      );
      const el = await mount();
      await loaded(el, 2);
      await waitUntil(() => requestLog.some((entry) => entry.startsWith('GET /api/me')), 'asked who');
      await el.updateComplete;
      const row = rows(el)[0]!;
      expect(cellOf(row, 'csat').hasAttribute('aria-haspopup')).to.equal(false);
      expect(cellOf(row, 'csat').querySelector('.edit-mark')).to.equal(null);
      cellOf(row, 'csat').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '.record'), 'the record opens');
      expect(root(el).querySelector('#log-rating:popover-open')).to.equal(null);
      expect(patches()).to.have.length(0);
    });

    it('takes the host’s word over /me (can-rate), and passes axe with the choices and a conflict', async () => {
      worker.use(http.get('/api/me', () => HttpResponse.json({ id: 'a_9', name: 'Nok' })));
      const el = await mount('can-rate');
      const { record } = await openCsat(el);
      await expect(el).to.be.accessible();
      db.interactions.update(record.id, { csat: 1 }, record.version);
      await choose(el, `${record.csat === 3 ? 4 : 3} of 5`);
      await waitUntil(() => $(el, '.rating-status--conflict'), 'conflict');
      await expect(el).to.be.accessible();
    });
  });

  it('applies the host’s SLA threshold to the first response', async () => {
    const el = await mount('sla-threshold-seconds="1"');
    await loaded(el, 5);
    for (const row of rows(el).slice(0, 5)) {
      const record = db.interactions.get(row.id.replace('rec-', ''))!;
      const expected =
        record.firstResponseSeconds == null
          ? 'Pending'
          : record.firstResponseSeconds <= 1
            ? 'Met'
            : 'Breached';
      expect(row.querySelector('.sla')!.textContent!.trim()).to.equal(expected);
    }
  });

  it('says when nothing matches, offers to clear, and shows an error with a retry', async () => {
    const empty = await mount('view="q=zzzz-nobody-at-all"');
    await waitUntil(() => $(empty, '[part="empty"]'), 'empty');
    expect($(empty, '[part="empty"]')!.textContent).to.contain('Nothing matches');
    worker.use(
      http.get('/api/interactions', () => HttpResponse.json({ title: 'Boom', status: 500 }, { status: 500 })),
    );
    const failed = await mount();
    await waitUntil(() => $(failed, '[part="error"]'), 'error', { timeout: 8000 });
    worker.resetHandlers();
    $(failed, '[part="retry-button"]')!.click();
    await loaded(failed);
  });

  it('is a card per record in a 320 px column, in Thai and Polish, without widening', async () => {
    for (const lang of ['th', 'pl']) {
      const el = await mount('style="width: 320px"', lang);
      await loaded(el, 3);
      expect(getComputedStyle($(el, '.head')!).display).to.equal('none');
      expect(getComputedStyle($(el, '.sort-select')!).display).to.not.equal('none');
      const label = rows(el)[0]!.querySelector('.cell-label')!;
      expect(getComputedStyle(label).display).to.not.equal('none');
      for (const row of rows(el).slice(0, 5))
        expect(row.scrollWidth, row.id).to.be.at.most(row.clientWidth + 1);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
    }
    fixtureCleanup();
  });

  for (const lang of ['en', 'th', 'id', 'pl']) {
    it(`passes axe with records, a sorted header, the column chooser, a record, empty and failed, light and dark (${lang})`, async () => {
      const el = await mount('', lang);
      await loaded(el, 2);
      await expect(el).to.be.accessible();
      header(el, 'handleSeconds').click();
      await waitUntil(() => header(el, 'handleSeconds').getAttribute('aria-sort') === 'ascending', 'sorted');
      el.theme = 'dark';
      await settled(el);
      await expect(el).to.be.accessible();
      $(el, '.columns-button')!.click();
      await waitUntil(() => root(el).querySelector('#log-columns:popover-open li'), 'chooser');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await loaded(el);
      rows(el)[0]!.querySelector<HTMLElement>('[role="gridcell"]')!.click();
      await waitUntil(() => $(el, '.record'), 'record');
      await expect(el).to.be.accessible();

      const empty = await mount('view="q=zzzz-nobody-at-all"', lang);
      await waitUntil(() => $(empty, '[part="empty"]'), 'empty');
      await expect(empty).to.be.accessible();
      worker.use(
        http.get('/api/interactions', () =>
          HttpResponse.json({ title: 'Boom', status: 500 }, { status: 500 }),
        ),
      );
      const failed = await mount('theme="dark"', lang);
      await waitUntil(() => $(failed, '[part="error"]'), 'error', { timeout: 8000 });
      await settled(failed);
      await expect(failed).to.be.accessible();
    });
  }
});
