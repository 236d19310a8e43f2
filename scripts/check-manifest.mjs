// `npm run analyze` writes custom-elements.json, the API reference generated from it (docs/api/) and
// src/react.ts (one line per widget folder with a react.ts, so a new widget needs no edit there);
// `npm run analyze -- --check` fails when the committed files are not what it would write now. The analyzer lists modules in no stable order, so
// the manifest is written with its modules sorted by path.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { apiReference } from './api-docs.mjs';

/** `src/react.ts`: every widget folder's React wrappers, by the names its react.ts exports. */
function reactIndex() {
  const header = readFileSync('src/react.ts', 'utf8').split('\n\n')[0];
  const lines = readdirSync('src/components')
    .filter((name) => existsSync(`src/components/${name}/react.ts`))
    .sort()
    .flatMap((name) => {
      const source = readFileSync(`src/components/${name}/react.ts`, 'utf8');
      const names = [...source.matchAll(/^export const (\w+)/gm)].map((match) => match[1]);
      return names.length ? [`export { ${names.join(', ')} } from './components/${name}/react.js';`] : [];
    });
  return `${header}\n\n${lines.join('\n')}\n`;
}

// Written before the analyzer reads it, so the manifest describes the new src/react.ts.
const reactSource = reactIndex();
if (!process.argv.includes('--check')) writeFileSync('src/react.ts', reactSource);

const scratch = '.cem-check';
rmSync(scratch, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [
    'node_modules/@custom-elements-manifest/analyzer/cem.js',
    'analyze',
    '--config',
    'custom-elements-manifest.config.mjs',
    '--outdir',
    scratch,
  ],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
const manifest = JSON.parse(readFileSync(`${scratch}/custom-elements.json`, 'utf8'));
rmSync(scratch, { recursive: true, force: true });
manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
const fresh = `${JSON.stringify(manifest, null, 2)}\n`;

const files = {
  'custom-elements.json': fresh,
  'src/react.ts': reactSource,
  ...(await apiReference(manifest)),
};
const stale = (file) => !existsSync(file) || readFileSync(file, 'utf8') !== files[file];
// Pages of elements that no longer exist are stale too.
const orphans = existsSync('docs/api')
  ? readdirSync('docs/api')
      .map((name) => `docs/api/${name}`)
      .filter((file) => !(file in files))
  : [];

if (process.argv.includes('--check')) {
  const outdated = [...Object.keys(files).filter(stale), ...orphans];
  if (outdated.length) {
    console.error(`Stale: ${outdated.join(', ')}. Run \`npm run analyze\` and commit the result.`);
    process.exit(1);
  }
  console.log('custom-elements.json, docs/api/ and src/react.ts are up to date.');
} else {
  mkdirSync('docs/api', { recursive: true });
  for (const file of orphans) rmSync(file);
  for (const [file, text] of Object.entries(files)) writeFileSync(file, text);
  console.log(
    `wrote custom-elements.json (${manifest.modules.length} modules), ${Object.keys(files).filter((file) => file.startsWith('docs/')).length} pages in docs/api/ and src/react.ts.`,
  );
}
