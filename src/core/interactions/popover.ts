import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { AnchorOptions } from '../anchor.js';
import { FOCUSABLE_SELECTOR } from './focus.js';

export interface PopoverOptions extends AnchorOptions {
  /** The `popover="auto"` element. */
  popover(): HTMLElement | null | undefined;
  /** The button that opens it (`aria-expanded`, and where focus returns). */
  trigger(): HTMLElement | null | undefined;
  /** Where focus goes when it opens (default: its first control). */
  initialFocus?(popover: HTMLElement): HTMLElement | null | undefined;
  /** Loads what the popover needs before it opens (its form's code, say). */
  prepare?(): Promise<unknown>;
  /** Positions it (Floating UI's `anchorTo`, from a module loaded with the content). */
  anchorTo(anchor: Element, floating: HTMLElement, options: AnchorOptions): Promise<() => void>;
}

/**
 * A disclosure in a popover (the history's filters): opens next to its trigger with focus on its
 * first control, and closes on Escape, on a click outside (the platform's light dismiss), and when
 * focus leaves it. Closed from inside (Escape, a Done button), it returns focus to the trigger; left
 * by Tab or a click elsewhere, focus stays where the agent put it.
 *
 * Render the content only while `isOpen`; bind `onBeforeToggle`, `onToggle` and `onFocusOut` on
 * the popover element.
 */
export class PopoverController implements ReactiveController {
  private open = false;
  private opening = false;
  private stopAutoUpdate?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: PopoverOptions,
  ) {
    host.addController(this);
  }

  get isOpen(): boolean {
    return this.open;
  }

  hostDisconnected(): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
  }

  toggle(): Promise<void> {
    if (this.open) {
      this.hide();
      return Promise.resolve();
    }
    return this.show();
  }

  async show(): Promise<void> {
    if (this.open || this.opening) return;
    this.opening = true;
    try {
      await this.options.prepare?.();
    } finally {
      this.opening = false;
    }
    this.open = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const popover = this.options.popover();
    const trigger = this.options.trigger();
    if (!popover || !trigger) return;
    popover.showPopover();
    // Focus moves in at once, before the positioning code has loaded: an agent who types or
    // presses Done in between must not lose focus to the page.
    const first =
      this.options.initialFocus?.(popover) ?? popover.querySelector<HTMLElement>(FOCUSABLE_SELECTOR);
    first?.focus({ preventScroll: true });
    const stop = await this.options.anchorTo(trigger, popover, this.options);
    // Closed while the positioning code loaded: nothing left to follow.
    if (popover.matches(':popover-open')) this.stopAutoUpdate = stop;
    else stop();
  }

  /**
   * The popover element (a labelled dialog), its handlers bound; `content` renders only while it
   * is open.
   */
  render(id: string, label: string, content: () => unknown): TemplateResult {
    return html`<div
      id=${id}
      class="popover"
      popover="auto"
      role="dialog"
      aria-label=${label}
      @beforetoggle=${this.onBeforeToggle}
      @toggle=${this.onToggle}
      @focusout=${this.onFocusOut}
    >
      ${this.open ? content() : nothing}
    </div>`;
  }

  /** Closes it; focus goes back to the trigger if it was inside. */
  hide(): void {
    const popover = this.options.popover();
    if (popover?.matches(':popover-open')) popover.hidePopover();
  }

  /** Runs before the popover hides, while focus is still where the agent left it. */
  readonly onBeforeToggle = (event: ToggleEvent): void => {
    if (event.newState !== 'closed') return;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
    const popover = event.currentTarget as HTMLElement;
    const root = popover.getRootNode() as ShadowRoot | Document;
    if (popover.contains(root.activeElement)) this.options.trigger()?.focus();
  };

  readonly onToggle = (event: ToggleEvent): void => {
    const open = event.newState === 'open';
    if (open === this.open) return;
    this.open = open;
    this.host.requestUpdate();
  };

  /** Focus left the popover for something outside it (Tab past its end): it closes behind it. */
  readonly onFocusOut = (event: FocusEvent): void => {
    const popover = event.currentTarget as HTMLElement;
    const next = event.relatedTarget;
    if (!(next instanceof Node) || popover.contains(next)) return;
    // Leaving for the trigger is leaving too: the trigger's click toggles it as it wants.
    if (next === this.options.trigger()) return;
    if (popover.matches(':popover-open')) popover.hidePopover();
  };
}
