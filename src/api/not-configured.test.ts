import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test-support/wait.js';
import { configure, resetConfig } from '../core/config.js';
import { NOT_CONFIGURED_GRACE_MS } from './query-controller.js';
import '../components/customer-card/define.js';
import '../components/provider/define.js';
import '../components/ticket-history/define.js';
import { captureConsole, captureConsoleErrors } from '../test-support/console.js';
import { useMockBackend } from '../test-support/mock-backend.js';

// A page of its own: the console hears of a missing data source once per page, and this file checks
// that once.

const shadowText = (element: Element) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const cardLoaded = (card: Element) => card.shadowRoot!.querySelector('.fields');
/** A widget without a data source waits this long for one before it says so. */
const AFTER_GRACE = { timeout: NOT_CONFIGURED_GRACE_MS + 2000 };

describe('a widget with no data source', () => {
  useMockBackend();
  afterEach(() => resetConfig());

  it('says so in the widget, once in the console, and in cx-error; it loads once one is configured', async () => {
    resetConfig();
    const logged = captureConsoleErrors();
    const errors: string[] = [];
    const listener = (event: Event) =>
      errors.push((event as CustomEvent<{ error: { kind: string } }>).detail.error.kind);
    document.addEventListener('cx-error', listener);
    try {
      const page = await fixture(
        html`<div>
          <cx-customer-card customer-id="c_1" recent-cases="0"></cx-customer-card>
          <cx-ticket-history customer-id="c_1"></cx-ticket-history>
        </div>`,
      );
      const [card, history] = [
        page.querySelector('cx-customer-card')!,
        page.querySelector('cx-ticket-history')!,
      ];
      // A data source often arrives a moment late (a provider's first update, React's effects): until
      // the grace period ends the widget is loading, and nobody is told anything.
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('[part="loading"]'), 'loading at first').to.not.equal(null);
      expect(logged.messages).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
      await waitUntil(() => card.shadowRoot!.querySelector('[part="error"]'), 'card error', AFTER_GRACE);
      await waitUntil(
        () => history.shadowRoot!.querySelector('[part="error"]'),
        'history error',
        AFTER_GRACE,
      );
      expect(shadowText(card)).to.contain('Not connected to the helpdesk');
      expect(shadowText(card)).to.contain('Ask your administrator to connect it.');
      expect(errors).to.deep.equal(['not-configured', 'not-configured']);
      const notConfigured = logged.messages.filter((message) => message.includes('no data source'));
      expect(notConfigured, 'one console message for the page').to.have.length(1);
      expect(notConfigured[0]).to.contain('<cx-provider base-url=').and.contain('configure({ baseUrl })');

      // Try again looks again: still nothing, still the same state, no new console message.
      card.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
      await card.updateComplete;
      expect(shadowText(card)).to.contain('Not connected to the helpdesk');

      configure({ baseUrl: '/api' });
      // A request and a render: seconds, not one, on a loaded machine.
      await waitUntil(() => cardLoaded(card), 'the card loads once configured', { timeout: 5000 });
      await waitUntil(() => history.shadowRoot!.querySelector('[role="option"]'), 'the history too', {
        timeout: 5000,
      });
      expect(logged.messages.filter((message) => message.includes('no data source'))).to.have.length(1);
    } finally {
      document.removeEventListener('cx-error', listener);
      logged.restore();
    }
  });

  it('Try again finds a data source that arrived without a change notice', async () => {
    resetConfig();
    const logged = captureConsoleErrors();
    try {
      const card = await fixture<HTMLElementTagNameMap['cx-customer-card']>(
        html`<cx-customer-card customer-id="c_1" recent-cases="0"></cx-customer-card>`,
      );
      await waitUntil(
        () => card.shadowRoot!.querySelector('[part="retry-button"]'),
        'error with Try again',
        AFTER_GRACE,
      );
      // A provider put around it later: the widget learns of it through Try again at the latest.
      const provider = document.createElement('cx-provider');
      provider.baseUrl = '/api';
      card.before(provider);
      provider.append(card);
      await waitUntil(() => cardLoaded(card) || card.shadowRoot!.querySelector('[part="retry-button"]'));
      card.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')?.click();
      await waitUntil(() => cardLoaded(card), 'loaded after Try again');
    } finally {
      logged.restore();
    }
  });

  it('warns when configure() is called on a copy of cxkit whose elements are not on the page', () => {
    const registry = (globalThis as Record<symbol, Map<string, string>>)[Symbol.for('cxkit.registered-by')]!;
    registry.set('cx-from-another-copy', 'cxkit 9.9.9 (other)');
    const warned = captureConsole('warn');
    try {
      configure({ baseUrl: '/api' });
      expect(warned.messages.join('\n'))
        .to.contain('configure() was called on a copy of cxkit whose elements are not the ones on this page')
        .and.contain('<cx-from-another-copy> belongs to cxkit 9.9.9 (other)');
    } finally {
      warned.restore();
      registry.delete('cx-from-another-copy');
    }
  });
});
