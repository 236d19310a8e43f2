// `npm run analyze` writes custom-elements.json and the API reference generated from it (docs/api/);
// `npm run analyze -- --check` fails when the committed files are not what it would write now. The analyzer lists modules in no stable order, so
// the manifest is written with its modules sorted by path.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { apiReference } from './api-docs.mjs';

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

const files = { 'custom-elements.json': fresh, ...(await apiReference(manifest)) };
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
  console.log('custom-elements.json and docs/api/ are up to date.');
} else {
  mkdirSync('docs/api', { recursive: true });
  for (const file of orphans) rmSync(file);
  for (const [file, text] of Object.entries(files)) writeFileSync(file, text);
  console.log(
    `wrote custom-elements.json (${manifest.modules.length} modules) and ${Object.keys(files).length - 1} pages in docs/api/.`,
  );
}
