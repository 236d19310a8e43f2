// Zero Trusted Types violations for any shape of hostile HTML: a corpus of markup built to trip a
// sanitizer (e2e/fixtures/trusted-types.js) rendered as message bodies and note bodies, and pasted
// and dropped into the description editor and the notes editor, on a page whose strict policy (the
// README's) arrives as an HTTP header. Each violation would be a report a strict host receives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useBrowser } from './support.mjs';

/** The README's strict policy. */
const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob: https:",
  "media-src 'self' data: blob: https:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html dompurify',
].join('; ');

const browser = useBrowser(
  {},
  {
    headers: (path) => (path === '/fixtures/trusted-types.html' ? { 'Content-Security-Policy': POLICY } : {}),
  },
);

/** Pastes, then drops, each string of the corpus into the editor at `selector` in the flyout. */
function pasteAndDropEach(selector) {
  const flyout = document.querySelector('cx-case-flyout').shadowRoot;
  const editor = flyout.querySelector(`${selector} .ProseMirror`);
  for (const html of window.cxCorpus) {
    for (const type of ['paste', 'drop']) {
      editor.focus();
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'plain');
      const event =
        type === 'paste'
          ? new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
          : new DragEvent('drop', {
              dataTransfer: data,
              bubbles: true,
              cancelable: true,
              clientX: 10,
              clientY: 10,
            });
      editor.dispatchEvent(event);
    }
  }
  // Whatever stayed in the editor is inert: no handler, no script URL, no script element.
  const unsafe = [...editor.querySelectorAll('*')].filter(
    (element) =>
      element.localName === 'script' ||
      [...element.attributes].some(
        (attribute) => /^on/i.test(attribute.name) || /^\s*javascript:/i.test(attribute.value),
      ),
  );
  return unsafe.map((element) => element.outerHTML.slice(0, 80));
}

test('no Trusted Types violation and nothing runs, for any shape of hostile HTML, shown, pasted or dropped', async () => {
  const { page, problems, close } = await browser.page();
  await page.addInitScript(() => {
    window.alert = window.confirm = window.prompt = () => (window.__pwned = 'dialog');
  });
  const response = await page.goto(`${browser.base}/fixtures/trusted-types.html`);
  assert.equal(response.headers()['content-security-policy'], POLICY, 'the policy comes as a header');
  await page.waitForFunction(() => window.cxReady);
  const size = await page.evaluate(() => window.cxCorpus.length);
  assert.ok(size > 2000, `a corpus of ${size} shapes`);

  // Every message and note body, sanitized and shown by the ticket detail.
  const detail = page.locator('cx-ticket-detail');
  await detail
    .locator('[part~="message"]')
    .nth(size - 1)
    .waitFor({ timeout: 30000 });
  await detail
    .locator('[part~="note"]')
    .nth(size - 1)
    .waitFor({ timeout: 30000 });

  // Every string pasted and dropped into both editors of the flyout.
  await page.getByRole('button', { name: 'New case' }).click();
  await page.locator('cx-case-flyout #description-editor .ProseMirror').waitFor();
  assert.deepEqual(
    await page.evaluate(pasteAndDropEach, '#description-editor'),
    [],
    'the description is inert',
  );
  assert.deepEqual(await page.evaluate(pasteAndDropEach, '#note-editor'), [], 'the note is inert');

  const state = await page.evaluate(() => ({
    pwned: window.__pwned ?? null,
    violations: window.__violations,
  }));
  assert.equal(state.pwned, null, 'no script ran');
  assert.deepEqual(state.violations, [], 'no policy violation');
  // The corpus's images point at nothing: their failed loads are expected, nothing else is.
  assert.deepEqual(
    problems.filter((problem) => !problem.startsWith('console: Failed to load resource')),
    [],
  );
  await close();
});
