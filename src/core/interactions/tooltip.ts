import type { Placement } from '@floating-ui/dom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { anchorTo } from '../anchor.js';

/** The pointer may take this long to cross from what it hovers to the tooltip. */
export const TOOLTIP_HOVER_GRACE_MS = 300;

/** Icon-only buttons: their tooltip shows their name (`aria-label`), for those who cannot guess it. */
export const NAMED_BY_TOOLTIP = '.cx-icon-button[aria-label], .tool[aria-label]';

/** Elements of a widget that show a tip on hover and keyboard focus, and what it says. */
export interface TipSource {
  /** Matches the element that shows the tip (the closest one to what is hovered or focused). */
  selector: string;
  text: (element: HTMLElement) => string | null | undefined;
  placement: Placement;
}

const NAMES: TipSource = {
  selector: NAMED_BY_TOOLTIP,
  text: (button) => button.getAttribute('aria-label'),
  placement: 'bottom',
};

/**
 * A widget's tooltip, meeting WCAG 1.4.13 (content on hover or focus):
 * - dismissable: Escape hides it without moving focus (and goes no further, so a dialog around the
 *   widget stays open);
 * - hoverable: the pointer can move onto it without it disappearing;
 * - persistent: it stays until focus or the pointer leaves, or Escape.
 * It is placed beside what it describes (below, or above when there is no room), never over it, in
 * the top layer so no scrolling container clips it. It repeats what the described element already
 * says to screen readers, so it is hidden from them.
 *
 * Every icon-only button (`NAMED_BY_TOOLTIP`) shows its name on hover and keyboard focus; a
 * widget adds other elements with `showFor()` (the history's rows show their exact time) or shows
 * tips itself with `show()` and `leave()`. One per widget: `CxElement` makes it.
 */
export class TooltipController implements ReactiveController {
  private anchor?: Element;
  private dismissedFor?: Element;
  private hoverTimer?: ReturnType<typeof setTimeout>;
  private stopAutoUpdate?: () => void;
  private positioning = 0;
  private tip?: HTMLElement;
  private readonly sources: TipSource[] = [NAMES];

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  // On the shadow root: focus moving between two of its elements is not seen outside it.
  hostConnected(): void {
    const root = this.host.shadowRoot;
    root?.addEventListener('pointerover', this.onPointerOver as EventListener);
    root?.addEventListener('pointerout', this.onPointerOut as EventListener);
    root?.addEventListener('focusin', this.onFocusIn as EventListener);
    root?.addEventListener('focusout', this.onFocusOut as EventListener);
  }

  hostDisconnected(): void {
    const root = this.host.shadowRoot;
    root?.removeEventListener('pointerover', this.onPointerOver as EventListener);
    root?.removeEventListener('pointerout', this.onPointerOut as EventListener);
    root?.removeEventListener('focusin', this.onFocusIn as EventListener);
    root?.removeEventListener('focusout', this.onFocusOut as EventListener);
    this.hide();
  }

  /** Elements matching `source.selector` show their tip on hover and keyboard focus. */
  showFor(source: TipSource): void {
    this.sources.push(source);
  }

  /** What it is shown for, while it is. */
  get shownFor(): Element | undefined {
    return this.anchor;
  }

  /** Shows `text` beside `anchor` (unless Escape dismissed it there and nothing moved since). */
  show(anchor: Element, text: string, placement: Placement = 'bottom-end'): void {
    clearTimeout(this.hoverTimer);
    const tip = this.element();
    if (!tip || !text || this.dismissedFor === anchor) return;
    tip.textContent = text;
    if (this.anchor === anchor && tip.matches(':popover-open')) return;
    this.anchor = anchor;
    // Escape is caught first, wherever focus is, for as long as the tooltip shows.
    document.addEventListener('keydown', this.onKeydown, { capture: true });
    if (!tip.matches(':popover-open')) tip.showPopover();
    void this.place(anchor, tip, placement);
  }

  /** Hides it now. */
  hide(): void {
    clearTimeout(this.hoverTimer);
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
    this.anchor = undefined;
    document.removeEventListener('keydown', this.onKeydown, { capture: true });
    if (this.tip?.matches(':popover-open')) this.tip.hidePopover();
  }

  /** Focus or the pointer left `anchor`: hide, after a moment for the pointer to reach the tooltip. */
  leave(anchor: Element, { immediately = false } = {}): void {
    if (this.dismissedFor === anchor) this.dismissedFor = undefined;
    if (this.anchor !== anchor) return;
    clearTimeout(this.hoverTimer);
    if (immediately) this.hide();
    else this.hoverTimer = setTimeout(() => this.hide(), TOOLTIP_HOVER_GRACE_MS);
  }

  /**
   * The tooltip element, made the first time it is needed: first in the shadow root, before the
   * part Lit renders (Lit never clears what lies before its content).
   */
  private element(): HTMLElement | undefined {
    if (this.tip?.isConnected) return this.tip;
    const root = this.host.shadowRoot;
    if (!root) return undefined;
    const tip = document.createElement('div');
    tip.className = 'cx-tooltip';
    tip.setAttribute('part', 'tooltip');
    tip.setAttribute('popover', 'manual');
    tip.setAttribute('aria-hidden', 'true');
    tip.addEventListener('pointerenter', () => clearTimeout(this.hoverTimer));
    tip.addEventListener('pointerleave', (event) => {
      const to = event.relatedTarget;
      if (this.anchor && to instanceof Node && this.anchor.contains(to)) return;
      this.hoverTimer = setTimeout(() => this.hide(), TOOLTIP_HOVER_GRACE_MS);
    });
    root.prepend(tip);
    this.tip = tip;
    return tip;
  }

  /** The element of the widget's own that shows a tip for the event's target, and its source. */
  private described(event: Event): { element: HTMLElement; source: TipSource } | undefined {
    const target = event.composedPath()[0];
    if (!(target instanceof Element)) return undefined;
    // Only the widget's own elements: a nested widget shows its own tips.
    if (target.getRootNode() !== this.host.shadowRoot) return undefined;
    for (const source of this.sources) {
      const element = target.closest<HTMLElement>(source.selector);
      if (element) return { element, source };
    }
    return undefined;
  }

  private showDescribed({ element, source }: { element: HTMLElement; source: TipSource }): void {
    const text = source.text(element);
    if (text) this.show(element, text, source.placement);
  }

  private readonly onPointerOver = (event: PointerEvent): void => {
    const described = this.described(event);
    if (described && this.anchor !== described.element) this.showDescribed(described);
  };

  private readonly onPointerOut = (event: PointerEvent): void => {
    const element = this.described(event)?.element;
    const to = event.relatedTarget;
    if (element && !(to instanceof Node && element.contains(to))) this.leave(element);
  };

  // Keyboard focus only: a click focuses too, and the pointer already shows the tip on hover.
  private readonly onFocusIn = (event: FocusEvent): void => {
    const described = this.described(event);
    if (described?.element.matches(':focus-visible')) this.showDescribed(described);
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    const element = this.described(event)?.element;
    if (element) this.leave(element, { immediately: true });
  };

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.anchor) return;
    // Focus and the pointer both left (a focus change whose events did not arrive): nothing to
    // dismiss; the key goes where it was meant.
    if (!this.stillWanted(this.anchor)) {
      this.hide();
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    this.dismissedFor = this.anchor;
    this.hide();
  };

  /** The anchor still has focus, or the pointer is on it or on the tooltip. */
  private stillWanted(anchor: Element): boolean {
    const root = anchor.getRootNode() as ShadowRoot | Document;
    const focused = root.activeElement;
    const hovered = anchor.matches(':hover') || Boolean(this.tip?.matches(':hover'));
    return hovered || (focused instanceof Element && anchor.contains(focused));
  }

  private async place(anchor: Element, tip: HTMLElement, placement: Placement): Promise<void> {
    this.stopAutoUpdate?.();
    const attempt = ++this.positioning;
    const stop = await anchorTo(anchor, tip, {
      placement,
      offset: 4,
      minBlockSize: 0,
      fitInline: true,
      onDetached: () => this.hide(),
    });
    if (attempt === this.positioning && this.anchor === anchor) this.stopAutoUpdate = stop;
    else stop();
  }
}
