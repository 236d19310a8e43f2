import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { CxCaseFlyout, CxCustomerCard, CxProvider, CxTicketHistory } from '../src/react.js';
import type { Ticket } from '../src/index.js';
import { startSandbox } from './shell.js';

// The widgets in a React 19 app through `cxkit/react`: typed props, `onCx…` event props, a ref for
// the flyout's `show()`. The host opens tickets in its own panel by preventing `cx-ticket-open`.

const CUSTOMERS = [
  { id: 'c_2', name: 'A regular customer' },
  { id: 'c_10000', name: '10,000 tickets' },
  { id: 'c_empty', name: 'No tickets yet' },
];

function App() {
  const [customerId, setCustomerId] = useState('c_2');
  const [opened, setOpened] = useState<Ticket | null>(null);
  const [created, setCreated] = useState<string[]>([]);
  const flyout = useRef<HTMLElementTagNameMap['cx-case-flyout']>(null);

  return (
    <CxProvider baseUrl="/api">
      <main className="framework">
        <section className="framework-intro" aria-labelledby="react-heading">
          <h1 id="react-heading">React 19 with cxkit/react</h1>
          <label>
            Customer{' '}
            <select
              id="react-customer"
              value={customerId}
              onChange={(event) => setCustomerId(event.target.value)}
            >
              {CUSTOMERS.map((customer) => (
                <option key={customer.id} value={customer.id}>
                  {customer.name}
                </option>
              ))}
            </select>
          </label>{' '}
          <button
            id="new-case"
            type="button"
            className="demo-button"
            onClick={() => void flyout.current?.show()}
          >
            New case
          </button>
          <CxCaseFlyout
            ref={flyout}
            anchor="new-case"
            customerId={customerId}
            draftKey={`react-${customerId}`}
            onCxCaseCreated={(event) => setCreated((numbers) => [...numbers, event.detail.ticket.number])}
          />
          <p id="react-created" role="status">
            {created.length ? `Created from React: ${created.join(', ')}` : 'No case created yet.'}
          </p>
        </section>
        <div className="framework-grid">
          <CxCustomerCard
            customerId={customerId}
            recentCases={0}
            fields={[
              { key: 'name', required: true },
              { key: 'email', type: 'email' },
              { key: 'phone', type: 'phone' },
            ]}
          />
          <CxTicketHistory
            customerId={customerId}
            pageSize={15}
            onCxTicketOpen={(event) => {
              // The host shows the ticket itself instead of the panel's drill-in.
              event.preventDefault();
              setOpened(event.detail.ticket);
            }}
          />
          <section className="framework-panel" aria-labelledby="react-opened-heading">
            <h2 id="react-opened-heading">Opened in the host app</h2>
            <p id="react-opened">
              {opened ? `${opened.number}: ${opened.subject}` : 'Choose a ticket in the history.'}
            </p>
          </section>
        </div>
      </main>
    </CxProvider>
  );
}

await startSandbox();
createRoot(document.querySelector('#react-root')!).render(<App />);
