import { startSandbox } from './shell.js';

// A CRM contact record: the card in the narrow column, the cases in the wide one, and "New case"
// as a side sheet. `?customer=c_2` shows another contact.

await startSandbox();

const customerId = new URLSearchParams(location.search).get('customer') ?? 'c_2';
const card = document.querySelector('cx-customer-card')!;
const history = document.querySelector('cx-ticket-history')!;
const flyout = document.querySelector('cx-case-flyout')!;
card.customerId = customerId;
history.customerId = customerId;
flyout.customerId = customerId;

card.addEventListener('cx-view-all-tickets', () => history.scrollIntoView({ behavior: 'smooth' }));
document.querySelector('#new-case')!.addEventListener('click', () => void flyout.show());

const name = document.querySelector('#crm-name')!;
try {
  const response = await fetch(`/api/customers/${encodeURIComponent(customerId)}`);
  if (response.ok) name.textContent = ((await response.json()) as { name: string }).name;
} catch {
  // Offline: the breadcrumb keeps its placeholder; the card says what happened.
}
