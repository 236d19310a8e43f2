import { expect } from '@open-wc/testing';
import { waitUntil } from './test-support/wait.js';
import { createElement, useState, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { CxCustomerCard, CxProvider, CxTicketHistory } from './react.js';
import { requestHeaders, requestLog, useMockBackend } from './test-support/mock-backend.js';

// cxkit/react in React 19 itself: what React code writes (inline functions and objects as props) must
// not cost a request per render.

describe('cxkit/react', () => {
  useMockBackend();
  let root: Root | undefined;
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    root?.unmount();
    container.remove();
  });

  it('makes no request when a parent re-renders with new inline token getters and headers', async () => {
    let rerender: () => void = () => undefined;
    let token = 't1';
    function App(): ReactElement {
      const [renders, setRenders] = useState(0);
      rerender = () => setRenders((count) => count + 1);
      return createElement(
        CxProvider,
        {
          baseUrl: '/api',
          // As most React code writes them: a new function and a new object on every render.
          getAccessToken: async () => token,
          headers: { 'X-Render': String(renders) },
        },
        createElement(CxCustomerCard, { customerId: 'c_1', recentCases: 0 }),
        createElement(CxTicketHistory, { customerId: 'c_1' }),
      );
    }
    root = createRoot(container);
    flushSync(() => root!.render(createElement(App)));
    const card = container.querySelector('cx-customer-card')!;
    const history = container.querySelector('cx-ticket-history')!;
    await waitUntil(() => card.shadowRoot?.querySelector('.fields'), 'card loaded');
    await waitUntil(() => history.shadowRoot?.querySelector('[role="option"]'), 'history loaded');
    const before = requestLog.length;
    for (let index = 0; index < 10; index += 1) {
      token = `t${index + 2}`;
      flushSync(() => rerender());
      await card.updateComplete;
      await history.updateComplete;
    }
    expect(requestLog.slice(before), 'ten re-renders, no request').to.deep.equal([]);
    expect(card.shadowRoot!.querySelector('.fields'), 'the card still shows its data').to.not.equal(null);
    expect(history.shadowRoot!.querySelectorAll('[role="option"]').length).to.be.greaterThan(0);
    // The latest getter and headers are the ones the next request uses.
    await history.refresh();
    expect(requestHeaders.at(-1)!.get('Authorization')).to.equal('Bearer t11');
    expect(requestHeaders.at(-1)!.get('X-Render')).to.equal('10');
  });
});
