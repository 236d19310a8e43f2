import { expect, fixture, fixtureCleanup, html, nextFrame } from '@open-wc/testing';
import { waitUntil } from '../../test-support/wait.js';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../provider/define.js';
import '../ticket-history/define.js';
import type { CxTicketHistory } from '../ticket-history/ticket-history.js';
import { settled } from '../../test-support/settled.js';
import { draftId, loadDraft } from './drafts.js';
import { nextEvent } from '../../test-support/events.js';
import { deepActiveElement } from '../../core/interactions/focus.js';
import { expectSame } from '../../test-support/same.js';
import { requestsTo, useMockBackend, worker } from '../../test-support/mock-backend.js';
import './define.js';
import { clearCaseDrafts } from './draft-keeper.js';
import {
  $,
  planPostsOf,
  chord,
  dialog,
  fillSubject,
  keysOfPosts,
  mount,
  open,
  posts,
  root,
  ticketsOf,
  type,
} from '../../test-support/flyout.js';

// The first test reads which modules loaded from the page's resource timings: the default buffer
// (250 entries) fills up with this page's own modules long before the flyout opens.
performance.setResourceTimingBufferSize(20_000);

describe('<cx-case-flyout>', () => {
  useMockBackend();
  // The last test's flyout leaves the page first (keeping its draft, as it should), then every draft goes.
  beforeEach(async () => {
    fixtureCleanup();
    await clearCaseDrafts();
  });

  it('loads its form and editor only when first opened; focus moves in and returns to the trigger', async () => {
    const loadedModules = () =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => /case-form|rich-text|@tiptap/.test(name));
    const mounted = await mount('customer-id="c_1"');
    await mounted.flyout.updateComplete;
    await nextFrame();
    expect(loadedModules()).to.deep.equal([]);
    await open(mounted);
    expect(loadedModules().some((name) => name.includes('rich-text'))).to.equal(true);
    expect(dialog(mounted.flyout).open).to.equal(true);
    expect(dialog(mounted.flyout).matches(':modal')).to.equal(true);
    expect(dialog(mounted.flyout).getAttribute('aria-labelledby')).to.equal('flyout-title');
    // The customer is prefilled, so the title is where typing starts.
    await waitUntil(() => root(mounted.flyout).activeElement?.id === 'subject-input', 'focus in the title');
    await sendKeys({ press: 'Escape' }); // nothing typed: closes at once
    await waitUntil(() => !dialog(mounted.flyout).open, 'closed');
    expectSame(document.activeElement, mounted.trigger, 'focus back on the trigger');
  });

  it('keeps Tab in the modal flyout (the platform’s, with no trap of its own) and never on the page behind', async () => {
    const mounted = await mount('customer-id="c_1"');
    await open(mounted);
    const el = mounted.flyout;
    const close = $(el, 'dialog button[aria-label="Close"]')!;
    close.focus();
    await chord('Shift', 'Tab');
    // Backwards from the first control: the browser's own controls, or the last control.
    const inDialogOrBrowser = () => {
      const active = deepActiveElement();
      return active === null || dialog(el).contains(active) || active === el;
    };
    expect(inDialogOrBrowser(), 'not the page behind').to.equal(true);
    for (let step = 0; step < 30 && root(el).activeElement !== close; step += 1) {
      await sendKeys({ press: 'Tab' });
      expect(inDialogOrBrowser(), `Tab ${step + 1} stays in the flyout`).to.equal(true);
      expect(mounted.trigger.matches(':focus')).to.equal(false);
    }
    expectSame(root(el).activeElement, close, 'Tab comes round to the first control again');
  });

  it('requires a customer and a title, with messages on the fields and focus on the first', async () => {
    const mounted = await mount();
    await open(mounted);
    const el = mounted.flyout;
    $<HTMLButtonElement>(el, '.footer .save')!.click();
    await waitUntil(() => $(el, '#customerId-error'), 'the messages on the fields');
    expect($(el, '#customerId-error')!.textContent).to.equal('Customer is required.');
    expect($(el, '#subject-error')!.textContent).to.equal('Title is required.');
    expect($(el, '#subject-input')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#subject-input')!.getAttribute('aria-describedby')).to.equal('subject-error');
    expect(root(el).activeElement?.id).to.equal('customer-input');
    expect(posts()).to.have.length(0);
  });

  it('finds and chooses a customer with the keyboard, and says when nothing matches', async () => {
    const mounted = await mount();
    await open(mounted);
    const el = mounted.flyout;
    const input = $<HTMLInputElement>(el, '#customer-input')!;
    await type(el, '#customer-input', 'example.com');
    await waitUntil(() => root(el).querySelectorAll('[role="option"]').length > 0, 'options', {
      timeout: 4000,
    });
    // Debounced: one search for the whole word.
    expect(requestsTo('GET /api/customers?')).to.have.length(1);
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('customer-option-1');
    const chosen = $(el, '#customer-option-1 .option-name')!.textContent!.trim();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(input.value).to.equal(chosen);
    expect(input.getAttribute('aria-expanded')).to.equal('false');

    input.select();
    await sendKeys({ type: 'zzqx-nobody' });
    await waitUntil(() => $(el, '.no-results'), 'no results', { timeout: 4000 });
    expect($(el, '.no-results')!.textContent).to.equal('No customers found');
    await sendKeys({ press: 'Escape' }); // closes the list, not the flyout
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
    expect(input.getAttribute('aria-expanded')).to.equal('false');
  });

  it('formats text, refuses unsafe links and neutralises pasted hostile HTML', async () => {
    const mounted = await mount('customer-id="c_1"');
    await open(mounted);
    const el = mounted.flyout;
    const editor = $(el, '.rich-text')!;
    editor.focus();
    await sendKeys({ type: 'Plain ' });
    await chord('Control', 'b');
    await sendKeys({ type: 'bold' });
    await chord('Control', 'b');
    await sendKeys({ type: ' ' });
    $<HTMLButtonElement>(el, 'button[aria-label="Italic"]')!.click();
    await sendKeys({ type: 'italic' });
    expect(editor.innerHTML).to.contain('<strong>bold</strong>');
    expect(editor.innerHTML).to.contain('<em>italic</em>');
    await sendKeys({ press: 'Enter' });
    $<HTMLButtonElement>(el, 'button[aria-label="Bulleted list"]')!.click();
    await sendKeys({ type: 'first point' });
    expect(editor.querySelector('ul li')!.textContent).to.equal('first point');
    await el.updateComplete;
    expect($(el, 'button[aria-label="Bulleted list"]')!.getAttribute('aria-pressed')).to.equal('true');

    // Links: only http, https and mailto.
    await chord('Shift', 'Home');
    $<HTMLButtonElement>(el, 'button[aria-label="Link"]')!.click();
    await waitUntil(() => $(el, '#description-link-input'), 'link input');
    await type(el, '#description-link-input', 'javascript:alert(1)');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '#description-link-error')!.textContent).to.equal(
      'Use an http://, https:// or mailto: address.',
    );
    const linkInput = $<HTMLInputElement>(el, '#description-link-input')!;
    linkInput.select();
    await sendKeys({ type: 'https://example.com/help' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const link = editor.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.com/help');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');

    // A paste full of script, after the link.
    (window as { __pwned?: unknown }).__pwned = undefined;
    editor.focus();
    await sendKeys({ press: 'End' });
    const data = new DataTransfer();
    data.setData(
      'text/html',
      '<p>pasted <b>fine</b></p><img src="javascript:window.__pwned=1" onerror="window.__pwned=1"><script>window.__pwned=1</script><a href="javascript:window.__pwned=1">click</a><svg onload="window.__pwned=1"></svg>',
    );
    data.setData('text/plain', 'pasted fine');
    editor.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
    await waitUntil(() => editor.textContent!.includes('pasted fine'), 'the paste is in');
    expect(editor.querySelector('script, svg, img, [onerror], [onload]')).to.equal(null);
    expect(
      [...editor.querySelectorAll('a')].some((a) => /javascript:/i.test(a.getAttribute('href') ?? '')),
    ).to.equal(false);
    await nextFrame();
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);

    // What is sent is sanitized HTML.
    const bodies: string[] = [];
    const capture = ({ request }: { request: Request }) => {
      if (request.method === 'POST')
        void request
          .clone()
          .text()
          .then((body) => bodies.push(body));
    };
    worker.events.on('request:start', capture);
    await fillSubject(el);
    const created = nextEvent(el, 'cx-case-created');
    $<HTMLButtonElement>(el, '.footer .save')!.click();
    await created;
    worker.events.removeListener('request:start', capture);
    const sent = JSON.parse(bodies[0]!) as { description: string };
    expect(sent.description).to.contain('<strong>bold</strong>');
    expect(sent.description).to.contain('href="https://example.com/help"');
    expect(sent.description).not.to.match(/onerror|<script|javascript:|onload/i);
  });

  it('edits Thai typed through an input method', async () => {
    const mounted = await mount('customer-id="c_1"', 'th');
    await open(mounted);
    const el = mounted.flyout;
    const editor = $(el, '.rich-text')!;
    editor.focus();
    await executeServerCommand('ime-type', { composition: ['ส', 'สว', 'สวั', 'สวัส'], commit: 'สวัสดี' });
    await sendKeys({ type: ' ' });
    await executeServerCommand('ime-type', { composition: ['ค', 'คร', 'ครั'], commit: 'ครับ' });
    await waitUntil(() => editor.textContent === 'สวัสดี ครับ', `Thai text, got "${editor.textContent}"`);
    await type(el, '#subject-input', 'ทดสอบ');
    expect($<HTMLInputElement>(el, '#subject-input')!.value).to.equal('ทดสอบ');
  });

  it("creates the case once with an Idempotency-Key, says so with its number, and the customer's history shows it", async () => {
    fixtureCleanup();
    const container = await fixture<HTMLElement>(
      html`<cx-provider base-url="/api">
        <button id="new-case" type="button">New case</button>
        <cx-case-flyout anchor="new-case" customer-id="c_2"></cx-case-flyout>
        <cx-ticket-history customer-id="c_2"></cx-ticket-history>
      </cx-provider>`,
    );
    const flyout = container.querySelector('cx-case-flyout')!;
    const history = container.querySelector<CxTicketHistory>('cx-ticket-history')!;
    const trigger = container.querySelector<HTMLButtonElement>('#new-case')!;
    trigger.addEventListener('click', () => void flyout.show());
    await waitUntil(() => history.shadowRoot!.querySelector('[role="option"]'), 'history loaded', {
      timeout: 4000,
    });
    await open({ flyout, trigger });
    await fillSubject(flyout, 'Charged twice for one order');
    const created = nextEvent(flyout, 'cx-case-created');
    const save = $<HTMLButtonElement>(flyout, '.footer .save')!;
    save.click();
    save.click(); // a double click sends one request
    const { ticket } = (await created).detail;
    expect(posts()).to.have.length(1);
    expect(keysOfPosts()[0]).to.match(/^[0-9a-f-]{36}$/);
    expect(ticket.subject).to.equal('Charged twice for one order');
    expect(ticket.status).to.equal('new');
    // It says what it did, with the new case's number, and offers to open it.
    await waitUntil(() => $(flyout, '.created'), 'the confirmation');
    expect($(flyout, '.created-heading')!.textContent!.trim()).to.equal(`Case ${ticket.number} created`);
    const openCase = $<HTMLButtonElement>(flyout, '.created .cx-button--primary')!;
    expectSame(root(flyout).activeElement, openCase, 'focus on Open case');
    const opened = nextEvent(flyout, 'cx-ticket-open');
    openCase.click();
    expect((await opened).detail.ticket.id).to.equal(ticket.id);
    // Not taken by the host: the flyout shows the case, and Back returns to the confirmation.
    await waitUntil(() => $(flyout, 'cx-ticket-detail')?.shadowRoot?.querySelector('h2'), 'the case shown');
    expect($(flyout, 'cx-ticket-detail')!.shadowRoot!.querySelector('h2')!.textContent).to.equal(
      'Charged twice for one order',
    );
    $<HTMLButtonElement>(flyout, '.created-view .back')!.click();
    await waitUntil(() => $(flyout, '.created'), 'back to the confirmation');
    const closed = nextEvent(flyout, 'cx-flyout-close');
    await sendKeys({ press: 'Escape' });
    expect((await closed).detail.reason).to.equal('created');
    expectSame(document.activeElement, trigger, 'focus back on the trigger');
    await waitUntil(
      () =>
        history.shadowRoot!.querySelector('[role="option"] .subject')?.textContent ===
        'Charged twice for one order',
      'the history shows the new case',
      { timeout: 4000 },
    );
  });

  it('"Save & resolve" creates a resolved case', async () => {
    const mounted = await mount('customer-id="c_1"');
    await open(mounted);
    await fillSubject(mounted.flyout);
    const created = nextEvent(mounted.flyout, 'cx-case-created');
    [...root(mounted.flyout).querySelectorAll<HTMLButtonElement>('.footer button')]
      .find((button) => button.textContent!.trim() === 'Save & resolve')!
      .click();
    expect((await created).detail.ticket.status).to.equal('resolved');
  });

  it('says a lost answer is unknown, locks the draft, checks by itself, and one case results', async function () {
    this.timeout(20000);
    const before = ticketsOf('c_1').length;
    // The first try reaches the server (which commits); its answer and the automatic retries are lost.
    planPostsOf('Lost answer', (attempt) => (attempt > 1 && attempt <= 4 ? HttpResponse.error() : undefined));
    const { setScenario } = (await import('../../test-support/mock-backend.js')).mockControl;
    setScenario({ dropCreateResponses: 1 });
    const mounted = await mount('customer-id="c_1"');
    await open(mounted);
    const el = mounted.flyout;
    await fillSubject(el, 'Lost answer');
    const created = nextEvent(el, 'cx-case-created', 20000);
    const focusedAlong: string[] = [];
    root(el).addEventListener('focusin', (event) =>
      focusedAlong.push((event.target as HTMLElement).className),
    );
    $<HTMLButtonElement>(el, '.footer .save')!.focus();
    $<HTMLButtonElement>(el, '.footer .save')!.click();
    // No answer is no refusal: it says the outcome is unknown, keeps the draft locked, and checks by itself.
    await waitUntil(() => $(el, '.outcome'), 'the outcome is said to be unknown', { timeout: 15000 });
    const said = root(el).textContent!.replace(/\s+/g, ' ');
    expect(said).to.contain('We could not confirm that the case was saved');
    expect(said).to.not.contain('not saved');
    expect($(el, '.flyout-body')!.inert, 'the form is locked while checking').to.equal(true);
    expect($<HTMLInputElement>(el, '#subject-input')!.value).to.equal('Lost answer');
    // Focus went from Save straight to "Check now" (the keeper's hand-off), never to ×.
    await waitUntil(() => root(el).activeElement === $(el, '.outcome button'), 'focus on Check now');
    expect(focusedAlong, 'focus passed by').to.not.include('cx-icon-button');
    // The replay of the same key and body brings the case the first request created.
    const ticket = (await created).detail.ticket;
    expect(ticket.subject).to.equal('Lost answer');
    expect(ticketsOf('c_1').length, 'one case').to.equal(before + 1);
    const keys = keysOfPosts();
    expect(new Set(keys).size, 'one key for every attempt').to.equal(1);
    expect(keys.length).to.be.at.least(5);
  });

  it('goes on checking a save whose answer never came when the flyout comes back, as after a reload', async function () {
    this.timeout(30000);
    const before = ticketsOf('c_1').length;
    let reachable = false;
    // The first try commits on the server (its answer is lost); every later one is lost too until the
    // network is back.
    planPostsOf('Reload while unsure', (attempt) =>
      attempt === 1 || reachable ? undefined : HttpResponse.error(),
    );
    const { setScenario } = (await import('../../test-support/mock-backend.js')).mockControl;
    setScenario({ dropCreateResponses: 1 });
    const mounted = await mount('customer-id="c_1" draft-key="reload"');
    await open(mounted);
    await fillSubject(mounted.flyout, 'Reload while unsure');
    $<HTMLButtonElement>(mounted.flyout, '.footer .save')!.click();
    await waitUntil(() => $(mounted.flyout, '.outcome'), 'unknown outcome', { timeout: 15000 });
    // The page goes away (the draft, with what was sent, is in storage) and comes back online.
    const parent = mounted.flyout.parentElement!;
    mounted.flyout.remove();
    reachable = true;
    const again = document.createElement('cx-case-flyout');
    again.setAttribute('customer-id', 'c_1');
    again.setAttribute('draft-key', 'reload');
    parent.append(again);
    const created = nextEvent(again, 'cx-case-created', 15000);
    await again.show();
    expect((await created).detail.ticket.subject).to.equal('Reload while unsure');
    expect(ticketsOf('c_1').length, 'one case').to.equal(before + 1);
  });

  it('unlocks the draft when a check gets a refusal: the case was not created', async function () {
    this.timeout(20000);
    planPostsOf('Help', (attempt) =>
      attempt <= 4
        ? HttpResponse.error() // nothing reaches the server
        : HttpResponse.json(
            {
              type: 'about:blank',
              title: 'Invalid',
              status: 422,
              errors: [{ field: 'subject', message: 'Too vague.' }],
            },
            { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
          ),
    );
    const mounted = await mount('customer-id="c_1"');
    await open(mounted);
    const el = mounted.flyout;
    await fillSubject(el, 'Help');
    $<HTMLButtonElement>(el, '.footer .save')!.click();
    await waitUntil(() => $(el, '.outcome'), 'unknown outcome', { timeout: 15000 });
    await waitUntil(() => !$(el, '.outcome') && $(el, '#subject-error'), 'the refusal lands on its field', {
      timeout: 10000,
    });
    expect($(el, '#subject-error')!.textContent).to.contain('Too vague.');
    expect($(el, '.flyout-body')!.inert, 'editable again').to.equal(false);
    expectSame(root(el).activeElement, $(el, '#subject-input'), 'focus on the field');
  });

  it('says when the service reasons or the customer search fail, with Try again, never an empty list', async () => {
    worker.use(
      http.get('*/api/lookups', () =>
        HttpResponse.json({ title: 'Lookups down', status: 500 }, { status: 500 }),
      ),
      http.get('*/api/customers', () =>
        HttpResponse.json({ title: 'Search down', status: 500 }, { status: 500 }),
      ),
    );
    const mounted = await mount();
    await open(mounted);
    const el = mounted.flyout;
    await waitUntil(() => $(el, '#reason-select + [part="inline-error"]'), 'the reasons say they failed');
    const reasons = $(el, '#reason-select + [part="inline-error"]')!;
    expect(reasons.textContent).to.contain('The options could not be loaded.').and.contain('Lookups down');
    await type(el, '#customer-input', 'anna');
    await waitUntil(() => $(el, '.combobox [part="inline-error"]'), 'the search says it failed', {
      timeout: 3000,
    });
    expect($(el, '.combobox')!.textContent)
      .to.contain('The search failed.')
      .and.not.contain('No customers found');
    expect($(el, '#customer-listbox')!.hidden).to.equal(true);
    // The API is back: each Try again brings what was missing.
    worker.resetHandlers();
    [...reasons.querySelectorAll('button')]
      .find((button) => button.textContent!.trim() === 'Try again')!
      .click();
    await waitUntil(() => root(el).querySelectorAll('#reason-select option').length > 1, 'reasons loaded');
    $<HTMLButtonElement>(el, '.combobox [part="inline-error"] button')!.click();
    await waitUntil(
      () => root(el).querySelectorAll('#customer-listbox [role="option"]').length > 0,
      'results',
    );
  });

  it('puts 422 errors on their fields and focuses the first', async () => {
    worker.use(
      http.post('*/api/tickets', () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: 'Some fields are not valid',
            status: 422,
            errors: [
              { field: 'priority', message: 'Urgent cases need a reason.' },
              { field: 'subject', message: 'A case with this title is already open.' },
            ],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const mounted = await mount('customer-id="c_1"');
    await open(mounted);
    const el = mounted.flyout;
    await fillSubject(el);
    $<HTMLButtonElement>(el, '.footer .save')!.click();
    await waitUntil(() => $(el, '#subject-error'), 'field errors', { timeout: 4000 });
    expect($(el, '#subject-error')!.textContent).to.equal('A case with this title is already open.');
    expect($(el, '#priority-error')!.textContent).to.equal('Urgent cases need a reason.');
    expect(root(el).activeElement?.id).to.equal('subject-input');
    expect(dialog(el).open).to.equal(true);
  });

  it('restores the draft after the element is removed and created again, and can discard it', async () => {
    const first = await mount('customer-id="c_3" draft-key="conv_9"');
    await open(first);
    await fillSubject(first.flyout, 'Half-written case');
    first.flyout.shadowRoot!.querySelector<HTMLElement>('.rich-text')!.focus();
    await sendKeys({ type: 'Notes so far' });
    // The draft is saved as the agent pauses.
    await waitUntil(
      async () => (await loadDraft(draftId('c_3', 'conv_9')))?.description.includes('Notes so far'),
      'the draft saved',
      { timeout: 4000 },
    );
    first.flyout.remove();

    const second = await mount('customer-id="c_3" draft-key="conv_9"');
    await open(second);
    const el = second.flyout;
    expect($(el, '.banner')!.textContent).to.contain('Draft restored');
    expect($<HTMLInputElement>(el, '#subject-input')!.value).to.equal('Half-written case');
    expect($(el, '.rich-text')!.textContent).to.equal('Notes so far');
    // Another draft key is another draft.
    const other = await mount('customer-id="c_3" draft-key="conv_10"');
    await open(other);
    expect($<HTMLInputElement>(other.flyout, '#subject-input')!.value).to.equal('');

    const again = await mount('customer-id="c_3" draft-key="conv_9"');
    await open(again);
    [...root(again.flyout).querySelectorAll<HTMLButtonElement>('.banner button')][0]!.click();
    await waitUntil(() => !$(again.flyout, '.banner'), 'discarded');
    expect($<HTMLInputElement>(again.flyout, '#subject-input')!.value).to.equal('');
    const fresh = await mount('customer-id="c_3" draft-key="conv_9"');
    await open(fresh);
    expect($(fresh.flyout, '.banner')).to.equal(null);
  });

  it('non-modal: the page stays usable, Tab leaves and the trigger comes back, and the draft stays', async () => {
    fixtureCleanup();
    const container = await fixture<HTMLElement>(
      html`<cx-provider base-url="/api">
        <button id="new-case" type="button">New case</button>
        <cx-case-flyout anchor="new-case" customer-id="c_1" non-modal></cx-case-flyout>
        <textarea id="conversation" aria-label="Conversation">
The customer wrote: order 4471 never came.</textarea>
      </cx-provider>`,
    );
    const flyout = container.querySelector('cx-case-flyout')!;
    const trigger = container.querySelector<HTMLButtonElement>('#new-case')!;
    const conversation = container.querySelector('textarea')!;
    trigger.addEventListener('click', () => void flyout.show());
    await open({ flyout, trigger });
    expect(dialog(flyout).matches(':modal'), 'not modal').to.equal(false);
    await fillSubject(flyout, 'Order 4471');
    // The page behind is usable: the agent goes there and copies from the conversation.
    conversation.focus();
    expectSame(document.activeElement, conversation, 'focus in the page');
    const start = conversation.value.indexOf('order 4471');
    conversation.setSelectionRange(start, start + 'order 4471'.length);
    expect(conversation.value.slice(conversation.selectionStart, conversation.selectionEnd)).to.equal(
      'order 4471',
    );
    // Back with the trigger: focus returns where it was in the flyout, the draft as it was.
    trigger.click();
    await waitUntil(() => root(flyout).activeElement?.id === 'subject-input', 'back in the flyout');
    expect($<HTMLInputElement>(flyout, '#subject-input')!.value).to.equal('Order 4471');
    // Tab walks out of the flyout into the page (nothing traps it) once past its last control.
    const last = [...dialog(flyout).querySelectorAll<HTMLButtonElement>('.footer button')].at(-1)!;
    last.focus();
    await sendKeys({ press: 'Tab' });
    expectSame(document.activeElement, conversation, 'Tab leaves the flyout');
    // Escape inside still closes it, asking first: there is unsaved work.
    trigger.click();
    await waitUntil(() => root(flyout).activeElement !== null, 'in the flyout');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => $(flyout, '[role="alertdialog"]'), 'asks first');
    await expect(flyout).to.be.accessible();
  });

  it('asks before Escape closes a case with unsaved work', async () => {
    const mounted = await mount('customer-id="c_1"');
    await open(mounted);
    const el = mounted.flyout;
    await fillSubject(el, 'Unsaved');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
    const question = $(el, '[role="alertdialog"]')!;
    expect(question.textContent).to.contain('Close the new case?');
    await waitUntil(
      () => root(el).activeElement?.textContent?.trim() === 'Keep editing',
      'focus on Keep editing',
    );
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '[role="alertdialog"]')).to.equal(null);
    expect(dialog(el).open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    const closed = nextEvent(el, 'cx-flyout-close');
    [...root(el).querySelectorAll<HTMLButtonElement>('[role="alertdialog"] button')]
      .find((button) => button.textContent!.trim() === 'Close, keep the draft')!
      .click();
    expect((await closed).detail.reason).to.equal('cancelled');
    expectSame(document.activeElement, mounted.trigger, 'focus back on the trigger');
  });

  it('"Open full form" hands the whole draft to the host', async () => {
    const mounted = await mount('customer-id="c_1" priority="high"');
    await open(mounted);
    const el = mounted.flyout;
    await fillSubject(el, 'Needs the full form');
    const expand = nextEvent(el, 'cx-case-expand');
    el.addEventListener('cx-case-expand', (event) => event.preventDefault(), { once: true });
    const closed = nextEvent(el, 'cx-flyout-close');
    [...root(el).querySelectorAll<HTMLButtonElement>('.footer button')]
      .find((button) => button.textContent!.trim() === 'Open full form')!
      .click();
    const { draft } = (await expand).detail;
    expect(draft.subject).to.equal('Needs the full form');
    expect(draft.customerId).to.equal('c_1');
    expect(draft.priority).to.equal('high');
    expect((await closed).detail.reason).to.equal('expanded');
  });

  it('stays on screen from 240 to 1920 px wide, anchored or as a sheet', async () => {
    for (const width of [240, 1920]) {
      await setViewport({ width, height: 800 });
      const mounted = await mount('customer-id="c_1"');
      const trigger = mounted.trigger;
      trigger.style.marginInlineStart = `${width - 100}px`;
      await open(mounted);
      // Floating UI places it once it has measured: wait for that, then check it stays inside.
      const box = () => dialog(mounted.flyout).getBoundingClientRect();
      await waitUntil(() => box().left >= 0 && box().right <= width, `${width}px: inside`).catch(() => {
        throw new Error(`${width}px: inside, got ${box().left}–${box().right}`);
      });
      await mounted.flyout.hide();
    }
    await setViewport({ width: 800, height: 600 });
    const sheet = await mount('customer-id="c_1" mode="sheet"');
    await open(sheet);
    const rect = dialog(sheet.flyout).getBoundingClientRect();
    expect(Math.round(rect.right)).to.equal(800);
    expect(Math.round(rect.height)).to.equal(600);
  });

  for (const lang of ['en', 'th', 'id', 'pl']) {
    it(`passes axe open, with errors and while asking, light and dark (${lang})`, async () => {
      const mounted = await mount('customer-id="c_1"', lang);
      await open(mounted);
      const el = mounted.flyout;
      await waitUntil(() => root(el).querySelectorAll('#reason-select option').length > 1, 'lookups');
      await expect(el).to.be.accessible();
      el.theme = 'dark';
      await settled(el);
      $<HTMLInputElement>(el, '#subject-input')!.value = '';
      $<HTMLButtonElement>(el, '.footer .save')!.click();
      await settled(el);
      await expect(el).to.be.accessible();
      await fillSubject(el, 'x');
      await sendKeys({ press: 'Escape' });
      await settled(el);
      await expect(el).to.be.accessible();
    });
  }
});
