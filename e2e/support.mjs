// What every end-to-end test shares: the static file server for the built sandbox (demo-dist/), the
// library build (dist/) and the fixtures, and Debian's Chromium driven by playwright-core.
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { baseUrl, startStaticServer } from '../scripts/static-server.mjs';

/**
 * Starts the server and the browser before the file's tests and stops both after. `page()` gives
 * a fresh browser context (own storage, own service worker) per test, collecting page errors,
 * console errors and CSP violations to assert on.
 */
export function useBrowser(replacements, serverOptions) {
  const state = { server: undefined, browser: undefined, base: '' };
  before(async () => {
    state.server = await startStaticServer(
      typeof replacements === 'function' ? await replacements() : replacements,
      serverOptions,
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
