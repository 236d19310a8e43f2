import { html, nothing, type TemplateResult } from 'lit';
import { QueryController, type ClientHost } from '../../api/query-controller.js';
import type { AgentRef, Lookups, Page } from '../../api/types.js';
import { channelLabel, statusLabel } from '../../core/badges.js';
import { Debouncer } from '../../core/interactions/debounce.js';
import type { FocusKeeper } from '../../core/interactions/focus-keeper.js';
import { PopoverController } from '../../core/interactions/popover.js';
import { iconClose, iconFilter, iconSearch, renderIcon } from '../../core/icons.js';
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

const SEARCH_DEBOUNCE_MS = 300;

/** What the filters need from the panel they are part of. */
export interface FiltersPanel extends ClientHost {
  filters: TicketHistoryFilters;
  sort: 'newest' | 'oldest';
  readonly shadowRoot: ShadowRoot | null;
}

/**
 * The history's search, sort and filters: the toolbar (search box, sort, status toggles, the
 * "Filters" popover) and the row of removable chips for the filters in force. The filters
 * themselves live on the panel (`filters`, a public property); this part changes them.
 */
export class HistoryFilters {
  /** The search box's text (the filter follows it once typing pauses). */
  private searchText = '';
  private readonly search: Debouncer;
  private readonly popover: PopoverController;
  /** The popover's form, loaded the first time the filters open (most agents never do). */
  private form?: typeof FiltersFormModule;
  // The options are fetched the first time the filters open, not by every panel.
  private optionsWanted = false;
  private readonly lookups: QueryController<Lookups>;
  private readonly agents: QueryController<Page<AgentRef>>;

  constructor(
    private readonly panel: FiltersPanel,
    private readonly localize: LocalizeController,
    private readonly keeper: FocusKeeper,
    private readonly text: { readonly strings: HistoryMessages },
  ) {
    this.search = new Debouncer(panel, SEARCH_DEBOUNCE_MS);
    this.lookups = new QueryController<Lookups>(panel, (client, language) =>
      this.optionsWanted ? client.lookups(language) : undefined,
    );
    this.agents = new QueryController<Page<AgentRef>>(panel, (client, language) =>
      this.optionsWanted ? client.agents(language) : undefined,
    );
    this.popover = new PopoverController(panel, {
      popover: () => this.element('#filters'),
      trigger: () => this.element('.filters-button'),
      placement: 'bottom-end',
      offset: 6,
      minBlockSize: 160,
      prepare: async () => {
        this.optionsWanted = true; // the options load while the form's code does
        panel.requestUpdate();
        this.form ??= await import('./filters-form.js');
      },
      anchorTo: (anchor, floating, options) => this.form!.anchorTo(anchor, floating, options),
    });
  }

  /** Whether any filter is in force (search included). */
  get active(): boolean {
    return Object.values(this.panel.filters).some((value) => (Array.isArray(value) ? value.length : value));
  }

  /** Filters in force other than search and status (the "Filters" button counts them). */
  private get count(): number {
    const { q: _q, status: _status, ...others } = this.panel.filters;
    return Object.values(others).filter((value) => (Array.isArray(value) ? value.length : value)).length;
  }

  private element<T extends HTMLElement>(selector: string): T | null {
    return this.panel.shadowRoot?.querySelector<T>(selector) ?? null;
  }

  private set(filters: TicketHistoryFilters): void {
    this.panel.filters = filters;
  }

  /** Adds or removes `value`, which comes from the panel's own lists (statuses, channels, the lookups' tags). */
  private toggle(key: ListFilterKey, value: string): void {
    const { filters } = this.panel;
    const current: readonly string[] = filters[key] ?? [];
    const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
    this.set({ ...filters, [key]: next.length ? next : undefined } as TicketHistoryFilters);
  }

  private setValue(key: ValueFilterKey, value: string): void {
    this.set({ ...this.panel.filters, [key]: value || undefined });
  }

  /** Clears every filter; focus, wherever it was, goes to the search box. */
  clear(): void {
    this.keeper.handOffTo(() => this.element('input[type="search"]'));
    this.search.cancel();
    this.searchText = '';
    this.set({});
  }

  private onSearchInput(event: InputEvent): void {
    this.searchText = (event.target as HTMLInputElement).value;
    // One request when the agent pauses, not one per keystroke.
    this.search.schedule(() => {
      const q = this.searchText.trim();
      if ((this.panel.filters.q ?? '') !== q) this.set({ ...this.panel.filters, q: q || undefined });
    });
  }

  renderToolbar(): TemplateResult {
    const { messages } = this.localize;
    const history = this.text.strings;
    const { filters } = this.panel;
    const count = this.count;
    return html`<div class="toolbar" part="toolbar">
      <label class="search">
        ${renderIcon(iconSearch)}
        <span class="cx-visually-hidden">${history.searchLabel}</span>
        <input
          type="search"
          .value=${this.searchText}
          placeholder=${history.searchPlaceholder}
          autocomplete="off"
          @input=${(event: InputEvent) => this.onSearchInput(event)}
          @keydown=${(event: KeyboardEvent) => {
            if (event.key === 'Enter') this.search.flush();
          }}
        />
      </label>
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
      <button
        type="button"
        class="cx-button filters-button"
        aria-haspopup="dialog"
        aria-expanded=${this.popover.isOpen ? 'true' : 'false'}
        aria-controls="filters"
        @click=${() => this.popover.toggle()}
      >
        ${renderIcon(iconFilter)} ${history.filters}${count ? html` <span>(${count})</span>` : nothing}
      </button>
      <div class="statuses" role="group" aria-label=${history.statusFilterLabel}>
        ${TICKET_STATUSES.map(
          (status) =>
            html`<button
              type="button"
              class="chip"
              aria-pressed=${filters.status?.includes(status) ? 'true' : 'false'}
              @click=${() => this.toggle('status', status)}
            >
              ${statusLabel(status, messages)}
            </button>`,
        )}
      </div>
      ${this.renderPopover()}
    </div>`;
  }

  private renderPopover(): TemplateResult {
    const { messages } = this.localize;
    const form = this.popover.isOpen ? this.form : undefined;
    return html`<div
      id="filters"
      popover="auto"
      role="dialog"
      aria-label=${this.text.strings.filtersDialogLabel}
      @beforetoggle=${this.popover.onBeforeToggle}
      @toggle=${this.popover.onToggle}
      @focusout=${this.popover.onFocusOut}
    >
      ${
        form
          ? form.renderFiltersForm({
              filters: this.panel.filters,
              lookups: this.lookups.data,
              agents: this.agents.data?.items ?? [],
              messages,
              history: this.text.strings,
              optionsError: this.lookups.error ?? this.agents.error,
              wording: this.localize,
              retryOptions: () => {
                if (this.lookups.error) void this.lookups.refetch();
                if (this.agents.error) void this.agents.refetch();
              },
              toggleListFilter: (key, value) => this.toggle(key, value),
              setValueFilter: (key, value) => this.setValue(key, value),
              clearFilters: () => this.clear(),
              done: () => this.popover.hide(),
            })
          : nothing
      }
    </div>`;
  }

  /** Every filter but status (which has its own toggles) as a removable chip. */
  renderChips(): TemplateResult | typeof nothing {
    const history = this.text.strings;
    const chips = this.chips();
    if (!chips.length) return nothing;
    return html`<ul class="active-filters" aria-label=${history.activeFilters}>
      ${chips.map(
        (chip, index) =>
          html`<li>
            <button
              type="button"
              class="chip removable"
              aria-label=${history.removeFilter(chip.label)}
              @click=${() => this.removeChip(index, chip.remove)}
            >
              ${chip.label} ${renderIcon(iconClose)}
            </button>
          </li>`,
      )}
      <li>
        <button type="button" class="cx-link-button" @click=${() => this.clear()}>
          ${history.clearFilters}
        </button>
      </li>
    </ul>`;
  }

  /** Removes a chip; focus goes to the chip that takes its place, else the one before, else search. */
  private removeChip(index: number, remove: () => void): void {
    this.keeper.handOffTo(() => {
      const chips = this.panel.shadowRoot?.querySelectorAll<HTMLElement>('.active-filters .removable');
      return chips?.[Math.min(index, chips.length - 1)] ?? this.element('input[type="search"]');
    });
    remove();
  }

  private chips(): { label: string; remove: () => void }[] {
    const { messages } = this.localize;
    const history = this.text.strings;
    const { filters } = this.panel;
    const lookups = this.lookups.data;
    const chips: { label: string; remove: () => void }[] = [];
    if (filters.q)
      chips.push({
        label: `“${filters.q}”`,
        remove: () => {
          this.searchText = '';
          this.set({ ...filters, q: undefined });
        },
      });
    for (const channel of filters.channel ?? []) {
      chips.push({
        label: `${history.channelLabel}: ${channelLabel(channel, messages)}`,
        remove: () => this.toggle('channel', channel),
      });
    }
    for (const tag of filters.tag ?? [])
      chips.push({ label: `${history.tagLabel}: ${tag}`, remove: () => this.toggle('tag', tag) });
    const value = (key: ValueFilterKey, label: string, text: string) =>
      chips.push({ label: `${label}: ${text}`, remove: () => this.setValue(key, '') });
    if (filters.createdFrom)
      value('createdFrom', history.createdFromLabel, this.localize.date(`${filters.createdFrom}T12:00:00`));
    if (filters.createdTo)
      value('createdTo', history.createdToLabel, this.localize.date(`${filters.createdTo}T12:00:00`));
    const labelOf = (options: { id: string; label: string }[] | undefined, id: string) =>
      options?.find((option) => option.id === id)?.label ?? id;
    if (filters.reasonId) value('reasonId', history.reasonLabel, labelOf(lookups?.reasons, filters.reasonId));
    if (filters.resultId) value('resultId', history.resultLabel, labelOf(lookups?.results, filters.resultId));
    if (filters.assigneeId) {
      const name =
        filters.assigneeId === 'unassigned'
          ? messages.unassigned
          : labelOf(
              this.agents.data?.items.map((agent) => ({ id: agent.id, label: agent.name })),
              filters.assigneeId,
            );
      value('assigneeId', history.assigneeLabel, name);
    }
    return chips;
  }
}
