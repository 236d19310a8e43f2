import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { canHoldFocus, deepActiveElement } from './focus.js';

/** Marks a container that takes focus itself (it has a `tabindex`) when an element inside it is lost. */
export const FOCUS_FALLBACK_ATTRIBUTE = 'data-focus-fallback';

/** What may take focus once the focused element cannot hold it. */
export type Successor = () => HTMLElement | null | undefined;

export interface FocusKeeperOptions {
  /** Where focus goes when nothing nearer can take it: the widget's main region or first control. */
  fallback: Successor;
}

/**
 * Focus never falls to `<body>`: when the element focused inside a widget disappears (re-rendered,
 * removed, scrolled out of a virtualized list), is disabled or hidden, focus moves to a successor,
 * nearest first:
 * 1. the one an action named before it took the element away (`handOffTo`): the next chip after a
 *    removed one, the search box after "Clear filters", the content after "Try again";
 * 2. an element with the same id, when the template rendered it anew;
 * 3. the nearest container it was in that is marked `data-focus-fallback` (a list, a panel);
 * 4. the widget's `fallback`.
 * Focus that left on purpose (a click elsewhere, another window) is left alone.
 */
export class FocusKeeper implements ReactiveController {
  /** The element focused in the widget's shadow root (a nested widget counts as one element). */
  private holder?: HTMLElement;
  /** The holder's containers in the shadow root, nearest first, as they were when it took focus. */
  private containers: HTMLElement[] = [];
  private successor?: Successor;
  private observer?: MutationObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: FocusKeeperOptions,
  ) {
    host.addController(this);
  }

  // Listened to on the shadow root: a move between two elements inside it is no focus change seen
  // from outside (both retarget to the host), so the events stop at the root.
  hostConnected(): void {
    this.host.shadowRoot?.addEventListener('focusin', this.onFocusIn);
    this.host.shadowRoot?.addEventListener('focusout', this.onFocusOut);
  }

  hostDisconnected(): void {
    this.host.shadowRoot?.removeEventListener('focusin', this.onFocusIn);
    this.host.shadowRoot?.removeEventListener('focusout', this.onFocusOut);
    this.release();
  }

  /** A render may have taken the focused element away. */
  hostUpdated(): void {
    this.check();
  }

  /**
   * Names where focus goes if the action about to run takes the focused element away. Asked after
   * the DOM has changed, so it can look for what is there then; forgotten once focus moves on.
   */
  handOffTo(successor: Successor): void {
    this.successor = successor;
  }

  private get root(): ShadowRoot | null {
    return this.host.shadowRoot;
  }

  private readonly onFocusIn = (): void => {
    const current = this.root?.activeElement;
    if (current instanceof HTMLElement) this.adopt(current);
  };

  /** `element` has focus now: remember it and the containers it is in (they outlive it). */
  private adopt(element: HTMLElement): void {
    if (element !== this.holder) this.successor = undefined;
    this.holder = element;
    const containers: HTMLElement[] = [];
    for (let node = element.parentElement; node; node = node.parentElement) containers.push(node);
    this.containers = containers;
    if (this.root) this.watch(this.root);
  }

  private readonly onFocusOut = (event: Event): void => {
    // Moving within the widget: focusin follows.
    const next = (event as FocusEvent).relatedTarget;
    if (next instanceof Node && this.root?.contains(next)) return;
    queueMicrotask(() => this.check());
  };

  private watch(root: ShadowRoot): void {
    if (this.observer) return;
    this.observer = new MutationObserver(() => this.check());
    this.observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['disabled', 'hidden', 'inert', 'aria-hidden'],
    });
  }

  private release(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.holder = undefined;
    this.containers = [];
    this.successor = undefined;
  }

  /** Cheap (no layout): the holder is still there, focused, enabled and not hidden by an attribute. */
  private intact(holder: HTMLElement, root: ShadowRoot): boolean {
    return (
      holder.isConnected &&
      root.activeElement === holder &&
      !(holder as HTMLButtonElement).disabled &&
      !holder.closest('[hidden], [inert]')
    );
  }

  private check(): void {
    const root = this.root;
    if (!root) return;
    const current = root.activeElement as HTMLElement | null;
    // Focus moved within the widget (focus events do not always arrive, as when focus leaves a
    // button the moment it is disabled): follow it.
    if (current && current !== this.holder) return this.adopt(current);
    const holder = this.holder;
    if (!holder || this.intact(holder, root)) return;
    if (current === holder && canHoldFocus(holder)) return;
    if (!current) {
      // Focus is elsewhere on the page, or the window lost it: the agent moved on.
      if (deepActiveElement() !== null || !document.hasFocus()) return this.release();
      // On `<body>`, but the element is still fine: a click on nothing, which is the agent's choice.
      if (canHoldFocus(holder)) return this.release();
    }
    const next = this.successorOf(holder, root);
    this.successor = undefined;
    if (next) next.focus({ preventScroll: true });
    else this.release();
  }

  private successorOf(lost: HTMLElement, root: ShadowRoot): HTMLElement | undefined {
    const named = this.successor?.();
    if (canHoldFocus(named)) return named;
    if (lost.id) {
      const again = root.getElementById(lost.id);
      if (again !== lost && canHoldFocus(again)) return again;
    }
    for (const container of this.containers) {
      if (container.hasAttribute(FOCUS_FALLBACK_ATTRIBUTE) && canHoldFocus(container)) return container;
    }
    const fallback = this.options.fallback();
    return canHoldFocus(fallback) ? fallback : undefined;
  }
}
