// Fails when the committed custom-elements.json is not what `npm run analyze` would write now.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

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
const fresh = readFileSync(`${scratch}/custom-elements.json`, 'utf8');
rmSync(scratch, { recursive: true, force: true });
const committed = existsSync('custom-elements.json') ? readFileSync('custom-elements.json', 'utf8') : '';
if (fresh !== committed) {
  console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
  process.exit(1);
}
console.log('custom-elements.json is up to date.');
