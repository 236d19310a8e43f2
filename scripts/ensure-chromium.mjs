// Makes sure a Chromium is there for the browser tests: CHROME_PATH if set, else Debian's package,
// installed with apt-get when we are root. No test tool may download a browser of its own here.
import { spawnSync } from 'node:child_process';
import { chromiumInstalled, chromiumPath } from './chromium.mjs';

if (chromiumInstalled()) process.exit(0);

if (process.env.CHROME_PATH) {
  console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no file there.`);
  process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (!isRoot || !hasApt) {
  console.error(
    [
      'Chromium is needed for the browser tests and was not found.',
      'Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) or point CHROME_PATH at a',
      'Chromium or Chrome executable, then run the tests again.',
    ].join('\n'),
  );
  process.exit(1);
}

console.log('Chromium not found: installing Debian package "chromium" (about 30 s)...');
for (const args of [
  ['update', '-qq'],
  ['install', '-y', '-qq', 'chromium'],
]) {
  const result = spawnSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    console.error(`apt-get ${args.join(' ')} failed with exit code ${result.status}.`);
    process.exit(1);
  }
}
if (!chromiumInstalled()) {
  console.error(`apt-get finished but no Chromium at ${chromiumPath()}.`);
  process.exit(1);
}
console.log(`Chromium installed at ${chromiumPath()}.`);
