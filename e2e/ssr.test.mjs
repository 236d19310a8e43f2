// cxkit on a server: every public entry imports in plain Node (Next.js, Nuxt and Astro evaluate
// imports there), every widget renders its first state with @lit-labs/ssr, and that markup hydrates
// in the browser into working widgets, in the page's language.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { build } from 'esbuild';
import { loadMockServer } from '../scripts/mock-server.mjs';
import { useBrowser, waitFor } from './support.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** Every import specifier the package offers, wildcards expanded over the components. */
function publicSpecifiers() {
  const components = readdirSync(`${ROOT}src/components`);
  return Object.keys(pkg.exports)
    .filter((key) => key.endsWith('.js') || !key.includes('.', 2))
    .flatMap((key) => {
      if (!key.includes('*')) return [key];
      // `./components/*.js` is a class module (`components/<name>/<name>.js`); the others take a name.
      return components.map((name) =>
        key.replace('*', key === './components/*.js' ? `${name}/${name}` : name),
      );
    })
    .map((key) => key.replace(/^\./, pkg.name));
}

test('every public entry imports in plain Node, each in a fresh process', () => {
  const specifiers = publicSpecifiers();
  assert.ok(specifiers.length >= 12, `found ${specifiers.join(', ')}`);
  for (const specifier of specifiers) {
    try {
      execFileSync(
        process.execPath,
        ['--input-type=module', '-e', `await import(${JSON.stringify(specifier)});`],
        {
          cwd: ROOT,
          stdio: 'pipe',
        },
      );
    } catch (error) {
      assert.fail(`import('${specifier}') in Node: ${error.stderr}`);
    }
  }
});

/** The widgets a sidebar shows, rendered by @lit-labs/ssr to an HTML string. */
async function renderOnServer(api, ticketId) {
  const { render } = await import('@lit-labs/ssr');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  const { html } = await import('lit');
  await import('cxkit/define.js');
  await import('cxkit/components/ticket-detail/define.js');
  return collectResult(
    render(
      html`<cx-provider base-url=${api} lang="pl">
        <cx-customer-card customer-id="c_2" recent-cases="0"></cx-customer-card>
        <cx-ticket-history customer-id="c_2"></cx-ticket-history>
        <cx-ticket-detail ticket-id=${ticketId}></cx-ticket-detail>
        <button id="new-case" type="button">New case</button>
        <cx-case-flyout anchor="new-case" customer-id="c_2"></cx-case-flyout>
      </cx-provider>`,
    ),
  );
}

test('each widget renders its first state on a server', async () => {
  const markup = await renderOnServer('/api', 't_1');
  for (const tag of [
    'cx-provider',
    'cx-customer-card',
    'cx-ticket-history',
    'cx-ticket-detail',
    'cx-case-flyout',
  ])
    assert.match(markup, new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`), tag);
  // The data widgets show their loading state (a server has no data source), the history its toolbar.
  assert.equal(markup.match(/part="loading"/g)?.length, 3, 'card, history and detail are loading');
  assert.match(markup, /<input[^>]*type="search"/);
  assert.match(markup, /<dialog[^>]*part="dialog"/);
  assert.doesNotMatch(markup, /undefined|\[object Object\]/);
});

let mockServer;
let markup = '';
const browser = useBrowser(async () => {
  const { startMockServer } = await loadMockServer();
  mockServer = await startMockServer({ port: 0 });
  const api = `http://127.0.0.1:${mockServer.address().port}/api`;
  const tickets = await (await fetch(`${api}/tickets?customerId=c_2&limit=1`)).json();
  markup = await renderOnServer(api, tickets.items[0].id);
  return { SSR: markup };
});
before(async () => {
  // Lit's hydration support must run before Lit itself. With code splitting, a static import of
  // cxkit beside it would put Lit in a shared chunk evaluated first: cxkit is imported after it.
  rmSync(`${ROOT}e2e/fixtures/generated`, { recursive: true, force: true });
  mkdirSync(`${ROOT}e2e/fixtures/generated`, { recursive: true });
  await build({
    stdin: {
      contents:
        "import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\nawait import('cxkit/define.js');\n",
      resolveDir: ROOT,
      loader: 'js',
    },
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: `${ROOT}e2e/fixtures/generated`,
    entryNames: 'hydrate',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
});
after(async () => {
  mockServer?.closeAllConnections();
  await new Promise((done) => mockServer?.close(done) ?? done());
});

test('the server-rendered widgets hydrate in the browser: data, language and keyboard', async () => {
  const { page, problems, close } = await browser.page();
  const searches = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith('/api/tickets') && url.searchParams.has('q'))
      searches.push(url.searchParams.get('q'));
  });
  await page.goto(`${browser.base}/fixtures/ssr.html`);
  const card = page.locator('cx-customer-card');
  await card.getByRole('heading', { name: 'Putri Nugroho' }).waitFor({ timeout: 20000 });
  await page.locator('cx-ticket-history [role="option"]').first().waitFor();
  await page.locator('cx-ticket-detail [part~="header"]').waitFor();
  // The provider's Polish replaces the server's English once hydrated.
  await card.getByRole('button', { name: 'Edytuj: Imię i nazwisko' }).waitFor();
  await waitFor(page, 'a Polish search placeholder', () =>
    /Szukaj/.test(
      document.querySelector('cx-ticket-history').shadowRoot.querySelector('input[type="search"]')
        .placeholder,
    ),
  );
  // Hydrated, not rendered twice: one toolbar, one dialog.
  const counts = await page.evaluate(() => ({
    toolbars: document.querySelector('cx-ticket-history').shadowRoot.querySelectorAll('[part="toolbar"]')
      .length,
    dialogs: document.querySelector('cx-case-flyout').shadowRoot.querySelectorAll('dialog').length,
    skeletons: [...document.querySelectorAll('cx-customer-card, cx-ticket-history, cx-ticket-detail')].filter(
      (element) => element.shadowRoot.querySelector('[part="loading"]'),
    ).length,
  }));
  assert.deepEqual(counts, { toolbars: 1, dialogs: 1, skeletons: 0 });
  // The keyboard works: search by typing, open the flyout.
  await page.locator('cx-ticket-history input[type="search"]').pressSequentially('zwrot');
  await page.waitForResponse((response) => new URL(response.url()).searchParams.get('q') === 'zwrot');
  assert.deepEqual(searches, ['zwrot'], 'one debounced search request');
  await page.getByRole('button', { name: 'New case' }).click();
  await page.locator('cx-case-flyout').getByRole('textbox', { name: 'Tytuł', exact: true }).waitFor();
  assert.deepEqual(problems, []);
  await close();
});
