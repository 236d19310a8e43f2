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

async function bundle(entry, { singleFile = false } = {}) {
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
      rolldownOptions: singleFile ? { output: { codeSplitting: false } } : {},
    },
  });
  const output = (Array.isArray(result) ? result[0] : result).output.filter((item) => item.type === 'chunk');
  const byName = new Map(output.map((chunk) => [chunk.fileName, chunk]));
  const entryChunk = output.find((chunk) => chunk.isEntry);
  // Everything reachable through static imports loads with the entry; dynamic imports are lazy.
  const initial = new Set();
  const visit = (fileName) => {
    if (initial.has(fileName)) return;
    initial.add(fileName);
    for (const imported of byName.get(fileName)?.imports ?? []) visit(imported);
  };
  visit(entryChunk.fileName);
  const initialCode = [...initial].map((fileName) => byName.get(fileName).code).join('\n');
  const lazy = output
    .filter((chunk) => !initial.has(chunk.fileName))
    .map((chunk) => ({ name: chunk.name, gzip: gzip(chunk.code), brotli: brotli(chunk.code) }));
  return { raw: Buffer.byteLength(initialCode), gzip: gzip(initialCode), brotli: brotli(initialCode), lazy };
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const rows = [];
const failures = [];

const measured = Object.entries(publicSizeEntries()).map(([name, entry]) => [name, entry, false]);
measured.push(['cdn/cxkit.js', 'src/cdn.ts', true]);

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

// Peers, for context (no budget): what comparable components cost, measured the same way.
const PEERS = {
  'peer: Shoelace 2 drawer + input': [
    '@shoelace-style/shoelace/dist/components/drawer/drawer.js',
    '@shoelace-style/shoelace/dist/components/input/input.js',
  ],
  'peer: Web Awesome 3 drawer': ['@awesome.me/webawesome/dist/components/drawer/drawer.js'],
};
const peerDir = 'node_modules/.cache/cx-size';
mkdirSync(peerDir, { recursive: true });
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
