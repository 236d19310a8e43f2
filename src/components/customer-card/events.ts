import type { Customer, CustomerPatch } from '../../api/types.js';
import { CxEvent } from '../../core/events.js';

/** Fired after an edit is saved on the server. `customer` is the server's updated record. */
export class CxCustomerUpdatedEvent extends CxEvent<{ customer: Customer; changes: CustomerPatch }> {
  constructor(customer: Customer, changes: CustomerPatch) {
    super('cx-customer-updated', { customer, changes });
  }
}

export type CxActivityKind = 'email' | 'call';

/**
 * Fired before the card opens a `mailto:` or `tel:` link. Cancel it (`preventDefault()`) to open
 * the host's own composer or dialer instead.
 */
export class CxActivityStartEvent extends CxEvent<{
  kind: CxActivityKind;
  customer: Customer;
  /** The email address or phone number. */
  value: string;
}> {
  constructor(detail: CxActivityStartEvent['detail']) {
    super('cx-activity-start', detail, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-customer-updated': CxCustomerUpdatedEvent;
    'cx-activity-start': CxActivityStartEvent;
  }
}
