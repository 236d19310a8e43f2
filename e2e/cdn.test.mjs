// Plain HTML with the single-file CDN bundle through `<script type="module">`, talking to the mock
// backend over real HTTP on another origin (the REST data source, CORS and all).
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { loadMockServer } from '../scripts/mock-server.mjs';
import { useBrowser } from './support.mjs';

let mockServer;
const browser = useBrowser(async () => {
  const { startMockServer } = await loadMockServer();
  mockServer = await startMockServer({ port: 0 });
  return { API: `http://127.0.0.1:${mockServer.address().port}/api` };
});
after(async () => {
  mockServer?.closeAllConnections();
  await new Promise((done) => mockServer?.close(done) ?? done());
});

test('the CDN bundle defines every element and the widgets load from the host API', async () => {
  const { page, problems, close } = await browser.page();
  const scripts = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(`${browser.base}/fixtures/cdn.html`);
  const card = page.locator('cx-customer-card');
  await card.getByRole('heading', { name: 'Putri Nugroho' }).waitFor({ timeout: 20000 });
  await page.locator('cx-ticket-history [role="option"]').first().waitFor();
  const defined = await page.evaluate(() =>
    ['cx-provider', 'cx-customer-card', 'cx-ticket-history', 'cx-ticket-detail', 'cx-case-flyout'].filter(
      (tag) => customElements.get(tag),
    ),
  );
  assert.deepEqual(defined, [
    'cx-provider',
    'cx-customer-card',
    'cx-ticket-history',
    'cx-ticket-detail',
    'cx-case-flyout',
  ]);
  // The provider's language reaches the widgets (Polish here).
  await card.getByRole('button', { name: 'Edytuj: Imię i nazwisko' }).waitFor();

  // The flyout opens and saves a case across the network.
  await page.getByRole('button', { name: 'New case' }).click();
  const flyout = page.locator('cx-case-flyout');
  await flyout.getByRole('textbox', { name: 'Tytuł', exact: true }).fill('Zwrot za podwójną płatność');
  await flyout.getByRole('button', { name: 'Zapisz', exact: true }).click();
  await flyout.getByRole('dialog').waitFor({ state: 'hidden' });
  await page
    .locator('cx-ticket-history [role="option"]')
    .first()
    .getByText('Zwrot za podwójną płatność')
    .waitFor();

  assert.deepEqual(scripts, ['/dist/cdn/cxkit.js'], 'one script, no chunks fetched');
  assert.deepEqual(problems, []);
  await close();
});
