// The helpdesk page of the built sandbox, as an agent uses it: the history, a drill-in and back,
// a customer field edited in place, a case created and seen in the history, the page in Thai.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useBrowser, waitFor } from './support.mjs';

const browser = useBrowser();

async function openHelpdesk() {
  const session = await browser.page();
  await session.page.goto(`${browser.base}/demo/index.html`);
  const history = session.page.locator('#sidebar-history');
  await history.locator('[role="option"]').first().waitFor({ timeout: 20000 });
  return { ...session, history };
}

test('reads the history, drills into a ticket and comes back to it', async () => {
  const { page, problems, history, close } = await openHelpdesk();
  const option = history.locator('[role="option"]').nth(1);
  const number = (await option.locator('.number, [part~="number"]').first().textContent())?.trim();
  assert.match(number ?? '', /^CX-\d+$/, 'each entry shows its ticket number');
  assert.ok((await history.locator('[role="option"]').count()) > 1, 'the history lists several tickets');

  await option.click();
  const back = history.getByRole('button', { name: 'Back to ticket history' });
  await back.waitFor();
  await history.locator('cx-ticket-detail').getByText(number, { exact: true }).first().waitFor();

  await page.keyboard.press('Escape');
  await history.locator('[role="option"]').nth(1).waitFor();
  const focused = await page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.textContent ?? '';
  });
  assert.ok(focused.includes(number), `focus is back on ${number}, found "${focused.slice(0, 60)}"`);
  assert.deepEqual(problems, []);
  await close();
});

test('edits a customer field in place and keeps the saved value', async () => {
  const { page, problems, close } = await openHelpdesk();
  const card = page.locator('#sidebar-card');
  const patches = [];
  page.on('request', (request) => {
    if (request.method() === 'PATCH' && request.url().includes('/api/customers/'))
      patches.push(request.url());
  });
  await card.getByRole('button', { name: 'Edit Company' }).click();
  const editor = card.locator('input.editor');
  await editor.fill('Rangsit Noodle House');
  await editor.press('Enter');
  await editor.waitFor({ state: 'hidden' });
  // The field and the company line under the name both show it.
  await card
    .getByRole('textbox', { name: 'Company' })
    .getByText('Rangsit Noodle House', { exact: true })
    .waitFor();
  assert.equal(await card.getByText('Rangsit Noodle House', { exact: true }).count(), 2);
  await waitFor(page, 'the save to finish', () => {
    const root = document.querySelector('#sidebar-card')?.shadowRoot;
    return root && !root.querySelector('.saving');
  });
  assert.equal(patches.length, 1, 'one PATCH request');
  assert.deepEqual(problems, []);
  await close();
});

test('creates a case from the conversation and sees it in the history', async () => {
  const { page, problems, history, close } = await openHelpdesk();
  await page.getByRole('button', { name: 'New case' }).click();
  const flyout = page.locator('cx-case-flyout');
  const title = flyout.getByRole('textbox', { name: 'Title', exact: true });
  await title.waitFor();
  assert.match(await title.inputValue(), /^Follow-up: /, 'prefilled from the conversation');
  await title.fill('Replacement charger never arrived');
  await flyout.getByRole('button', { name: 'Save', exact: true }).click();
  await flyout.getByRole('heading', { name: /^Case CX-\d+ created$/ }).waitFor();
  await page.keyboard.press('Escape');
  await flyout.getByRole('dialog').waitFor({ state: 'hidden' });
  await history
    .locator('[role="option"]')
    .first()
    .getByText('Replacement charger never arrived')
    .waitFor({ timeout: 10000 });
  assert.deepEqual(problems, []);
  await close();
});

test('switches the whole page to Thai', async () => {
  const { page, history, problems, close } = await openHelpdesk();
  await page.selectOption('#language', 'th');
  await waitFor(page, 'Thai in the history', () => {
    const input = document
      .querySelector('#sidebar-history')
      ?.shadowRoot?.querySelector('input[type="search"]');
    return input?.getAttribute('placeholder') === 'ค้นหาหัวข้อหรือหมายเลข';
  });
  await page.locator('#sidebar-card').getByRole('button', { name: 'แก้ไขบริษัท' }).waitFor();
  await page.getByRole('button', { name: 'New case' }).click();
  await page.locator('cx-case-flyout').getByRole('dialog', { name: 'เคสใหม่' }).waitFor();
  await page.locator('cx-case-flyout').getByRole('textbox', { name: 'หัวข้อ', exact: true }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'th');
  assert.ok(await history.locator('[role="option"]').count());
  assert.deepEqual(problems, []);
  await close();
});
