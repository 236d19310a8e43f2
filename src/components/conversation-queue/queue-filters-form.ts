import { html, nothing, type TemplateResult } from 'lit';
import type { AgentRef, Lookups } from '../../api/types.js';
import { channelLabel } from '../../core/badges.js';
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
    options.length
      ? html`<fieldset>
          <legend>${legend}</legend>
          ${options.map(
            (option) =>
              html`<label
                ><input
                  type="checkbox"
                  .checked=${(filters[key] as readonly string[] | undefined)?.includes(option.id) ?? false}
                  @change=${() => view.toggle(key, option.id)}
                />${option.label}</label
              >`,
          )}
        </fieldset>`
      : nothing;
  const date = (key: 'from' | 'to', label: string) =>
    html`<label class="field"
      >${label}
      <input
        type="date"
        .value=${filters[key] ?? ''}
        min=${key === 'to' ? (filters.from ?? '') : ''}
        max=${key === 'from' ? (filters.to ?? '') : ''}
        @change=${(event: Event) => view.setValue(key, (event.target as HTMLInputElement).value)}
    /></label>`;
  return html`<div class="filters-form">
    <label class="field"
      >${text.typeLabel}
      <select @change=${(event: Event) => view.setValue('type', (event.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!filters.type}>${text.any}</option>
        <option value="inbox" ?selected=${filters.type === 'inbox'}>${text.inbox}</option>
        <option value="outbox" ?selected=${filters.type === 'outbox'}>${text.outbox}</option>
      </select>
    </label>
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
    ${date('from', text.fromLabel)} ${date('to', text.toLabel)}
    <div class="form-actions">
      ${
        hasFilters(filters)
          ? html`<button type="button" class="cx-link-button" @click=${() => view.clear()}>
              ${text.clearFilters}
            </button>`
          : nothing
      }
      <button type="button" class="cx-button" @click=${() => view.done()}>${text.done}</button>
    </div>
  </div>`;
}
