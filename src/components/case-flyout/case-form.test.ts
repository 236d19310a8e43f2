import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../provider/define.js';
import './case-form.js';
import type { CxCaseForm } from './case-form.js';
import { clearCaseDrafts } from './draft-keeper.js';
import { CaseFormConfirmingEvent, CaseFormFinishEvent } from './form-events.js';
import { nextEvent } from '../../test-support/events.js';
import { requestsTo, useMockBackend } from '../../test-support/mock-backend.js';
import { waitUntil } from '../../test-support/wait.js';

// The flyout's form is an element of its own: it works, and can be tested, without the flyout
// around it. It renders into its own children (the flyout's shadow root, inside a flyout).

/** The next of the form's own (internal) events of `type`. */
const next = <T extends Event>(form: CxCaseForm, type: string) =>
  new Promise<T>((resolve) => form.addEventListener(type, (event) => resolve(event as T), { once: true }));

async function mountForm(): Promise<CxCaseForm> {
  fixtureCleanup();
  const provider = await fixture<HTMLElement>(
    html`<cx-provider base-url="/api" lang="en"
      ><cx-case-form .customerId=${'c_1'}></cx-case-form
    ></cx-provider>`,
  );
  const form = provider.querySelector('cx-case-form')!;
  await form.updateComplete;
  await form.opened();
  return form;
}

describe('<cx-case-form> (the flyout’s form, alone)', () => {
  useMockBackend();
  beforeEach(() => clearCaseDrafts());

  it('renders the prefilled customer and re-renders from its own state as the agent types', async () => {
    const form = await mountForm();
    const customer = form.querySelector<HTMLInputElement>('#customer-input')!;
    await waitUntil(() => customer.value !== '', 'the prefilled customer’s name');
    expect(form.shadowRoot, 'no shadow root of its own').to.equal(null);
    expect(document.activeElement).to.equal(form.querySelector('#subject-input'));
    expect(form.dirty).to.equal(false);
    await sendKeys({ type: 'Router offline' });
    expect(form.draft.subject).to.equal('Router offline');
    expect(form.dirty).to.equal(true);
  });

  it('saves once and says so, firing cx-case-created from itself', async () => {
    const form = await mountForm();
    form.querySelector<HTMLInputElement>('#subject-input')!.focus();
    await sendKeys({ type: 'Charged twice' });
    const created = nextEvent(form, 'cx-case-created');
    form.querySelector<HTMLButtonElement>('.save')!.click();
    const { detail } = await created;
    expect(detail.ticket.subject).to.equal('Charged twice');
    expect(requestsTo('POST /api/tickets')).to.have.length(1);
    await waitUntil(() => form.querySelector('.created-heading'), 'the confirmation');
    expect(form.querySelector('.created-heading')!.textContent).to.contain(detail.ticket.number);
    expect(form.closeReason).to.equal('created');
  });

  it('asks before closing over unsaved work, and tells its flyout through its own events', async () => {
    const form = await mountForm();
    expect(form.confirmClose(), 'nothing typed: nothing to ask').to.equal(false);
    form.querySelector<HTMLInputElement>('#subject-input')!.focus();
    await sendKeys({ type: 'Half a thought' });
    const confirming = next<CaseFormConfirmingEvent>(form, CaseFormConfirmingEvent.type);
    expect(form.confirmClose()).to.equal(true);
    expect((await confirming).confirming).to.equal(true);
    await waitUntil(() => form.querySelector('.confirm'), 'the question');
    expect(form.querySelector('form')!.inert, 'the form waits for the answer').to.equal(true);
    const finished = next<CaseFormFinishEvent>(form, CaseFormFinishEvent.type);
    [...form.querySelectorAll<HTMLButtonElement>('.confirm button')][1]!.click(); // Close (keep the draft)
    expect((await finished).reason).to.equal('cancelled');
  });
});
