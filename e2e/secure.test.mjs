// The strict-CSP page: a policy with no inline code, no eval and Trusted Types enforced, and a
// customer whose every field is an attack. Every widget renders and works, nothing runs, and the
// browser reports no violation.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useBrowser } from './support.mjs';

const browser = useBrowser();

test('every widget works under a strict CSP with Trusted Types, with hostile data, and nothing is violated', async () => {
  const { page, problems, close } = await browser.page();
  await page.addInitScript(() => {
    window.alert = () => (window.__pwned = 'alert');
  });
  const response = await page.goto(`${browser.base}/demo/secure.html`);
  assert.match(
    response.headers()['content-security-policy'] ?? '',
    /require-trusted-types-for 'script'/,
    'the strict policy comes as an HTTP header too',
  );

  const card = page.locator('cx-customer-card');
  const history = page.locator('cx-ticket-history');
  const detail = page.locator('cx-ticket-detail');
  await card.getByRole('heading', { name: /Robert/ }).waitFor({ timeout: 20000 });
  await history.locator('[role="option"]').first().waitFor();
  await detail.locator('.message, [part~="message"]').first().waitFor();
  assert.match(
    await history.locator('[role="option"] .subject').first().textContent(),
    /^<script>window\.__pwned=1<\/script>/,
    'a subject made of markup shows as text',
  );

  // Drilling into a ticket from the history (DOMPurify's path again).
  await history.locator('[role="option"]').first().click();
  await history.getByRole('button', { name: 'Back to ticket history' }).waitFor();

  // The lazily loaded flyout and its rich-text editor, typed into.
  await page.getByRole('button', { name: 'New case' }).click();
  const flyout = page.locator('cx-case-flyout');
  await flyout.getByRole('textbox', { name: 'Title', exact: true }).fill('Printer on fire');
  const editor = flyout.locator('[contenteditable="true"]').first();
  await editor.click();
  await page.keyboard.type('It smells of <img src=x onerror=alert(1)> toner.');
  await flyout.getByText('toner.', { exact: false }).waitFor();
  const result = await page.evaluate(() => ({
    violations: window.__violations,
    pageCount: window.cxCspViolations.length,
    pwned: window.__pwned ?? null,
    status: document.querySelector('#violations').textContent,
  }));
  assert.deepEqual(result.violations, [], 'no securitypolicyviolation');
  assert.equal(result.pageCount, 0);
  assert.equal(result.pwned, null, 'no hostile script ran');
  assert.equal(result.status, 'Policy violations so far: 0');
  assert.deepEqual(problems, []);
  // Last (it reports a violation of its own): the policy really is enforced, a string reaching an
  // HTML sink is refused.
  const sink = await page.evaluate(() => {
    try {
      // eslint-disable-next-line no-restricted-syntax -- the probe: this assignment must be refused
      document.createElement('div').innerHTML = '<b>x</b>';
      return 'allowed';
    } catch {
      return 'refused';
    }
  });
  assert.equal(sink, 'refused', 'Trusted Types are enforced on the page');
  await close();
});
