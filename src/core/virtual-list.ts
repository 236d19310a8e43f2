import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import type { RenderItemFunction } from '@lit-labs/virtualizer/virtualize.js';
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type * as VirtualizerExports from './virtualizer.js';

export type VirtualizerModule = typeof VirtualizerExports;

/** Lists up to this many rows render plainly; longer ones are virtualized. */
export const VIRTUALIZE_AFTER = 200;
/** Rows a long list shows plainly in the moment before the virtualizer's code arrives. */
export const ROWS_BEFORE_VIRTUALIZER = 40;

/** The virtualizer's code: a chunk of its own, loaded only by lists long enough to need it. */
export const loadVirtualizer = (): Promise<VirtualizerModule> => import('./virtualizer.js');

export interface VirtualListOptions<Item> {
  /** The scrolling list element, once rendered. */
  scroller(): HTMLElement | null | undefined;
  /** Each item's stable key (the virtualizer and `repeat()` keep rows by it). */
  key(item: Item): string;
  /** Fetches the virtualizer's code (tests hold it back or make it fail). */
  load?(): Promise<VirtualizerModule>;
  /**
   * Rows rendered plainly before the list virtualizes (default `VIRTUALIZE_AFTER`): fewer where a
   * row is heavy (a grid row of fifteen cells costs what several list rows do).
   */
  virtualizeAfter?: number;
}

/**
 * How one long list (a customer's history, the inbox) renders its rows: plainly while it is short (no
 * virtualizer set-up, first paint as fast as plain DOM), virtualized once it is long. The
 * virtualizer's code is fetched when the first full list renders, alongside its first page of
 * data; until it arrives a long list shows its first rows plainly; if it cannot be fetched
 * (offline, a redeploy), every row renders plainly (slower, but complete).
 *
 * Per instance: each list keeps its own mode, rendered range and scroll position.
 */
export class VirtualListController<Item> implements ReactiveController {
  private module?: VirtualizerModule;
  private unavailable = false;
  private requested = false;
  /** How the list rendered last time, and how it renders this time. */
  private renderedMode: 'plain' | 'virtual' | 'none' = 'none';
  private mode: 'plain' | 'virtual' | 'none' = 'none';
  private plainScrollTop = 0;
  /** The virtualizer's rendered rows (it changes on every scrolled frame: not reactive). */
  private range = { first: 0, last: Infinity };
  private fastPlacement = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: VirtualListOptions<Item>,
  ) {
    host.addController(this);
  }

  /** Starts fetching the virtualizer's code (once); the host renders again when it arrives. */
  prepare(): void {
    if (isServer || this.requested || this.module) return;
    this.requested = true;
    (this.options.load ?? loadVirtualizer)().then(
      (module) => {
        this.module = module;
        this.host.requestUpdate();
      },
      () => {
        // Not asked again by this list: asking on every render would loop (an update, a request,
        // a failure, an update). The rows render plainly instead.
        this.unavailable = true;
        this.host.requestUpdate();
      },
    );
  }

  /** Whether `count` rows render virtualized. */
  virtualizes(count: number): boolean {
    return count > this.threshold && this.module !== undefined;
  }

  private get threshold(): number {
    return this.options.virtualizeAfter ?? VIRTUALIZE_AFTER;
  }

  /**
   * How many rows the keyboard can reach: all, except that until the virtualizer's code has arrived
   * a long list shows only a screenful or two (End goes to the last shown).
   */
  reachable(count: number): number {
    const waiting = count > this.threshold && !this.module && !this.unavailable;
    return waiting ? Math.min(ROWS_BEFORE_VIRTUALIZER, this.threshold) : count;
  }

  /**
   * Call from the host's `willUpdate` with the row count about to render. The scroll position is
   * read (a forced layout) only when the list is about to switch from plain to virtualized.
   */
  beforeRender(count: number): void {
    this.mode = 'none';
    if (this.renderedMode === 'plain' && this.virtualizes(count))
      this.plainScrollTop = this.options.scroller()?.scrollTop ?? 0;
  }

  hostUpdated(): void {
    if (this.renderedMode === 'plain' && this.mode === 'virtual') void this.scrollTo(this.plainScrollTop);
    if (this.mode === 'virtual' && !this.fastPlacement)
      this.fastPlacement = this.module!.readChildrenOnce(this.virtualizer);
    this.renderedMode = this.mode;
  }

  /** Whether the virtualizer places rows without re-reading its children per row (see virtualizer.ts). */
  get placesRowsOnce(): boolean {
    return this.fastPlacement;
  }

  /** Whether the rows render plainly now (the template's `plain` class). */
  get plain(): boolean {
    return this.mode !== 'virtual';
  }

  /** The rows: a virtualizer over all of them, or the reachable ones plainly. */
  render(items: Item[], renderItem: (item: Item, index: number) => unknown): unknown {
    const virtual = this.virtualizes(items.length);
    this.mode = virtual ? 'virtual' : 'plain';
    if (!virtual) return repeat(items.slice(0, this.reachable(items.length)), this.options.key, renderItem);
    const { virtualize, flow } = this.module!;
    return virtualize({
      items,
      scroller: true,
      layout: flow(),
      keyFunction: this.options.key,
      // Its type asks for a template, but it hands the rows to repeat(), which takes any child
      // value: a row may be a directive (see entry-row.ts).
      renderItem: renderItem as RenderItemFunction<Item>,
    });
  }

  /** Bind to the list's `rangeChanged`; returns whether `index` entered or left the rendered rows. */
  rangeChanged(event: RangeChangedEvent, index: number): boolean {
    const was = this.rendered(index);
    this.range = { first: event.first, last: event.last };
    return this.rendered(index) !== was;
  }

  /** The last row rendered (virtualized), for fetching the next page before the end comes. */
  get lastRendered(): number {
    return this.range.last;
  }

  /** Whether row `index` is in the DOM (a virtualized list drops rows far from view). */
  rendered(index: number): boolean {
    if (this.mode !== 'virtual') return true;
    return index >= this.range.first && index <= this.range.last;
  }

  /**
   * Brings row `index` into the DOM. The smooth path is a managed scroll; the instant one "pins"
   * the layout to the row, and the pin pulls the list back there on every later render.
   */
  async reveal(index: number, isThere: () => boolean): Promise<void> {
    if (isThere() || this.mode !== 'virtual') return;
    // At once: the row is off screen, perhaps far (focus came back after scrolling away); a smooth
    // scroll across hundreds of rows would keep the key waiting, longer on a busy machine.
    this.virtualizer?.element(index)?.scrollIntoView({ block: 'nearest', behavior: 'instant' });
    await this.framesUntil(isThere, 90);
  }

  /** After the list was rendered anew (the switch to virtual, a return from a ticket), scroll there. */
  async scrollTo(scrollTop: number): Promise<void> {
    await this.framesUntil(
      () => this.options.scroller()?.querySelector('[role="option"], [role="row"]') != null,
    );
    const scroller = this.options.scroller();
    if (scroller) scroller.scrollTop = scrollTop;
  }

  /** Waits, a frame at a time (`maxFrames` at most), until `ready()` holds; returns whether it did. */
  async framesUntil(ready: () => boolean, maxFrames = 20): Promise<boolean> {
    for (let frame = 0; frame < maxFrames; frame += 1) {
      if (ready()) return true;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return ready();
  }

  private get virtualizer() {
    const scroller = this.options.scroller();
    if (!this.module || !scroller) return undefined;
    const { virtualizerRef } = this.module;
    return (
      scroller as HTMLElement & {
        [virtualizerRef]?: {
          element(index: number): { scrollIntoView(options?: ScrollIntoViewOptions): void } | undefined;
        };
      }
    )[virtualizerRef];
  }
}
