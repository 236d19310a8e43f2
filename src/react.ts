import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type { CxAuthRequiredEvent } from './api/events.js';
import { CxCaseFlyout as CxCaseFlyoutElement } from './components/case-flyout/define.js';
import type {
  CxCaseCreatedEvent,
  CxCaseExpandEvent,
  CxCaseUpdatedEvent,
  CxFlyoutCloseEvent,
} from './components/case-flyout/events.js';
import { CxCustomerCard as CxCustomerCardElement } from './components/customer-card/define.js';
import type { CxActivityStartEvent, CxCustomerUpdatedEvent } from './components/customer-card/events.js';
import { CxProvider as CxProviderElement } from './components/provider/define.js';
import { CxTicketDetail as CxTicketDetailElement } from './components/ticket-detail/define.js';
import type {
  CxTicketHistoryLoadEvent,
  CxTicketOpenEvent,
  CxViewAllTicketsEvent,
} from './components/ticket-history/events.js';
import { CxTicketHistory as CxTicketHistoryElement } from './components/ticket-history/define.js';
import type { CxErrorEvent } from './core/events.js';

// `cxkit/react`: React components for every cxkit element, made with @lit/react. Props are the
// elements' properties (typed, set as properties, so arrays and objects pass as they are), and each
// `cx-*` event is an `onCx…` prop with its typed event. Importing this module registers the elements.
// React 19 passes properties to custom elements by itself, but not typed and without event props.

const errorEvents = {
  onCxError: 'cx-error' as EventName<CxErrorEvent>,
  onCxAuthRequired: 'cx-auth-required' as EventName<CxAuthRequiredEvent>,
};

/** `<cx-provider>`: configuration (API, language, theme, data source) for the widgets inside it. */
export const CxProvider = createComponent({
  tagName: 'cx-provider',
  elementClass: CxProviderElement,
  react: React,
});

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

/** `<cx-ticket-detail>`: one ticket with its transcript. */
export const CxTicketDetail = createComponent({
  tagName: 'cx-ticket-detail',
  elementClass: CxTicketDetailElement,
  react: React,
  events: errorEvents,
});

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

/** `<cx-case-flyout>`: quick-create a case. Call `show()` on its ref to open it. */
export const CxCaseFlyout = createComponent({
  tagName: 'cx-case-flyout',
  elementClass: CxCaseFlyoutElement,
  react: React,
  events: {
    ...errorEvents,
    onCxCaseCreated: 'cx-case-created' as EventName<CxCaseCreatedEvent>,
    onCxCaseUpdated: 'cx-case-updated' as EventName<CxCaseUpdatedEvent>,
    onCxCaseExpand: 'cx-case-expand' as EventName<CxCaseExpandEvent>,
    onCxFlyoutClose: 'cx-flyout-close' as EventName<CxFlyoutCloseEvent>,
  },
});
