/**
 * Every cxkit event bubbles and is composed, so it crosses shadow roots and reaches the host's
 * listeners wherever they are. "Before" events are created cancelable so the host can take over.
 */
export class CxEvent<Detail> extends CustomEvent<Detail> {
  constructor(type: string, detail: Detail, options: { cancelable?: boolean } = {}) {
    super(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false });
  }
}

/** Detail of `cx-error`: what failed, as an Error, and a message fit for a log. */
export interface CxErrorDetail {
  error: unknown;
  message: string;
}

/** Fired when a widget fails to load or save data. The widget shows its own error state too. */
export class CxErrorEvent extends CxEvent<CxErrorDetail> {
  constructor(error: unknown) {
    super('cx-error', { error, message: error instanceof Error ? error.message : String(error) });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-error': CxErrorEvent;
  }
}
