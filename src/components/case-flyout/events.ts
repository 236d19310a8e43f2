import type { Note, Ticket } from '../../api/types.js';
import { CxEvent } from '../../core/events.js';
import type { CaseDraft } from './drafts.js';

/** Fired after the server created the case. */
export class CxCaseCreatedEvent extends CxEvent<{ ticket: Ticket }> {
  constructor(ticket: Ticket) {
    super('cx-case-created', { ticket });
  }
}

/**
 * Fired after "Add to this case": instead of a new case, the draft became notes (with its files)
 * on the existing `ticket`. `notes` are the notes the server created.
 */
export class CxCaseUpdatedEvent extends CxEvent<{ ticket: Ticket; notes: Note[] }> {
  constructor(ticket: Ticket, notes: Note[]) {
    super('cx-case-updated', { ticket, notes });
  }
}

/**
 * Fired by "Open full form", with the whole draft: fields, notes, and files (each with its `file`
 * blob, and its server `attachment` once uploaded). Cancel it (`preventDefault()`) once your main
 * form has taken it over; the flyout then closes and keeps the draft until you clear it.
 */
export class CxCaseExpandEvent extends CxEvent<{ draft: CaseDraft }> {
  constructor(draft: CaseDraft) {
    super('cx-case-expand', { draft }, { cancelable: true });
  }
}

export type CxFlyoutCloseReason = 'created' | 'updated' | 'cancelled' | 'expanded';

/** Fired when the flyout has closed. */
export class CxFlyoutCloseEvent extends CxEvent<{ reason: CxFlyoutCloseReason }> {
  constructor(reason: CxFlyoutCloseReason) {
    super('cx-flyout-close', { reason });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-case-created': CxCaseCreatedEvent;
    'cx-case-expand': CxCaseExpandEvent;
    'cx-case-updated': CxCaseUpdatedEvent;
    'cx-flyout-close': CxFlyoutCloseEvent;
  }
}
