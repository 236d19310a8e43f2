// `npm run analyze` writes custom-elements.json; `npm run analyze -- --check` fails when the
// committed file is not what it would write now. The analyzer lists modules in no stable order, so
// the manifest is written with its modules sorted by path.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

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

if (process.argv.includes('--check')) {
  const committed = existsSync('custom-elements.json') ? readFileSync('custom-elements.json', 'utf8') : '';
  if (fresh !== committed) {
    console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
} else {
  writeFileSync('custom-elements.json', fresh);
  console.log(`wrote custom-elements.json (${manifest.modules.length} modules).`);
}
