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
  await flyout.getByRole('heading', { name: /^Utworzono zgłoszenie CX-\d+$/ }).waitFor();
  await flyout.getByRole('button', { name: 'Gotowe', exact: true }).click();
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

test('the CDN loader fetches a widget only when its tag appears, and about what a bundler would', async () => {
  const { page, problems, close } = await browser.page();
  const scripts = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(`${browser.base}/fixtures/loader.html`);
  const card = page.locator('cx-customer-card');
  await card.getByRole('heading', { name: 'Putri Nugroho' }).waitFor({ timeout: 20000 });
  await page.locator('cx-ticket-history [role="option"]').first().waitFor();
  await card.getByRole('button', { name: /แก้ไข/ }).first().waitFor(); // Thai, from the provider
  assert.equal(scripts[0], '/dist/cdn/loader.js');
  assert.ok(
    scripts.slice(1).every((path) => path.startsWith('/dist/cdn/chunks/')),
    scripts.join(', '),
  );
  const defined = () =>
    page.evaluate(() =>
      ['cx-provider', 'cx-customer-card', 'cx-ticket-history', 'cx-case-flyout'].filter((tag) =>
        customElements.get(tag),
      ),
    );
  assert.deepEqual(await defined(), ['cx-provider', 'cx-customer-card', 'cx-ticket-history']);
  assert.equal(
    scripts.filter((path) => /case-flyout|case-form|rich-text/.test(path)).length,
    0,
    'no flyout code',
  );

  // A flyout added later (as a framework would) is fetched then, and works.
  const before = scripts.length;
  await page.evaluate(() => {
    const flyout = document.createElement('cx-case-flyout');
    flyout.setAttribute('anchor', 'new-case');
    flyout.setAttribute('customer-id', 'c_2');
    document.querySelector('cx-provider').append(flyout);
    document.querySelector('#new-case').addEventListener('click', () => flyout.show());
  });
  await page.waitForFunction(() => customElements.get('cx-case-flyout'));
  assert.ok(
    scripts.slice(before).some((path) => /case-flyout/.test(path)),
    'its chunk came now',
  );
  await page.getByRole('button', { name: 'New case' }).click();
  await page.locator('cx-case-flyout').getByRole('textbox', { name: 'หัวข้อ', exact: true }).waitFor();
  assert.deepEqual(problems, []);
  await close();
});

test("dist/'s ES modules work in a buildless page through an import map", async () => {
  const { page, problems, close } = await browser.page();
  await page.goto(`${browser.base}/fixtures/importmap.html`);
  const card = page.locator('cx-customer-card');
  await card.getByRole('heading', { name: 'Putri Nugroho' }).waitFor({ timeout: 20000 });
  await page.locator('cx-ticket-history [role="option"]').first().waitFor();
  await card.getByRole('button', { name: 'Edit Nama' }).waitFor(); // Indonesian, from <body lang>
  await page.getByRole('button', { name: 'New case' }).click();
  await page.locator('cx-case-flyout').getByRole('textbox', { name: 'Judul', exact: true }).waitFor();
  assert.deepEqual(problems, []);
  await close();
});
