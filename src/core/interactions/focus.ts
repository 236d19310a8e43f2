// Small facts about focus that every pattern of the interaction layer asks.

/** The element that has focus, looking into open shadow roots; null when nothing (or `<body>`) has it. */
export function deepActiveElement(root: Document | ShadowRoot = document): HTMLElement | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active || active === document.body || active === document.documentElement) return null;
  return active as HTMLElement;
}

/** Whether focus is nowhere in particular: on `<body>`, the document, or outside the window. */
export function focusIsLost(): boolean {
  return deepActiveElement() === null;
}

/**
 * Whether `element` can hold focus as it is now: connected, rendered, not disabled, not inside
 * something inert or closed.
 */
export function canHoldFocus(element: Element | null | undefined): element is HTMLElement {
  if (!(element instanceof HTMLElement) || !element.isConnected) return false;
  if ((element as HTMLButtonElement).disabled) return false;
  if (element.closest('[inert]')) return false;
  // Rendered: `display: none`, `hidden` and closed popovers or details have no boxes.
  return element.getClientRects().length > 0;
}

/**
 * Whether the element's text runs right to left where it is rendered (`dir` on the widget, an
 * ancestor or the page). The computed direction, not `:dir(rtl)`: inside a shadow tree Chromium's
 * `:dir()` does not see a `dir` set on the host or above it, and the arrows would not mirror.
 */
export function isRightToLeft(element: Element): boolean {
  return getComputedStyle(element).direction === 'rtl';
}

/** Focuses `element` without scrolling the page when it is already in view. */
export function focusQuietly(element: HTMLElement | null | undefined): boolean {
  if (!canHoldFocus(element)) return false;
  element.focus({ preventScroll: true });
  return true;
}

/** What can take focus by Tab (enabled controls, links, editable text, positive tab stops). */
export const FOCUSABLE_SELECTOR =
  'button:not([disabled]), [href], input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

/** The first element inside `container` that Tab would reach and that is rendered. */
export function firstFocusable(container: ParentNode): HTMLElement | undefined {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE_SELECTOR)].find(
    (element) => element.getClientRects().length > 0 && !element.closest('[inert]'),
  );
}
