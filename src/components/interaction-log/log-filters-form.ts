import { html, type TemplateResult } from 'lit';
import { SENTIMENTS } from '../../api/interaction-schemas.js';
import type { AgentRef, Lookups } from '../../api/types.js';
import { channelLabel } from '../../core/badges.js';
import {
  renderChecks,
  renderChoice,
  renderDayRange,
  renderFormActions,
  type FilterOption,
} from '../../core/filter-fields.js';
import type { Messages } from '../../core/localize/messages.js';
import { CHANNELS } from '../../core/vocabulary.js';
import { hasFilters, type InteractionLogFilters } from './log-view.js';
import type { LogMessages } from './strings.js';

export type LogListKey = Exclude<keyof InteractionLogFilters, 'q' | 'from' | 'to' | 'direction'>;
export type LogValueKey = 'from' | 'to' | 'direction';

/** What the filters form shows and what its controls change. */
export interface LogFiltersFormView {
  filters: InteractionLogFilters;
  lookups: Lookups | undefined;
  agents: readonly AgentRef[];
  messages: Messages;
  text: LogMessages;
  slaRule: string;
  toggle(key: LogListKey, value: string): void;
  setValue(key: LogValueKey, value: string): void;
  clear(): void;
  done(): void;
}

/**
 * The "Filters" popover's form: the creation time range, and each filter of the service records
 * and the CX log (result, reason, channel, channel category, owner, queue, direction, SLA,
 * sentiment, CSAT, tags). A module of its own, loaded the first time someone opens the filters.
 */
export function renderLogFiltersForm(view: LogFiltersFormView): TemplateResult {
  const { filters, lookups, messages, text } = view;
  const column = text.column;
  const checks = (key: LogListKey, legend: string, options: readonly FilterOption[]) =>
    renderChecks({
      legend,
      options,
      chosen: filters[key] as readonly string[] | undefined,
      toggle: (id) => view.toggle(key, id),
    });
  const refs = (items: readonly { id: string; label: string }[] | undefined) => items ?? [];
  return html`<div class="filters-form">
    ${renderDayRange({
      fromLabel: text.fromLabel,
      toLabel: text.toLabel,
      from: filters.from,
      to: filters.to,
      change: (end, value) => view.setValue(end, value),
    })}
    ${renderChoice({
      label: column.direction,
      any: text.any,
      options: [
        { id: 'inbound', label: text.inbound },
        { id: 'outbound', label: text.outbound },
      ],
      value: filters.direction,
      change: (value) => view.setValue('direction', value),
    })}
    ${checks('sla', `${column.sla} (${view.slaRule})`, [
      { id: 'met', label: text.slaMet },
      { id: 'breached', label: text.slaBreached },
      { id: 'pending', label: text.slaPending },
    ])}
    ${checks(
      'channel',
      column.channel,
      CHANNELS.map((channel) => ({ id: channel, label: channelLabel(channel, messages) })),
    )}
    ${checks('channelCategoryId', column.channelCategory, refs(lookups?.channelCategories))}
    ${checks('resultId', column.disposition, refs(lookups?.results))}
    ${checks('reasonId', column.reason, refs(lookups?.reasons))}
    ${checks('queueId', column.queue, refs(lookups?.queues))}
    ${checks(
      'agentId',
      column.agent,
      view.agents.map((agent) => ({ id: agent.id, label: agent.name })),
    )}
    ${checks(
      'sentiment',
      column.sentiment,
      SENTIMENTS.map((sentiment) => ({ id: sentiment, label: text.sentimentValue[sentiment] })),
    )}
    ${checks(
      'csat',
      column.csat,
      ['1', '2', '3', '4', '5'].map((score) => ({ id: score, label: text.csatValue(Number(score)) })),
    )}
    ${checks(
      'tag',
      column.tags,
      (lookups?.tags ?? []).map((tag) => ({ id: tag, label: tag })),
    )}
    ${renderFormActions({
      active: hasFilters(filters),
      clearLabel: text.clearFilters,
      doneLabel: text.done,
      clear: () => view.clear(),
      done: () => view.done(),
    })}
  </div>`;
}
