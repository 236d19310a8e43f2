import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import type { RenderItemFunction } from '@lit-labs/virtualizer/virtualize.js';
import { html, isServer, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { PagedQueryController, QueryController } from '../../api/query-controller.js';
import type { AgentRef, Lookups, Page, Ticket, TicketQuery } from '../../api/types.js';
import {
  badgeStyles,
  channelLabel,
  channelStamp,
  statusBadgeStamp,
  statusLabel,
  tagsStamp,
} from '../../core/badges.js';
import { CxElement } from '../../core/cx-element.js';
import { sweepLeakedMarkers } from '../../core/leaked-markers.js';
import { iconChevronLeft, iconClose, iconFilter, iconSearch, renderIcon } from '../../core/icons.js';
import {
  renderEmpty,
  renderLeftOut,
  renderLoadError,
  renderLoading,
  stateStyles,
} from '../../core/states.js';
import {
  CHANNELS,
  TICKET_STATUSES,
  type KnownChannel,
  type KnownTicketStatus,
} from '../../core/vocabulary.js';
import { entryRow, type EntryRowResult } from './entry-row.js';
import { searchMatch } from './search-match.js';
import { CxTicketHistoryLoadEvent, CxTicketOpenEvent, CxViewAllTicketsEvent } from './events.js';
import type * as FiltersModule from './filters-form.js';
import { ticketHistoryStyles } from './ticket-history.styles.js';
import type * as VirtualizeExports from './virtualizer.js';

/** The server-side filters the panel can apply (all optional). */
export interface TicketHistoryFilters {
  q?: string;
  /** The contract's statuses (`'on_hold'`, not `'on-hold'`: a misspelt one does not typecheck). */
  status?: KnownTicketStatus[];
  channel?: KnownChannel[];
  tag?: string[];
  createdFrom?: string;
  createdTo?: string;
  reasonId?: string;
  resultId?: string;
  assigneeId?: string;
}

export type ListFilterKey = 'status' | 'channel' | 'tag';
export type ValueFilterKey = 'createdFrom' | 'createdTo' | 'reasonId' | 'resultId' | 'assigneeId';

type VirtualizeModule = typeof VirtualizeExports;
let virtualizeModule: VirtualizeModule | undefined;
let virtualizeLoading: Promise<unknown> | undefined;
let virtualizerUnavailable = false;
/**
 * The virtualizer and its layout: a chunk of their own (a fifth of the panel's code), fetched
 * once per page when the first full panel renders, alongside its first page of data. Short
 * histories never need it; a long one that arrives first shows its first rows plainly meanwhile.
 */
function loadVirtualizer(): Promise<unknown> {
  virtualizeLoading ??= import('./virtualizer.js').then(
    (module) => (virtualizeModule = module),
    () => {
      // The chunk could not be fetched (offline, a redeploy): long lists render every row plainly
      // (slower, but complete). The next panel to render asks again; a browser may answer from
      // its cache with the same failure until the page reloads.
      virtualizerUnavailable = true;
      virtualizeLoading = undefined;
    },
  );
  return virtualizeLoading;
}

const SEARCH_DEBOUNCE_MS = 300;
const DEFAULT_PAGE_SIZE = 25;
/** Lists up to this many rows render plainly; longer ones are virtualized. */
const VIRTUALIZE_AFTER = 200;
/** Rows a long list shows plainly in the moment before the virtualizer's code arrives. */
const ROWS_BEFORE_VIRTUALIZER = 40;
/** A plain list fetches the next page when the agent scrolls this close to its end. */
const PREFETCH_PIXELS = 600;
/** Start fetching the next page this many rows before the end, so scrolling rarely waits. */
const PREFETCH_ROWS = 10;

/** Whether a panel on this page has already prepared the row templates (they are shared). */
let rowTemplatesPrepared = false;

/**
 * @tagname cx-ticket-history
 * @summary Everything a customer contacted us about before: a filterable, searchable,
 * virtualized list of past tickets, with the full ticket (header, transcript, internal notes,
 * recording) one click away, in place.
 *
 * The list is a WAI-ARIA listbox: Up/Down move between tickets, Home/End jump to the first and last
 * loaded one, Page Up/Down move by ten, Enter or Space opens the ticket, Escape (or Back) returns
 * to the list with its scroll position and focus restored. Long histories load page by page as you
 * scroll; "Load more" does the same from the keyboard.
 *
 * @event {CxTicketOpenEvent} cx-ticket-open - Before drilling into a ticket; cancelable: prevent it to open the ticket in your own UI. `detail: { ticket }`
 * @event {CxTicketHistoryLoadEvent} cx-ticket-history-load - After each page arrives. `detail: { customerId, loaded, added, hasMore }`
 * @event {CxViewAllTicketsEvent} cx-view-all-tickets - "View all" in compact mode. `detail: { customerId }`
 * @event {CxErrorEvent} cx-error - Loading failed (the panel shows the error with a retry). `detail: { error, message }`
 * @event {CxAuthRequiredEvent} cx-auth-required - The API refused the credentials even after a token refresh. `detail: { error }`
 *
 * @csspart toolbar - Search, sort, status and filter controls.
 * @csspart list - The list of tickets.
 * @csspart entry - One ticket in the list.
 * @csspart status-badge - A ticket's status.
 * @csspart channel - A ticket's channel icon.
 * @csspart tags - A ticket's tags.
 * @csspart tag - One tag.
 * @csspart footer - The count and the "Load more" button.
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry-button - The retry button of the error state.
 *
 * @cssproperty --cx-ticket-history-block-size - Height of the panel when not compact (default 32rem).
 */
export class CxTicketHistory extends CxElement {
  static override styles = [CxElement.styles, stateStyles, badgeStyles, ticketHistoryStyles];

  /** Whose history to show. */
  @property({ attribute: 'customer-id' }) customerId?: string;

  /** A ticket to leave out, typically the one the agent is working on. */
  @property({ attribute: 'exclude-ticket-id' }) excludeTicketId?: string;

  /** Tickets per page fetched from the server. */
  @property({ attribute: 'page-size', type: Number }) pageSize = DEFAULT_PAGE_SIZE;

  /** Creation order: `newest` (default) or `oldest` first. */
  @property({ reflect: true }) sort: 'newest' | 'oldest' = 'newest';

  /** Recent cases for another widget: the `limit` newest tickets, no toolbar, and "View all". */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** How many tickets compact mode shows. */
  @property({ type: Number }) limit = 5;

  /** The server-side filters in force. Kept while the agent drills into a ticket and back. */
  @property({ attribute: false }) filters: TicketHistoryFilters = {};

  /** The ticket shown in place of the list, if any. */
  @state() private openTicketId?: string;
  @state() private searchText = '';
  @state() private filtersOpen = false;
  @state() private activeIndex = 0;
  /**
   * The virtualizer's rendered rows; the active row may be outside them. Not reactive: it changes
   * on every scrolled frame, and the panel re-renders only when the active row enters or leaves it.
   */
  private renderedRange = { first: 0, last: Infinity };

  @query('.scroller') private scroller?: HTMLElement;
  @query('.live') private liveRegion?: HTMLElement;
  @query('[popover]') private filtersPopover?: HTMLElement;
  @query('.filters-button') private filtersButton?: HTMLButtonElement;

  private readonly tickets = new PagedQueryController<Ticket>(this, (client, language) =>
    this.customerId ? client.tickets(this.ticketQuery(), language) : undefined,
  );
  /** The filters form and its positioning, loaded the first time the filters open. */
  private filtersModule?: typeof FiltersModule;
  private filtersOpening = false;
  // Filter options are fetched the first time the filters are opened, not on every panel.
  @state() private filterOptionsWanted = false;
  private readonly lookups = new QueryController<Lookups>(this, (client, language) =>
    this.filterOptionsWanted ? client.lookups(language) : undefined,
  );
  private readonly agents = new QueryController<Page<AgentRef>>(this, (client, language) =>
    this.filterOptionsWanted ? client.agents(language) : undefined,
  );

  private searchTimer?: ReturnType<typeof setTimeout>;
  private stopAutoUpdate?: () => void;
  private savedScrollTop = 0;
  private savedListScrollTop = 0;
  /** How the list rendered last time, to keep the scroll position when it switches to virtual. */
  private listMode: 'plain' | 'virtual' | 'none' = 'none';
  private renderedListMode: 'plain' | 'virtual' | 'none' = 'none';
  private lastLoad?: { key: string; count: number };
  private virtualizerRequested = false;
  /** The list swept of the markers lit-html leaks (see sweepLeakedMarkers), and how to stop. */
  private swept?: { list: HTMLElement; stop: () => void };

  /** Fetches the history again from the server. */
  refresh(): Promise<unknown> {
    return this.tickets.refetch();
  }

  /** Back from a ticket to the list, as the Back button does. */
  async closeTicket(): Promise<void> {
    if (!this.openTicketId) return;
    this.openTicketId = undefined;
    await this.updateComplete;
    // The list is rendered anew: its virtualizer lays out its first rows before it can scroll.
    await this.framesUntil(() => this.shadowRoot!.querySelector('[role="option"]') !== null);
    if (this.scroller) this.scroller.scrollTop = this.savedScrollTop;
    // The row had focus when the agent left, so it is in view at this scroll position: focus it
    // without scrolling once the virtualizer has rendered there.
    await this.focusEntry(this.activeIndex, { preventScroll: true });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Every row formats two dates: get the formatters ready while the first page is on its way.
    void this.localize.whenReady.then(() => {
      this.localize.warmUpDates();
      if (rowTemplatesPrepared) return;
      rowTemplatesPrepared = true;
      // A task of its own after the first render (the skeleton), well within a request's round trip.
      setTimeout(() => this.prepareRows());
    });
  }

  /**
   * The row's skeleton and each badge and icon are built once, by Lit, the first time they are
   * needed (see entry-row.ts and stamp.ts), and Lit parses each template on its first render:
   * sample rows rendered off-screen, one per channel and status, while the first page is on its
   * way, take that out of the time from the data's arrival to the list.
   */
  private prepareRows(): void {
    const now = new Date().toISOString();
    const scratch = document.createDocumentFragment();
    const rows = CHANNELS.map((channel, index) => {
      const sample = {
        id: channel,
        number: '',
        subject: '',
        status: TICKET_STATUSES[index % TICKET_STATUSES.length]!,
        channel,
        assignee: null,
        tags: [
          { name: '', source: 'ai' },
          { name: '', source: 'agent' },
        ],
        lastInteractionAt: now,
        closedAt: null,
      } satisfies Partial<Ticket>;
      return this.renderEntry(sample as Ticket, index, CHANNELS.length);
    });
    render(rows, scratch);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
    this.stopAutoUpdate?.();
  }

  /** The tickets shown: every loaded one, or in compact mode the first `limit`. */
  private get items(): Ticket[] {
    return this.compact ? this.tickets.items.slice(0, this.limit) : this.tickets.items;
  }

  /** Whether the customer has tickets beyond those shown. */
  private get hasMore(): boolean {
    return this.tickets.hasNextPage || this.items.length < this.tickets.items.length;
  }

  private ticketQuery(): Omit<TicketQuery, 'cursor'> {
    const base = {
      customerId: this.customerId,
      excludeId: this.excludeTicketId,
      sort: this.sort,
      // Recent cases ask for the same first page as a full panel with the default page size, so a
      // card and a history on one page share one request; the extra rows are not shown.
      limit: this.compact ? Math.max(this.limit, DEFAULT_PAGE_SIZE) : this.pageSize,
    };
    if (this.compact) return base; // recent cases: the newest, unfiltered
    const { reasonId, resultId, assigneeId, ...rest } = this.filters;
    const one = (value?: string) => (value ? [value] : undefined);
    return {
      ...base,
      ...rest,
      reasonId: one(reasonId),
      resultId: one(resultId),
      assigneeId: one(assigneeId),
    };
  }

  private get filterCount(): number {
    const { q: _q, status: _status, ...others } = this.filters;
    return Object.values(others).filter((value) => (Array.isArray(value) ? value.length : value)).length;
  }

  private get hasFilters(): boolean {
    return Object.values(this.filters).some((value) => (Array.isArray(value) ? value.length : value));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A server renders the first state only: the virtualizer is for browsers.
    if (!isServer && !this.compact && !virtualizeModule && !this.virtualizerRequested) {
      this.virtualizerRequested = true;
      void loadVirtualizer().then(() => this.requestUpdate());
    }
    if (changed.has('customerId') || changed.has('filters') || changed.has('sort')) this.activeIndex = 0;
    this.listMode = 'none';
    // Remembered before a render that may swap the plain rows for the virtualizer (reading
    // scrollTop forces a layout, so only then).
    if (this.renderedListMode === 'plain') this.savedListScrollTop = this.scroller?.scrollTop ?? 0;
  }

  protected override updated(): void {
    if (this.renderedListMode === 'plain' && this.listMode === 'virtual')
      void this.keepScrollPosition(this.savedListScrollTop);
    this.renderedListMode = this.listMode;
    const list = this.scroller;
    if (this.swept?.list !== list) {
      this.swept?.stop();
      this.swept = list && { list, stop: sweepLeakedMarkers(list) };
    }
    this.reportLoad();
  }

  /** After the switch to the virtualizer, scroll back to where the agent was. */
  private async keepScrollPosition(scrollTop: number): Promise<void> {
    await this.framesUntil(() => this.shadowRoot!.querySelector('[role="option"]') !== null);
    if (this.scroller) this.scroller.scrollTop = scrollTop;
  }

  /**
   * Announces and dispatches each page once it has rendered. The live region's text is set
   * directly: announcing needs no second render.
   */
  private reportLoad(): void {
    const result = this.tickets.result;
    if (!this.customerId || !result || result.isFetching || result.isError || !result.data) return;
    const key = JSON.stringify(this.ticketQuery());
    const count = this.items.length;
    if (this.lastLoad?.key === key && this.lastLoad.count === count) return;
    const previous = this.lastLoad?.key === key ? this.lastLoad.count : 0;
    this.lastLoad = { key, count };
    const { history } = this.localize.messages;
    if (this.liveRegion) {
      this.liveRegion.textContent =
        previous > 0 ? history.loadedMore(count - previous, count) : history.found(count, this.hasMore);
    }
    this.emit(
      new CxTicketHistoryLoadEvent({
        customerId: this.customerId,
        loaded: count,
        added: count - previous,
        hasMore: this.hasMore,
      }),
    );
  }

  // ---- filters ----

  private setFilters(filters: TicketHistoryFilters): void {
    this.filters = filters;
  }

  /** Adds or removes `value`, which comes from the panel's own lists (the contract's statuses and channels, the lookups' tags). */
  private toggleListFilter(key: ListFilterKey, value: string): void {
    const current: readonly string[] = this.filters[key] ?? [];
    const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
    this.setFilters({ ...this.filters, [key]: next.length ? next : undefined } as TicketHistoryFilters);
  }

  private setValueFilter(key: ValueFilterKey, value: string): void {
    this.setFilters({ ...this.filters, [key]: value || undefined });
  }

  private clearFilters(): void {
    clearTimeout(this.searchTimer);
    this.searchText = '';
    this.setFilters({});
  }

  private onSearchInput(event: InputEvent): void {
    this.searchText = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    // Debounced: one request when the agent pauses, not one per keystroke.
    this.searchTimer = setTimeout(() => {
      const q = this.searchText.trim();
      if ((this.filters.q ?? '') !== q) this.setFilters({ ...this.filters, q: q || undefined });
    }, SEARCH_DEBOUNCE_MS);
  }

  private async toggleFilters(): Promise<void> {
    if (this.filtersOpen) {
      this.filtersPopover?.hidePopover();
      return;
    }
    if (this.filtersOpening) return;
    this.filterOptionsWanted = true; // the options load while the form's code does
    this.filtersOpening = true;
    try {
      this.filtersModule ??= await import('./filters-form.js');
    } finally {
      this.filtersOpening = false;
    }
    this.filtersOpen = true;
    await this.updateComplete;
    const popover = this.filtersPopover!;
    popover.showPopover();
    // Focus moves in at once, not after the positioning code has loaded: an agent who types or
    // presses Done in between must not lose focus to the page.
    popover.querySelector<HTMLElement>('input, select, button')?.focus({ preventScroll: true });
    // Floating UI itself is only fetched by agents who open the filters.
    const stop = await this.filtersModule!.anchorTo(this.filtersButton!, popover, {
      placement: 'bottom-end',
      offset: 6,
      minBlockSize: 160,
    });
    // Closed while the positioning code loaded: nothing left to follow.
    if (popover.matches(':popover-open')) this.stopAutoUpdate = stop;
    else stop();
  }

  /** Runs before the popover hides, while focus is still where the agent left it. */
  private onPopoverBeforeToggle(event: ToggleEvent): void {
    if (event.newState !== 'closed') return;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
    // Closing from inside (Escape, Done) returns focus to the button; a click elsewhere leaves it
    // where the click put it.
    if (this.filtersPopover?.contains(this.shadowRoot!.activeElement)) this.filtersButton?.focus();
  }

  private onPopoverToggle(event: ToggleEvent): void {
    if (event.newState === 'closed') this.filtersOpen = false;
  }

  // ---- list navigation ----

  private get virtualizer() {
    if (!virtualizeModule || !this.scroller) return undefined;
    const { virtualizerRef } = virtualizeModule;
    return (
      this.scroller as HTMLElement & {
        [virtualizerRef]?: {
          element(index: number): { scrollIntoView(options?: ScrollIntoViewOptions): void } | undefined;
        };
      }
    )[virtualizerRef];
  }

  /** Waits, a frame at a time (`maxFrames` at most), until `ready()` holds; returns whether it did. */
  private async framesUntil(ready: () => boolean, maxFrames = 20): Promise<boolean> {
    for (let frame = 0; frame < maxFrames; frame += 1) {
      if (ready()) return true;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return ready();
  }

  private async focusEntry(index: number, options: { preventScroll?: boolean } = {}): Promise<void> {
    const items = this.items;
    if (!items.length) return;
    const clamped = Math.max(0, Math.min(index, items.length - 1));
    this.activeIndex = clamped;
    const id = `entry-${items[clamped]!.id}`;
    const find = () => this.shadowRoot!.getElementById(id);
    if (!find()) {
      // Rows far from the viewport are not in the DOM: the virtualizer scrolls to this one and
      // renders it. The smooth path is a managed scroll; the instant one "pins" the layout to the
      // row, and the pin pulls the list back there on every later render.
      this.virtualizer?.element(clamped)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      await this.framesUntil(() => find() !== null, 90);
    }
    const entry = find();
    if (!options.preventScroll) entry?.scrollIntoView({ block: 'nearest' });
    entry?.focus({ preventScroll: options.preventScroll });
  }

  /**
   * How many rows the keyboard can reach: all loaded, except that until the virtualizer's code has
   * arrived a long list shows only a screenful or two, plainly (End goes to the last shown).
   */
  private get navigableCount(): number {
    const count = this.items.length;
    const waitingForVirtualizer = count > VIRTUALIZE_AFTER && !virtualizeModule && !virtualizerUnavailable;
    return waitingForVirtualizer ? ROWS_BEFORE_VIRTUALIZER : count;
  }

  private onListKeydown(event: KeyboardEvent): void {
    const count = this.navigableCount;
    const moves: Record<string, number> = {
      ArrowDown: this.activeIndex + 1,
      ArrowUp: this.activeIndex - 1,
      PageDown: this.activeIndex + 10,
      PageUp: this.activeIndex - 10,
      Home: 0,
      End: count - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      // Past the last row shown is the last row shown (and the next page, if any, is fetched).
      const target = Math.min(moves[event.key]!, count - 1);
      if (target >= this.items.length - 1 && this.tickets.hasNextPage && !this.compact)
        void this.tickets.fetchNextPage();
      void this.focusEntry(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const ticket = this.items[this.activeIndex];
      if (ticket) void this.openTicket(ticket, this.activeIndex);
    }
  }

  /** Clicks on any entry reach the listbox, which opens the entry clicked. */
  private onListClick(event: MouseEvent): void {
    const entry = (event.target as Element).closest<HTMLElement>('[role="option"]');
    const index = Number(entry?.dataset.index);
    const ticket = this.items[index];
    if (ticket) void this.openTicket(ticket, index);
  }

  private onPlainScroll(event: Event): void {
    const list = event.currentTarget as HTMLElement;
    if (list.scrollTop + list.clientHeight >= list.scrollHeight - PREFETCH_PIXELS)
      void this.tickets.fetchNextPage();
  }

  private onRangeChanged(event: RangeChangedEvent): void {
    const wasRendered = this.activeRowRendered;
    this.renderedRange = { first: event.first, last: event.last };
    if (this.activeRowRendered !== wasRendered) this.requestUpdate();
    if (event.last >= this.items.length - PREFETCH_ROWS) void this.tickets.fetchNextPage();
  }

  /** Whether the active row is in the DOM (a virtualized list drops rows far from view). */
  private get activeRowRendered(): boolean {
    if (this.listMode !== 'virtual') return true;
    return this.activeIndex >= this.renderedRange.first && this.activeIndex <= this.renderedRange.last;
  }

  /** A row focused by any means (click, Tab, script) becomes the active one. */
  private onListFocusIn(event: FocusEvent): void {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[role="option"]');
    if (row) this.activeIndex = Number(row.dataset.index);
  }

  /**
   * The focused row left the DOM (scrolled away with the mouse): focus stays in the list, on the
   * listbox itself, instead of falling to the page.
   */
  private onListFocusOut(event: FocusEvent): void {
    const row = event.target as HTMLElement;
    if (row.getAttribute('role') !== 'option') return;
    const list = event.currentTarget as HTMLElement;
    queueMicrotask(() => {
      if (!row.isConnected && this.shadowRoot!.activeElement === null) list.focus({ preventScroll: true });
    });
  }

  /** Focus on the listbox itself goes on to the active row when it is rendered. */
  private onListFocus(event: FocusEvent): void {
    if (event.target !== event.currentTarget || !this.activeRowRendered) return;
    this.shadowRoot!.getElementById(`entry-${this.items[this.activeIndex]?.id}`)?.focus({
      preventScroll: true,
    });
  }

  // ---- drill-in ----

  private async openTicket(ticket: Ticket, index: number): Promise<void> {
    this.activeIndex = index;
    if (!this.emit(new CxTicketOpenEvent(ticket))) return; // the host opens it its own way
    this.savedScrollTop = this.scroller?.scrollTop ?? 0;
    // The detail view and the HTML sanitizer are only loaded by agents who drill in.
    await import('../ticket-detail/define.js');
    this.openTicketId = ticket.id;
    await this.updateComplete;
    this.shadowRoot!.querySelector<HTMLElement>('.back')?.focus();
  }

  private onDetailKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      void this.closeTicket();
    }
  }

  // ---- rendering ----

  protected override render(): TemplateResult {
    if (this.openTicketId) return this.renderDetail(this.openTicketId);
    return html`
      ${this.compact ? nothing : this.renderToolbar()} ${this.compact ? nothing : this.renderActiveFilters()}
      <div class="body">${this.renderBody()}</div>
      ${this.renderFooter()}
      <div class="cx-visually-hidden live" role="status" aria-live="polite"></div>
    `;
  }

  private renderDetail(ticketId: string): TemplateResult {
    const { history } = this.localize.messages;
    return html`<div class="detail-view" @keydown=${this.onDetailKeydown}>
      <div class="detail-header">
        <button type="button" class="cx-button back" part="back-button" @click=${() => this.closeTicket()}>
          ${renderIcon(iconChevronLeft)} ${history.back}
        </button>
      </div>
      <div class="detail">
        <cx-ticket-detail .ticketId=${ticketId} theme=${this.themeController.scheme}></cx-ticket-detail>
      </div>
    </div>`;
  }

  private renderToolbar(): TemplateResult {
    const { messages } = this.localize;
    const { history } = messages;
    const count = this.filterCount;
    return html`<div class="toolbar" part="toolbar">
      <label class="search">
        ${renderIcon(iconSearch)}
        <span class="cx-visually-hidden">${history.searchLabel}</span>
        <input
          type="search"
          .value=${this.searchText}
          placeholder=${history.searchPlaceholder}
          autocomplete="off"
          @input=${this.onSearchInput}
        />
      </label>
      <label>
        <span class="cx-visually-hidden">${history.sortLabel}</span>
        <select
          .value=${this.sort}
          @change=${(event: Event) => (this.sort = (event.target as HTMLSelectElement).value as 'newest' | 'oldest')}
        >
          <option value="newest" ?selected=${this.sort === 'newest'}>${history.sortNewest}</option>
          <option value="oldest" ?selected=${this.sort === 'oldest'}>${history.sortOldest}</option>
        </select>
      </label>
      <button
        type="button"
        class="cx-button filters-button"
        aria-haspopup="dialog"
        aria-expanded=${this.filtersOpen ? 'true' : 'false'}
        aria-controls="filters"
        @click=${this.toggleFilters}
      >
        ${renderIcon(iconFilter)} ${history.filters}${count ? html` <span>(${count})</span>` : nothing}
      </button>
      <div class="statuses" role="group" aria-label=${history.statusFilterLabel}>
        ${TICKET_STATUSES.map(
          (status) =>
            html`<button
              type="button"
              class="chip"
              aria-pressed=${this.filters.status?.includes(status) ? 'true' : 'false'}
              @click=${() => this.toggleListFilter('status', status)}
            >
              ${statusLabel(status, messages)}
            </button>`,
        )}
      </div>
      ${this.renderFiltersPopover()}
    </div>`;
  }

  private renderFiltersPopover(): TemplateResult {
    const { messages } = this.localize;
    return html`<div
      id="filters"
      popover="auto"
      role="dialog"
      aria-label=${messages.history.filtersDialogLabel}
      @beforetoggle=${this.onPopoverBeforeToggle}
      @toggle=${this.onPopoverToggle}
    >
      ${
        this.filtersOpen && this.filtersModule
          ? this.filtersModule.renderFiltersForm({
              filters: this.filters,
              lookups: this.lookups.data,
              agents: this.agents.data?.items ?? [],
              messages,
              optionsError: this.lookups.error ?? this.agents.error,
              wording: this.localize,
              retryOptions: () => {
                if (this.lookups.error) void this.lookups.refetch();
                if (this.agents.error) void this.agents.refetch();
              },
              toggleListFilter: (key, value) => this.toggleListFilter(key, value),
              setValueFilter: (key, value) => this.setValueFilter(key, value),
              clearFilters: () => this.clearFilters(),
              done: () => this.filtersPopover?.hidePopover(),
            })
          : nothing
      }
    </div>`;
  }

  /** Every filter but status (which has its own toggles) as a removable chip. */
  private renderActiveFilters(): TemplateResult | typeof nothing {
    const { messages } = this.localize;
    const { history } = messages;
    const { filters } = this;
    const lookups = this.lookups.data;
    const chips: { label: string; remove: () => void }[] = [];
    if (filters.q)
      chips.push({
        label: `“${filters.q}”`,
        remove: () => ((this.searchText = ''), this.setFilters({ ...filters, q: undefined })),
      });
    for (const channel of filters.channel ?? []) {
      chips.push({
        label: `${history.channelLabel}: ${channelLabel(channel, messages)}`,
        remove: () => this.toggleListFilter('channel', channel),
      });
    }
    for (const tag of filters.tag ?? [])
      chips.push({ label: `${history.tagLabel}: ${tag}`, remove: () => this.toggleListFilter('tag', tag) });
    const value = (key: ValueFilterKey, label: string, text: string) =>
      chips.push({ label: `${label}: ${text}`, remove: () => this.setValueFilter(key, '') });
    if (filters.createdFrom)
      value('createdFrom', history.createdFromLabel, this.localize.date(`${filters.createdFrom}T12:00:00`));
    if (filters.createdTo)
      value('createdTo', history.createdToLabel, this.localize.date(`${filters.createdTo}T12:00:00`));
    if (filters.reasonId)
      value(
        'reasonId',
        history.reasonLabel,
        lookups?.reasons.find((r) => r.id === filters.reasonId)?.label ?? filters.reasonId,
      );
    if (filters.resultId)
      value(
        'resultId',
        history.resultLabel,
        lookups?.results.find((r) => r.id === filters.resultId)?.label ?? filters.resultId,
      );
    if (filters.assigneeId) {
      const name =
        filters.assigneeId === 'unassigned'
          ? messages.unassigned
          : (this.agents.data?.items.find((a) => a.id === filters.assigneeId)?.name ?? filters.assigneeId);
      value('assigneeId', history.assigneeLabel, name);
    }
    if (!chips.length) return nothing;
    return html`<ul class="active-filters" aria-label=${history.activeFilters}>
      ${chips.map(
        (chip) =>
          html`<li>
            <button
              type="button"
              class="chip"
              aria-label=${history.removeFilter(chip.label)}
              @click=${chip.remove}
            >
              ${chip.label} ${renderIcon(iconClose)}
            </button>
          </li>`,
      )}
      <li>
        <button type="button" class="cx-link-button" @click=${this.clearFilters}>
          ${history.clearFilters}
        </button>
      </li>
    </ul>`;
  }

  private renderBody(): TemplateResult {
    const { messages } = this.localize;
    const { history } = messages;
    const items = this.items;
    const error = this.tickets.error;
    if (error && !items.length) {
      return renderLoadError(error, this.localize, () => void this.refresh());
    }
    if (!this.customerId || (this.tickets.isLoading && !items.length))
      return renderLoading(messages.loading, this.compact ? 2 : 5);
    if (!items.length && this.tickets.invalid) return html`${renderLeftOut(this.tickets.invalid, messages)}`;
    if (!items.length) {
      return this.hasFilters
        ? renderEmpty({
            heading: history.filteredEmptyHeading,
            detail: history.filteredEmptyDetail,
            action: { label: history.clearFilters, onClick: () => this.clearFilters() },
          })
        : renderEmpty({ heading: history.emptyHeading, detail: history.emptyDetail });
    }
    // Worked out once per render, not per row: with 10,000 tickets the per-row cost is what scrolls.
    const setSize = this.hasMore ? -1 : items.length;
    if (this.compact) {
      return html`<div
        class="list"
        part="list"
        role="listbox"
        aria-label=${history.listLabel}
        @keydown=${this.onListKeydown}
        @click=${this.onListClick}
        @focusin=${this.onListFocusIn}
      >
        ${items.map((ticket, index) => this.renderEntry(ticket, index, setSize))}
      </div>`;
    }
    // Short histories (most customers) render as a plain list: no virtualizer set-up, first paint
    // as fast as plain DOM. Past VIRTUALIZE_AFTER rows the virtualizer keeps the DOM small.
    const virtual = items.length > VIRTUALIZE_AFTER && virtualizeModule !== undefined;
    this.listMode = virtual ? 'virtual' : 'plain';
    const renderItem = (ticket: Ticket, index: number) => this.renderEntry(ticket, index, setSize);
    const plainItems = virtual ? items : items.slice(0, this.navigableCount);
    return html`<div
      class="scroller list ${virtual ? '' : 'plain'}"
      part="list"
      role="listbox"
      aria-label=${history.listLabel}
      aria-busy=${this.tickets.isFetchingNextPage ? 'true' : 'false'}
      tabindex=${virtual && !this.activeRowRendered ? 0 : -1}
      @keydown=${this.onListKeydown}
      @click=${this.onListClick}
      @focus=${this.onListFocus}
      @focusin=${this.onListFocusIn}
      @focusout=${this.onListFocusOut}
      @rangeChanged=${this.onRangeChanged}
      @scroll=${virtual ? undefined : this.onPlainScroll}
    >
      ${
        virtual
          ? virtualizeModule!.virtualize({
              items,
              scroller: true,
              layout: virtualizeModule!.flow(),
              keyFunction: (ticket: Ticket) => ticket.id,
              // Its type asks for a template, but it hands the rows to repeat(), which takes any
              // child value: a row is a directive (see entry-row.ts).
              renderItem: renderItem as unknown as RenderItemFunction<Ticket>,
            })
          : repeat(plainItems, (ticket) => ticket.id, renderItem)
      }
    </div>`;
  }

  private renderEntry(ticket: Ticket, index: number, setSize: number): EntryRowResult {
    const { messages } = this.localize;
    const { history } = messages;
    const when = ticket.closedAt ?? ticket.lastInteractionAt;
    const relative = this.localize.relativeTime(when);
    return entryRow({
      id: `entry-${ticket.id}`,
      index,
      setSize,
      active: index === this.activeIndex,
      channel: channelStamp(ticket.channel, messages),
      subject: ticket.subject || ticket.summary || ticket.number,
      status: statusBadgeStamp(ticket.status, messages),
      number: ticket.number,
      assignee: ticket.assignee?.name ?? messages.unassigned,
      unassigned: !ticket.assignee,
      datetime: when,
      when: ticket.closedAt ? history.closed(relative) : history.lastActivity(relative),
      exact: this.localize.dateTime(when),
      tags: tagsStamp(ticket.tags, messages),
      match: this.compact ? undefined : searchMatch(ticket, this.filters.q),
    });
  }

  private renderFooter(): TemplateResult | typeof nothing {
    const { messages } = this.localize;
    const { history } = messages;
    const items = this.items;
    if (!items.length) return nothing;
    if (this.compact) {
      return html`<div class="footer" part="footer">
        <button
          type="button"
          class="cx-link-button"
          @click=${() => this.emit(new CxViewAllTicketsEvent(this.customerId ?? ''))}
        >
          ${history.viewAll}
        </button>
      </div>`;
    }
    const pageError = this.tickets.nextPageError;
    return html`${renderLeftOut(this.tickets.invalid, messages)}
      <div class="footer" part="footer">
        <span
          >${this.tickets.hasNextPage ? history.showing(items.length) : history.allShown(items.length)}</span
        >
        ${
          pageError
            ? html`<span class="page-error" role="alert">
                ${history.nextPageFailed}
                <button type="button" class="cx-button" @click=${() => this.tickets.fetchNextPage()}>
                  ${messages.retry}
                </button>
              </span>`
            : this.tickets.hasNextPage
              ? html`<button
                  type="button"
                  class="cx-button load-more"
                  ?disabled=${this.tickets.isFetchingNextPage}
                  @click=${() => this.tickets.fetchNextPage()}
                >
                  ${this.tickets.isFetchingNextPage ? history.loadingMore : history.loadMore}
                </button>`
              : nothing
        }
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cx-ticket-history': CxTicketHistory;
  }
}
