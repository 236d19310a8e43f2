import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { AgentRef, Lookups } from '../../api/types.js';
import { anchorTo } from '../../core/anchor.js';
import { channelLabel } from '../../core/badges.js';
import { FilterBar, type FilterChip } from '../../core/filter-bar.js';
import type { FocusKeeper } from '../../core/interactions/focus-keeper.js';
import type { LocalizeController } from '../../core/localize/localize.js';
import type * as FiltersForm from './log-filters-form.js';
import type { InteractionLogFilters } from './log-view.js';
import type { LogMessages } from './strings.js';

/** What the filters need from the log they are part of. */
export interface LogFiltersHost extends ReactiveControllerHost, HTMLElement {
  readonly filters: InteractionLogFilters;
  /** Sets the filters chosen (and tells the host page). */
  changeFilters(filters: InteractionLogFilters): void;
  /** Lookups and agents, for the form's options and the chips' names (undefined until loaded). */
  readonly lookups: Lookups | undefined;
  readonly agents: readonly AgentRef[];
  /** The SLA rule in words ("First response within 10 min"). */
  readonly slaRule: string;
}

/**
 * The log's search, "Filters" popover and chips (the shared FilterBar): the filters live on the log
 * (`filters`, a public property the host may set from its address bar); this part changes them.
 */
export class LogFilters {
  readonly bar: FilterBar<InteractionLogFilters>;
  /** The popover's form, loaded the first time the filters open. */
  private form?: typeof FiltersForm;

  constructor(
    private readonly host: LogFiltersHost,
    private readonly localize: LocalizeController,
    keeper: FocusKeeper,
    private readonly text: { readonly strings: LogMessages },
  ) {
    this.bar = new FilterBar<InteractionLogFilters>({
      host,
      keeper,
      popoverId: 'log-filters',
      filters: () => host.filters,
      setFilters: (filters) => host.changeFilters(filters),
      words: () => text.strings,
      popover: {
        placement: 'bottom-end',
        offset: 6,
        minBlockSize: 160,
        fitInline: true,
        prepare: async () => {
          this.form ??= await import('./log-filters-form.js');
        },
        anchorTo,
      },
    });
  }

  /** The search box, the Filters button and its popover; `extra` are the toolbar's other controls. */
  renderToolbar(extra: unknown): TemplateResult {
    const { bar } = this;
    return bar.renderToolbar(
      () =>
        this.form
          ? this.form.renderLogFiltersForm({
              filters: this.host.filters,
              lookups: this.host.lookups,
              agents: this.host.agents,
              messages: this.localize.messages,
              text: this.text.strings,
              slaRule: this.host.slaRule,
              toggle: (key, value) => bar.toggle(key, value),
              setValue: (key, value) => bar.setValue(key, value),
              clear: () => bar.clear(),
              done: () => bar.popover.hide(),
            })
          : nothing,
      extra,
    );
  }

  renderChips(): TemplateResult | typeof nothing {
    return this.bar.renderChips(this.chips());
  }

  private chips(): FilterChip[] {
    const { messages } = this.localize;
    const text = this.text.strings;
    const column = text.column;
    const { bar } = this;
    const lookups = this.host.lookups;
    const day = (value: string) => this.localize.date(`${value}T12:00:00`);
    const named = (items: readonly { id: string; label: string }[] | undefined) => (id: string) =>
      items?.find((item) => item.id === id)?.label ?? id;
    const agents = this.host.agents.map((agent) => ({ id: agent.id, label: agent.name }));
    const sla: Record<string, string> = {
      met: text.slaMet,
      breached: text.slaBreached,
      pending: text.slaPending,
    };
    return [
      ...bar.searchChip(),
      ...bar.valueChip('from', text.fromLabel, day),
      ...bar.valueChip('to', text.toLabel, day),
      ...bar.valueChip('direction', column.direction, (value) =>
        value === 'inbound' ? text.inbound : text.outbound,
      ),
      ...bar.listChips('sla', column.sla, (value) => sla[value] ?? value),
      ...bar.listChips('channel', column.channel, (channel) => channelLabel(channel, messages)),
      ...bar.listChips('channelCategoryId', column.channelCategory, named(lookups?.channelCategories)),
      ...bar.listChips('resultId', column.disposition, named(lookups?.results)),
      ...bar.listChips('reasonId', column.reason, named(lookups?.reasons)),
      ...bar.listChips('queueId', column.queue, named(lookups?.queues)),
      ...bar.listChips('agentId', column.agent, named(agents)),
      ...bar.listChips('customerId', column.contact, (id) => id),
      ...bar.listChips(
        'sentiment',
        column.sentiment,
        (value) => (text.sentimentValue as Record<string, string>)[value] ?? value,
      ),
      ...bar.listChips('csat', column.csat, (value) => text.csatValue(Number(value))),
      ...bar.listChips('tag', column.tags, (tag) => tag),
    ];
  }
}
