// Which item a navigation key leads to, for every collection of the interaction layer: lists,
// tabs, toolbars, field lists and grids. Pure, so each rule is tested on its own.

/**
 * - `vertical`: Up and Down (lists, a card's fields).
 * - `horizontal`: Left and Right, mirrored right to left (tabs, toolbars, chips).
 * - `grid`: Up and Down by a row of `columns`, Left and Right by one (mirrored right to left).
 */
export type Orientation = 'vertical' | 'horizontal' | 'grid';

export interface NavigationContext {
  /** The index focused now. */
  index: number;
  /** How many items there are. */
  count: number;
  orientation: Orientation;
  /** The collection is laid out right to left: Left moves forwards. */
  rtl: boolean;
  /** Arrows wrap from one end to the other (tabs, toolbars); lists stop at their ends. */
  wrap: boolean;
  /** Page Up and Page Down move this many items; 0 leaves those keys to the page. */
  pageStep: number;
  /** Items per row, for grids. */
  columns: number;
}

/** The index a key moves to, or undefined when the key is not a navigation key here. */
export function navigationTarget(key: string, context: NavigationContext): number | undefined {
  const { index, count, orientation, rtl, wrap, pageStep, columns } = context;
  if (count <= 0) return undefined;
  const last = count - 1;
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  const step = (by: number) => {
    const next = index + by;
    if (wrap) return ((next % count) + count) % count;
    return Math.max(0, Math.min(last, next));
  };
  switch (key) {
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return pageStep ? Math.min(last, index + pageStep) : undefined;
    case 'PageUp':
      return pageStep ? Math.max(0, index - pageStep) : undefined;
    case 'ArrowDown':
      if (orientation === 'horizontal') return undefined;
      return orientation === 'grid' ? Math.min(last, index + columns) : step(1);
    case 'ArrowUp':
      if (orientation === 'horizontal') return undefined;
      return orientation === 'grid' ? Math.max(0, index - columns) : step(-1);
    case forward:
      return orientation === 'vertical' ? undefined : step(1);
    case backward:
      return orientation === 'vertical' ? undefined : step(-1);
    default:
      return undefined;
  }
}

/** Whether a key press types a character (for typeahead): one character, no command modifiers. */
export function isPrintableKey(event: KeyboardEvent): boolean {
  return event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && !event.isComposing;
}
