// What every end-to-end test shares: a static file server for the built sandbox (demo-dist/), the
// library build (dist/) and the fixtures, and Debian's Chromium driven by playwright-core.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
/** URL prefixes and the folders they are served from; the built sandbox at the root. */
const MOUNTS = [
  ['/dist/', join(ROOT, 'dist')],
  ['/fixtures/', join(ROOT, 'e2e/fixtures')],
  ['/', join(ROOT, 'demo-dist')],
];

/**
 * Serves the built sandbox as any static file server would (no rewrites, no special headers).
 * Fixture pages may hold `{{NAME}}` placeholders, filled from `replacements`.
 */
export function startStaticServer(replacements = {}) {
  if (!existsSync(join(ROOT, 'demo-dist/demo/index.html')))
    throw new Error('demo-dist/ is missing: run `npm run build:demo` first (npm run test:e2e does).');
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const [prefix, folder] = MOUNTS.find(([mount]) => path.startsWith(mount));
    const file = normalize(join(folder, path.slice(prefix.length)));
    if (!file.startsWith(folder) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    if (file.includes('/e2e/fixtures/')) {
      const text = readFileSync(file, 'utf8').replace(
        /\{\{(\w+)\}\}/g,
        (_, name) => replacements[name] ?? '',
      );
      response.end(text);
    } else createReadStream(file).pipe(response);
  });
  return new Promise((resolveServer) => server.listen(0, '127.0.0.1', () => resolveServer(server)));
}

/** The base URL of a listening server. */
export const baseUrl = (server) => `http://127.0.0.1:${server.address().port}`;

/**
 * Starts the server and the browser before the file's tests and stops both after. `context()` gives
 * a fresh browser context (own storage, own service worker) per test, collecting page errors,
 * console errors and CSP violations to assert on.
 */
export function useBrowser(replacements) {
  const state = { server: undefined, browser: undefined, base: '' };
  before(async () => {
    state.server = await startStaticServer(
      typeof replacements === 'function' ? await replacements() : replacements,
    );
    state.base = baseUrl(state.server);
    state.browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  });
  after(async () => {
    await state.browser?.close();
    await new Promise((done) => state.server?.close(done) ?? done());
  });
  return {
    get base() {
      return state.base;
    },
    /** A new page in its own context; `problems` collects uncaught errors and console errors. */
    async page({ width = 1360, height = 900, locale = 'en-US' } = {}) {
      const context = await state.browser.newContext({ viewport: { width, height }, locale });
      const page = await context.newPage();
      page.setDefaultTimeout(10000);
      const problems = [];
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      // Listens before any of the page's scripts run.
      await page.addInitScript(() => {
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', (event) =>
          window.__violations.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`),
        );
      });
      return { page, problems, close: () => context.close() };
    },
  };
}

/** Waits until `predicate` (run in the page) is truthy; fails with `what` after `timeout` ms. */
export async function waitFor(page, what, predicate, arg, timeout = 15000) {
  try {
    await page.waitForFunction(predicate, arg, { timeout, polling: 100 });
  } catch (error) {
    throw new Error(`timed out waiting for ${what}`, { cause: error });
  }
}
