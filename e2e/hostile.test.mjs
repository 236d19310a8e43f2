// The hostile-input suite: every case of the corpus (mocks/hostile.ts) rendered in every widget and
// view — card, history, each ticket drilled into, the ticket detail on its own, the flyout prefilled
// — on a page with a strict CSP and Trusted Types enforced (as a header and a meta tag). Fails on any
// script that runs, any `on*` attribute or `javascript:` URL in a shadow tree, any policy violation,
// any text field whose value does not come back as the same text, and any element wider than the
// 240 px column each widget is put in, or any popover or flyout wider than the screen.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { overflowingElements, useBrowser } from './support.mjs';

const browser = useBrowser();

/** Everything the widgets show (text, input values, labels) and every unsafe thing in their trees. */
function inspectWidgets() {
  const texts = [];
  const unsafe = [];
  const visit = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) texts.push(walker.currentNode.data);
    for (const element of root.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) unsafe.push(`${element.localName}[${attribute.name}]`);
        if (
          /^\s*javascript:/i.test(attribute.value) &&
          /href|src|action|data|formaction/i.test(attribute.name)
        )
          unsafe.push(`${element.localName}[${attribute.name}=${attribute.value.slice(0, 40)}]`);
        if (attribute.name === 'aria-label' || attribute.name === 'title') texts.push(attribute.value);
      }
      if ('value' in element && typeof element.value === 'string') texts.push(element.value);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  for (const widget of document.querySelectorAll(
    'cx-customer-card, cx-ticket-history, cx-ticket-detail, cx-case-flyout',
  ))
    if (widget.shadowRoot) visit(widget.shadowRoot);
  return { text: texts.join('\u0001'), unsafe };
}

test('every string of the hostile corpus renders as the same text, inert, in every widget and view', async () => {
  const { page, problems, close } = await browser.page();
  await page.addInitScript(() => {
    window.alert = window.confirm = window.prompt = () => (window.__pwned = 'dialog');
  });
  let caseCount = 1;
  let measured = 0;
  const shown = new Set();
  let expectedAll = [];
  for (let index = 0; index < caseCount; index++) {
    await page.goto(`${browser.base}/demo/hostile-input.html?case=${index}`);
    await page.waitForFunction(() => window.cxHostileCase, undefined, { timeout: 20000 });
    const hostileCase = await page.evaluate(() => window.cxHostileCase);
    caseCount = hostileCase.caseCount;
    expectedAll = expectedAll.concat(hostileCase.expected.map((item) => ({ ...item, index })));
    const seen = [];
    // Each widget in a column of 240 px, the narrowest the widgets support (set through the CSSOM:
    // the strict policy allows no style element).
    await page.evaluate(() => {
      for (const widget of document.querySelectorAll('cx-customer-card, cx-ticket-history, cx-ticket-detail'))
        widget.parentElement.style.setProperty('inline-size', '240px');
    });
    const look = async (where) => {
      const { text, unsafe } = await page.evaluate(inspectWidgets);
      assert.deepEqual(unsafe, [], `case ${index}: nothing unsafe in the shadow trees`);
      seen.push(text);
      const wide = await page.evaluate(overflowingElements);
      measured += 1;
      assert.deepEqual(wide, [], `case ${index}, ${where}: nothing wider than its column`);
    };

    const history = page.locator('cx-ticket-history');
    await page.locator('cx-customer-card .fields').waitFor();
    await history
      .locator('[role="option"]')
      .nth(hostileCase.ticketIds.length - 1)
      .waitFor();
    await page.locator('cx-ticket-detail .messages').waitFor();
    await look('every widget');
    // The filter options: tags, service reasons and results, agents.
    await history.locator('.filters-button').click();
    await page.waitForFunction(
      (count) =>
        [
          ...document.querySelector('cx-ticket-history').shadowRoot.querySelectorAll('[popover] option'),
        ].filter((option) => !['', 'unassigned'].includes(option.value)).length >= count,
      hostileCase.lookupCounts.filterOptions,
    );
    await look('the filters');
    await page.keyboard.press('Escape');
    // Each ticket, drilled into from the history.
    for (let ticket = 0; ticket < hostileCase.ticketIds.length; ticket++) {
      await history.locator('[role="option"]').nth(ticket).click();
      await history.locator('cx-ticket-detail .messages').waitFor();
      await history.locator('cx-ticket-detail [part~="note"]').first().waitFor();
      await look(`ticket ${ticket} drilled into`);
      await history.getByRole('button', { name: 'Back to ticket history' }).click();
      await history.locator('[role="option"]').nth(ticket).waitFor();
    }
    // The flyout, prefilled with a hostile title and description.
    await page.getByRole('button', { name: 'New case' }).click();
    await page.locator('cx-case-flyout [contenteditable="true"]').first().waitFor();
    await page.waitForFunction(
      (count) =>
        [
          ...document.querySelector('cx-case-flyout').shadowRoot.querySelectorAll('#reason-select option'),
        ].filter((option) => option.value !== '').length >= count,
      hostileCase.lookupCounts.reasons,
    );
    await look('the flyout');
    await page.keyboard.press('Escape');

    const state = await page.evaluate(() => ({
      pwned: window.__pwned ?? null,
      violations: window.__violations,
    }));
    assert.equal(state.pwned, null, `case ${index}: no script ran`);
    assert.deepEqual(state.violations, [], `case ${index}: no securitypolicyviolation`);
    const all = seen.join('\u0001');
    for (const { field, text } of hostileCase.expected)
      if (all.includes(text)) shown.add(`${index}:${field}`);
  }
  const missing = expectedAll
    .filter(({ field, index }) => !shown.has(`${index}:${field}`))
    .map(({ field, text, index }) => `case ${index} ${field}: ${JSON.stringify(text.slice(0, 60))}`);
  assert.deepEqual(missing, [], 'every text field comes back as the same text');
  assert.ok(expectedAll.length > 400, `the corpus was covered (${expectedAll.length} values)`);
  console.log(
    `hostile suite: ${expectedAll.length} values in ${caseCount} cases, ${measured} views measured at 240 px`,
  );
  // Images of the corpus point at nothing (`src=x`): their 404s are expected, nothing else is.
  assert.deepEqual(
    problems.filter((problem) => !problem.startsWith('console: Failed to load resource')),
    [],
  );
  await close();
});
