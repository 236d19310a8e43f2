// `npm run size`: what each public entry costs a page. Every entry is bundled alone with all its
// dependencies (lit included), minified, and measured after gzip -9 and brotli; what it imports
// lazily is measured per chunk beside it. Budgets live in size-budgets.json; exceeding one fails. Peer
// components (Shoelace 2, Web Awesome 3) are measured the same way, for context.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { publicSizeEntries } from './entries.mjs';

const budgets = JSON.parse(readFileSync('size-budgets.json', 'utf8'));

function budgetFor(name) {
  if (budgets.entries[name] !== undefined) return budgets.entries[name];
  const pattern = Object.keys(budgets.entries).find((key) =>
    new RegExp(`^${key.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]+')}$`).test(name),
  );
  return pattern ? budgets.entries[pattern] : undefined;
}

const gzip = (code) => gzipSync(code, { level: 9 }).length;
const brotli = (code) =>
  brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/**
 * Bundles `entry` as a page's bundler would (minified: Vite's library mode leaves `es` output
 * whitespace-unminified unless the output is told), and measures what loads with it. `pageLoads`
 * names the lazily imported modules a page fetches to show its data (the REST client, say): they
 * are counted in `page`, with what they import.
 */
async function bundle(entry, { singleFile = false, pageLoads = [] } = {}) {
  const result = await build({
    configFile: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      copyPublicDir: false,
      lib: { entry, formats: ['es'], fileName: () => 'entry.js' },
      rolldownOptions: { output: { minify: true, ...(singleFile ? { codeSplitting: false } : {}) } },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result).output.filter((item) => item.type === 'chunk');
  const byName = new Map(output.map((chunk) => [chunk.fileName, chunk]));
  const entryChunk = output.find((chunk) => chunk.isEntry);
  // Everything reachable through static imports loads with what imports it; dynamic imports are lazy.
  const closure = (fileNames, into = new Set()) => {
    const visit = (fileName) => {
      if (into.has(fileName)) return;
      into.add(fileName);
      for (const imported of byName.get(fileName)?.imports ?? []) visit(imported);
    };
    fileNames.forEach(visit);
    return into;
  };
  const measure = (fileNames) => {
    const code = [...fileNames].map((fileName) => byName.get(fileName).code).join('\n');
    return { raw: Buffer.byteLength(code), gzip: gzip(code), brotli: brotli(code) };
  };
  const initial = closure([entryChunk.fileName]);
  const lazy = output
    .filter((chunk) => !initial.has(chunk.fileName))
    .map((chunk) => ({ name: chunk.name, gzip: gzip(chunk.code), brotli: brotli(chunk.code) }));
  const fetched = output
    .filter((chunk) => pageLoads.some((pattern) => pattern.test(chunk.facadeModuleId ?? '')))
    .map((chunk) => chunk.fileName);
  // Each file is fetched once, however many imports lead to it.
  const page = measure(closure(fetched, new Set(initial)));
  return { ...measure(initial), lazy, page, pageFiles: closure(fetched, new Set(initial)).size };
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const rows = [];
const failures = [];

const measured = Object.entries(publicSizeEntries()).map(([name, entry]) => [name, entry, false]);
measured.push(['cdn/loader.js', 'src/cdn-loader.ts', false], ['cdn/cxkit.js', 'src/cdn.ts', true]);

for (const [name, entry, singleFile] of measured) {
  const size = await bundle(entry, { singleFile });
  const budget = budgetFor(name);
  const over = budget !== undefined && size.gzip > budget;
  if (over) failures.push(`${name}: ${kB(size.gzip)} gzip is over its budget of ${kB(budget)}`);
  rows.push([
    name,
    kB(size.raw),
    kB(size.gzip),
    kB(size.brotli),
    budget ? kB(budget) : '—',
    over ? 'OVER' : 'ok',
  ]);
  for (const chunk of size.lazy) {
    const chunkBudget = budgets.lazyChunks?.[chunk.name] ?? budgets.lazyChunk;
    const lazyOver = chunk.gzip > chunkBudget;
    if (lazyOver)
      failures.push(`${name} lazy chunk ${chunk.name}: ${kB(chunk.gzip)} gzip is over ${kB(chunkBudget)}`);
    rows.push([
      `  ↳ lazy: ${chunk.name}`,
      '',
      kB(chunk.gzip),
      kB(chunk.brotli),
      kB(chunkBudget),
      lazyOver ? 'OVER' : 'ok',
    ]);
  }
}

// Pages: what a page with the customer card and the ticket history downloads before it shows their
// data, by each route. The lazy modules it fetches: the REST client (on the first request) and the
// history's virtualizer (on its first full render); through the loader, also each tag's widget.
const scratch = 'node_modules/.cache/cx-size';
mkdirSync(scratch, { recursive: true });
const SHOWING_DATA = [/rest-data-source\.ts$/, /core\/virtualizer\.ts$/];
const pageEntry = `${scratch}/card-and-history.js`;
writeFileSync(
  pageEntry,
  ['provider', 'customer-card', 'ticket-history']
    .map((name) => `import '${process.cwd()}/src/components/${name}/define.ts';`)
    .join('\n'),
);
const PAGES = [
  ['page: card + history, bundler', pageEntry, SHOWING_DATA],
  [
    'page: card + history, CDN loader',
    'src/cdn-loader.ts',
    [...SHOWING_DATA, /components\/(provider|customer-card|ticket-history)\/define\.ts$/],
  ],
];
rows.push(['', '', '', '', '', '']);
for (const [name, entry, pageLoads] of PAGES) {
  const { page, pageFiles } = await bundle(entry, { pageLoads });
  const budget = budgets.pages?.[name.replace('page: ', '')];
  const over = budget !== undefined && page.gzip > budget;
  if (over) failures.push(`${name}: ${kB(page.gzip)} gzip is over its budget of ${kB(budget)}`);
  rows.push([
    `${name} (${pageFiles} files)`,
    kB(page.raw),
    kB(page.gzip),
    kB(page.brotli),
    budget ? kB(budget) : '—',
    over ? 'OVER' : 'ok',
  ]);
}

// Peers, for context (no budget): what comparable components cost, measured the same way.
const PEERS = {
  'peer: Shoelace 2 drawer + input': [
    '@shoelace-style/shoelace/dist/components/drawer/drawer.js',
    '@shoelace-style/shoelace/dist/components/input/input.js',
  ],
  'peer: Web Awesome 3 drawer': ['@awesome.me/webawesome/dist/components/drawer/drawer.js'],
};
const peerDir = scratch;
rows.push(['', '', '', '', '', '']);
for (const [name, modules] of Object.entries(PEERS)) {
  const entry = `${peerDir}/${name.replace(/\W+/g, '-')}.js`;
  writeFileSync(entry, modules.map((module) => `import '${module}';`).join('\n'));
  const size = await bundle(entry);
  const lazy = size.lazy.reduce((total, chunk) => total + chunk.gzip, 0);
  rows.push([
    name,
    kB(size.raw),
    kB(size.gzip),
    kB(size.brotli),
    '(for context)',
    lazy ? `+${kB(lazy)} lazy` : '',
  ]);
}

const header = ['entry (all dependencies bundled)', 'minified', 'gzip -9', 'brotli', 'budget (gzip)', ''];
const widths = header.map((title, column) =>
  Math.max(title.length, ...rows.map((row) => row[column].length)),
);
const line = (cells) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));

if (failures.length) {
  console.error(`\nSize budgets exceeded:\n${failures.map((failure) => `- ${failure}`).join('\n')}`);
  process.exit(1);
}
console.log('\nAll size budgets hold.');
