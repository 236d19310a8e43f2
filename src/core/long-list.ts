import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import { css, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { FocusKeeper } from './interactions/focus-keeper.js';
import { RovingFocusController } from './interactions/roving-focus.js';
import { sweepLeakedMarkers } from './leaked-markers.js';
import { VirtualListController, type VirtualizerModule } from './virtual-list.js';

/** Page Up and Page Down move this many rows. */
const PAGE_STEP = 10;
/** A plain list fetches its next page this close to its end. */
const PREFETCH_PIXELS = 600;

export interface LongListOptions<Item> {
  keeper: FocusKeeper;
  /** The rows shown, in order (all loaded pages). */
  items(): readonly Item[];
  /** Each row's stable key (the virtualizer and `repeat()` keep rows by it). */
  key(item: Item): string;
  /** The id of a row's element in the shadow root (the row template renders it). */
  rowId(item: Item): string;
  /** The text typeahead finds a row by. */
  label(item: Item): string;
  /** The language labels are in. */
  locale?(): string;
  /** The scrolling listbox, once rendered. */
  scroller(): HTMLElement | null | undefined;
  /** Fetches the virtualizer's code (tests hold it back or make it fail). */
  loadVirtualizer?(): Promise<VirtualizerModule>;
  /** See VirtualListOptions: fewer plain rows where a row is heavy. */
  virtualizeAfter?: number;
  /** Asks for the next page (a no-op when there is none or it is on its way). */
  fetchNextPage(): void;
  isFetchingNextPage(): boolean;
  /** A virtualized list fetches its next page when this few rows are left below the rendered ones. */
  prefetchRows: number;
  /** Whether reaching the end by keyboard or scrolling fetches more (a compact list does not). */
  pages?(): boolean;
  /**
   * A grid (rows of cells, WAI-ARIA grid pattern): how many cells a row has. The arrows then move
   * between cells, Up and Down keep the column; `cell` finds a cell's element in a rendered row.
   */
  columns?(): number;
  cell?(row: HTMLElement, column: number): HTMLElement | null | undefined;
}

/**
 * One long listbox of rows that arrive page by page (a customer's history, the inbox, the
 * interaction log): virtualized when long (`list`), walked by the keyboard with a roving tabindex
 * (`roving`), fetching the next page as the end comes near by keyboard or scrolling, "Load more"
 * with focus on the first new row, and the scroll position kept while a row's detail is open.
 *
 * The host renders the listbox and binds `onFocus`, `onRangeChanged` and `onPlainScroll` (and
 * `roving.onFocusIn`); its rows carry the ids `rowId` gives.
 */
export class LongListController<Item> implements ReactiveController {
  readonly list: VirtualListController<Item>;
  readonly roving: RovingFocusController;
  private savedScrollTop = 0;
  /** The list swept of the markers lit-html leaks (see sweepLeakedMarkers), and how to stop. */
  private swept?: { list: HTMLElement; stop: () => void };
  /** What the last page report was about (see `settled`). */
  private lastLoad?: { key: string; count: number };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: LongListOptions<Item>,
  ) {
    this.list = new VirtualListController<Item>(host, {
      scroller: options.scroller,
      key: options.key,
      load: options.loadVirtualizer,
      virtualizeAfter: options.virtualizeAfter,
    });
    this.roving = new RovingFocusController(host, {
      orientation: options.columns ? 'grid' : 'vertical',
      pageStep: PAGE_STEP,
      columns: () => this.columns,
      count: () => this.list.reachable(options.items().length) * this.columns,
      element: (index) => this.focusable(index),
      reveal: (index) => {
        const row = this.rowOf(index);
        return this.list.reveal(row, () => this.rowElement(row) !== null);
      },
      // Typed letters find a row of a list (a grid's cells have no one name to match).
      label: options.columns
        ? undefined
        : (index) => {
            const item = options.items()[index];
            return item ? options.label(item) : '';
          },
      locale: options.locale,
      onMove: (index) => {
        // Near the end of what is loaded, the next page is fetched.
        if (this.rowOf(index) >= options.items().length - 1 && this.pages) options.fetchNextPage();
      },
    });
    host.addController(this);
  }

  /** Cells in a row (1 for a list). */
  get columns(): number {
    return Math.max(1, this.options.columns?.() ?? 1);
  }

  /** The row of roving index `index` (a grid's index counts cells). */
  rowOf(index: number): number {
    return Math.floor(index / this.columns);
  }

  /** The row that has (or last had) focus. */
  get activeRow(): number {
    return this.rowOf(this.roving.active);
  }

  /** The element that takes focus for roving index `index`: a row, or a grid's cell. */
  private focusable(index: number): HTMLElement | null {
    const row = this.rowElement(this.rowOf(index));
    if (!row || !this.options.cell) return row;
    return this.options.cell(row, index % this.columns) ?? null;
  }

  private get pages(): boolean {
    return this.options.pages?.() ?? true;
  }

  hostUpdated(): void {
    const list = this.options.scroller();
    if (this.swept?.list === (list ?? undefined)) return;
    this.swept?.stop();
    this.swept = list ? { list, stop: sweepLeakedMarkers(list) } : undefined;
  }

  /** Row `index`'s element, if it is rendered. */
  rowElement(index: number): HTMLElement | null {
    const item = this.options.items()[index];
    return item ? (this.host.shadowRoot?.getElementById(this.options.rowId(item)) ?? null) : null;
  }

  /** Bind to the listbox's `rangeChanged` (the virtualizer's rendered rows changed). */
  readonly onRangeChanged = (event: RangeChangedEvent): void => {
    if (this.list.rangeChanged(event, this.activeRow)) {
      this.host.requestUpdate();
      // Focus waited on the list itself for the active row (scrolled away and back, or rendered
      // anew by the virtualizer): the row takes it back.
      if (
        this.host.shadowRoot?.activeElement === this.options.scroller() &&
        this.list.rendered(this.activeRow)
      )
        void this.host.updateComplete.then(() => this.roving.focusActive({ preventScroll: true }));
    }
    if (this.pages && event.last >= this.options.items().length - this.options.prefetchRows)
      this.options.fetchNextPage();
  };

  /** Bind to a plain (not virtualized) list's `scroll`. */
  readonly onPlainScroll = (event: Event): void => {
    const list = event.currentTarget as HTMLElement;
    if (this.pages && list.scrollTop + list.clientHeight >= list.scrollHeight - PREFETCH_PIXELS)
      this.options.fetchNextPage();
  };

  /** Bind to the listbox's `focus`: focus on the listbox itself goes on to the active row when it is rendered. */
  readonly onFocus = (event: FocusEvent): void => {
    if (event.target !== event.currentTarget || !this.list.rendered(this.activeRow)) return;
    this.focusable(this.roving.active)?.focus({ preventScroll: true });
  };

  /** The listbox's tabindex: it takes focus itself only while the active row is not rendered. */
  get listTabIndex(): number {
    return this.list.rendered(this.activeRow) ? -1 : 0;
  }

  /** Load more: gone, the button hands focus to the first new row. */
  loadMore(): void {
    if (this.options.isFetchingNextPage()) return;
    const firstNew = this.options.items().length * this.columns;
    this.options.keeper.handOffTo(() => this.focusable(firstNew) ?? this.options.scroller());
    this.options.fetchNextPage();
  }

  /** Remembers where the list was scrolled, before a row's detail takes its place. */
  saveScroll(): void {
    this.savedScrollTop = this.options.scroller()?.scrollTop ?? 0;
  }

  /**
   * Back from a row's detail: the list is rendered anew (a virtualizer lays out its first rows
   * before it can scroll), scrolled back, and the row that had focus, in view again, takes it.
   */
  async restore(): Promise<void> {
    await this.host.updateComplete;
    await this.list.scrollTo(this.savedScrollTop);
    await this.roving.focusActive({ preventScroll: true });
  }

  /**
   * Whether a settled load is new: for the page report ("20 found", "10 more, 30 in all").
   * Returns how many rows there were before (0 for a new query), or undefined if nothing changed.
   */
  settled(key: string, count: number): number | undefined {
    if (this.lastLoad?.key === key && this.lastLoad.count === count) return undefined;
    const previous = this.lastLoad?.key === key ? this.lastLoad.count : 0;
    this.lastLoad = { key, count };
    return previous;
  }
}

/**
 * A long list's frame as the history, the inbox and the log show it: the body that holds the list
 * (or its loading, empty and error states), the scroller (plain until virtualized), and the footer
 * with the count, "Load more" and a next page's error.
 */
export const longListStyles = css`
  .body {
    position: relative;
    flex: 1;
    min-block-size: 0;
    display: flex;
    flex-direction: column;
  }
  .scroller {
    flex: 1;
    min-block-size: 0;
  }
  .scroller.plain {
    overflow: auto;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-3);
    align-items: center;
    justify-content: space-between;
    padding: var(--_space-2) var(--_space-4);
    border-block-start: 1px solid var(--_border);
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
  }
  .page-error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    margin: 0;
    color: var(--_danger);
  }
`;
