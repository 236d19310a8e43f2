// Over 450 lines: most of them the element's documented API (the CEM is generated from it) and the
// grid's keyboard (header and body); the columns, grid rows, filters, column chooser, export,
// rating editor and record view are parts beside it.
import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { CsvSink } from '../../api/csv-export.js';
import { PollWithoutStream } from '../../api/poll-controller.js';
import { PagedQueryController, QueryController } from '../../api/query-controller.js';
import type {
  AgentRef,
  Interaction,
  InteractionPatch,
  InteractionQuery,
  Lookups,
  Me,
  Page,
} from '../../api/types.js';
import { badgeStyles } from '../../core/badges.js';
import { CxElement } from '../../core/cx-element.js';
import { filterBarStyles } from '../../core/filter-bar.js';
import type { Politeness } from '../../core/interactions/announcer.js';
import { RovingFocusController } from '../../core/interactions/roving-focus.js';
import { LongListController, longListStyles } from '../../core/long-list.js';
import {
  renderEmpty,
  renderLeftOut,
  renderLoadError,
  renderLoading,
  renderNextPage,
  stateStyles,
} from '../../core/states.js';
import { loadVirtualizer, type VirtualizerModule } from '../../core/virtual-list.js';
import type { ColumnChooser } from './column-chooser.js';
import {
  CxInteractionOpenEvent,
  CxInteractionUpdatedEvent,
  CxLogColumnsChangeEvent,
  CxLogViewChangeEvent,
} from './events.js';
import { interactionLogStyles } from './interaction-log.styles.js';
import {
  LOG_COLUMNS,
  columnById,
  csvColumns,
  RATING_FIELDS,
  readColumnChoice,
  resizeColumn,
  type RatingField,
  type CellContext,
  type ColumnChoice,
  type ColumnId,
} from './log-columns.js';
import type { LogExport } from './log-export.js';
import { LogFilters } from './log-filters.js';
import type { RatingEditor } from './rating-editor.js';
import { columnTemplate, renderHeader } from './log-grid.js';
import { logRow } from './log-row.js';
import {
  hasFilters,
  logQuery,
  parseLogView,
  serializeLogView,
  type InteractionLogFilters,
  type LogSort,
} from './log-view.js';
import type * as RecordView from './record-view.js';
import { logStrings } from './strings.js';

export type { ColumnChoice, ColumnId } from './log-columns.js';
export type { InteractionLogFilters, LogSort } from './log-view.js';
export { parseLogView, serializeLogView } from './log-view.js';

const DEFAULT_PAGE_SIZE = 50;
const PREFETCH_ROWS = 15;
const VIRTUALIZE_AFTER_ROWS = 30;
/** The CX log's rule: the first response within ten minutes, unless the server or host says otherwise. */
const DEFAULT_SLA_SECONDS = 600;

/**
 * @tagname cx-interaction-log
 * @summary Every service record across customers, for supervisors and quality analysts: a data
 * grid with every column of a contact centre's CX interaction log and of a CRM's service records,
 * filtered and sorted by the server over 100,000 records and more, exported to CSV.
 *
 * The grid is a WAI-ARIA grid with one tab stop: arrow keys move between cells, Home/End to a row's
 * ends, Ctrl+Home/End to the grid's corners, Page Up/Down by ten rows, Enter opens the record in
 * place (Escape or Back returns to the same cell). Up from the first row reaches the column
 * headers: Enter or Space sorts by that column (again: the other way), and the new order is said.
 * "Columns" shows, hides and reorders columns; the choice is kept (`columns` and
 * `cx-log-columns-change`, and local storage under `columns-storage-key`). "Export CSV" writes every
 * record the filters keep, page by page, with the shown columns, progress and Cancel. Below 480 px
 * each record is a card of labelled lines and sorting is a select.
 *
 * A supervisor (`can-rate`, or `/me`'s `permissions.rateInteractions`) sets Sentiment and CSAT in
 * the grid: Enter or a click on the cell opens the choices; the change shows at once, is sent with
 * the record's version (`If-Match`), goes back with a reason when refused, and after a `412` shows
 * their value and yours to choose from. An answer that never came is said to be unconfirmed.
 *
 * @event {CxInteractionOpenEvent} cx-interaction-open - Before a record opens in place; cancelable: prevent it to open the record in your own view. `detail: { interaction }`
 * @event {CxLogViewChangeEvent} cx-log-view-change - The filters or the sort changed. `detail: { filters, sort, view }` (`view`: a query string for your address bar)
 * @event {CxInteractionUpdatedEvent} cx-interaction-updated - The server took a supervisor's sentiment or CSAT. `detail: { interaction, changes }`
 * @event {CxLogColumnsChangeEvent} cx-log-columns-change - Columns were shown, hidden or reordered. `detail: { columns }`
 * @event {CxErrorEvent} cx-error - Loading failed (the log shows the error with a retry). `detail: { error, message }`
 * @event {CxAuthRequiredEvent} cx-auth-required - The API refused the credentials even after a token refresh. `detail: { error }`
 *
 * @csspart heading - The log's heading (visually hidden; style it to show it).
 * @csspart toolbar - Search, filters, columns and export.
 * @csspart grid - The grid of records.
 * @csspart export-status - An export's progress, or how it ended.
 * @csspart rating-status - A sentiment or CSAT change that was refused, unconfirmed or in conflict.
 * @csspart record - An open service record.
 * @csspart footer - The count and "Load more".
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 *
 * @cssproperty --cx-interaction-log-block-size - Height of the log (default 40rem).
 */
export class CxInteractionLog extends CxElement {
  static override styles = [
    CxElement.styles,
    stateStyles,
    badgeStyles,
    filterBarStyles,
    longListStyles,
    interactionLogStyles,
  ];

  /** The server-side filters in force. */
  @property({ attribute: false }) filters: InteractionLogFilters = {};

  /** The server-side order: `{ by: 'startedAt' | 'handleSeconds' | …, order: 'asc' | 'desc' }`. */
  @property({ attribute: false }) sort: LogSort = { by: 'startedAt', order: 'desc' };

  /**
   * The filters and sort as a query string, as `cx-log-view-change` gives it: set it from the
   * page's address to open a deep-linked view (what it cannot read is left out).
   */
  @property() view?: string;

  /**
   * The columns shown, in order (`{ shown: ['caseNumber', 'contact', …] }`), as
   * `cx-log-columns-change` gives it. Unset: what was kept under `columns-storage-key`, else the
   * default set.
   */
  @property({ attribute: false }) columns?: ColumnChoice;

  /** Keep the column choice in this browser's local storage under this key. */
  @property({ attribute: 'columns-storage-key' }) columnsStorageKey?: string;

  /**
   * The SLA rule's threshold in seconds: met when the first response came within it. Unset: the
   * server's verdict (its threshold, ten minutes by default).
   */
  @property({ attribute: 'sla-threshold-seconds', type: Number }) slaThresholdSeconds?: number;

  /**
   * May set sentiment and CSAT (a supervisor or quality analyst). Unset: the data source's `/me`
   * decides (`permissions.rateInteractions`).
   */
  @property({ attribute: 'can-rate', type: Boolean }) canRate?: boolean;

  /**
   * Export with the server's own file (`GET /interactions/export`, `text/csv`) instead of writing
   * it here page by page; the server then decides the columns.
   */
  @property({ attribute: 'server-export', type: Boolean }) serverExport = false;

  /** Records per page fetched from the server (at most 200). */
  @property({ attribute: 'page-size', type: Number }) pageSize = DEFAULT_PAGE_SIZE;

  /** Without a live stream, the log asks the server again this often (ms). */
  @property({ attribute: 'poll-interval-ms', type: Number }) pollIntervalMs = 60_000;

  /** The level of the log's (visually hidden) heading, to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /**
   * Fetches the virtualizer's code (the default imports its chunk).
   * @internal Tests hold it back or make it fail.
   */
  loadVirtualizer: () => Promise<VirtualizerModule> = loadVirtualizer;

  /**
   * Where an export goes: a file the agent picks, else a download.
   * @internal Tests collect the file themselves.
   */
  openExportSink?: (filename: string) => Promise<CsvSink | undefined>;

  /** The record open in place (kept itself: a new sort may take it out of the loaded rows). */
  @state() private opened?: Interaction;
  /** The choice kept in local storage, or made here without the host keeping it. */
  @state() private ownColumns?: ColumnChoice;

  @query('.scroller') private scroller?: HTMLElement;
  @query('.head') private head?: HTMLElement;

  private readonly text = this.localize.use(logStrings);
  private readonly records = new PagedQueryController<Interaction>(this, (client, language) =>
    client.interactions({ ...logQuery(this), limit: Math.min(this.pageSize, 200) }, language),
  );
  private readonly agentList = new QueryController<Page<AgentRef>>(this, (client, language) =>
    client.agents(language),
  );
  private readonly lookupData = new QueryController<Lookups>(this, (client, language) =>
    client.lookups(language),
  );
  private readonly me = new QueryController<Me>(this, (client, language) =>
    this.canRate === undefined ? client.me(language) : undefined,
  );
  protected readonly poll = new PollWithoutStream(this, {
    intervalMs: () => this.pollIntervalMs,
    refresh: () => this.refresh(),
  });
  private readonly filterPart = new LogFilters(this, this.localize, this.focusKeeper, this.text);
  /** "Columns" and "Export CSV": each loaded the first time it is used. */
  private chooser?: ColumnChooser;
  private exporter?: LogExport;
  /** Setting sentiment and CSAT: loaded the first time a supervisor edits. */
  private rating?: RatingEditor;
  private readonly longList = new LongListController<Interaction>(this, {
    keeper: this.focusKeeper,
    items: () => this.records.items,
    key: (record) => record.id,
    rowId: (record) => `rec-${record.id}`,
    label: (record) => record.caseNumber,
    scroller: () => this.scroller,
    loadVirtualizer: () => this.loadVirtualizer(),
    fetchNextPage: () => void this.records.fetchNextPage(),
    isFetchingNextPage: () => this.records.isFetchingNextPage,
    prefetchRows: PREFETCH_ROWS,
    // A row is up to twenty cells: past a screenful or two, only what shows is rendered.
    virtualizeAfter: VIRTUALIZE_AFTER_ROWS,
    columns: () => this.shown.length,
    cell: (row, column) => row.querySelector<HTMLElement>(`[aria-colindex="${column + 1}"]`),
  });
  private readonly list = this.longList.list;
  private readonly roving = this.longList.roving;
  /** The header row's cells: their own roving tab stop, reached from the grid by Up. */
  private readonly headerRoving = new RovingFocusController(this, {
    orientation: 'horizontal',
    count: () => this.shown.length,
    element: (index) => this.shadowRoot?.querySelector<HTMLElement>(`#col-${this.shown[index]}`),
  });
  /** The grid's column widths: a stylesheet of this instance's own (no inline styles). */
  private readonly columnSheet = isServer ? undefined : new CSSStyleSheet();
  private columnCss = '';
  private recordView?: typeof RecordView;

  /** @internal */
  get announcedName(): string {
    return this.text.strings.widgetName;
  }

  /** @internal The agents, for the filters. */
  get agents(): readonly AgentRef[] {
    return this.agentList.data?.items ?? [];
  }

  /** @internal The lookups, for the filters. */
  get lookups(): Lookups | undefined {
    return this.lookupData.data;
  }

  /** @internal The SLA rule in words. */
  get slaRule(): string {
    const threshold =
      this.slaThresholdSeconds ?? this.records.items[0]?.sla.thresholdSeconds ?? DEFAULT_SLA_SECONDS;
    return this.text.strings.slaRule(this.localize.duration(threshold));
  }

  /** @internal The column choice in force. */
  get columnChoice(): ColumnChoice {
    return this.columns ? readColumnChoice(this.columns) : (this.ownColumns ?? readColumnChoice(null));
  }

  /** @internal May this agent set sentiment and CSAT. */
  get mayRate(): boolean {
    return this.canRate ?? this.me.data?.permissions?.rateInteractions ?? false;
  }

  /** @internal The record as the log shows it now. */
  recordById(id: string): Interaction | undefined {
    return (
      this.records.items.find((item) => item.id === id) ?? (this.opened?.id === id ? this.opened : undefined)
    );
  }

  /** @internal A record's cell of a column, if it is rendered. */
  cellOf(id: string, column: ColumnId): HTMLElement | null | undefined {
    return this.shadowRoot
      ?.getElementById(`rec-${id}`)
      ?.querySelector<HTMLElement>(`[data-column="${column}"]`);
  }

  private get shown(): readonly ColumnId[] {
    return this.columnChoice.shown;
  }

  /** Fetches the log again. */
  refresh(): Promise<unknown> {
    return this.records.refetch();
  }

  /** Back from a record to the grid, as the Back button does. */
  async closeRecord(): Promise<void> {
    if (!this.opened) return;
    this.opened = undefined;
    await this.longList.restore();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readStoredColumns();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (this.columnSheet && root instanceof ShadowRoot)
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.columnSheet];
    return root;
  }

  /** @internal The agent changed the filters (the filters part). */
  changeFilters(filters: InteractionLogFilters): void {
    this.filters = filters;
    void this.updateComplete.then(() => this.emitView());
  }

  /** @internal The agent chose columns (the chooser): shown at once, kept, and the page told. */
  chooseColumns(choice: ColumnChoice): void {
    if (this.columns) this.columns = choice;
    else this.ownColumns = choice;
    if (this.columnsStorageKey) {
      try {
        localStorage.setItem(this.columnsStorageKey, JSON.stringify(choice));
      } catch {
        // Storage full or refused (a private window): the choice still holds for this page.
      }
    }
    this.emit(new CxLogColumnsChangeEvent(choice));
  }

  /**
   * @internal A column's new width (a dragged header edge, or Wider/Narrower): shown at once, and
   * kept and told like any choice when `done`.
   */
  resizeColumn(id: ColumnId, width: number | undefined, done = true): void {
    const choice = resizeColumn(this.columnChoice, id, width);
    if (done) this.chooseColumns(choice);
    else if (this.columns) this.columns = choice;
    else this.ownColumns = choice;
  }

  /** @internal A column's width as shown (its header's), or as chosen where the header is hidden. */
  columnWidth(id: ColumnId): number | undefined {
    const header = this.shadowRoot?.getElementById(`col-${id}`);
    const shown = header?.getBoundingClientRect().width;
    return shown || this.columnChoice.widths?.[id];
  }

  /** @internal */
  say(text: string, politeness: Politeness = 'polite'): void {
    this.announce(text, politeness);
  }

  /** @internal The server took a supervisor's change (the rating editor). */
  rated(interaction: Interaction, changes: InteractionPatch): void {
    this.emit(new CxInteractionUpdatedEvent(interaction, changes));
  }

  /** @internal The export's query: the filters and order in force. */
  exportQuery(): Omit<InteractionQuery, 'cursor' | 'limit'> {
    return logQuery(this);
  }

  /** @internal The export's columns: the shown ones. */
  exportColumns() {
    return csvColumns(this.shown, this.cellContext);
  }

  private readStoredColumns(): void {
    if (!this.columnsStorageKey || this.ownColumns) return;
    try {
      const stored = localStorage.getItem(this.columnsStorageKey);
      if (stored) this.ownColumns = readColumnChoice(JSON.parse(stored));
    } catch {
      // Unreadable (storage refused, or not JSON): the default columns.
    }
  }

  private get cellContext(): CellContext {
    return {
      localize: this.localize,
      text: this.text.strings,
      slaThresholdSeconds: this.slaThresholdSeconds,
    };
  }

  private get total(): number | undefined {
    const first = this.records.result?.data?.pages[0] as { total?: number | null } | undefined;
    return first?.total ?? undefined;
  }

  private emitView(): void {
    const view = serializeLogView(this);
    this.emit(new CxLogViewChangeEvent({ filters: this.filters, sort: this.sort, view }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('view') && this.view != null) {
      const view = parseLogView(this.view);
      this.filters = view.filters;
      this.sort = view.sort;
    }
    if (changed.has('columnsStorageKey')) this.readStoredColumns();
    if (changed.has('filters')) this.filterPart.bar.syncSearch();
    if (changed.has('filters') || changed.has('sort')) this.roving.active = 0;
    const template = columnTemplate(this.columnChoice);
    if (template !== this.columnCss) this.columnSheet?.replaceSync((this.columnCss = template));
    this.list.prepare();
    this.list.beforeRender(this.records.items.length);
  }

  protected override updated(): void {
    this.reportLoad();
  }

  /** Announces each page once it has rendered. */
  private reportLoad(): void {
    const result = this.records.result;
    if (!result || result.isFetching || result.isError || !result.data) return;
    const count = this.records.items.length;
    const previous = this.longList.settled(serializeLogView(this), count);
    if (previous === undefined || !count) return;
    const text = this.text.strings;
    this.announce(previous ? text.loadedMore(count - previous, count) : text.found(this.total, count));
  }

  // ---- sorting ----

  private sortBy(id: ColumnId): void {
    const key = columnById(id).sort;
    if (!key) return;
    const order =
      this.sort.by === key
        ? this.sort.order === 'asc'
          ? 'desc'
          : 'asc'
        : key === 'startedAt'
          ? 'desc'
          : 'asc';
    this.sort = { by: key, order };
    this.announce(this.text.strings.sortedNowBy(this.text.strings.column[id], order === 'asc'));
    void this.updateComplete.then(() => this.emitView());
  }

  private onHeaderKeydown(event: KeyboardEvent): void {
    const column = this.headerRoving.active;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      return this.sortBy(this.shown[column]!);
    }
    if (event.key === 'ArrowDown' && this.records.items.length) {
      event.preventDefault();
      // Into the grid, in the same column, on the row that had focus.
      this.roving.active = this.longList.activeRow * this.shown.length + column;
      void this.roving.focusActive();
      return;
    }
    this.headerRoving.onKeydown(event);
  }

  // ---- the grid ----

  private onGridKeydown(event: KeyboardEvent): void {
    const row = this.longList.activeRow;
    const record = this.records.items[row];
    if (event.key === 'Enter' && record) {
      event.preventDefault();
      const field = this.ratingFieldAt(this.roving.active % this.shown.length);
      return void (field ? this.editRating(record, field) : this.open(record, row));
    }
    if (event.key === 'ArrowUp' && row === 0 && !event.ctrlKey) {
      event.preventDefault();
      // Up from the first row: the column's header (sorting is there).
      this.headerRoving.active = this.roving.active % this.shown.length;
      void this.headerRoving.focusActive();
      return;
    }
    this.roving.onKeydown(event);
  }

  private onGridClick(event: MouseEvent): void {
    const target = event.target as Element;
    const row = target.closest<HTMLElement>('[role="row"]');
    const index = Number(row?.dataset.row);
    const record = this.records.items[index];
    if (!record) return;
    const cell = target.closest('[role="gridcell"]');
    const column = Math.max(0, Number(cell?.getAttribute('aria-colindex') ?? 1) - 1);
    this.roving.active = index * this.shown.length + column;
    const field = this.ratingFieldAt(column);
    void (field ? this.editRating(record, field) : this.open(record, index));
  }

  private async editRating(record: Interaction, field: RatingField): Promise<void> {
    if (!this.rating) {
      const { RatingEditor } = await import('./rating-editor.js');
      this.rating ??= new RatingEditor(this, this.text, this.localize);
    }
    await this.rating.edit(record, field);
  }

  /** The rating a column sets, where this agent may set it. */
  private ratingFieldAt(column: number): RatingField | undefined {
    const id = this.shown[column];
    return this.mayRate && id && RATING_FIELDS.includes(id) ? (id as RatingField) : undefined;
  }

  /** The header follows the rows sideways; a plain list fetches more near its end. */
  private onScroll(event: Event): void {
    const scroller = event.currentTarget as HTMLElement;
    if (this.head) this.head.scrollLeft = scroller.scrollLeft;
    if (this.list.plain) this.longList.onPlainScroll(event);
  }

  // ---- drill-in ----

  private async open(record: Interaction, index: number): Promise<void> {
    const column = this.roving.active % this.shown.length;
    this.roving.active = index * this.shown.length + column;
    if (!this.emit(new CxInteractionOpenEvent(record))) return;
    this.longList.saveScroll();
    [this.recordView] = await Promise.all([
      this.recordView ?? import('./record-view.js'),
      import('../ticket-detail/define.js'),
    ]);
    this.opened = record;
    await this.updateComplete;
    this.shadowRoot!.querySelector<HTMLElement>('.back')?.focus();
  }

  private onRecordKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      void this.closeRecord();
    }
  }

  protected override focusFallback(): HTMLElement | null | undefined {
    return this.shadowRoot?.querySelector<HTMLElement>('.body') ?? super.focusFallback();
  }

  // ---- rendering ----

  protected override render(): TemplateResult {
    const text = this.text.strings;
    // The loaded row when there is one (a live change reaches it), else the record as it was opened.
    const opened = this.opened;
    const record = opened && (this.records.items.find((item) => item.id === opened.id) ?? opened);
    const body = record
      ? html`<div class="body" tabindex="-1" data-focus-fallback @keydown=${this.onRecordKeydown}>
          ${this.recordView!.renderRecordView({
            record,
            context: this.cellContext,
            headingLevel: this.headingLevel + 1,
            onBack: () => void this.closeRecord(),
          })}
        </div>`
      : html`<div class="body" tabindex="-1" data-focus-fallback>${this.renderBody()}</div>
          ${this.renderFooter()}`;
    return html`<div class="cx-visually-hidden" part="heading" role="heading" aria-level=${this.headingLevel}>
        ${text.widgetName}
      </div>
      ${this.filterPart.renderToolbar(
        html`${this.renderSortSelect()} ${this.renderColumnsButton()} ${this.renderExportButton()}`,
      )}
      ${this.chooser?.renderPopover()} ${this.rating?.renderPopover()} ${this.filterPart.renderChips()}
      ${this.exporter?.renderStatus()} ${this.rating?.renderOutcomes()} ${body}`;
  }

  private renderColumnsButton(): TemplateResult {
    return html`<button
      type="button"
      class="cx-button columns-button"
      aria-haspopup="dialog"
      aria-expanded=${this.chooser?.popover.isOpen ? 'true' : 'false'}
      aria-controls="log-columns"
      @click=${() => void this.toggleColumnChooser()}
    >
      ${this.text.strings.columnsButton}
    </button>`;
  }

  private renderExportButton(): TemplateResult {
    return html`<button
      type="button"
      class="cx-button export-button"
      aria-disabled=${this.exporter?.running ? 'true' : 'false'}
      @click=${() => void this.startExport()}
    >
      ${this.text.strings.exportCsv}
    </button>`;
  }

  private async toggleColumnChooser(): Promise<void> {
    if (!this.chooser) {
      const { ColumnChooser } = await import('./column-chooser.js');
      this.chooser ??= new ColumnChooser(this, this.text);
    }
    await this.chooser.popover.toggle();
  }

  private async startExport(): Promise<void> {
    if (!this.exporter) {
      const { LogExport } = await import('./log-export.js');
      this.exporter ??= new LogExport(this, this.text, this.localize);
    }
    await this.exporter.start();
  }

  /** Sorting where the header is hidden (the narrow card layout). */
  private renderSortSelect(): TemplateResult {
    const text = this.text.strings;
    const sortable = LOG_COLUMNS.filter((column) => column.sort);
    const value = `${this.sort.by}:${this.sort.order}`;
    return html`<label class="sort-select">
      <span class="cx-visually-hidden">${text.sortBy('')}</span>
      <select
        @change=${(event: Event) => {
          const [by, order] = (event.target as HTMLSelectElement).value.split(':') as [
            LogSort['by'],
            LogSort['order'],
          ];
          this.sort = { by, order };
          void this.updateComplete.then(() => this.emitView());
        }}
      >
        ${sortable.flatMap((column) =>
          (['asc', 'desc'] as const).map(
            (order) =>
              html`<option value="${column.sort}:${order}" ?selected=${value === `${column.sort}:${order}`}>
                ${text.column[column.id]}, ${order === 'asc' ? text.sortedAscending : text.sortedDescending}
              </option>`,
          ),
        )}
      </select>
    </label>`;
  }

  private renderBody(): TemplateResult {
    const { messages } = this.localize;
    const text = this.text.strings;
    const records = this.records.items;
    const error = this.records.error;
    if (error && !records.length) return renderLoadError(error, this.localize, () => void this.refresh());
    if (this.records.isLoading && !records.length) return renderLoading(messages.loading, 6);
    if (!records.length && this.records.invalid)
      return html`${renderLeftOut(this.records.invalid, messages)}`;
    if (!records.length) {
      return hasFilters(this.filters)
        ? renderEmpty({
            heading: text.filteredEmptyHeading,
            detail: text.filteredEmptyDetail,
            action: { label: text.clearFilters, onClick: () => this.filterPart.bar.clear() },
          })
        : renderEmpty({ heading: text.emptyHeading, detail: text.emptyDetail });
    }
    const shown = this.shown;
    const names = text.column;
    const context = this.cellContext;
    const activeRow = this.longList.activeRow;
    const activeColumn = this.roving.active % shown.length;
    const editable = this.mayRate ? RATING_FIELDS : [];
    const renderItem = (record: Interaction, index: number) =>
      logRow({
        record,
        index,
        shown,
        names,
        context,
        activeColumn: index === activeRow ? activeColumn : -1,
        editable,
        saving: (field) => this.rating?.savingIn(record.id, field as RatingField) ?? false,
      });
    const total = this.total;
    return html`${renderLeftOut(this.records.invalid, messages)}
      <div
        class="grid"
        part="grid"
        role="grid"
        aria-label=${text.gridLabel}
        aria-describedby="grid-keys"
        aria-rowcount=${total === undefined ? -1 : total + 1}
        aria-colcount=${shown.length}
        aria-busy=${this.records.isFetchingNextPage || this.records.result?.isPlaceholderData ? 'true' : 'false'}
      >
        <div class="head" role="rowgroup">
          ${renderHeader({
            shown,
            sort: this.sort,
            names,
            sortBy: text.sortBy,
            active: this.headerRoving.active,
            onKeydown: (event) => this.onHeaderKeydown(event),
            onFocusIn: this.headerRoving.onFocusIn,
            onSort: (id) => this.sortBy(id),
            onResize: (id, width, done) => this.resizeColumn(id, width, done),
          })}
        </div>
        <div
          class="scroller ${this.list.plain ? 'plain' : ''}"
          role="rowgroup"
          tabindex=${this.longList.listTabIndex}
          data-focus-fallback
          @keydown=${this.onGridKeydown}
          @click=${this.onGridClick}
          @focus=${this.longList.onFocus}
          @focusin=${this.roving.onFocusIn}
          @rangeChanged=${this.longList.onRangeChanged}
          @scroll=${this.onScroll}
        >
          ${this.list.render(records, renderItem)}
        </div>
      </div>
      <span id="grid-keys" hidden>${text.gridKeys}</span>`;
  }

  private renderFooter(): TemplateResult | typeof nothing {
    const text = this.text.strings;
    const shown = this.records.items.length;
    if (!shown) return nothing;
    return html`<div class="footer" part="footer">
      <span class="shown">${text.showing(shown, this.total)}</span>
      ${renderNextPage({
        failed: this.records.nextPageError ? text.nextPageFailed : undefined,
        hasNextPage: this.records.hasNextPage,
        loading: this.records.isFetchingNextPage,
        loadLabel: text.loadMore,
        loadingLabel: text.loadingMore,
        retryLabel: this.localize.messages.retry,
        onLoadMore: () => this.longList.loadMore(),
        onRetry: () => void this.records.fetchNextPage(),
        className: 'load-more',
      })}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cx-interaction-log': CxInteractionLog;
  }
}
