// The first import listens for policy violations before anything else runs.
import { showViolations } from './csp-violations.js';
import { allowMockWorker } from './trusted-mocks.js';
import { startSandbox } from './shell.js';

// Every widget on a page with a strict CSP and Trusted Types enforced (see secure.html). A ticket
// with an HTML email is shown, so DOMPurify's path runs too.

allowMockWorker();
await startSandbox();
showViolations();
document.querySelector('#policy')!.textContent =
  document
    .querySelector('meta[http-equiv="Content-Security-Policy"]')
    ?.getAttribute('content')
    ?.replaceAll('; ', ';\n') ?? '';

// By default the customer whose every field is an attack (script tags, event handlers, javascript:
// URLs, right-to-left overrides): it all shows as text, and nothing runs.
const customerId = new URLSearchParams(location.search).get('customer') ?? 'c_hostile';
const card = document.querySelector('cx-customer-card')!;
const history = document.querySelector('cx-ticket-history')!;
const detail = document.querySelector('cx-ticket-detail')!;
const flyout = document.querySelector('cx-case-flyout')!;
card.customerId = customerId;
history.customerId = customerId;
flyout.customerId = customerId;
document.querySelector('#new-case')!.addEventListener('click', () => void flyout.show());

// The customer's newest email ticket (its messages are HTML, so DOMPurify's path runs), else the newest.
const newest = async (filter: string) => {
  const response = await fetch(`/api/tickets?customerId=${encodeURIComponent(customerId)}${filter}&limit=1`);
  return response.ok ? ((await response.json()) as { items: { id: string }[] }).items[0] : undefined;
};
const ticket = (await newest('&channel=email')) ?? (await newest(''));
if (ticket) detail.ticketId = ticket.id;
else detail.closest('section')!.hidden = true;
