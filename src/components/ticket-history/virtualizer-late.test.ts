// A file (a page) of its own: the virtualizer's chunk must not have loaded yet.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { mountInProvider } from '../../test-support/mount.js';
import { useMockBackend } from '../../test-support/mock-backend.js';
import { manyTickets, serveTickets } from '../../test-support/tickets.js';
import './define.js';

describe('<cx-ticket-history> before its virtualizer has loaded', () => {
  useMockBackend();
  after(() => executeServerCommand('virtualizer-chunk', 'serve'));

  it("shows a long list's first 40 rows plainly, then virtualizes it when the code arrives", async () => {
    await executeServerCommand('virtualizer-chunk', 'hold');
    // One page past the 200 rows the panel virtualizes after (a host's data source may send that many).
    serveTickets(manyTickets(300));
    const el = await mountInProvider('cx-ticket-history', 'customer-id="c_test"');
    const rows = () => el.shadowRoot!.querySelectorAll('[role="option"]').length;
    await waitUntil(() => rows() > 0, 'rows render', { timeout: 4000 });
    expect(rows()).to.equal(40);
    expect(el.shadowRoot!.querySelector('.scroller.plain')).to.exist;
    expect(el.shadowRoot!.querySelector('[part="footer"]')!.textContent).to.contain('300');

    // The keyboard stays within the rows shown: End goes to the 40th.
    const focusedIndex = () => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.index;
    el.shadowRoot!.querySelector<HTMLElement>('[role="option"]')!.focus();
    await sendKeys({ press: 'End' });
    await waitUntil(() => focusedIndex() === '39', 'End focuses the last row shown', { timeout: 3000 });

    await executeServerCommand('virtualizer-chunk', 'serve');
    await waitUntil(() => el.shadowRoot!.querySelector('[virtualizer-sizer]'), 'virtualized', {
      timeout: 4000,
    });
    expect(el.shadowRoot!.querySelector('.scroller.plain')).to.equal(null);
    expect(rows()).to.be.within(1, 60);
    // The virtualizer renders every row anew: the row the agent was on has focus again.
    await waitUntil(() => focusedIndex() === '39', 'row 39 focused again', { timeout: 3000 });
  });
});
