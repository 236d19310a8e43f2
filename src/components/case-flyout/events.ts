import type { Ticket } from '../../api/types.js';
import { CxEvent } from '../../core/events.js';
import type { CaseDraft } from './drafts.js';

/** Fired after the server created the case. */
export class CxCaseCreatedEvent extends CxEvent<{ ticket: Ticket }> {
  constructor(ticket: Ticket) {
    super('cx-case-created', { ticket });
  }
}

/**
 * Fired by "Open full form", with the whole draft. Cancel it (`preventDefault()`) once your main
 * form has taken it over; the flyout then closes and keeps the draft until you clear it.
 */
export class CxCaseExpandEvent extends CxEvent<{ draft: CaseDraft }> {
  constructor(draft: CaseDraft) {
    super('cx-case-expand', { draft }, { cancelable: true });
  }
}

export type CxFlyoutCloseReason = 'created' | 'cancelled' | 'expanded';

/** Fired when the flyout has closed. */
export class CxFlyoutCloseEvent extends CxEvent<{ reason: CxFlyoutCloseReason }> {
  constructor(reason: CxFlyoutCloseReason) {
    super('cx-flyout-close', { reason });
  }
}

declare global {
  interface HTMLElementEventMap {
    'cx-case-created': CxCaseCreatedEvent;
    'cx-case-expand': CxCaseExpandEvent;
    'cx-flyout-close': CxFlyoutCloseEvent;
  }
}
