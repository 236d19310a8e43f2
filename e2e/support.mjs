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

/**
 * Run in the page: every element of a cx widget's shadow trees whose box reaches past the widget's
 * container (its parent's content box), unless an ancestor in between clips or scrolls it; and every
 * open popover or dialog of a widget that reaches past the viewport. Empty when nothing is wider
 * than where it sits. (Clipped content is truncation, checked where it matters, not widening.)
 */
export function overflowingElements() {
  const found = [];
  const clips = (style) => /(hidden|auto|scroll|clip)/.test(style.overflowX);
  const describe = (host, element, past) =>
    `${host.localName} ${element.localName}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}: ${Math.round(past)}px past`;
  const visit = (host, root, limit, clipLeft, clipRight) => {
    for (const element of root.children) {
      const style = getComputedStyle(element);
      if (
        style.display === 'none' ||
        style.position === 'fixed' ||
        element.matches(':popover-open, dialog[open]')
      )
        continue;
      const rect = element.getBoundingClientRect();
      if (rect.width > 0) {
        const right = Math.min(rect.right, clipRight);
        const left = Math.max(rect.left, clipLeft);
        if (right > limit.right + 1) found.push(describe(host, element, right - limit.right));
        else if (left < limit.left - 1) found.push(describe(host, element, limit.left - left));
      }
      const clipped = clips(style);
      const nextLeft = clipped ? Math.max(clipLeft, rect.left) : clipLeft;
      const nextRight = clipped ? Math.min(clipRight, rect.right) : clipRight;
      visit(host, element, limit, nextLeft, nextRight);
      if (element.shadowRoot) visit(host, element.shadowRoot, limit, nextLeft, nextRight);
    }
  };
  const widgets = [...document.querySelectorAll('*')].filter(
    (element) =>
      element.localName.startsWith('cx-') && element.shadowRoot && element.localName !== 'cx-provider',
  );
  for (const host of widgets) {
    const container = host.parentElement.getBoundingClientRect();
    visit(host, host.shadowRoot, container, -Infinity, Infinity);
    // What opens above the page (a popover, the flyout) must stay in the viewport, contents included.
    for (const layer of host.shadowRoot.querySelectorAll(':popover-open, dialog[open]')) {
      const viewport = { left: 0, right: document.documentElement.clientWidth };
      const rect = layer.getBoundingClientRect();
      if (rect.right > viewport.right + 1 || rect.left < -1)
        found.push(describe(host, layer, rect.right - viewport.right));
      visit(host, layer, rect, -Infinity, Infinity);
    }
  }
  return found;
}
