import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { errorEvents } from '../../core/react-events.js';
import { CxTicketHistory as CxTicketHistoryElement } from './define.js';
import type { CxTicketHistoryLoadEvent, CxTicketOpenEvent, CxViewAllTicketsEvent } from './events.js';

/** `<cx-ticket-history>`: the customer's past tickets, with drill-in. */
export const CxTicketHistory = createComponent({
  tagName: 'cx-ticket-history',
  elementClass: CxTicketHistoryElement,
  react: React,
  events: {
    ...errorEvents,
    onCxTicketOpen: 'cx-ticket-open' as EventName<CxTicketOpenEvent>,
    onCxTicketHistoryLoad: 'cx-ticket-history-load' as EventName<CxTicketHistoryLoadEvent>,
    onCxViewAllTickets: 'cx-view-all-tickets' as EventName<CxViewAllTicketsEvent>,
  },
});
