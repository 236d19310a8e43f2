import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { AgentRef, Lookups } from '../../api/types.js';
import { anchorTo } from '../../core/anchor.js';
import { channelLabel } from '../../core/badges.js';
import { FilterBar, type FilterChip } from '../../core/filter-bar.js';
import type { FocusKeeper } from '../../core/interactions/focus-keeper.js';
import type { LocalizeController } from '../../core/localize/localize.js';
import type * as FiltersForm from './queue-filters-form.js';
import type { ConversationQueueFilters } from './queue-view.js';
import type { QueueMessages } from './strings.js';

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
 * handling agent, a date range) and a row of removable chips for the filters in force (the shared
 * FilterBar). The filters live on the queue (`filters`, a public property the host may set from
 * its address bar); this part changes them.
 */
export class QueueFilters {
  readonly bar: FilterBar<ConversationQueueFilters>;
  /** The popover's form, loaded the first time the filters open (most agents never do). */
  private form?: typeof FiltersForm;

  constructor(
    private readonly host: QueueFiltersHost,
    private readonly localize: LocalizeController,
    keeper: FocusKeeper,
    private readonly text: { readonly strings: QueueMessages },
  ) {
    this.bar = new FilterBar<ConversationQueueFilters>({
      host,
      keeper,
      popoverId: 'queue-filters',
      filters: () => host.filters,
      setFilters: (filters) => host.changeFilters(filters),
      words: () => text.strings,
      popover: {
        placement: 'bottom-end',
        offset: 6,
        minBlockSize: 160,
        fitInline: true,
        prepare: async () => {
          this.form ??= await import('./queue-filters-form.js');
        },
        anchorTo,
      },
    });
  }

  renderToolbar(): TemplateResult {
    const { bar } = this;
    return bar.renderToolbar(() =>
      this.form
        ? this.form.renderQueueFiltersForm({
            filters: this.host.filters,
            lookups: this.host.lookups,
            agents: this.host.agents,
            messages: this.localize.messages,
            text: this.text.strings,
            toggle: (key, value) => bar.toggle(key, value),
            setValue: (key, value) => bar.setValue(key, value),
            clear: () => bar.clear(),
            done: () => bar.popover.hide(),
          })
        : nothing,
    );
  }

  /** Every filter in force as a removable chip. */
  renderChips(): TemplateResult | typeof nothing {
    return this.bar.renderChips(this.chips());
  }

  private chips(): FilterChip[] {
    const { messages } = this.localize;
    const text = this.text.strings;
    const { bar } = this;
    const { agents } = this.host;
    const day = (value: string) => this.localize.date(`${value}T12:00:00`);
    return [
      ...bar.searchChip(),
      ...bar.valueChip('type', text.typeLabel, (type) => (type === 'inbox' ? text.inbox : text.outbox)),
      ...bar.listChips('channel', text.channelLabel, (channel) => channelLabel(channel, messages)),
      ...bar.listChips('label', text.labelLabel, (label) => label),
      ...bar.listChips(
        'lastHandledById',
        text.lastAgentLabel,
        (id) => agents.find((agent) => agent.id === id)?.name ?? id,
      ),
      ...bar.valueChip('from', text.fromLabel, day),
      ...bar.valueChip('to', text.toLabel, day),
    ];
  }
}
