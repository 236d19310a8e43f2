// Whole sandbox pages, every widget together, as axe and a Windows High Contrast user meet them:
// axe on the helpdesk, CRM and inbox pages in each state (data, no data, no network) × 4 languages ×
// light and dark — duplicate landmark names, ids or labels only show up when widgets share a page —
// and forced colours, where the selected tab and a pressed toggle must stand out.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { useBrowser, waitFor } from './support.mjs';

const browser = useBrowser();
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const PAGES = ['index', 'crm', 'inbox', 'log'];
const STATES = { data: '', empty: '?mock-empty', offline: '?mock-offline' };
const LANGUAGES = ['en', 'th', 'id', 'pl'];
const THEMES = ['light', 'dark'];

/** Run in the page: every widget has finished loading (no skeleton), whatever it ended in. */
function widgetsSettled() {
  const widgets = [
    ...document.querySelectorAll(
      'cx-customer-card, cx-ticket-history, cx-ticket-detail, cx-conversation-queue, cx-interaction-log',
    ),
  ];
  return (
    widgets.length > 0 &&
    widgets.every((widget) => {
      const root = widget.shadowRoot;
      return (
        root && root.childElementCount > 0 && !root.querySelector('[part~="loading"], [aria-busy="true"]')
      );
    })
  );
}

/** Run in the page: axe on the whole document, every rule axe runs by default. */
async function runAxe() {
  const result = await window.axe.run(document, { resultTypes: ['violations'] });
  return result.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes
        .slice(0, 3)
        .map((node) => JSON.stringify(node.target))
        .join(', ')}`,
  );
}

for (const name of PAGES) {
  test(`axe finds nothing on the whole ${name} page, in every state, language and theme`, async () => {
    const { page, problems, close } = await browser.page({ width: 1280, height: 900 });
    const found = [];
    for (const [state, query] of Object.entries(STATES)) {
      for (const language of LANGUAGES) {
        for (const theme of THEMES) {
          // The sandbox's switches remember the choice; set it before the page starts.
          await page.goto(`${browser.base}/demo/${name}.html${query}`);
          await page.evaluate(
            ([lang, scheme]) => {
              localStorage.setItem('cx-demo-lang', lang);
              localStorage.setItem('cx-demo-theme', scheme);
            },
            [language, theme],
          );
          await page.reload();
          await waitFor(
            page,
            `${name} ${state} ${language} ${theme} settled`,
            widgetsSettled,
            undefined,
            30000,
          );
          const lang = await page.evaluate(() => document.documentElement.lang);
          assert.equal(lang, language);
          // Colours measured as they end, not half-way through a transition.
          await waitFor(page, 'transitions ended', () => document.getAnimations().length === 0);
          await page.evaluate(axeSource);
          for (const violation of await page.evaluate(runAxe))
            found.push(`${state} ${language} ${theme}: ${violation}`);
        }
      }
    }
    assert.deepEqual(found, []);
    // Offline pages log the failed requests; the sandbox's mock worker (MSW) updates itself on
    // each load, and a reload in the middle of that rejects its update. Nothing else may go wrong.
    assert.deepEqual(
      problems.filter(
        (problem) =>
          !/Failed to load resource|cxkit: |Failed to update a ServiceWorker .*mockServiceWorker/.test(
            problem,
          ),
      ),
      [],
    );
    await close();
  });
}

test('forced colours: a pressed status toggle and the selected flyout tab stand out', async () => {
  const { page, close } = await browser.page({ width: 1280, height: 900 });
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(`${browser.base}/demo/index.html`);
  const history = page.locator('#sidebar-history');
  await history.locator('[role="option"]').first().waitFor({ timeout: 20000 });
  assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);

  const toggles = history.locator('.statuses [aria-pressed]');
  await toggles.first().click();
  await waitFor(
    page,
    'pressed',
    () =>
      document
        .querySelector('#sidebar-history')
        .shadowRoot.querySelector('.statuses [aria-pressed]')
        .getAttribute('aria-pressed') === 'true',
  );
  const colours = (locator) =>
    locator.evaluate((element) => {
      const style = getComputedStyle(element);
      return `${style.backgroundColor} / ${style.color}`;
    });
  const pressed = await colours(toggles.nth(0));
  const unpressed = await colours(toggles.nth(1));
  assert.notEqual(pressed, unpressed, `pressed ${pressed} vs ${unpressed}`);

  await page.getByRole('button', { name: 'New case' }).click();
  const flyout = page.locator('cx-case-flyout');
  await flyout.getByRole('tab').first().waitFor();
  const selected = await colours(flyout.locator('[role="tab"][aria-selected="true"]'));
  const other = await colours(flyout.locator('[role="tab"][aria-selected="false"]').first());
  assert.notEqual(selected, other, `selected tab ${selected} vs ${other}`);
  await close();
});

test('forced colours: the inbox’s selected tab and a selected row are marked in Highlight', async () => {
  const { page, close } = await browser.page({ width: 1280, height: 900 });
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(`${browser.base}/demo/inbox.html`);
  const queue = page.locator('cx-conversation-queue');
  const rows = queue.locator('[role="option"]');
  await rows.first().waitFor({ timeout: 20000 });
  assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
  // The system colour Highlight as this browser resolves it.
  const highlight = await page.evaluate(() => {
    const probe = document.createElement('span');
    probe.style.setProperty('color', 'Highlight');
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  });

  const tabEdge = (locator) => locator.evaluate((element) => getComputedStyle(element).borderBlockEndColor);
  assert.equal(await tabEdge(queue.locator('[role="tab"][aria-selected="true"]')), highlight, 'selected tab');
  assert.notEqual(await tabEdge(queue.locator('[role="tab"][aria-selected="false"]').first()), highlight);

  await rows.first().locator('.check').click();
  await waitFor(page, 'selected', () => {
    const root = document.querySelector('cx-conversation-queue').shadowRoot;
    return root.querySelector('[role="option"]').getAttribute('aria-selected') === 'true';
  });
  // Focus elsewhere: only the selection may mark the row.
  await queue.locator('input[type="search"]').focus();
  const mark = (locator) =>
    locator.evaluate((row) => {
      const style = getComputedStyle(row);
      return {
        outline: style.outlineStyle === 'none' ? 'none' : style.outlineColor,
        bar: getComputedStyle(row, '::before').backgroundColor,
        check: getComputedStyle(row.querySelector('.check')).backgroundColor,
      };
    });
  assert.deepEqual(await mark(rows.nth(0)), { outline: highlight, bar: highlight, check: highlight });
  const other = await mark(rows.nth(1));
  assert.equal(other.outline, 'none');
  assert.notEqual(other.check, highlight);
  await close();
});
