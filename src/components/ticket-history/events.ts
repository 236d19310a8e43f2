import type { Ticket } from '../../api/types.js';
import { CxEvent } from '../../core/events.js';

/**
 * Fired before the panel drills into a ticket. Cancel it (`preventDefault()`) to open the ticket in
 * the host's own UI instead; the panel then stays on the list.
 */
export class CxTicketOpenEvent extends CxEvent<{ ticket: Ticket }> {
  constructor(ticket: Ticket) {
    super('cx-ticket-open', { ticket }, { cancelable: true });
  }
}

/** Fired after each page of history arrives. */
export class CxTicketHistoryLoadEvent extends CxEvent<{
  customerId: string;
  /** Tickets shown now. */
  loaded: number;
  /** Tickets this page added. */
  added: number;
  hasMore: boolean;
}> {
  constructor(detail: CxTicketHistoryLoadEvent['detail']) {
    super('cx-ticket-history-load', detail);
  }
}

/** Fired by "View all" in compact mode, so the host can show the full history. */
export class CxViewAllTicketsEvent extends CxEvent<{ customerId: string }> {
  constructor(customerId: string) {
    super('cx-view-all-tickets', { customerId });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-ticket-open': CxTicketOpenEvent;
    'cx-ticket-history-load': CxTicketHistoryLoadEvent;
    'cx-view-all-tickets': CxViewAllTicketsEvent;
  }
}
