// `npm run bench`: performance of the widgets in Debian's Chromium, against a plain-DOM reference of
// the same markup, several runs each, medians. Not part of `npm test` (timings on shared 2-core
// machines belong in a benchmark, not in pass/fail tests). Writes docs/bench/results.json and .md.
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

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
    rolldownOptions: { input: { history: 'bench/history.html', flyout: 'bench/flyout.html' } },
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

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
async function measure(query, pageName = 'history') {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  page.on('pageerror', (error) => console.error('bench page error:', error.message));
  await page.goto(`${origin}/${pageName}.html?${query}`);
  const result = await page
    .waitForFunction(() => window.benchResult, null, { timeout: 120_000 })
    .then((handle) => handle.jsonValue());
  await page.close();
  return result;
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const scenarios = [
  {
    name: 'history, 50 entries: script time from data to rendered list',
    query: 'n=50',
    metric: 'dataToRendered',
    unit: 'ms',
    target: '≤ 16 ms',
  },
  {
    name: 'history, 50 entries: data to painted list',
    query: 'n=50',
    metric: 'dataToPaint',
    unit: 'ms',
    target: 'ratio ≤ 1.5',
  },
  {
    name: 'history, 1,000 entries: data to painted list',
    query: 'n=1000',
    metric: 'dataToPaint',
    unit: 'ms',
  },
  {
    name: 'history, 10,000 entries: data to painted list',
    query: 'n=10000',
    metric: 'dataToPaint',
    unit: 'ms',
    target: 'ratio ≤ 1.5',
  },
  {
    name: 'history, 10,000 entries: peak DOM rows while scrolling',
    query: 'n=10000&scroll',
    metric: 'peakRows',
    unit: 'rows',
  },
  {
    name: 'history, 10,000 entries: longest task while scrolling top to bottom (1,000 px a frame)',
    query: 'n=10000&scroll',
    metric: 'longestTask',
    unit: 'ms',
    target: 'none over 50 ms',
  },
  {
    name: 'history, 10,000 entries: longest frame while scrolling',
    query: 'n=10000&scroll',
    metric: 'longestFrame',
    unit: 'ms',
  },
  {
    name: 'history, 10,000 entries: long tasks while scrolling',
    query: 'n=10000&scroll',
    metric: 'longTasks',
    unit: 'tasks',
  },
  {
    name: 'flyout: show() to interactive, form and editor cached',
    page: 'flyout',
    query: '',
    metric: 'showToInteractive',
    unit: 'ms',
    target: '≤ 100 ms',
  },
  {
    name: 'flyout: first show() to interactive, fetching the form and editor',
    page: 'flyout',
    query: '',
    metric: 'firstOpen',
    unit: 'ms',
  },
];

const cache = new Map();
/** Runs a page RUNS times; list pages also in their plain-DOM mode (the flyout has no such reference). */
async function runs(query, pageName = 'history') {
  const key = `${pageName}?${query}`;
  if (!cache.has(key)) {
    const widget = [];
    const plain = [];
    for (let run = 0; run < RUNS; run += 1) {
      widget.push(await measure(`${query}&mode=widget`, pageName));
      if (pageName === 'history') plain.push(await measure(`${query}&mode=plain`, pageName));
    }
    cache.set(key, { widget, plain });
  }
  return cache.get(key);
}

// BENCH_DEBUG="n=50&mode=widget" prints raw measurements of one page (for investigating) and stops;
// BENCH_PAGE=flyout picks the page.
if (process.env.BENCH_DEBUG) {
  for (let run = 0; run < RUNS; run += 1)
    console.log(JSON.stringify(await measure(process.env.BENCH_DEBUG, process.env.BENCH_PAGE)));
  await browser.close();
  server.close();
  process.exit(0);
}
const results = [];
for (const scenario of scenarios) {
  const { widget, plain } = await runs(scenario.query, scenario.page);
  const widgetValue = median(widget.map((result) => result[scenario.metric]));
  const plainValue = plain.length ? median(plain.map((result) => result[scenario.metric])) : null;
  results.push({
    ...scenario,
    runs: RUNS,
    widget: widgetValue,
    plain: plainValue,
    ratio: plainValue ? widgetValue / plainValue : null,
  });
  console.log(
    `${scenario.name}: ${widgetValue.toFixed(1)} ${scenario.unit}` +
      (plainValue === null
        ? ''
        : ` (plain DOM ${plainValue.toFixed(1)}, ratio ${plainValue ? (widgetValue / plainValue).toFixed(2) : '—'})`),
  );
}
await browser.close();
server.close();

const chromiumVersion = browser.version();
mkdirSync('docs/bench', { recursive: true });
writeFileSync(
  'docs/bench/results.json',
  `${JSON.stringify({ date: new Date().toISOString(), chromium: chromiumVersion, runs: RUNS, results }, null, 2)}\n`,
);
const fmt = (value, unit) =>
  value === null ? '—' : unit === 'ms' ? value.toFixed(1) : String(Math.round(value));
const table = [
  `# Benchmarks`,
  '',
  `Run with \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, Chromium ${chromiumVersion}, ${RUNS} runs each, medians.`,
  'Production builds. "Plain DOM" renders the same row markup with `document.createElement` into a shadow root with the same',
  'styles and no virtualization: the reference the ratio compares with (below 1 means faster than plain DOM).',
  '',
  '| measurement | cxkit | plain DOM | ratio | target |',
  '|---|---|---|---|---|',
  ...results.map(
    (r) =>
      `| ${r.name} | ${fmt(r.widget, r.unit)} ${r.unit} | ${r.plain === null ? '—' : `${fmt(r.plain, r.unit)} ${r.unit}`} | ${r.ratio === null ? '—' : r.ratio.toFixed(2)} | ${r.target ?? ''} |`,
  ),
  '',
  'A longest task of 0 ms means no task reached the 50 ms long-task threshold.',
  '',
].join('\n');
writeFileSync('docs/bench/results.md', table);
console.log('\nwrote docs/bench/results.json and docs/bench/results.md');
