// Where Chromium lives and how to start it quietly on these machines (see TOOLCHAIN.md).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** Flags that keep Debian's Chromium quiet and working as root without network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // A page that is not in front (an e2e test's second context, a popup) must still get animation
  // frames and unthrottled timers, or anything awaiting a frame (fixture(), the virtualizer) stalls.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/** CHROME_PATH wins; then a chromium on PATH; then Debian's default location. */
export function chromiumPath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on PATH; try the next name
    }
  }
  return '/usr/bin/chromium';
}

export function chromiumInstalled() {
  return existsSync(chromiumPath());
}
