import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { PagedQueryController } from '../../api/query-controller.js';
import type { Ticket, TicketQuery } from '../../api/types.js';
import { badgeStyles } from '../../core/badges.js';
import { filterBarStyles } from '../../core/filter-bar.js';
import { CxElement } from '../../core/cx-element.js';
import { LongListController, longListStyles } from '../../core/long-list.js';
import {
  renderEmpty,
  renderLeftOut,
  renderLoadError,
  renderLoading,
  stateStyles,
} from '../../core/states.js';
import type { EntryRowResult } from './entry-row.js';
import { CxTicketHistoryLoadEvent, CxTicketOpenEvent, CxViewAllTicketsEvent } from './events.js';
import { HistoryFilters, type TicketHistoryFilters } from './history-filters.js';
import { historyQuery, prepareRows, renderDrillIn, renderEntry, renderFooter } from './history-parts.js';
import { historyStrings } from './strings.js';
import { ticketHistoryStyles } from './ticket-history.styles.js';
import { loadVirtualizer, type VirtualizerModule } from '../../core/virtual-list.js';

export type { ListFilterKey, TicketHistoryFilters, ValueFilterKey } from './history-filters.js';

const DEFAULT_PAGE_SIZE = 25;
/** Start fetching the next page this many rows before the end, so scrolling rarely waits. */
const PREFETCH_ROWS = 10;

/**
 * @tagname cx-ticket-history
 * @summary Everything a customer contacted us about before: a filterable, searchable,
 * virtualized list of past tickets, with the full ticket (header, transcript, internal notes,
 * recording) one click away, in place.
 *
 * The list is a WAI-ARIA listbox: Up/Down move between tickets, Home/End jump to the first and last
 * loaded one, Page Up/Down move by ten, typed letters find a ticket by its subject, Enter or Space
 * opens the ticket, Escape (or Back) returns to the list with its scroll position and focus
 * restored. Long histories load page by page as you scroll; "Load more" does the same from the
 * keyboard. A focused or hovered ticket shows its exact time below it (Escape hides it).
 *
 * @event {CxTicketOpenEvent} cx-ticket-open - Before drilling into a ticket; cancelable: prevent it to open the ticket in your own UI. `detail: { ticket }`
 * @event {CxTicketHistoryLoadEvent} cx-ticket-history-load - After each page arrives. `detail: { customerId, loaded, added, hasMore }`
 * @event {CxViewAllTicketsEvent} cx-view-all-tickets - "View all" in compact mode. `detail: { customerId }`
 * @event {CxErrorEvent} cx-error - Loading failed (the panel shows the error with a retry). `detail: { error, message }`
 * @event {CxAuthRequiredEvent} cx-auth-required - The API refused the credentials even after a token refresh. `detail: { error }`
 *
 * @csspart heading - The panel's heading (visually hidden; style it to show it).
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
 * @csspart tooltip - The exact time shown for a focused or hovered ticket.
 * @csspart retry-button - The retry button of the error state.
 *
 * @cssproperty --cx-ticket-history-block-size - Height of the panel when not compact (default 32rem).
 */
export class CxTicketHistory extends CxElement {
  static override styles = [
    CxElement.styles,
    stateStyles,
    badgeStyles,
    filterBarStyles,
    longListStyles,
    ticketHistoryStyles,
  ];

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

  /** The level of the panel's (visually hidden) heading, to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** The server-side filters in force. Kept while the agent drills into a ticket and back. */
  @property({ attribute: false }) filters: TicketHistoryFilters = {};

  /**
   * Fetches the virtualizer's code (the default imports its chunk).
   * @internal Tests hold it back or make it fail.
   */
  loadVirtualizer: () => Promise<VirtualizerModule> = loadVirtualizer;

  /** The ticket shown in place of the list, if any. */
  @state() private openTicketId?: string;

  @query('.scroller') private scroller?: HTMLElement;

  private readonly tickets = new PagedQueryController<Ticket>(this, (client, language) =>
    this.customerId ? client.tickets(this.ticketQuery(), language) : undefined,
  );
  /** The history's own strings (see strings.ts), loaded with the shared ones. */
  private readonly text = this.localize.use(historyStrings);
  private readonly filterPart = new HistoryFilters(this, this.localize, this.focusKeeper, this.text);
  private readonly longList = new LongListController<Ticket>(this, {
    keeper: this.focusKeeper,
    items: () => this.items,
    key: (ticket) => ticket.id,
    rowId: (ticket) => `entry-${ticket.id}`,
    label: (ticket) => ticket.subject,
    scroller: () => this.scroller,
    loadVirtualizer: () => this.loadVirtualizer(),
    fetchNextPage: () => void this.tickets.fetchNextPage(),
    isFetchingNextPage: () => this.tickets.isFetchingNextPage,
    prefetchRows: PREFETCH_ROWS,
    pages: () => !this.compact,
  });
  private readonly list = this.longList.list;
  private readonly roving = this.longList.roving;

  private rowsPrepared = false;

  constructor() {
    super();
    // A ticket hovered or focused from the keyboard shows its exact time below it.
    this.tooltip.showFor({
      selector: '[role="option"]',
      text: (row) => row.querySelector('.exact')?.textContent,
      placement: 'bottom-end',
    });
  }

  /** @internal */
  get announcedName(): string {
    return this.text.strings.widgetName;
  }

  /** Fetches the history again from the server. */
  refresh(): Promise<unknown> {
    return this.tickets.refetch();
  }

  /** Back from a ticket to the list, as the Back button does. */
  async closeTicket(): Promise<void> {
    if (!this.openTicketId) return;
    this.openTicketId = undefined;
    await this.longList.restore();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Every row formats two dates: get the formatters ready while the first page is on its way.
    void this.localize.whenReady.then(() => {
      this.localize.warmUpDates();
      if (this.rowsPrepared) return;
      this.rowsPrepared = true;
      // A task of its own after the first render (the skeleton), well within a request's round trip.
      setTimeout(() => prepareRows(this.localize, this.text.strings));
    });
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
    return historyQuery(this, DEFAULT_PAGE_SIZE);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.compact) this.list.prepare();
    if (changed.has('customerId') || changed.has('filters') || changed.has('sort')) this.roving.active = 0;
    // The search box shows the search the host set (a deep link), unless the agent is typing one.
    if (changed.has('filters')) this.filterPart.bar.syncSearch();
    this.list.beforeRender(this.items.length);
  }

  protected override updated(): void {
    this.reportLoad();
  }

  /** Announces and dispatches each page once it has rendered. */
  private reportLoad(): void {
    const result = this.tickets.result;
    if (!this.customerId || !result || result.isFetching || result.isError || !result.data) return;
    const key = JSON.stringify(this.ticketQuery());
    const count = this.items.length;
    const previous = this.longList.settled(key, count);
    if (previous === undefined) return;
    const history = this.text.strings;
    // An empty list says so itself (its empty state).
    if (count) {
      this.announce(
        previous > 0 ? history.loadedMore(count - previous, count) : history.found(count, this.hasMore),
      );
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

  // ---- the list ----

  private onListKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' || event.key === ' ') {
      // Space continues a typeahead search under way; otherwise it opens, as Enter does.
      const ticket = this.items[this.roving.active];
      if (ticket && !(event.key === ' ' && this.roving.typing)) {
        event.preventDefault();
        void this.openTicket(ticket, this.roving.active);
        return;
      }
    }
    this.roving.onKeydown(event);
  }

  /** Clicks on any entry reach the listbox, which opens the entry clicked. */
  private onListClick(event: MouseEvent): void {
    const entry = (event.target as Element).closest<HTMLElement>('[role="option"]');
    const index = Number(entry?.dataset.index);
    const ticket = this.items[index];
    if (ticket) void this.openTicket(ticket, index);
  }

  // ---- drill-in ----

  private async openTicket(ticket: Ticket, index: number): Promise<void> {
    this.roving.active = index;
    if (!this.emit(new CxTicketOpenEvent(ticket))) return; // the host opens it its own way
    this.longList.saveScroll();
    this.tooltip.hide();
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

  private retry(): void {
    this.focusKeeper.handOffTo(() => this.shadowRoot?.querySelector<HTMLElement>('.body'));
    void this.refresh();
  }

  protected override focusFallback(): HTMLElement | null | undefined {
    return this.shadowRoot?.querySelector<HTMLElement>('.body') ?? super.focusFallback();
  }

  // ---- rendering ----

  protected override render(): TemplateResult {
    if (this.openTicketId) {
      return renderDrillIn({
        ticketId: this.openTicketId,
        theme: this.themeController.scheme,
        backLabel: this.text.strings.back,
        onBack: () => this.closeTicket(),
        onKeydown: (event) => this.onDetailKeydown(event),
      });
    }
    const heading = html`<div
      class="cx-visually-hidden"
      part="heading"
      role="heading"
      aria-level=${this.headingLevel}
    >
      ${this.text.strings.widgetName}
    </div>`;
    return html`
      ${this.compact ? nothing : heading} ${this.compact ? nothing : this.filterPart.renderToolbar()}
      ${this.compact ? nothing : this.filterPart.renderChips()}
      <div class="body" tabindex="-1" data-focus-fallback>${this.renderBody()}</div>
      ${this.renderFooter()}
    `;
  }

  private renderBody(): TemplateResult {
    const { messages } = this.localize;
    const history = this.text.strings;
    const items = this.items;
    const error = this.tickets.error;
    if (error && !items.length) return renderLoadError(error, this.localize, () => this.retry());
    if (!this.customerId)
      return renderEmpty({ heading: messages.noCustomerHeading, detail: messages.noCustomerDetail });
    if (this.tickets.isLoading && !items.length) return renderLoading(messages.loading, this.compact ? 2 : 5);
    if (!items.length && this.tickets.invalid) return html`${renderLeftOut(this.tickets.invalid, messages)}`;
    if (!items.length) {
      return this.filterPart.bar.active
        ? renderEmpty({
            heading: history.filteredEmptyHeading,
            detail: history.filteredEmptyDetail,
            action: { label: history.clearFilters, onClick: () => this.filterPart.bar.clear() },
          })
        : renderEmpty({ heading: history.emptyHeading, detail: history.emptyDetail });
    }
    // Worked out once per render, not per row: with 10,000 tickets the per-row cost is what scrolls.
    const setSize = this.hasMore ? -1 : items.length;
    const renderItem = (ticket: Ticket, index: number) => this.renderEntry(ticket, index, setSize);
    if (this.compact) {
      return html`<div
        class="list"
        part="list"
        role="listbox"
        aria-label=${history.listLabel}
        @keydown=${this.onListKeydown}
        @click=${this.onListClick}
        @focusin=${this.roving.onFocusIn}
      >
        ${items.map(renderItem)}
      </div>`;
    }
    const rows = this.list.render(items, renderItem);
    const plain = this.list.plain;
    return html`<div
      class="scroller list ${plain ? 'plain' : ''}"
      part="list"
      role="listbox"
      aria-label=${history.listLabel}
      aria-busy=${this.tickets.isFetchingNextPage ? 'true' : 'false'}
      tabindex=${this.longList.listTabIndex}
      data-focus-fallback
      @keydown=${this.onListKeydown}
      @click=${this.onListClick}
      @focus=${this.longList.onFocus}
      @focusin=${this.roving.onFocusIn}
      @rangeChanged=${this.longList.onRangeChanged}
      @scroll=${plain ? this.longList.onPlainScroll : undefined}
    >
      ${rows}
    </div>`;
  }

  private renderEntry(ticket: Ticket, index: number, setSize: number): EntryRowResult {
    return renderEntry(ticket, index, {
      localize: this.localize,
      history: this.text.strings,
      setSize,
      active: index === this.roving.active,
      query: this.compact ? undefined : (this.filters.q ?? ''),
    });
  }

  private renderFooter(): TemplateResult | typeof nothing {
    const items = this.items;
    if (!items.length) return nothing;
    if (!this.compact) {
      return renderFooter({
        localize: this.localize,
        history: this.text.strings,
        shown: items.length,
        hasNextPage: this.tickets.hasNextPage,
        loadingMore: this.tickets.isFetchingNextPage,
        nextPageFailed: Boolean(this.tickets.nextPageError),
        leftOut: this.tickets.invalid,
        onLoadMore: () => this.longList.loadMore(),
        onRetryNextPage: () => void this.tickets.fetchNextPage(),
      });
    }
    return html`<div class="footer" part="footer">
      <button
        type="button"
        class="cx-link-button"
        @click=${() => this.emit(new CxViewAllTicketsEvent(this.customerId ?? ''))}
      >
        ${this.text.strings.viewAll}
      </button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cx-ticket-history': CxTicketHistory;
  }
}
