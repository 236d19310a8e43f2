// A file (a page) of its own: the virtualizer's chunk must not have loaded yet.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { mountInProvider } from '../../test-support/mount.js';
import { useMockBackend } from '../../test-support/mock-backend.js';
import { manyTickets, serveTickets } from '../../test-support/tickets.js';
import './define.js';

describe('<cx-ticket-history> when its virtualizer cannot be fetched', () => {
  useMockBackend();
  after(() => executeServerCommand('virtualizer-chunk', 'serve'));

  it('renders every row of a long list plainly', async () => {
    await executeServerCommand('virtualizer-chunk', 'fail');
    serveTickets(manyTickets(300));
    const el = await mountInProvider('cx-ticket-history', 'customer-id="c_test"');
    const rows = () => el.shadowRoot!.querySelectorAll('[role="option"]').length;
    await waitUntil(() => rows() === 300, 'all 300 rows, plainly', { timeout: 6000 });
    expect(el.shadowRoot!.querySelector('.scroller.plain')).to.exist;
    expect(el.shadowRoot!.querySelector('[virtualizer-sizer]')).to.equal(null);
  });
});
