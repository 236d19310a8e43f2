import { http, HttpResponse } from 'msw';
import type { Ticket } from '../api/types.js';
import { worker } from './mock-backend.js';

/** The moment the tickets' dates count back from. */
export const NOW = Date.now();
/** A ticket with every field a history row shows; `overrides` change some. */
export function ticket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    id: 't_x1',
    number: 'CX-1',
    customerId: 'c_test',
    subject: 'Parcel never arrived',
    status: 'open',
    priority: 'normal',
    channel: 'email',
    direction: 'inbound',
    assignee: { id: 'a_2', name: 'Marcus Lee' },
    tags: [],
    createdAt: new Date(NOW - 5 * 86400_000).toISOString(),
    updatedAt: new Date(NOW - 3 * 86400_000).toISOString(),
    lastInteractionAt: new Date(NOW - 3 * 86400_000).toISOString(),
    closedAt: null,
    ...overrides,
  };
}

/** Serves `tickets` for GET /tickets (any filters), as one page. */
export function serveTickets(tickets: Ticket[]) {
  worker.use(http.get('*/api/tickets', () => HttpResponse.json({ items: tickets, nextCursor: null })));
}

/** `count` tickets, `t_0`, `t_1`…, numbered alike. */
export const manyTickets = (count: number): Ticket[] =>
  Array.from({ length: count }, (_, index) => ticket({ id: `t_${index}`, number: `CX-${index}` }));
