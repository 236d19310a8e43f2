// The widgets inside React 19 (through cxkit/react) and Vue 3 apps of the built sandbox: props
// reach the elements, `onCx…`/`@cx-…` handlers receive the events (and can prevent them), a ref
// calls the flyout's show(), and the app's own state changes with what the widgets report.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useBrowser } from './support.mjs';

const browser = useBrowser();

for (const { framework, page: path } of [
  { framework: 'React', page: 'react.html' },
  { framework: 'Vue', page: 'vue.html' },
]) {
  test(`${framework}: props, event handlers and the flyout's show() work`, async () => {
    const { page, problems, close } = await browser.page();
    await page.goto(`${browser.base}/demo/${path}`);
    const prefix = framework.toLowerCase();
    const card = page.locator('cx-customer-card');
    const history = page.locator('cx-ticket-history');
    await card.getByRole('heading', { name: 'Putri Nugroho' }).waitFor({ timeout: 20000 });
    // The `fields` array prop reached the card: exactly the fields the app asked for.
    assert.equal(await card.getByRole('button', { name: /^Edit / }).count(), 3);

    // The app prevents cx-ticket-open and shows the ticket itself.
    const first = history.locator('[role="option"]').first();
    const number = (await first.locator('.number').textContent()).trim();
    await first.click();
    await page.locator(`#${prefix}-opened`).getByText(number).waitFor();
    assert.equal(await history.getByRole('button', { name: 'Back to ticket history' }).count(), 0);

    // A prop change from the app's state reaches the widgets.
    await page.selectOption(`#${prefix}-customer`, 'c_empty');
    await card.getByRole('heading', { name: 'Ewa Pusta' }).waitFor();
    await history.getByText('No previous tickets').waitFor();

    // The flyout opened through a ref; the created case reported to the app.
    await page.getByRole('button', { name: 'New case' }).click();
    const flyout = page.locator('cx-case-flyout');
    await flyout.getByRole('textbox', { name: 'Title', exact: true }).fill(`Made in ${framework}`);
    await flyout.getByRole('button', { name: 'Save', exact: true }).click();
    await page
      .locator(`#${prefix}-created`)
      .getByText(new RegExp(`Created from ${framework}: CX-\\d+`))
      .waitFor();
    await history.locator('[role="option"]').getByText(`Made in ${framework}`).waitFor();
    assert.deepEqual(problems, []);
    await close();
  });
}
