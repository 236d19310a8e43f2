import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { announcer } from './announcer.js';
import { deepActiveElement, firstFocusable } from './focus.js';

export interface DialogOptions {
  dialog(): HTMLDialogElement | null | undefined;
  /** Where focus goes on close when what opened the dialog is gone (its anchor, say). */
  fallbackReturn?(): HTMLElement | null | undefined;
}

/**
 * A dialog on the platform's own behaviour, no hand-written Tab trap:
 * - modal (`showModal()`): the page behind is inert, Tab stays in the dialog and the browser's own
 *   controls, announcements go to the dialog's live regions (`renderLiveRegions()` inside it);
 * - non-modal (`show()`): the page stays usable, Tab leaves and comes back, `refocus()` returns to
 *   where the agent was inside.
 * On close, focus returns to what had it before the dialog opened, unless the agent has since
 * moved on elsewhere on the page (possible only when non-modal).
 */
export class DialogController implements ReactiveController {
  private returnFocusTo?: HTMLElement | null;
  private lastFocusedInside?: HTMLElement;
  private releaseRegions?: () => void;
  private modal = true;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DialogOptions,
  ) {
    host.addController(this);
  }

  // On the shadow root: focus moving inside it is not seen from outside.
  hostConnected(): void {
    this.host.shadowRoot?.addEventListener('focusin', this.onFocusIn);
  }

  hostDisconnected(): void {
    this.host.shadowRoot?.removeEventListener('focusin', this.onFocusIn);
    this.releaseRegions?.();
    this.releaseRegions = undefined;
  }

  get isOpen(): boolean {
    return Boolean(this.options.dialog()?.open);
  }

  /** Opens the dialog, remembering where focus was. */
  open({ modal }: { modal: boolean }): void {
    const dialog = this.options.dialog();
    if (!dialog || dialog.open) return;
    this.modal = modal;
    this.returnFocusTo = deepActiveElement();
    this.lastFocusedInside = undefined;
    if (modal) {
      dialog.showModal();
      this.releaseRegions = announcer.useModalRegions(dialog);
    } else {
      dialog.show();
    }
  }

  /** Back into an open non-modal dialog: where the agent was inside, else its first control. */
  refocus(): void {
    const dialog = this.options.dialog();
    if (!dialog?.open) return;
    const target = this.lastFocusedInside?.isConnected ? this.lastFocusedInside : firstFocusable(dialog);
    target?.focus();
  }

  /** Closes the dialog and returns focus (see the class). */
  close(): void {
    const dialog = this.options.dialog();
    this.releaseRegions?.();
    this.releaseRegions = undefined;
    if (!dialog?.open) return;
    const focusWasInside = this.host.shadowRoot?.activeElement != null || deepActiveElement() === null;
    dialog.close();
    const target = this.returnFocusTo?.isConnected ? this.returnFocusTo : this.options.fallbackReturn?.();
    this.returnFocusTo = undefined;
    if (target?.isConnected && (this.modal || focusWasInside)) target.focus();
  }

  private readonly onFocusIn = (event: Event): void => {
    const dialog = this.options.dialog();
    const path = event.composedPath();
    const target = path[0];
    if (dialog && target instanceof HTMLElement && path.includes(dialog)) this.lastFocusedInside = target;
  };
}
