import { html, type TemplateResult } from 'lit';
import type { AgentRef, Lookups } from '../../api/types.js';
import { channelLabel } from '../../core/badges.js';
import { renderChecks, renderChoice, renderDayRange, renderFormActions } from '../../core/filter-fields.js';
import type { Messages } from '../../core/localize/messages.js';
import { CHANNELS } from '../../core/vocabulary.js';
import type { ListKey, ValueKey } from './queue-filters.js';
import { hasFilters, type ConversationQueueFilters } from './queue-view.js';
import type { QueueMessages } from './strings.js';

/** What the filters form shows and what its controls change. */
export interface QueueFiltersFormView {
  filters: ConversationQueueFilters;
  lookups: Lookups | undefined;
  agents: readonly AgentRef[];
  messages: Messages;
  text: QueueMessages;
  toggle(key: ListKey, value: string): void;
  setValue(key: ValueKey, value: string): void;
  clear(): void;
  done(): void;
}

/**
 * The "Filters" popover's form: type, channel, label, last handling agent and the date range (the
 * browser's date picker). A module of its own, loaded the first time an agent opens the filters.
 */
export function renderQueueFiltersForm(view: QueueFiltersFormView): TemplateResult {
  const { filters, lookups, agents, messages, text } = view;
  const checks = (key: ListKey, legend: string, options: { id: string; label: string }[]) =>
    renderChecks({ legend, options, chosen: filters[key], toggle: (id) => view.toggle(key, id) });
  return html`<div class="filters-form">
    ${renderChoice({
      label: text.typeLabel,
      any: text.any,
      options: [
        { id: 'inbox', label: text.inbox },
        { id: 'outbox', label: text.outbox },
      ],
      value: filters.type,
      change: (value) => view.setValue('type', value),
    })}
    ${checks(
      'channel',
      text.channelLabel,
      CHANNELS.map((channel) => ({ id: channel, label: channelLabel(channel, messages) })),
    )}
    ${checks(
      'label',
      text.labelLabel,
      (lookups?.conversationLabels ?? []).map((label) => ({ id: label, label })),
    )}
    ${checks(
      'lastHandledById',
      text.lastAgentLabel,
      agents.map((agent) => ({ id: agent.id, label: agent.name })),
    )}
    ${renderDayRange({
      fromLabel: text.fromLabel,
      toLabel: text.toLabel,
      from: filters.from,
      to: filters.to,
      change: (end, value) => view.setValue(end, value),
    })}
    ${renderFormActions({
      active: hasFilters(filters),
      clearLabel: text.clearFilters,
      doneLabel: text.done,
      clear: () => view.clear(),
      done: () => view.done(),
    })}
  </div>`;
}
