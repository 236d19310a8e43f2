import type { ReactiveControllerHost } from 'lit';
import { isRightToLeft } from './focus.js';
import { isPrintableKey, navigationTarget, type Orientation } from './keys.js';

/** Typed letters within this long of each other make one typeahead search ("ca" finds "Card"). */
export const TYPEAHEAD_RESET_MS = 700;

export interface RovingFocusOptions {
  orientation: Orientation;
  /** How many items there are, rendered or not (a virtualized list counts them all). */
  count(): number;
  /** The element of item `index`, when it is in the DOM. */
  element(index: number): HTMLElement | null | undefined;
  /**
   * Brings item `index` into the DOM, for collections that render only part of their items (a
   * virtualized list scrolls to it); resolves once it is there, or cannot be.
   */
  reveal?(index: number): Promise<unknown>;
  /** Arrows wrap around (tabs, toolbars). Lists stop at their ends. */
  wrap?: boolean;
  /** Page Up and Page Down move this many items (long lists). */
  pageStep?: number;
  /** Items per row, for grids. */
  columns?(): number;
  /** The text typeahead matches an item by; without it, typed letters are left alone. */
  label?(index: number): string;
  /** The language labels are in, for typeahead's case folding (default: the page's). */
  locale?(): string;
  /** Items that cannot take focus now: arrows pass over them. */
  skip?(index: number): boolean;
  /**
   * The active item changed by keyboard. Tabs with automatic activation select it here; a list that
   * loads page by page fetches the next page when the end comes near.
   */
  onMove?(index: number, from: number): void;
}

/**
 * Roving focus (a roving `tabindex`) for one collection: one item is in the tab order, arrows move
 * between items (mirrored right to left), Home and End go to the ends, Page Up and Page Down by a
 * page when the collection has pages, typed letters find an item by its label.
 *
 * Index-based, so a virtualized list whose items are not all in the DOM works like any other.
 * The template renders `tabIndexOf(index)` on each item, and binds `onKeydown` and `onFocusIn` on
 * the collection. What happens when the focused item disappears is the `FocusKeeper`'s part.
 */
export class RovingFocusController {
  private activeIndex = 0;
  private typed = '';
  private typedAt = 0;

  constructor(
    private readonly host: Pick<ReactiveControllerHost, 'requestUpdate'>,
    private readonly options: RovingFocusOptions,
  ) {}

  /** The item in the tab order. */
  get active(): number {
    return this.activeIndex;
  }

  set active(index: number) {
    const clamped = Math.max(0, Math.min(index, this.options.count() - 1));
    if (clamped === this.activeIndex || Number.isNaN(clamped)) return;
    this.activeIndex = clamped;
    this.host.requestUpdate();
  }

  /** Whether a typeahead search is under way (Space then continues it instead of activating). */
  get typing(): boolean {
    return this.typed !== '' && performance.now() - this.typedAt <= TYPEAHEAD_RESET_MS;
  }

  /** `0` for the active item, `-1` for the others: render it as each item's `tabindex`. */
  tabIndexOf(index: number): 0 | -1 {
    return index === this.activeIndex ? 0 : -1;
  }

  /** Makes `index` the active item and focuses it, revealing it first when it is not rendered. */
  async focus(index: number, options: { preventScroll?: boolean } = {}): Promise<boolean> {
    const count = this.options.count();
    if (!count) return false;
    const target = Math.max(0, Math.min(index, count - 1));
    this.active = target;
    let element = this.options.element(target);
    if (!element && this.options.reveal) {
      await this.options.reveal(target);
      // Another key may have moved on while this item was revealed.
      if (this.activeIndex !== target) return false;
      element = this.options.element(target);
    }
    if (!element) return false;
    if (!options.preventScroll) element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    element.focus({ preventScroll: true });
    return true;
  }

  /** Focuses the active item (after the collection was rendered anew, or on re-entry). */
  focusActive(options: { preventScroll?: boolean } = {}): Promise<boolean> {
    return this.focus(this.activeIndex, options);
  }

  /** Bind on the collection: arrows, Home, End, Page Up and Down, and typeahead. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.isComposing) return;
    const from = this.activeIndex;
    const target = this.targetOf(event);
    if (target === undefined || target === from) {
      // At an end, the key is still ours: the page must not scroll instead.
      if (target === from) event.preventDefault();
      return;
    }
    event.preventDefault();
    void this.focus(target);
    this.options.onMove?.(target, from);
  };

  /** Bind on the collection: an item focused by any means (click, Tab, script) becomes the active one. */
  readonly onFocusIn = (event: FocusEvent): void => {
    const container = event.currentTarget as HTMLElement;
    const count = this.options.count();
    for (const node of event.composedPath()) {
      if (node === container) return;
      const index = (node as HTMLElement).dataset?.index;
      if (index === undefined) continue;
      const value = Number(index);
      if (value >= 0 && value < count && value !== this.activeIndex) {
        this.activeIndex = value;
        this.host.requestUpdate();
      }
      return;
    }
  };

  private targetOf(event: KeyboardEvent): number | undefined {
    const { options } = this;
    const count = options.count();
    if (event.ctrlKey || event.metaKey || event.altKey) {
      // Ctrl+Home and Ctrl+End go to the ends of a grid; other combinations belong to the page.
      if (options.orientation === 'grid' && event.ctrlKey && ['Home', 'End'].includes(event.key))
        return event.key === 'Home' ? 0 : count - 1;
      return undefined;
    }
    const container = event.currentTarget instanceof Element ? event.currentTarget : document.documentElement;
    const raw = navigationTarget(event.key, {
      index: this.activeIndex,
      count,
      orientation: options.orientation,
      rtl: isRightToLeft(container),
      wrap: options.wrap ?? false,
      pageStep: options.pageStep ?? 0,
      columns: options.columns?.() ?? 1,
    });
    if (raw !== undefined) return this.skipping(raw, event.key);
    if (options.label && isPrintableKey(event) && (event.key !== ' ' || this.typed))
      return this.typeahead(event.key);
    return undefined;
  }

  /** Passes over items that cannot take focus, in the direction the key moved. */
  private skipping(target: number, key: string): number {
    const { skip, count } = this.options;
    if (!skip) return target;
    const total = count();
    const direction = target < this.activeIndex || key === 'End' ? -1 : 1;
    for (let index = target; index >= 0 && index < total; index += direction) {
      if (!skip(index)) return index;
    }
    return this.activeIndex;
  }

  /** The next item whose label starts with what was typed, from the one after the active item. */
  private typeahead(key: string): number | undefined {
    const now = performance.now();
    this.typed = now - this.typedAt > TYPEAHEAD_RESET_MS ? key : this.typed + key;
    this.typedAt = now;
    const total = this.options.count();
    const locale = this.options.locale?.() ?? (document.documentElement.lang || undefined);
    const wanted = this.typed.toLocaleLowerCase(locale);
    // Repeating one letter cycles through the items starting with it.
    const repeated = [...wanted].every((letter) => letter === wanted[0]);
    const start = this.typed.length === 1 || repeated ? this.activeIndex + 1 : this.activeIndex;
    const prefix = repeated ? wanted[0]! : wanted;
    for (let offset = 0; offset < total; offset += 1) {
      const index = (start + offset) % total;
      if (this.options.skip?.(index)) continue;
      const label = this.options.label!(index).trim().toLocaleLowerCase(locale);
      if (label.startsWith(prefix)) return index;
    }
    return undefined;
  }
}
