// `npm run screenshots`: every sandbox page of the built sandbox (demo-dist/), light and dark, into
// docs/screenshots/ as PNG, plus the helpdesk with the New case flyout open. Run `npm run build:demo`
// first (the npm script does).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { baseUrl, startStaticServer } from './static-server.mjs';

const PAGES = [
  { name: 'helpdesk', path: 'index.html' },
  { name: 'crm', path: 'crm.html' },
  { name: 'playground', path: 'playground.html' },
  { name: 'strict-csp', path: 'secure.html' },
  { name: 'hostile-input', path: 'hostile-input.html' },
  { name: 'react', path: 'react.html' },
  { name: 'vue', path: 'vue.html' },
  { name: 'api-contract', path: 'api.html' },
];
const OUT = 'docs/screenshots';

const server = await startStaticServer();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
mkdirSync(OUT, { recursive: true });

async function shoot(theme, { name, path }, prepare) {
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 }, deviceScaleFactor: 1 });
  // The sandbox remembers the theme it last showed.
  await context.addInitScript((value) => localStorage.setItem('cx-demo-theme', value), theme);
  const page = await context.newPage();
  await page.goto(`${baseUrl(server)}/demo/${path}`);
  await page.waitForLoadState('networkidle');
  const list = page.locator('cx-ticket-history [role="option"]').first();
  if (await page.locator('cx-ticket-history').count()) await list.waitFor({ timeout: 15000 }).catch(() => {});
  await prepare?.(page);
  await page.waitForTimeout(800); // lazy icons, fonts and the last animation frame
  await page.screenshot({ path: `${OUT}/${name}-${theme}.png` });
  await context.close();
  console.log(`${OUT}/${name}-${theme}.png`);
}

for (const theme of ['light', 'dark']) {
  for (const page of PAGES) await shoot(theme, page);
  await shoot(theme, { name: 'helpdesk-new-case', path: 'index.html' }, async (page) => {
    await page.getByRole('button', { name: 'New case' }).click();
    await page.locator('cx-case-flyout [contenteditable="true"]').first().waitFor();
  });
}
await browser.close();
server.close();
