import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { errorEvents } from '../../core/react-events.js';
import type { CxViewAllTicketsEvent } from '../ticket-history/events.js';
import { CxCustomerCard as CxCustomerCardElement } from './define.js';
import type { CxActivityStartEvent, CxCustomerUpdatedEvent } from './events.js';

/** `<cx-customer-card>`: who the customer is, editable in place. */
export const CxCustomerCard = createComponent({
  tagName: 'cx-customer-card',
  elementClass: CxCustomerCardElement,
  react: React,
  events: {
    ...errorEvents,
    onCxCustomerUpdated: 'cx-customer-updated' as EventName<CxCustomerUpdatedEvent>,
    onCxActivityStart: 'cx-activity-start' as EventName<CxActivityStartEvent>,
    onCxViewAllTickets: 'cx-view-all-tickets' as EventName<CxViewAllTicketsEvent>,
  },
});
