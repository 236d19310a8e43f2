// Over 450 lines: most of them the element's documented API (the CEM is generated from it) and the
// list's keyboard; the row, filters, actions, agent picker, open conversation and the held-back
// live rows are parts beside it.
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { PollWithoutStream } from '../../api/poll-controller.js';
import { PagedQueryController, QueryController } from '../../api/query-controller.js';
import type {
  AgentRef,
  Conversation,
  ConversationCounts,
  ConversationMessage,
  Lookups,
  Me,
  Page,
} from '../../api/types.js';
import { filterBarStyles } from '../../core/filter-bar.js';
import { CxElement } from '../../core/cx-element.js';
import type { Politeness } from '../../core/interactions/announcer.js';
import { RovingFocusController } from '../../core/interactions/roving-focus.js';
import { LongListController, longListStyles } from '../../core/long-list.js';
import type * as Sanitizer from '../../core/sanitize.js';
import {
  renderEmpty,
  renderLeftOut,
  renderLoadError,
  renderLoading,
  stateStyles,
} from '../../core/states.js';
import { Ticker } from '../../core/ticker.js';
import { loadVirtualizer, type VirtualizerModule } from '../../core/virtual-list.js';
import { AgentPicker } from './agent-picker.js';
import { conversationQueueStyles } from './conversation-queue.styles.js';
import type * as ConversationView from './conversation-view.js';
import { CxConversationAssignedEvent, CxConversationOpenEvent, CxQueueViewChangeEvent } from './events.js';
import { HeldRows } from './held-rows.js';
import { QueueActions, queuePermissions, type QueuePermissions } from './queue-actions.js';
import { QueueFilters } from './queue-filters.js';
import { renderArrivals, renderQueueFooter, renderSelectionBar, renderTabs } from './queue-parts.js';
import { queueRow, queueRowView, type RowContext } from './queue-row.js';
import {
  QUEUE_TABS,
  filterQuery,
  hasFilters,
  parseQueueView,
  serializeQueueView,
  type ConversationQueueFilters,
  type QueueTab,
} from './queue-view.js';
import { queueStrings } from './strings.js';

export type { ConversationQueueFilters, QueueTab, QueueView } from './queue-view.js';
export { parseQueueView, serializeQueueView } from './queue-view.js';

const DEFAULT_PAGE_SIZE = 50;
const PREFETCH_ROWS = 15;
/** Waiting times are shown to the minute; a render every 15 s keeps them within a quarter of one. */
const TICK_MS = 15_000;

/**
 * @tagname cx-conversation-queue
 * @summary The customer inbox: who is waiting, who is handling whom, and assigning in one
 * keystroke. Tabs (All, In queue, Handled, Resolved) with live counts, filters that fit in a URL,
 * assign to me or to an agent (one or many), and the conversation in place.
 *
 * The list is a multi-select WAI-ARIA listbox: Up/Down move, Home/End and Page Up/Down jump, typed
 * letters find a customer, Space selects (Escape clears the selection), Enter opens the
 * conversation, M assigns the focused conversation to you. Selected conversations get a bar with
 * "Assign to me", "Assign to…" (supervisors: `can-assign-others`), and for those being handled
 * "Unassign" and "Resolve"; each row shows its own outcome. While the agent works in the list, conversations that arrive
 * are held back and announced ("3 new conversations") with a button to show them; nothing moves
 * under the cursor. Long queues load page by page as you scroll; "Load more" does the same from the
 * keyboard.
 *
 * @event {CxConversationOpenEvent} cx-conversation-open - Before a conversation opens in place; cancelable: prevent it to open it in your own view. `detail: { conversation }`
 * @event {CxConversationAssignedEvent} cx-conversation-assigned - The server confirmed an assignment. `detail: { conversation }`
 * @event {CxQueueViewChangeEvent} cx-queue-view-change - The agent changed tab or filters. `detail: { tab, filters, view }` (`view`: a query string for your address bar)
 * @event {CxErrorEvent} cx-error - Loading failed (the queue shows the error with a retry). `detail: { error, message }`
 * @event {CxAuthRequiredEvent} cx-auth-required - The API refused the credentials even after a token refresh. `detail: { error }`
 *
 * @csspart heading - The queue's heading (visually hidden; style it to show it).
 * @csspart tabs - The state tabs.
 * @csspart toolbar - Search and filters.
 * @csspart list - The list of conversations.
 * @csspart row - One conversation in the list.
 * @csspart selection-bar - What to do with the selected conversations.
 * @csspart arrivals - "Show 3 new conversations".
 * @csspart detail - An open conversation.
 * @csspart footer - The count and "Load more".
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 *
 * @cssproperty --cx-conversation-queue-block-size - Height of the list (default 36rem).
 */
export class CxConversationQueue extends CxElement {
  static override styles = [
    CxElement.styles,
    stateStyles,
    filterBarStyles,
    longListStyles,
    conversationQueueStyles,
  ];

  /** Which tab shows: `all`, `queued` (In queue), `handled` or `resolved`. */
  @property({ reflect: true }) tab: QueueTab = 'all';

  /** The server-side filters in force. */
  @property({ attribute: false }) filters: ConversationQueueFilters = {};

  /**
   * The tab and filters as a query string (`tab=queued&channel=line&label=VIP`), as
   * `cx-queue-view-change` gives it: set it from the page's address to open a deep-linked view.
   * It sets `tab` and `filters` (what it cannot read is left out).
   */
  @property() view?: string;

  /**
   * Whether the agent may assign conversations to others (a supervisor); without it, only to
   * themselves. Unset, the data source's `/me` decides (`permissions.assignOthers`).
   */
  @property({ attribute: 'can-assign-others', type: Boolean }) canAssignOthers?: boolean;

  /** Conversations per page fetched from the server. */
  @property({ attribute: 'page-size', type: Number }) pageSize = DEFAULT_PAGE_SIZE;

  /** Without a live stream, the queue asks the server again this often (ms). */
  @property({ attribute: 'poll-interval-ms', type: Number }) pollIntervalMs = 30_000;

  /** The level of the queue's (visually hidden) heading, to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /**
   * Fetches the virtualizer's code (the default imports its chunk).
   * @internal Tests hold it back or make it fail.
   */
  loadVirtualizer: () => Promise<VirtualizerModule> = loadVirtualizer;

  @state() private openId?: string;
  @state() private selected: ReadonlySet<string> = new Set();

  @query('.scroller') private scroller?: HTMLElement;

  private readonly text = this.localize.use(queueStrings);
  private readonly conversations = new PagedQueryController<Conversation>(this, (client, language) =>
    client.conversations(
      {
        state: this.tab,
        ...filterQuery(this.filters),
        sort: this.tab === 'queued' ? 'waiting' : 'newest',
        limit: this.pageSize,
      },
      language,
    ),
  );
  private readonly counts = new QueryController<ConversationCounts>(this, (client, language) =>
    client.conversationCounts(filterQuery(this.filters), language),
  );
  private readonly me = new QueryController<Me>(this, (client, language) => client.me(language));
  private readonly agentList = new QueryController<Page<AgentRef>>(this, (client, language) =>
    client.agents(language),
  );
  private readonly lookupData = new QueryController<Lookups>(this, (client, language) =>
    client.lookups(language),
  );
  private readonly openConversation = new QueryController<Conversation>(this, (client, language) =>
    this.openId ? client.conversation(this.openId, language) : undefined,
  );
  private readonly openMessages = new PagedQueryController<ConversationMessage>(this, (client, language) =>
    this.openId ? client.conversationMessages(this.openId, language) : undefined,
  );

  private readonly ticker = new Ticker(this, TICK_MS);
  // A queue must not go stale: without a live stream it asks again every `poll-interval-ms`.
  protected readonly poll = new PollWithoutStream(this, {
    intervalMs: () => this.pollIntervalMs,
    refresh: () => this.refresh(),
  });
  private readonly held = new HeldRows<Conversation>();
  private readonly filterPart = new QueueFilters(this, this.localize, this.focusKeeper, this.text);
  private readonly actions = new QueueActions(this, this.text, this.localize);
  private readonly picker = new AgentPicker(this, this.localize, this.text);
  private readonly longList = new LongListController<Conversation>(this, {
    keeper: this.focusKeeper,
    items: () => this.rows,
    key: (conversation) => conversation.id,
    rowId: (conversation) => `row-${conversation.id}`,
    label: (conversation) => conversation.customer.name,
    locale: () => this.localize.locale,
    scroller: () => this.scroller,
    loadVirtualizer: () => this.loadVirtualizer(),
    fetchNextPage: () => void this.conversations.fetchNextPage(),
    isFetchingNextPage: () => this.conversations.isFetchingNextPage,
    prefetchRows: PREFETCH_ROWS,
  });
  private readonly list = this.longList.list;
  private readonly roving = this.longList.roving;
  private readonly tabs = new RovingFocusController(this, {
    orientation: 'horizontal',
    wrap: true,
    count: () => QUEUE_TABS.length,
    element: (index) => this.shadowRoot?.querySelector<HTMLElement>(`#tab-${QUEUE_TABS[index]}`),
    onMove: (index) => this.chooseTab(QUEUE_TABS[index]!),
  });

  /** The rows shown this render (the server's, held in place while the agent works in the list). */
  private rows: Conversation[] = [];
  /** Whether the list is scrolled away from its top (see onListScroll). */
  private scrolledDown = false;
  private scrollReadPending = false;
  /** Who the agent picker assigns to: the selection, or the open conversation. */
  private pickingFor: Conversation[] = [];
  private sanitizer?: typeof Sanitizer;
  /** The open conversation's view, loaded the first time one opens (the sanitizer with it). */
  private conversationView?: typeof ConversationView;

  /** @internal */
  get announcedName(): string {
    return this.text.strings.widgetName;
  }

  /** @internal The agents, for the filters and the picker. */
  get agents(): readonly AgentRef[] {
    return this.agentList.data?.items ?? [];
  }

  /** @internal The labels and channel accounts, for the filters. */
  get lookups(): Lookups | undefined {
    return this.lookupData.data;
  }

  /** Fetches the queue and its counts again. */
  refresh(): Promise<unknown> {
    return Promise.all([this.conversations.refetch(), this.counts.refetch()]);
  }

  /** Back from a conversation to the list, as the Back button does. */
  async closeConversation(): Promise<void> {
    if (!this.openId) return;
    this.openId = undefined;
    await this.longList.restore();
  }

  /** @internal Said through the page's announcer (the actions part speaks through it). */
  say(text: string, politeness: Politeness = 'polite'): void {
    this.announce(text, politeness);
  }

  /** @internal The server confirmed an assignment. */
  assigned(conversation: Conversation): void {
    this.emit(new CxConversationAssignedEvent(conversation));
  }

  /** @internal The agent picker's choice. */
  pickAgent(agent: AgentRef): void {
    const targets = this.pickingFor;
    this.pickingFor = [];
    // Back to where the agent was (the row in the list; in an open conversation, its actions), so
    // the rows stay in place while the results come in.
    if (!this.openId) void this.roving.focusActive({ preventScroll: true });
    void this.actions.assign(targets, agent).then(() => this.clearSelection(targets));
  }

  private get viewKey(): string {
    return JSON.stringify([this.tab, this.filters, this.pageSize]);
  }

  /** @internal The agent changed the filters (the filters part): the host hears of it. */
  changeFilters(filters: ConversationQueueFilters): void {
    this.filters = filters;
    void this.updateComplete.then(() => this.emitView());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('view') && this.view != null) {
      const view = parseQueueView(this.view);
      this.tab = view.tab;
      this.filters = view.filters;
    }
    if (changed.has('filters')) this.filterPart.bar.syncSearch();
    if (changed.has('tab')) this.tabs.active = QUEUE_TABS.indexOf(this.tab);
    if (changed.has('tab') || changed.has('filters')) {
      this.roving.active = 0;
      this.selected = new Set();
      this.scrolledDown = false;
    }
    this.list.prepare();
    const pages = this.conversations.result?.data?.pages.length ?? 0;
    this.rows = this.held.rows(this.viewKey, this.conversations.items, pages, this.working());
    this.list.beforeRender(this.rows.length);
  }

  protected override updated(): void {
    const arrived = this.held.takeArrivals();
    if (arrived) this.announce(this.text.strings.newArrivals(arrived));
    this.reportLoad();
  }

  /** Whether the agent is working in the list: then rows stay where they are. */
  private working(): boolean {
    const root = this.shadowRoot;
    const focused = root?.activeElement;
    return (
      this.selected.size > 0 ||
      this.picker.popover.isOpen ||
      (focused != null && this.scroller?.contains(focused) === true) ||
      this.scrolledDown
    );
  }

  /**
   * Notes whether the list is scrolled away from its top (then arrivals wait). Read in the next
   * animation frame, where the frame's layout is done anyway: read before each render, or in the
   * scroll event, `scrollTop` forced a layout of its own in every live update (a profile's top
   * entry under 20 arrivals a second).
   */
  private onListScroll(event: Event): void {
    const scroller = event.currentTarget as HTMLElement;
    if (!this.scrollReadPending) {
      this.scrollReadPending = true;
      requestAnimationFrame(() => {
        this.scrollReadPending = false;
        this.scrolledDown = scroller.scrollTop > 0;
      });
    }
    if (this.list.plain) this.longList.onPlainScroll(event);
  }

  private emitView(): void {
    const view = serializeQueueView({ tab: this.tab, filters: this.filters });
    this.emit(new CxQueueViewChangeEvent({ tab: this.tab, filters: this.filters, view }));
  }

  /** Announces each page once it has rendered. */
  private reportLoad(): void {
    const result = this.conversations.result;
    if (!result || result.isFetching || result.isError || !result.data) return;
    const key = this.viewKey;
    const count = this.rows.length;
    const previous = this.longList.settled(key, count);
    if (previous === undefined) return;
    const text = this.text.strings;
    if (count && count > previous)
      this.announce(
        previous
          ? text.loadedMore(count - previous, count)
          : text.found(count, this.conversations.hasNextPage),
      );
  }

  // ---- tabs ----

  private chooseTab(tab: QueueTab): void {
    if (tab === this.tab) return;
    this.tab = tab;
    void this.updateComplete.then(() => this.emitView());
  }

  // ---- the list ----

  private rowElement(index: number): HTMLElement | null {
    return this.longList.rowElement(index);
  }

  private toggleSelected(conversation: Conversation): void {
    const next = new Set(this.selected);
    if (next.has(conversation.id)) next.delete(conversation.id);
    else next.add(conversation.id);
    this.selected = next;
  }

  private clearSelection(only?: Conversation[]): void {
    if (!only) return void (this.selected = new Set());
    const next = new Set(this.selected);
    for (const conversation of only) next.delete(conversation.id);
    this.selected = next;
  }

  private get selectedRows(): Conversation[] {
    return this.rows.filter((row) => this.selected.has(row.id)).map((row) => this.actions.view(row));
  }

  private onListKeydown(event: KeyboardEvent): void {
    const conversation = this.rows[this.roving.active];
    if (conversation && !event.altKey && !event.ctrlKey && !event.metaKey) {
      if (event.key === 'Enter') {
        event.preventDefault();
        return void this.open(conversation, this.roving.active);
      }
      if (event.key === 'Escape' && this.selected.size) {
        event.preventDefault();
        return this.clearSelection();
      }
      if (event.key === ' ' && !this.roving.typing) {
        event.preventDefault();
        return this.toggleSelected(conversation);
      }
      if (
        (event.key === 'm' || event.key === 'M') &&
        !this.roving.typing &&
        this.may.assignToMe(conversation)
      ) {
        event.preventDefault();
        void this.assignToMe([this.actions.view(conversation)]);
        return;
      }
    }
    this.roving.onKeydown(event);
  }

  private onListClick(event: MouseEvent): void {
    const target = event.target as Element;
    const row = target.closest<HTMLElement>('[role="option"]');
    const index = Number(row?.dataset.index);
    const conversation = this.rows[index];
    if (!conversation) return;
    this.roving.active = index;
    if (target.closest('[data-select]') || event.ctrlKey || event.metaKey) this.toggleSelected(conversation);
    else void this.open(conversation, index);
  }

  /** Shows the conversations held back, from the top, with focus on the newest. */
  private async showArrivals(): Promise<void> {
    this.held.release();
    this.focusKeeper.handOffTo(() => this.rowElement(0) ?? this.scroller);
    this.roving.active = 0;
    if (this.scroller) this.scroller.scrollTop = 0;
    this.scrolledDown = false;
    this.requestUpdate();
    await this.updateComplete;
    await this.roving.focus(0);
  }

  // ---- who may do what ----

  private get may(): QueuePermissions {
    return queuePermissions(this.me.data, this.canAssignOthers);
  }

  /** The agent using the queue; asked for now if a key was quicker than `/me`. */
  private async whoAmI(): Promise<AgentRef | undefined> {
    const client = this.client;
    if (this.me.data || !client) return this.me.data;
    return client.queryClient.fetchQuery(client.me(this.localize.locale)).catch(() => undefined);
  }

  private async assignToMe(conversations: Conversation[]): Promise<void> {
    const me = await this.whoAmI();
    if (!me) return;
    const yours = conversations.filter((conversation) => conversation.assignee?.id !== me.id);
    await this.actions.assign(yours, me);
    this.clearSelection(conversations);
  }

  /** Puts the selected conversations back in the queue, or resolves them; the selection keeps those that failed. */
  private async release(conversations: Conversation[], how: 'unassign' | 'resolve'): Promise<void> {
    // The bar may go with the selection: focus goes back to the list.
    this.focusKeeper.handOffTo(() => this.rowElement(this.roving.active) ?? this.scroller);
    await this.actions[how](conversations);
    this.clearSelection(conversations.filter((conversation) => !this.actions.noteOf(conversation.id)));
  }

  private openPicker(conversations: Conversation[], trigger: string): void {
    this.pickingFor = conversations;
    void this.picker.open(trigger);
  }

  // ---- drill-in ----

  private async open(conversation: Conversation, index: number): Promise<void> {
    this.roving.active = index;
    if (!this.emit(new CxConversationOpenEvent(conversation))) return;
    this.longList.saveScroll();
    [this.sanitizer, this.conversationView] = await Promise.all([
      this.sanitizer ?? import('../../core/sanitize.js'),
      this.conversationView ?? import('./conversation-view.js'),
    ]);
    this.openId = conversation.id;
    await this.updateComplete;
    this.shadowRoot!.querySelector<HTMLElement>('.back')?.focus();
  }

  private onDetailKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && !event.defaultPrevented && !this.picker.popover.isOpen) {
      event.preventDefault();
      void this.closeConversation();
    }
  }

  protected override focusFallback(): HTMLElement | null | undefined {
    return this.shadowRoot?.querySelector<HTMLElement>('.body') ?? super.focusFallback();
  }

  // ---- rendering ----

  protected override render(): TemplateResult {
    return html`${this.openId ? this.renderOpen() : this.renderQueue()} ${this.picker.render()}`;
  }

  private renderOpen(): TemplateResult {
    const fromList = this.rows.find((row) => row.id === this.openId);
    const loaded = this.openConversation.data ?? fromList;
    if (!loaded) {
      const error = this.openConversation.error;
      return html`<div class="detail body" tabindex="-1" data-focus-fallback @keydown=${this.onDetailKeydown}>
        <button type="button" class="cx-link-button back" @click=${() => this.closeConversation()}>
          ${this.text.strings.back}
        </button>
        ${error ? renderLoadError(error, this.localize, () => void this.openConversation.refetch()) : renderLoading(this.localize.messages.loading, 3)}
      </div>`;
    }
    const conversation = this.actions.view(loaded);
    const me = this.me.data;
    return html`<div class="body" tabindex="-1" data-focus-fallback @keydown=${this.onDetailKeydown}>
      ${this.conversationView!.renderConversationView({
        conversation,
        messages: this.openMessages.items,
        messagesLoading: this.openMessages.isLoading,
        messagesError: this.openMessages.error,
        hasMore: this.openMessages.hasNextPage,
        loadingMore: this.openMessages.isFetchingNextPage,
        localize: this.localize,
        text: this.text.strings,
        sanitizer: this.sanitizer,
        busy: this.actions.busy(conversation.id),
        note: this.actions.noteOf(conversation.id),
        can: {
          assignToMe: this.may.assignToMe(conversation),
          assignOthers: this.may.assignOthers && Boolean(me) && conversation.state !== 'closed',
          unassign: this.may.release(conversation),
          resolve: this.may.release(conversation),
        },
        headingLevel: this.headingLevel,
        onBack: () => void this.closeConversation(),
        onAssignToMe: () => void this.assignToMe([conversation]),
        onAssignTo: () => this.openPicker([conversation], '.detail-assign-to'),
        onUnassign: () => void this.actions.unassign([conversation]),
        onResolve: () => void this.actions.resolve([conversation]),
        onRetryMessages: () => void this.openMessages.refetch(),
        onLoadMore: () => void this.openMessages.fetchNextPage(),
      })}
    </div>`;
  }

  private renderQueue(): TemplateResult {
    const text = this.text.strings;
    const selected = this.selectedRows;
    const releasable = selected.filter((row) => this.may.release(row));
    return html`<div class="cx-visually-hidden" part="heading" role="heading" aria-level=${this.headingLevel}>
        ${text.widgetName}
      </div>
      ${renderTabs({
        tab: this.tab,
        counts: this.counts.data,
        text,
        localize: this.localize,
        onKeydown: this.tabs.onKeydown,
        onFocusIn: this.tabs.onFocusIn,
        choose: (tab) => this.chooseTab(tab),
      })}
      ${this.filterPart.renderToolbar()} ${this.filterPart.renderChips()}
      ${renderArrivals(this.held.heldBack, text, () => void this.showArrivals())}
      ${renderSelectionBar({
        selected: selected.length,
        assignable: selected.filter((row) => this.may.assignToMe(row)).length,
        canAssignOthers: this.may.assignOthers,
        releasable: releasable.length,
        text,
        assignToMe: () => void this.assignToMe(selected),
        assignTo: () => this.openPicker(selected, '.selection-bar .assign-to'),
        unassign: () => void this.release(releasable, 'unassign'),
        resolve: () => void this.release(releasable, 'resolve'),
        clear: () => {
          this.focusKeeper.handOffTo(() => this.rowElement(this.roving.active) ?? this.scroller);
          this.clearSelection();
        },
      })}
      <div
        class="body"
        id="queue-panel"
        role="tabpanel"
        aria-labelledby="tab-${this.tab}"
        tabindex="-1"
        data-focus-fallback
      >
        ${this.renderBody()}
      </div>
      ${renderQueueFooter({
        shown: this.rows.length,
        hasNextPage: this.conversations.hasNextPage,
        loadingMore: this.conversations.isFetchingNextPage,
        nextPageFailed: Boolean(this.conversations.nextPageError),
        text,
        retryLabel: this.localize.messages.retry,
        loadMore: () => this.longList.loadMore(),
        retryNextPage: () => void this.conversations.fetchNextPage(),
      })}`;
  }

  private renderBody(): TemplateResult {
    const { messages } = this.localize;
    const text = this.text.strings;
    const rows = this.rows;
    const error = this.conversations.error;
    if (error && !rows.length) return renderLoadError(error, this.localize, () => void this.refresh());
    if (this.conversations.isLoading && !rows.length) return renderLoading(messages.loading, 5);
    if (!rows.length && this.conversations.invalid)
      return html`${renderLeftOut(this.conversations.invalid, messages)}`;
    if (!rows.length) {
      if (hasFilters(this.filters))
        return renderEmpty({
          heading: text.filteredEmptyHeading,
          detail: text.filteredEmptyDetail,
          action: { label: text.clearFilters, onClick: () => this.filterPart.bar.clear() },
        });
      const heading = {
        all: text.emptyAll,
        queued: text.emptyQueued,
        handled: text.emptyHandled,
        resolved: text.emptyResolved,
      }[this.tab];
      return renderEmpty({ heading, detail: text.emptyDetail });
    }
    const context: RowContext = {
      localize: this.localize,
      text,
      now: this.ticker.now,
      setSize: this.conversations.hasNextPage ? -1 : rows.length,
    };
    const renderItem = (conversation: Conversation, index: number) => {
      const shown = this.actions.view(conversation);
      return queueRow(
        queueRowView(
          shown,
          {
            index,
            active: index === this.roving.active,
            selected: this.selected.has(conversation.id),
            busy: this.actions.busy(conversation.id),
            note: this.actions.noteOf(conversation.id),
          },
          context,
        ),
      );
    };
    const plain = this.list.plain;
    return html`${renderLeftOut(this.conversations.invalid, messages)}
      <div
        class="scroller list ${plain ? 'plain' : ''}"
        part="list"
        role="listbox"
        aria-multiselectable="true"
        aria-label=${text.listLabel}
        aria-describedby="list-keys"
        aria-busy=${this.conversations.isFetchingNextPage ? 'true' : 'false'}
        tabindex=${this.longList.listTabIndex}
        data-focus-fallback
        @keydown=${this.onListKeydown}
        @click=${this.onListClick}
        @focus=${this.longList.onFocus}
        @focusin=${this.roving.onFocusIn}
        @rangeChanged=${this.longList.onRangeChanged}
        @scroll=${this.onListScroll}
      >
        ${this.list.render(rows, renderItem)}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cx-conversation-queue': CxConversationQueue;
  }
}
