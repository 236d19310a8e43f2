import { html, nothing, type TemplateResult } from 'lit';
import { QueryController, type ClientHost } from '../../api/query-controller.js';
import type { AgentRef, Lookups, Page } from '../../api/types.js';
import { channelLabel, statusLabel } from '../../core/badges.js';
import { FilterBar, type FilterChip } from '../../core/filter-bar.js';
import type { FocusKeeper } from '../../core/interactions/focus-keeper.js';
import type { LocalizeController } from '../../core/localize/localize.js';
import { TICKET_STATUSES, type KnownChannel, type KnownTicketStatus } from '../../core/vocabulary.js';
import type * as FiltersFormModule from './filters-form.js';
import type { HistoryMessages } from './strings.js';

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

/** What the filters need from the panel they are part of. */
export interface FiltersPanel extends ClientHost {
  filters: TicketHistoryFilters;
  sort: 'newest' | 'oldest';
  readonly shadowRoot: ShadowRoot | null;
}

/**
 * The history's search, sort and filters: the toolbar (search box, sort, status toggles, the
 * "Filters" popover) and the row of removable chips for the filters in force (the shared
 * FilterBar). The filters themselves live on the panel (`filters`, a public property); this part
 * changes them.
 */
export class HistoryFilters {
  readonly bar: FilterBar<TicketHistoryFilters>;
  /** The popover's form, loaded the first time the filters open (most agents never do). */
  private form?: typeof FiltersFormModule;
  // The options are fetched the first time the filters open, not by every panel.
  private optionsWanted = false;
  private readonly lookups: QueryController<Lookups>;
  private readonly agents: QueryController<Page<AgentRef>>;

  constructor(
    private readonly panel: FiltersPanel,
    private readonly localize: LocalizeController,
    keeper: FocusKeeper,
    private readonly text: { readonly strings: HistoryMessages },
  ) {
    this.lookups = new QueryController<Lookups>(panel, (client, language) =>
      this.optionsWanted ? client.lookups(language) : undefined,
    );
    this.agents = new QueryController<Page<AgentRef>>(panel, (client, language) =>
      this.optionsWanted ? client.agents(language) : undefined,
    );
    this.bar = new FilterBar<TicketHistoryFilters>({
      host: panel,
      keeper,
      popoverId: 'filters',
      filters: () => panel.filters,
      setFilters: (filters) => (panel.filters = filters),
      words: () => text.strings,
      popover: {
        placement: 'bottom-end',
        offset: 6,
        minBlockSize: 160,
        prepare: async () => {
          this.optionsWanted = true; // the options load while the form's code does
          panel.requestUpdate();
          this.form ??= await import('./filters-form.js');
        },
        anchorTo: (anchor, floating, options) => this.form!.anchorTo(anchor, floating, options),
      },
    });
  }

  renderToolbar(): TemplateResult {
    const { messages } = this.localize;
    const history = this.text.strings;
    const { filters } = this.panel;
    const { bar } = this;
    return html`<div class="toolbar" part="toolbar">
      ${bar.renderSearch()}
      <label>
        <span class="cx-visually-hidden">${history.sortLabel}</span>
        <select
          .value=${this.panel.sort}
          @change=${(event: Event) =>
            (this.panel.sort = (event.target as HTMLSelectElement).value as 'newest' | 'oldest')}
        >
          <option value="newest" ?selected=${this.panel.sort === 'newest'}>${history.sortNewest}</option>
          <option value="oldest" ?selected=${this.panel.sort === 'oldest'}>${history.sortOldest}</option>
        </select>
      </label>
      ${bar.renderFiltersButton(bar.count('status'))}
      <div class="statuses" role="group" aria-label=${history.statusFilterLabel}>
        ${TICKET_STATUSES.map(
          (status) =>
            html`<button
              type="button"
              class="chip"
              aria-pressed=${filters.status?.includes(status) ? 'true' : 'false'}
              @click=${() => bar.toggle('status', status)}
            >
              ${statusLabel(status, messages)}
            </button>`,
        )}
      </div>
      ${bar.renderPopover(() => this.renderForm())}
    </div>`;
  }

  private renderForm(): TemplateResult | typeof nothing {
    const { bar } = this;
    return this.form
      ? this.form.renderFiltersForm({
          filters: this.panel.filters,
          lookups: this.lookups.data,
          agents: this.agents.data?.items ?? [],
          messages: this.localize.messages,
          history: this.text.strings,
          optionsError: this.lookups.error ?? this.agents.error,
          wording: this.localize,
          retryOptions: () => {
            if (this.lookups.error) void this.lookups.refetch();
            if (this.agents.error) void this.agents.refetch();
          },
          toggleListFilter: (key, value) => bar.toggle(key, value),
          setValueFilter: (key, value) => bar.setValue(key, value),
          clearFilters: () => bar.clear(),
          done: () => bar.popover.hide(),
        })
      : nothing;
  }

  /** Every filter but status (which has its own toggles) as a removable chip. */
  renderChips(): TemplateResult | typeof nothing {
    return this.bar.renderChips(this.chips());
  }

  private chips(): FilterChip[] {
    const { messages } = this.localize;
    const history = this.text.strings;
    const { bar } = this;
    const lookups = this.lookups.data;
    const day = (value: string) => this.localize.date(`${value}T12:00:00`);
    const labelOf = (options: { id: string; label: string }[] | undefined) => (id: string) =>
      options?.find((option) => option.id === id)?.label ?? id;
    const agentName = (id: string) =>
      id === 'unassigned'
        ? messages.unassigned
        : labelOf(this.agents.data?.items.map((agent) => ({ id: agent.id, label: agent.name })))(id);
    return [
      ...bar.searchChip(),
      ...bar.listChips('channel', history.channelLabel, (channel) => channelLabel(channel, messages)),
      ...bar.listChips('tag', history.tagLabel, (tag) => tag),
      ...bar.valueChip('createdFrom', history.createdFromLabel, day),
      ...bar.valueChip('createdTo', history.createdToLabel, day),
      ...bar.valueChip('reasonId', history.reasonLabel, labelOf(lookups?.reasons)),
      ...bar.valueChip('resultId', history.resultLabel, labelOf(lookups?.results)),
      ...bar.valueChip('assigneeId', history.assigneeLabel, agentName),
    ];
  }
}
