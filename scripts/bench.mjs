// `npm run bench`: performance of the widgets in Debian's Chromium, against a plain-DOM reference of
// the same markup, several runs each, medians. Not part of `npm test` (timings on shared 2-core
// machines belong in a benchmark, not in pass/fail tests). Writes docs/bench/results.json and .md.
// Over 450 lines, knowingly: the runner, each measurement and the scenario table live together so a
// scenario's numbers can be read next to how they are taken.
import { createServer } from 'node:http';
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import * as prettier from 'prettier';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { loadMockServer } from './mock-server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const outDir = 'node_modules/.cache/cxkit/bench';

await build({
  configFile: false,
  logLevel: 'warn',
  root: 'bench',
  base: './',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: `../${outDir}`,
    emptyOutDir: true,
    target: 'es2022',
    minify: process.env.BENCH_MINIFY !== '0',
    rolldownOptions: {
      input: {
        history: 'bench/history.html',
        flyout: 'bench/flyout.html',
        card: 'bench/card.html',
        page: 'bench/page.html',
        queue: 'bench/queue.html',
        log: 'bench/log.html',
      },
    },
  },
});

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer((request, response) => {
  const path = join(outDir, new URL(request.url, 'http://x').pathname);
  if (!existsSync(path)) return response.writeHead(404).end();
  response
    .writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' })
    .end(readFileSync(path));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const { startMockServer } = await loadMockServer();
const mockServer = await startMockServer({ port: 0 });
const mockOrigin = `http://127.0.0.1:${mockServer.address().port}`;
const api = `${mockOrigin}/api`;

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
/** CPU time (clock ticks) used so far by Chromium's processes, from /proc; undefined elsewhere. */
function chromiumTicks() {
  if (!existsSync('/proc/self/stat')) return undefined;
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const program = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0];
      if (!/chrom/i.test(basename(program))) continue;
      // Fields after the command's name (which may hold spaces): utime and stime are 12th and 13th.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks;
}

/**
 * Waits until Chromium's processes are idle (at most 5 s). Each new window starts a renderer for
 * the browser's own toolbar, which burns some 0.8 s of CPU in its first second: on 2 cores it took
 * turns with the page being measured.
 */
async function chromiumSettled() {
  let last = chromiumTicks();
  if (last === undefined) return new Promise((resolve) => setTimeout(resolve, 1500));
  // Idle: under 20 ms of CPU in each of two 200 ms spans in a row.
  for (let waited = 0, quiet = 0; waited < 5000 && quiet < 2; waited += 200) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const now = chromiumTicks();
    quiet = now - last <= 2 ? quiet + 1 : 0;
    last = now;
  }
  return undefined;
}

/** Opens a bench page; `beforeLoad` gets the page first (to listen to its requests). */
async function openPage(pageName, query = '', { viewport = { width: 1000, height: 800 }, beforeLoad } = {}) {
  const page = await browser.newPage({ viewport });
  await chromiumSettled();
  page.on('pageerror', (error) => console.error(`bench page error (${pageName}):`, error.message));
  await beforeLoad?.(page);
  await page.goto(`${origin}/${pageName}.html?${query}`);
  return page;
}
const RESULT_PREFIX = 'bench-result ';
/**
 * Loads a page that measures itself and returns what it reports (bench/fixtures.ts report()): a
 * console message, so that nothing of the runner's runs in the page while it measures.
 */
async function measure(query, pageName = 'history') {
  let resolveResult;
  const reported = new Promise((resolve) => (resolveResult = resolve));
  let profiler;
  const page = await openPage(pageName, query, {
    beforeLoad: async (newPage) => {
      newPage.on('console', (message) => {
        const text = message.text();
        if (text.startsWith(RESULT_PREFIX)) resolveResult(JSON.parse(text.slice(RESULT_PREFIX.length)));
      });
      // BENCH_PROFILE=file.cpuprofile (with BENCH_DEBUG): a CPU profile of the whole page, for
      // DevTools' Performance panel or scripts/profile-summary.mjs.
      if (process.env.BENCH_PROFILE) {
        profiler = await newPage.context().newCDPSession(newPage);
        await profiler.send('Profiler.enable');
        await profiler.send('Profiler.setSamplingInterval', { interval: 100 });
        await profiler.send('Profiler.start');
      }
    },
  });
  let timer;
  const timedOut = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${pageName}.html?${query} reported nothing`)), 300_000);
  });
  const result = await Promise.race([reported, timedOut]).finally(() => clearTimeout(timer));
  if (profiler) {
    const { profile } = await profiler.send('Profiler.stop');
    writeFileSync(process.env.BENCH_PROFILE, JSON.stringify(profile));
  }
  await page.close();
  return result;
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const ROUND_TRIPS = 20;
/**
 * Card edit round trips: Chromium's main-thread busy time (CDP `TaskDuration`: script, style,
 * layout) read around 20 of them. Its `ScriptDuration` counter is not used: it misses script run
 * from microtasks, which is where Lit renders (a 100 ms busy loop read as 40 ms).
 */
async function measureCard() {
  const page = await openPage('card');
  await page.waitForFunction(() => window.benchReady);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const busySeconds = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'TaskDuration').value;
  const before = await busySeconds();
  const wall = await page.evaluate((count) => window.benchRoundTrips(count), ROUND_TRIPS);
  const busy = (((await busySeconds()) - before) * 1000) / ROUND_TRIPS;
  await page.close();
  return { busy, wall };
}

/**
 * The requests a helpdesk page makes for card (with recent cases), history and flyout on one
 * customer, from load until the opened flyout is interactive, over the REST data source against the
 * mock server answering after 50 ms (so that the widgets' requests overlap, as on a real network).
 */
async function measureRequests() {
  await fetch(`${mockOrigin}/__mock/reset`, { method: 'POST' });
  await fetch(`${mockOrigin}/__mock/scenario`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ latency: 50 }),
  });
  const requests = [];
  const page = await openPage('page', `api=${encodeURIComponent(api)}`, {
    viewport: { width: 1200, height: 900 },
    beforeLoad: (newPage) =>
      newPage.on('request', (request) => {
        if (!request.url().startsWith(api)) return;
        const url = new URL(request.url());
        requests.push(`${request.method()} ${url.pathname.slice(4)}${url.search}`);
      }),
  });
  await page.locator('cx-ticket-history:not([compact]) [role="option"]').first().waitFor({ timeout: 30_000 });
  await page.locator('cx-ticket-history[compact] [role="option"]').first().waitFor();
  await page.locator('cx-customer-card .field').first().waitFor();
  await page.getByRole('button', { name: 'New case' }).click();
  await page.waitForFunction(
    () => document.querySelector('cx-case-flyout').shadowRoot.activeElement?.id === 'subject-input',
  );
  await page.waitForTimeout(1000); // anything late (a refetch, a second page) would come now
  await page.close();
  const perResource = new Map();
  for (const request of requests) perResource.set(request, (perResource.get(request) ?? 0) + 1);
  return {
    requests: requests.length,
    maxPerResource: Math.max(...perResource.values()),
    perResource: Object.fromEntries(perResource),
  };
}

/**
 * Exports 100,000 service records (bench/log.ts) the log's way or the naive way, sampling the JS heap
 * over CDP every 20 ms from a baseline taken after garbage collection: the peak above it is what the
 * export held at once. The file ends as a Blob either way (its bytes live outside the JS heap).
 */
async function measureExport(kind) {
  const page = await openPage('log', `n=100000&mode=export&kind=${kind}&latency=5`);
  await page.waitForFunction(() => window.benchReady, undefined, { timeout: 60_000 });
  const cdp = await page.context().newCDPSession(page);
  for (let pass = 0; pass < 3; pass += 1) await cdp.send('HeapProfiler.collectGarbage');
  const used = async () => (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const baseline = await used();
  let peak = baseline;
  let running = true;
  const sampling = (async () => {
    while (running) {
      peak = Math.max(peak, await used());
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const result = await page.evaluate(() => window.benchGo());
  running = false;
  await sampling;
  await page.close();
  return { ...result, peakHeapMB: (peak - baseline) / 1024 / 1024 };
}

const CYCLES = 100;

/**
 * Takes a heap snapshot and splits its size three ways: compiled code (V8 keeps adding it as it
 * optimizes hot functions), the engines' own bookkeeping (V8's `system /` objects and caches such as
 * its number-to-string cache, Blink's hash-table backings: each grows to a bound), and the rest —
 * objects, closures, strings, arrays and DOM wrappers — where a leak of ours would show.
 */
async function heapComposition(cdp) {
  const chunks = [];
  const onChunk = (event) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snapshot = JSON.parse(chunks.join(''));
  const fields = snapshot.snapshot.meta.node_fields;
  const typeNames = snapshot.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((field) => fields.indexOf(field));
  const sizes = { code: 0, engine: 0, objects: 0 };
  for (let index = 0; index < snapshot.nodes.length; index += fields.length) {
    const type = typeNames[snapshot.nodes[index + typeAt]];
    const name = snapshot.strings[snapshot.nodes[index + nameAt]];
    const kind =
      type === 'code'
        ? 'code'
        : name.startsWith('system /') || (type === 'native' && name.startsWith('blink::'))
          ? 'engine'
          : 'objects';
    sizes[kind] += snapshot.nodes[index + sizeAt];
  }
  return sizes;
}

/**
 * Heap and DOM after opening and closing the flyout 100 times, twice over, each reading after forced
 * garbage collection: a leak grows both hundreds alike; noise does not. Each reading also splits the
 * heap (see heapComposition), because V8's optimizing compilers keep adding code for a while.
 */
async function measureMemory() {
  const page = await openPage('flyout', 'memory');
  await page.waitForFunction(() => window.benchReady);
  const cdp = await page.context().newCDPSession(page);
  const reading = async () => {
    for (let pass = 0; pass < 3; pass += 1) await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const dom = await cdp.send('Memory.getDOMCounters');
    return {
      heap: heap.usedSize,
      ...(await heapComposition(cdp)),
      nodes: dom.nodes,
      listeners: dom.jsEventListeners,
    };
  };
  const cycle = (count) => page.evaluate((n) => window.benchCycles(n), count);
  await cycle(10); // warm-up: chunks, templates and caches that are built once
  const start = await reading();
  await cycle(CYCLES);
  const middle = await reading();
  await cycle(CYCLES);
  const end = await reading();
  await page.close();
  const kB = (bytes) => bytes / 1024;
  return {
    heapAfterWarmUp: kB(start.heap),
    heapGrowthFirst: kB(middle.heap - start.heap),
    heapGrowthSecond: kB(end.heap - middle.heap),
    objectGrowthFirst: kB(middle.objects - start.objects),
    objectGrowthSecond: kB(end.objects - middle.objects),
    codeGrowth: kB(end.code - start.code),
    engineGrowth: kB(end.engine - start.engine),
    nodeGrowth: end.nodes - start.nodes,
    listenerGrowth: end.listeners - start.listeners,
  };
}

const HISTORY_SIZES = [
  [50, '50'],
  [1000, '1,000'],
  [10000, '10,000'],
];
const scenarios = [
  {
    name: 'history, 50 entries: script time from data to rendered list',
    source: 'history:50',
    metric: 'dataToRendered',
    unit: 'ms',
    target: '≤ 16 ms, ratio ≤ 1.5',
  },
  ...HISTORY_SIZES.flatMap(([count, label]) => [
    {
      name: `history, ${label} entries: data to painted list`,
      source: `history:${count}`,
      metric: 'dataToPaint',
      unit: 'ms',
      target: 'ratio ≤ 1.5',
    },
    {
      name: `history, ${label} entries: DOM rows in the first painted frame`,
      source: `history:${count}`,
      metric: 'rows',
      unit: 'rows',
    },
    {
      name: `history, ${label} entries: peak DOM rows while scrolling`,
      source: `history:${count}`,
      metric: 'peakRows',
      unit: 'rows',
    },
    {
      name: `history, ${label} entries: longest task while scrolling top to bottom (1,000 px a frame)`,
      source: `history:${count}`,
      metric: 'longestTask',
      unit: 'ms',
      target: 'none over 50 ms',
    },
    {
      name: `history, ${label} entries: longest frame while scrolling`,
      source: `history:${count}`,
      metric: 'longestFrame',
      unit: 'ms',
    },
    {
      name: `history, ${label} entries: long tasks while scrolling`,
      source: `history:${count}`,
      metric: 'longTasks',
      unit: 'tasks',
    },
    {
      name: `history, ${label} entries: distance the list moved a frame (1,000 px asked)`,
      source: `history:${count}`,
      metric: 'distancePerFrame',
      unit: 'px',
      higherIsBetter: true,
    },
  ]),
  {
    name: 'queue, 10,000 conversations: data to painted list',
    source: 'queue:10000',
    metric: 'dataToPaint',
    unit: 'ms',
    target: 'ratio ≤ 1.5',
  },
  {
    name: 'queue, 10,000 conversations: DOM rows in the first painted frame',
    source: 'queue:10000',
    metric: 'rows',
    unit: 'rows',
  },
  {
    name: 'queue, 10,000 conversations: peak DOM rows while scrolling',
    source: 'queue:10000',
    metric: 'peakRows',
    unit: 'rows',
  },
  {
    name: 'queue, 10,000 conversations: longest task while scrolling top to bottom (1,000 px a frame)',
    source: 'queue:10000',
    metric: 'longestTask',
    unit: 'ms',
    target: 'none over 50 ms',
  },
  {
    name: 'queue, 20 arrivals a second for 30 s while scrolling: longest task',
    source: 'queue-live',
    metric: 'longestTask',
    unit: 'ms',
    target: 'none over 50 ms',
  },
  {
    name: 'queue, 20 arrivals a second for 30 s: rows lost or shown twice',
    source: 'queue-live',
    metric: 'lostOrDuplicated',
    unit: 'rows',
    target: '0',
  },
  {
    name: 'queue: assign round trip, M to the confirmed row painted (the data source answers at once)',
    source: 'queue-assign',
    metric: 'assignRoundTrip',
    unit: 'ms',
    target: '≤ 100 ms',
  },
  {
    name: 'log, 100,000 records: data to the first page painted (200 rows)',
    source: 'log:scroll',
    metric: 'dataToPaint',
    unit: 'ms',
    target: 'ratio ≤ 1.5',
  },
  {
    name: 'log, 100,000 records: peak DOM rows while scrolling 2,000 loaded rows',
    source: 'log:scroll',
    metric: 'peakRows',
    unit: 'rows',
  },
  {
    name: 'log, 100,000 records: longest task while scrolling 2,000 loaded rows top to bottom (1,000 px a frame)',
    source: 'log:scroll',
    metric: 'longestTask',
    unit: 'ms',
    target: 'none over 50 ms',
  },
  {
    name: 'log: sort round trip, Enter on a header to the new first row painted (the server answers in 50 ms)',
    source: 'log-sort',
    metric: 'sortRoundTrip',
    unit: 'ms',
    target: '≤ 150 ms',
  },
  {
    name: 'log: export of 100,000 rows, time (the server answers each 200-row page in 5 ms; naive export as the reference)',
    source: 'log-export',
    metric: 'exportMs',
    unit: 'ms',
    target: 'ratio ≤ 1.2',
  },
  {
    name: 'log: export of 100,000 rows, peak JS heap above the start (naive export as the reference)',
    source: 'log-export',
    metric: 'peakHeapMB',
    unit: 'MB',
    target: 'flat: does not grow with the row count',
  },
  {
    name: 'flyout: show() to interactive, form and editor cached',
    source: 'flyout',
    metric: 'showToInteractive',
    unit: 'ms',
    target: '≤ 100 ms',
  },
  {
    name: 'flyout: first show() to interactive, fetching the form and editor',
    source: 'flyout',
    metric: 'firstOpen',
    unit: 'ms',
  },
  {
    name: 'flyout: JS heap after 10 warm-up opens (after garbage collection)',
    source: 'memory',
    metric: 'heapAfterWarmUp',
    unit: 'kB',
  },
  ...[
    ['First', `11–${10 + CYCLES}`],
    ['Second', `${11 + CYCLES}–${10 + 2 * CYCLES}`],
  ].flatMap(([which, opens]) => [
    {
      name: `flyout: JS heap growth over opens ${opens}`,
      source: 'memory',
      metric: `heapGrowth${which}`,
      unit: 'kB',
    },
    {
      name: `flyout: of which objects, closures, strings, arrays and DOM wrappers`,
      source: 'memory',
      metric: `objectGrowth${which}`,
      unit: 'kB',
      target: 'no growth beyond noise',
    },
  ]),
  {
    name: `flyout: compiled code growth over ${2 * CYCLES} opens (V8 optimizing hot functions)`,
    source: 'memory',
    metric: 'codeGrowth',
    unit: 'kB',
  },
  {
    name: `flyout: engine bookkeeping growth over ${2 * CYCLES} opens (V8 and Blink caches and tables)`,
    source: 'memory',
    metric: 'engineGrowth',
    unit: 'kB',
  },
  {
    name: `flyout: DOM node growth over ${2 * CYCLES} opens`,
    source: 'memory',
    metric: 'nodeGrowth',
    unit: 'nodes',
    target: '0',
  },
  {
    name: `flyout: event listener growth over ${2 * CYCLES} opens`,
    source: 'memory',
    metric: 'listenerGrowth',
    unit: 'listeners',
    target: '0',
  },
  {
    name: 'card: edit round trip, main-thread time (pencil, type, Enter, saved value shown)',
    source: 'card',
    metric: 'busy',
    unit: 'ms',
  },
  {
    name: 'card: edit round trip, wall time (the data source answers at once)',
    source: 'card',
    metric: 'wall',
    unit: 'ms',
  },
  {
    name: 'page with card, history and flyout on one customer: requests until the flyout is interactive',
    source: 'requests',
    metric: 'requests',
    unit: 'requests',
  },
  {
    name: 'same page: most requests for one resource',
    source: 'requests',
    metric: 'maxPerResource',
    unit: 'requests',
    target: '1',
  },
];

/** One run of a source: its widget measurement and, for lists, the plain-DOM reference's. */
async function runOnce(source) {
  if (source.startsWith('history:')) {
    const query = `n=${source.slice('history:'.length)}&scroll`;
    return {
      widget: await measure(`${query}&mode=widget`),
      plain: await measure(`${query}&mode=plain`),
    };
  }
  if (source.startsWith('queue:')) {
    const query = `n=${source.slice('queue:'.length)}&scroll`;
    return {
      widget: await measure(`${query}&mode=widget`, 'queue'),
      plain: await measure(`${query}&mode=plain`, 'queue'),
    };
  }
  if (source === 'log:scroll') {
    return {
      widget: await measure('n=100000&mode=widget&scroll&loaded=2000', 'log'),
      plain: await measure('n=100000&mode=plain', 'log'),
    };
  }
  if (source === 'log-export') {
    // Alternately in one run, so both meet the same machine.
    return { widget: await measureExport('stream'), plain: await measureExport('naive') };
  }
  if (source === 'queue-live') {
    const result = await measure('n=10000&mode=live', 'queue');
    return { widget: { ...result, lostOrDuplicated: result.lost + result.duplicated } };
  }
  const widget = {
    'queue-assign': () => measure('n=1000&mode=assign', 'queue'),
    'log-sort': () => measure('n=100000&mode=sort', 'log'),
    flyout: () => measure('', 'flyout'),
    memory: measureMemory,
    card: measureCard,
    requests: measureRequests,
  }[source];
  return { widget: await widget() };
}

const cache = new Map();
async function runs(source) {
  if (!cache.has(source)) {
    const widget = [];
    const plain = [];
    for (let run = 0; run < RUNS; run += 1) {
      const result = await runOnce(source);
      widget.push(result.widget);
      if (result.plain) plain.push(result.plain);
    }
    cache.set(source, { widget, plain });
  }
  return cache.get(source);
}

// BENCH_DEBUG="n=50&mode=widget" prints raw measurements of one page (for investigating) and stops;
// BENCH_PAGE=flyout picks the page; BENCH_DEBUG=card|memory|requests|log-export runs that measurement.
// BENCH_MINIFY=0 builds the pages unminified, for readable profiles.
async function shutDown() {
  await browser.close();
  server.close();
  mockServer.closeAllConnections();
  mockServer.close();
}
if (process.env.BENCH_DEBUG) {
  for (let run = 0; run < RUNS; run += 1) {
    const source = process.env.BENCH_DEBUG;
    const result = ['card', 'memory', 'requests', 'log-export'].includes(source)
      ? await runOnce(source)
      : await measure(source, process.env.BENCH_PAGE);
    console.log(JSON.stringify(result));
  }
  await shutDown();
  process.exit(0);
}
// The plain-DOM reference is only a yardstick while it renders what the widget renders: checked
// row by row (24 rows: every channel, status and kind of tag the bench data has) before anything
// is measured.
const COMPARED_ROWS = 24;
const markup = await measure(`n=${COMPARED_ROWS}&mode=compare`);
if (!markup.same || markup.rows !== COMPARED_ROWS) {
  await shutDown();
  throw new Error(
    `The plain-DOM reference no longer renders the widget's rows (bench/history.ts plainRow()):\n` +
      `widget: ${markup.widget}\nplain:  ${markup.plain}`,
  );
}
const queueMarkup = await measure(`n=${COMPARED_ROWS}&mode=compare`, 'queue');
if (!queueMarkup.same || queueMarkup.rows !== COMPARED_ROWS) {
  await shutDown();
  throw new Error(
    `The plain-DOM reference no longer renders the queue's rows (bench/queue.ts plainRow()):\n` +
      `widget: ${queueMarkup.widget}\nplain:  ${queueMarkup.plain}`,
  );
}
const results = [];
for (const scenario of scenarios) {
  const { widget, plain } = await runs(scenario.source);
  const widgetRuns = widget.map((result) => result[scenario.metric]);
  const widgetValue = median(widgetRuns);
  // The worst run is the highest, or the lowest where higher is better (the distance moved).
  const worstRun = scenario.higherIsBetter ? Math.min(...widgetRuns) : Math.max(...widgetRuns);
  const plainValue = plain.length ? median(plain.map((result) => result[scenario.metric])) : null;
  // A ratio reads "below 1 is faster than plain DOM": only for measurements that are better lower.
  const ratio = plainValue && !scenario.higherIsBetter ? widgetValue / plainValue : null;
  results.push({
    ...scenario,
    runs: RUNS,
    widget: widgetValue,
    worstRun,
    widgetRuns,
    plain: plainValue,
    ratio,
  });
  console.log(
    `${scenario.name}: ${widgetValue.toFixed(1)} ${scenario.unit} (worst run ${worstRun.toFixed(1)})` +
      (plainValue === null
        ? ''
        : ` (plain DOM ${plainValue.toFixed(1)}, ratio ${ratio === null ? '—' : ratio.toFixed(2)})`),
  );
}
const requestsSeen = (await runs('requests')).widget[0].perResource;
const chromiumVersion = browser.version();
await shutDown();

mkdirSync('docs/bench', { recursive: true });
// Both files are formatted as the repository's Prettier settings want them, so `npm test` stays
// green after a run.
const jsonPath = 'docs/bench/results.json';
writeFileSync(
  jsonPath,
  await prettier.format(
    JSON.stringify({
      date: new Date().toISOString(),
      chromium: chromiumVersion,
      runs: RUNS,
      results,
      requestsSeen,
    }),
    { ...(await prettier.resolveConfig(jsonPath)), filepath: jsonPath },
  ),
);
const fmt = (value, unit) =>
  value === null
    ? '—'
    : unit === 'ms' || unit === 'kB' || unit === 'MB'
      ? value.toFixed(1)
      : String(Math.round(value));
const table = [
  `# Benchmarks`,
  '',
  `Run with \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, Chromium ${chromiumVersion}, ${RUNS} runs each, medians.`,
  'Production builds. "Plain DOM" renders the same rows, element for element and attribute for attribute, with the same',
  'text and icons, node for node, with `document.createElement` into a shadow root with the same styles and no',
  'virtualization (it lacks only the comments Lit keeps between rows): the reference the ratio compares with (below',
  '1 means faster than plain DOM).',
  '',
  '| measurement | cxkit | cxkit, worst run | plain DOM | ratio | target |',
  '|---|---|---|---|---|---|',
  ...results.map(
    (r) =>
      `| ${r.name} | ${fmt(r.widget, r.unit)} ${r.unit} | ${fmt(r.worstRun, r.unit)} ${r.unit} | ${r.plain === null ? '—' : `${fmt(r.plain, r.unit)} ${r.unit}`} | ${r.ratio === null ? '—' : r.ratio.toFixed(2)} | ${r.target ?? ''} |`,
  ),
  '',
  '"cxkit" is the median of the runs and the ratio compares medians; "worst run" is the highest of the runs (the',
  'lowest for the distance moved, the one measurement here that is better higher), because a target such as "no task',
  'over 50 ms" is about every run, not a typical one. The scroll asks for 1,000 px a frame; at that speed (from about',
  '960 px a frame) @lit-labs/virtualizer 2.1.1 corrects the scroll position back on every other frame as it re-anchors',
  'its layout, so the list moves about half of it, adding some 11 rows every other frame (900 px a frame moves fully,',
  'about 10 rows every frame).',
  'A longest task of 0 ms means no task reached the 50 ms long-task threshold. Every history measurement comes from',
  "the same runs: render, then scroll top to bottom. The history's data source answers after 50 ms, a request's round",
  'trip, so what the panel prepares while it waits is off the measured path; scrolling starts once a long list is',
  'virtualized. Each page loads once Chromium is idle (a new window first starts a renderer for its toolbar) and',
  'reports its results as a console message, so nothing of the runner runs in the page while it measures. Timings on',
  'this shared 2-core machine vary by about ±30 % between runs. Memory readings are taken after forced garbage collection, after',
  `10 warm-up opens; the two hundreds are compared because a leak grows both alike. The card's round trip is ${ROUND_TRIPS}`,
  "round trips per run with Chromium's main-thread busy time (script, style, layout, paint) read around them.",
  '',
  'Requests made by the page with card, history and flyout (first run):',
  '',
  '| request | times |',
  '|---|---|',
  ...Object.entries(requestsSeen).map(([request, times]) => `| \`${request}\` | ${times} |`),
  '',
].join('\n');
const markdownPath = 'docs/bench/results.md';
writeFileSync(
  markdownPath,
  await prettier.format(table, { ...(await prettier.resolveConfig(markdownPath)), filepath: markdownPath }),
);
console.log('\nwrote docs/bench/results.json and docs/bench/results.md');
