import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { errorEvents } from '../../core/react-events.js';
import type { CxTicketOpenEvent } from '../ticket-history/events.js';
import { CxCaseFlyout as CxCaseFlyoutElement } from './define.js';
import type {
  CxCaseCreatedEvent,
  CxCaseExpandEvent,
  CxCaseUpdatedEvent,
  CxFlyoutCloseEvent,
} from './events.js';

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
    onCxTicketOpen: 'cx-ticket-open' as EventName<CxTicketOpenEvent>,
  },
});
