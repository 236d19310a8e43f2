import type { Successor } from '../../core/interactions/focus-keeper.js';
import type { CxFlyoutCloseReason } from './events.js';

// What the form asks of the flyout around it. Plain events on the form element, neither bubbling
// nor composed: they never leave the flyout, and the form knows nothing of the flyout's class (the
// public events, `cx-case-created` and the rest, are composed and reach the page from the flyout).

/** The form is done (saved, cancelled, expanded): the flyout closes, for `reason`. */
export class CaseFormFinishEvent extends Event {
  static readonly type = 'case-form-finish';
  constructor(readonly reason: CxFlyoutCloseReason) {
    super(CaseFormFinishEvent.type);
  }
}

/** The close question shows, or goes: the flyout's header is inert while it shows. */
export class CaseFormConfirmingEvent extends Event {
  static readonly type = 'case-form-confirming';
  constructor(readonly confirming: boolean) {
    super(CaseFormConfirmingEvent.type);
  }
}

/**
 * What has focus is about to be locked or removed (a save whose answer never came locks the form):
 * focus goes to `successor`, never by way of the flyout's ×.
 */
export class CaseFormHandOffEvent extends Event {
  static readonly type = 'case-form-hand-off';
  constructor(readonly successor: Successor) {
    super(CaseFormHandOffEvent.type);
  }
}
