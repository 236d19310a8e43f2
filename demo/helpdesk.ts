import type { Page, Ticket } from '../src/index.js';
import { startSandbox } from './shell.js';

// A helpdesk's ticket view: a queue on the left, the conversation in the middle (the ticket detail
// on its own), and the customer's context in the sidebar. "New case" is prefilled from the
// conversation, with one draft per conversation.

await startSandbox();

const detail = document.querySelector('cx-ticket-detail')!;
const card = document.querySelector('cx-customer-card')!;
const history = document.querySelector('cx-ticket-history')!;
const flyout = document.querySelector('cx-case-flyout')!;
const heading = document.querySelector('#conversation-heading')!;
const queue = document.querySelector('#queue-list')!;

function select(ticket: Ticket): void {
  heading.textContent = `${ticket.number} · ${ticket.subject}`;
  detail.ticketId = ticket.id;
  card.customerId = ticket.customerId;
  history.customerId = ticket.customerId;
  history.excludeTicketId = ticket.id;
  flyout.customerId = ticket.customerId;
  flyout.subject = `Follow-up: ${ticket.subject}`;
  flyout.description = ticket.summary ? `<p>From ${ticket.number}: ${escapeHtml(ticket.summary)}</p>` : '';
  flyout.draftKey = ticket.id;
  flyout.excludeTicketId = ticket.id;
  for (const item of queue.querySelectorAll('button'))
    item.setAttribute('aria-current', String(item.dataset.ticket === ticket.id));
}

function escapeHtml(text: string): string {
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  return paragraph.innerHTML;
}

document.querySelector('#new-case')!.addEventListener('click', () => void flyout.show());

// The queue: the newest open tickets, the 10,000-ticket customer's first. Offline (or with the
// mock's faults on) it says so; the widgets show their own states.
async function openTickets(url: string): Promise<Ticket[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  const items = ((await response.json()) as Page<Ticket>).items;
  return Array.isArray(items) ? items : [];
}
let tickets: Ticket[] = [];
try {
  const [own, others] = await Promise.all(
    [
      '/api/tickets?customerId=c_10000&status=open&limit=1',
      '/api/tickets?status=open&status=new&limit=6',
    ].map(openTickets),
  );
  tickets = [...own!, ...others!.filter((ticket) => ticket.customerId !== 'c_10000')].slice(0, 6);
} catch (error) {
  const notice = document.createElement('li');
  notice.className = 'queue-notice';
  notice.textContent = `The queue could not load (${error instanceof Error ? error.message : String(error)}).`;
  queue.append(notice);
}
for (const ticket of tickets) {
  const item = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.ticket = ticket.id;
  const subject = document.createElement('span');
  subject.className = 'queue-subject';
  subject.textContent = ticket.subject;
  const meta = document.createElement('span');
  meta.className = 'queue-meta';
  meta.textContent = `${ticket.number} · ${ticket.channel}`;
  button.append(subject, meta);
  button.addEventListener('click', () => select(ticket));
  item.append(button);
  queue.append(item);
}
if (tickets[0]) select(tickets[0]);
// A case created from here shows up in the sidebar's history at once (the widgets share a cache).
flyout.addEventListener('cx-case-created', (event) =>
  console.info('cxkit demo: created', event.detail.ticket.number),
);
