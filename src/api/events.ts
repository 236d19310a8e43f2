import { CxEvent } from '../core/events.js';
import type { CxApiError } from './errors.js';

/**
 * Fired by a widget when the host API refused its credentials even after a token refresh, so the
 * host can sign the agent in again and call the widget's `refresh()`.
 */
export class CxAuthRequiredEvent extends CxEvent<{ error: CxApiError }> {
  constructor(error: CxApiError) {
    super('cx-auth-required', { error });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-auth-required': CxAuthRequiredEvent;
  }
}
