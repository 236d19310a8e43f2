import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { AgentRef, Lookups } from '../../api/types.js';
import { anchorTo } from '../../core/anchor.js';
import { channelLabel } from '../../core/badges.js';
import { Debouncer } from '../../core/interactions/debounce.js';
import type { FocusKeeper } from '../../core/interactions/focus-keeper.js';
import { PopoverController } from '../../core/interactions/popover.js';
import { iconClose, iconFilter, iconSearch, renderIcon } from '../../core/icons.js';
import type { LocalizeController } from '../../core/localize/localize.js';
import type * as FiltersForm from './queue-filters-form.js';
import type { ConversationQueueFilters } from './queue-view.js';
import type { QueueMessages } from './strings.js';

const SEARCH_DEBOUNCE_MS = 300;

export type ListKey = 'channel' | 'label' | 'lastHandledById';
export type ValueKey = 'type' | 'from' | 'to';

/** What the filters need from the queue they are part of. */
export interface QueueFiltersHost extends ReactiveControllerHost, HTMLElement {
  readonly filters: ConversationQueueFilters;
  /** Sets the filters the agent chose (and tells the host page). */
  changeFilters(filters: ConversationQueueFilters): void;
  readonly shadowRoot: ShadowRoot | null;
  /** The labels and channel accounts admins define (undefined until they load). */
  readonly lookups: Lookups | undefined;
  readonly agents: readonly AgentRef[];
}

/**
 * The queue's search and filters: a search box, the "Filters" popover (type, channel, label, last
 * handling agent, a date range) and a row of removable chips for the filters in force. The filters
 * live on the queue (`filters`, a public property the host may set from its address bar); this part
 * changes them.
 */
export class QueueFilters {
  private searchText = '';
  private readonly search: Debouncer;
  readonly popover: PopoverController;
  /** The popover's form, loaded the first time the filters open (most agents never do). */
  private form?: typeof FiltersForm;

  constructor(
    private readonly host: QueueFiltersHost,
    private readonly localize: LocalizeController,
    private readonly keeper: FocusKeeper,
    private readonly text: { readonly strings: QueueMessages },
  ) {
    this.search = new Debouncer(host, SEARCH_DEBOUNCE_MS);
    this.popover = new PopoverController(host, {
      popover: () => this.element('#queue-filters'),
      trigger: () => this.element('.filters-button'),
      placement: 'bottom-end',
      offset: 6,
      minBlockSize: 160,
      fitInline: true,
      prepare: async () => {
        this.form ??= await import('./queue-filters-form.js');
      },
      anchorTo,
    });
  }

  /** The search box shows the filter's text when the host sets filters (a deep link). */
  syncSearch(): void {
    if (!this.search.waiting) this.searchText = this.host.filters.q ?? '';
  }

  private element<T extends HTMLElement>(selector: string): T | null {
    return this.host.shadowRoot?.querySelector<T>(selector) ?? null;
  }

  private set(filters: ConversationQueueFilters): void {
    this.host.changeFilters(filters);
  }

  private toggle(key: ListKey, value: string): void {
    const current: readonly string[] = this.host.filters[key] ?? [];
    const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
    this.set({ ...this.host.filters, [key]: next.length ? next : undefined });
  }

  private setValue(key: ValueKey, value: string): void {
    this.set({ ...this.host.filters, [key]: value || undefined });
  }

  /** Clears every filter; focus, wherever it was, goes to the search box. */
  clear(): void {
    this.keeper.handOffTo(() => this.element('input[type="search"]'));
    this.search.cancel();
    this.searchText = '';
    this.set({});
  }

  private get count(): number {
    const { q: _q, ...others } = this.host.filters;
    return Object.values(others).filter((value) => (Array.isArray(value) ? value.length : value)).length;
  }

  private onSearchInput(event: InputEvent): void {
    this.searchText = (event.target as HTMLInputElement).value;
    this.search.schedule(() => {
      const q = this.searchText.trim();
      if ((this.host.filters.q ?? '') !== q) this.set({ ...this.host.filters, q: q || undefined });
    });
  }

  renderToolbar(): TemplateResult {
    const text = this.text.strings;
    const count = this.count;
    return html`<div class="toolbar" part="toolbar">
      <label class="search">
        ${renderIcon(iconSearch)}
        <span class="cx-visually-hidden">${text.searchLabel}</span>
        <input
          type="search"
          .value=${this.searchText}
          placeholder=${text.searchPlaceholder}
          autocomplete="off"
          @input=${(event: InputEvent) => this.onSearchInput(event)}
          @keydown=${(event: KeyboardEvent) => {
            if (event.key === 'Enter') this.search.flush();
          }}
        />
      </label>
      <button
        type="button"
        class="cx-button filters-button"
        aria-haspopup="dialog"
        aria-expanded=${this.popover.isOpen ? 'true' : 'false'}
        aria-controls="queue-filters"
        @click=${() => this.popover.toggle()}
      >
        ${renderIcon(iconFilter)} ${text.filters}${count ? html` <span>(${count})</span>` : nothing}
      </button>
      <div
        id="queue-filters"
        class="popover"
        popover="auto"
        role="dialog"
        aria-label=${text.filtersDialogLabel}
        @beforetoggle=${this.popover.onBeforeToggle}
        @toggle=${this.popover.onToggle}
        @focusout=${this.popover.onFocusOut}
      >
        ${
          this.popover.isOpen && this.form
            ? this.form.renderQueueFiltersForm({
                filters: this.host.filters,
                lookups: this.host.lookups,
                agents: this.host.agents,
                messages: this.localize.messages,
                text,
                toggle: (key, value) => this.toggle(key, value),
                setValue: (key, value) => this.setValue(key, value),
                clear: () => this.clear(),
                done: () => this.popover.hide(),
              })
            : nothing
        }
      </div>
    </div>`;
  }

  /** Every filter in force as a removable chip. */
  renderChips(): TemplateResult | typeof nothing {
    const text = this.text.strings;
    const chips = this.chips();
    if (!chips.length) return nothing;
    return html`<ul class="active-filters" aria-label=${text.activeFilters}>
      ${chips.map(
        (chip, index) =>
          html`<li>
            <button
              type="button"
              class="chip removable"
              aria-label=${text.removeFilter(chip.label)}
              @click=${() => this.removeChip(index, chip.remove)}
            >
              <span class="chip-text">${chip.label}</span> ${renderIcon(iconClose)}
            </button>
          </li>`,
      )}
      <li>
        <button type="button" class="cx-link-button" @click=${() => this.clear()}>
          ${text.clearFilters}
        </button>
      </li>
    </ul>`;
  }

  /** Removes a chip; focus goes to the chip that takes its place, else the one before, else search. */
  private removeChip(index: number, remove: () => void): void {
    this.keeper.handOffTo(() => {
      const chips = this.host.shadowRoot?.querySelectorAll<HTMLElement>('.active-filters .removable');
      return chips?.[Math.min(index, chips.length - 1)] ?? this.element('input[type="search"]');
    });
    remove();
  }

  private chips(): { label: string; remove: () => void }[] {
    const { messages } = this.localize;
    const text = this.text.strings;
    const { filters, agents } = this.host;
    const chips: { label: string; remove: () => void }[] = [];
    if (filters.q)
      chips.push({
        label: `“${filters.q}”`,
        remove: () => {
          this.searchText = '';
          this.set({ ...filters, q: undefined });
        },
      });
    if (filters.type)
      chips.push({
        label: `${text.typeLabel}: ${filters.type === 'inbox' ? text.inbox : text.outbox}`,
        remove: () => this.setValue('type', ''),
      });
    const list = (key: ListKey, label: string, name: (value: string) => string) => {
      for (const value of filters[key] ?? [])
        chips.push({ label: `${label}: ${name(value)}`, remove: () => this.toggle(key, value) });
    };
    list('channel', text.channelLabel, (channel) => channelLabel(channel, messages));
    list('label', text.labelLabel, (label) => label);
    list('lastHandledById', text.lastAgentLabel, (id) => agents.find((agent) => agent.id === id)?.name ?? id);
    const day = (value: string) => this.localize.date(`${value}T12:00:00`);
    if (filters.from)
      chips.push({
        label: `${text.fromLabel}: ${day(filters.from)}`,
        remove: () => this.setValue('from', ''),
      });
    if (filters.to)
      chips.push({ label: `${text.toLabel}: ${day(filters.to)}`, remove: () => this.setValue('to', '') });
    return chips;
  }
}
