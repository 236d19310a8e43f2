import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { Debouncer } from './interactions/debounce.js';
import type { FocusKeeper } from './interactions/focus-keeper.js';
import { PopoverController, type PopoverOptions } from './interactions/popover.js';
import { iconClose, iconFilter, iconSearch, renderIcon } from './icons.js';

const SEARCH_DEBOUNCE_MS = 300;

/** The words a filter bar says, from the widget's own strings (a search of tickets, of conversations). */
export interface FilterBarWords {
  searchLabel: string;
  searchPlaceholder: string;
  filters: string;
  filtersDialogLabel: string;
  activeFilters: string;
  removeFilter: (label: string) => string;
  clearFilters: string;
}

/** A filter in force, shown as a removable chip. */
export interface FilterChip {
  label: string;
  remove(): void;
}

/** Filters with a free-text search (`q`) and any others: lists of values, or single values. */
export type SearchableFilters = { q?: string };

export interface FilterBarOptions<Filters extends SearchableFilters> {
  host: ReactiveControllerHost & HTMLElement;
  keeper: FocusKeeper;
  /** The popover's id in the widget's shadow root (its trigger is `.filters-button`). */
  popoverId: string;
  /** The filters in force, and how to change them (the widget keeps them and tells the page). */
  filters(): Filters;
  setFilters(filters: Filters): void;
  words(): FilterBarWords;
  /** Where the popover goes and what it loads first (the form's code, the options). */
  popover: Omit<PopoverOptions, 'popover' | 'trigger'>;
}

/**
 * The search box, "Filters" popover and removable chips a list widget filters with (the history,
 * the inbox). Each widget says which filters it has, how a chip reads and what the popover's form
 * shows; this part keeps the search text, debounces it into the filters, and moves focus sensibly
 * when filters go away: a removed chip hands focus to the chip that takes its place (else the one
 * before, else the search box), clearing them all hands it to the search box.
 */
export class FilterBar<Filters extends SearchableFilters> {
  /** The search box's text (the filter follows it once typing pauses). */
  private searchText = '';
  private readonly search: Debouncer;
  readonly popover: PopoverController;

  constructor(private readonly options: FilterBarOptions<Filters>) {
    this.search = new Debouncer(options.host, SEARCH_DEBOUNCE_MS);
    this.popover = new PopoverController(options.host, {
      ...options.popover,
      popover: () => this.element(`#${options.popoverId}`),
      trigger: () => this.element('.filters-button'),
    });
  }

  private get filters(): Filters {
    return this.options.filters();
  }

  private set(filters: Filters): void {
    this.options.setFilters(filters);
  }

  private element<T extends HTMLElement>(selector: string): T | null {
    return this.options.host.shadowRoot?.querySelector<T>(selector) ?? null;
  }

  /** The search box shows the filter's text when the host sets filters (a deep link), unless the agent is typing. */
  syncSearch(): void {
    if (!this.search.waiting) this.searchText = this.filters.q ?? '';
  }

  /** Whether any filter is in force (search included). */
  get active(): boolean {
    return Object.values(this.filters).some(isInForce);
  }

  /** How many filters are in force, leaving out `shownElsewhere` (search, toggles of their own). */
  count(...shownElsewhere: (keyof Filters)[]): number {
    return Object.entries(this.filters).filter(
      ([key, value]) => key !== 'q' && !shownElsewhere.includes(key as keyof Filters) && isInForce(value),
    ).length;
  }

  /** Adds `value` to a list filter, or takes it out (the filter goes away with its last value). */
  toggle(key: keyof Filters, value: string): void {
    const current = (this.filters[key] ?? []) as readonly string[];
    const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
    this.set({ ...this.filters, [key]: next.length ? next : undefined });
  }

  /** Sets a single-valued filter; an empty value removes it. */
  setValue(key: keyof Filters, value: string): void {
    this.set({ ...this.filters, [key]: value || undefined });
  }

  /** Clears every filter; focus, wherever it was, goes to the search box. */
  clear(): void {
    this.options.keeper.handOffTo(() => this.element('input[type="search"]'));
    this.search.cancel();
    this.searchText = '';
    this.set({} as Filters);
  }

  private onSearchInput(event: InputEvent): void {
    this.searchText = (event.target as HTMLInputElement).value;
    // One request when the agent pauses, not one per keystroke.
    this.search.schedule(() => {
      const q = this.searchText.trim();
      if ((this.filters.q ?? '') !== q) this.set({ ...this.filters, q: q || undefined });
    });
  }

  renderSearch(): TemplateResult {
    const words = this.options.words();
    return html`<label class="search">
      ${renderIcon(iconSearch)}
      <span class="cx-visually-hidden">${words.searchLabel}</span>
      <input
        type="search"
        .value=${this.searchText}
        placeholder=${words.searchPlaceholder}
        autocomplete="off"
        @input=${(event: InputEvent) => this.onSearchInput(event)}
        @keydown=${(event: KeyboardEvent) => {
          if (event.key === 'Enter') this.search.flush();
        }}
      />
    </label>`;
  }

  /** The "Filters" button, with how many filters the popover has in force. */
  renderFiltersButton(count: number): TemplateResult {
    return html`<button
      type="button"
      class="cx-button filters-button"
      aria-haspopup="dialog"
      aria-expanded=${this.popover.isOpen ? 'true' : 'false'}
      aria-controls=${this.options.popoverId}
      @click=${() => this.popover.toggle()}
    >
      ${renderIcon(iconFilter)}
      ${this.options.words().filters}${count ? html` <span>(${count})</span>` : nothing}
    </button>`;
  }

  /** The popover; `form` renders its content while it is open. */
  renderPopover(form: () => TemplateResult | typeof nothing): TemplateResult {
    return this.popover.render(this.options.popoverId, this.options.words().filtersDialogLabel, form);
  }

  /**
   * The toolbar: search, "Filters" (with how many are in force) and its popover, and the widget's
   * `extra` controls; `form` renders the popover's content while it is open.
   */
  renderToolbar(form: () => TemplateResult | typeof nothing, extra: unknown = nothing): TemplateResult {
    return html`<div class="toolbar" part="toolbar">
      ${this.renderSearch()} ${this.renderFiltersButton(this.count())} ${extra} ${this.renderPopover(form)}
    </div>`;
  }

  /** The search in force as a chip (it clears the search box too). */
  searchChip(): FilterChip[] {
    const { q } = this.filters;
    if (!q) return [];
    return [
      {
        label: `“${q}”`,
        remove: () => {
          this.searchText = '';
          this.set({ ...this.filters, q: undefined });
        },
      },
    ];
  }

  /** One chip per value of a list filter: "Channel: LINE". */
  listChips(key: keyof Filters, label: string, name: (value: string) => string): FilterChip[] {
    const values = (this.filters[key] ?? []) as readonly string[];
    return values.map((value) => ({
      label: `${label}: ${name(value)}`,
      remove: () => this.toggle(key, value),
    }));
  }

  /** A single-valued filter's chip, if it is set: "From: 3 Nov 2026". */
  valueChip(key: keyof Filters, label: string, name: (value: string) => string): FilterChip[] {
    const value = this.filters[key];
    if (typeof value !== 'string' || !value) return [];
    return [{ label: `${label}: ${name(value)}`, remove: () => this.setValue(key, '') }];
  }

  /** Every filter in force as a removable chip, and "Clear filters". */
  renderChips(chips: readonly FilterChip[]): TemplateResult | typeof nothing {
    if (!chips.length) return nothing;
    const words = this.options.words();
    return html`<ul class="active-filters" aria-label=${words.activeFilters}>
      ${chips.map(
        (chip, index) =>
          html`<li>
            <button
              type="button"
              class="chip removable"
              aria-label=${words.removeFilter(chip.label)}
              @click=${() => this.removeChip(index, chip.remove)}
            >
              <span class="chip-text">${chip.label}</span> ${renderIcon(iconClose)}
            </button>
          </li>`,
      )}
      <li>
        <button type="button" class="cx-link-button" @click=${() => this.clear()}>
          ${words.clearFilters}
        </button>
      </li>
    </ul>`;
  }

  /** Removes a chip; focus goes to the chip that takes its place, else the one before, else search. */
  private removeChip(index: number, remove: () => void): void {
    this.options.keeper.handOffTo(() => {
      const chips = this.options.host.shadowRoot?.querySelectorAll<HTMLElement>('.active-filters .removable');
      return chips?.[Math.min(index, chips.length - 1)] ?? this.element('input[type="search"]');
    });
    remove();
  }
}

function isInForce(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

/** The search box, chips, popover and the popover's form, as every filter bar shows them. */
export const filterBarStyles = css`
  .search {
    flex: 1 1 10rem;
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    min-inline-size: 0;
    padding: 0 var(--_space-3);
    border: 1px solid var(--_border-strong);
    border-radius: var(--_radius-md);
    background: var(--_bg);
  }
  .search:focus-within {
    outline: var(--_focus-ring-width) solid var(--_focus);
    outline-offset: 1px;
  }
  .search input {
    flex: 1;
    min-inline-size: 0;
    min-block-size: 32px;
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    outline: none;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    max-inline-size: 100%;
    min-block-size: 28px;
    padding: 0 var(--_space-3);
    border: 1px solid var(--_border-strong);
    border-radius: var(--_radius-pill);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    font-size: var(--_font-size-sm);
    cursor: pointer;
  }
  .chip[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .active-filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    align-items: center;
    margin: 0;
    padding: 0 var(--_space-4) var(--_space-3);
    list-style: none;
  }
  .active-filters li {
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .chip-text {
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .cx-link-button {
    padding: var(--_space-1) var(--_space-2);
  }
  [popover] {
    position: fixed;
    inset: auto;
    margin: 0;
    inline-size: min(22rem, calc(100vw - 16px));
    max-block-size: min(32rem, calc(100vh - 16px));
    overflow: auto;
    padding: var(--_space-4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-lg);
    background: var(--_bg-raised);
    color: var(--_text);
    box-shadow: var(--_shadow);
  }
  .filters-form {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-4);
  }
  .filters-form fieldset {
    margin: 0;
    padding: 0;
    border: 0;
  }
  .filters-form legend,
  .filters-form label.field {
    display: grid;
    gap: var(--_space-1);
    font-weight: 600;
  }
  .filters-form legend {
    margin-block-end: var(--_space-2);
  }
`;
