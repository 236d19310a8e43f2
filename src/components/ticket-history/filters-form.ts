import { html, nothing, type TemplateResult } from 'lit';
import type { AgentRef, Lookups } from '../../api/types.js';
import { channelLabel } from '../../core/badges.js';
import type { Messages } from '../../core/localize/messages.js';
import { renderInlineProblem, type ErrorWording } from '../../core/states.js';
import { CHANNELS } from '../../core/vocabulary.js';
import type { HistoryMessages } from './strings.js';
import type { ListFilterKey, TicketHistoryFilters, ValueFilterKey } from './ticket-history.js';

/** What the filters form shows and what its controls change. */
export interface FiltersFormView {
  filters: TicketHistoryFilters;
  lookups: Lookups | undefined;
  agents: AgentRef[];
  messages: Messages;
  history: HistoryMessages;
  /** Why the options (lookups, agents) could not load, and how to ask again. */
  optionsError: Error | null;
  wording: ErrorWording;
  retryOptions(): void;
  toggleListFilter(key: ListFilterKey, value: string): void;
  setValueFilter(key: ValueFilterKey, value: string): void;
  clearFilters(): void;
  done(): void;
}

// The popover's positioning comes with the form: the panel needs neither until the filters open.
export { anchorTo } from '../../core/anchor.js';

/**
 * The "Filters" popover's form: channel, tag, creation dates, service reason, service result and
 * assignee. A module of its own, loaded the first time an agent opens the filters (most never do).
 */
export function renderFiltersForm(view: FiltersFormView): TemplateResult {
  const { filters, lookups, messages, history } = view;
  const checks = (key: 'channel' | 'tag', values: readonly string[], label: (value: string) => string) =>
    values.map(
      (value) =>
        html`<label
          ><input
            type="checkbox"
            .checked=${(filters[key] as readonly string[] | undefined)?.includes(value) ?? false}
            @change=${() => view.toggleListFilter(key, value)}
          />${label(value)}</label
        >`,
    );
  const select = (key: ValueFilterKey, label: string, options: { id: string; label: string }[]) =>
    html`<label class="field"
      >${label}
      <select
        @change=${(event: Event) => view.setValueFilter(key, (event.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${!filters[key]}>${history.any}</option>
        ${options.map(
          (option) =>
            html`<option value=${option.id} ?selected=${filters[key] === option.id}>${option.label}</option>`,
        )}
      </select>
    </label>`;
  const date = (key: 'createdFrom' | 'createdTo', label: string) =>
    html`<label class="field"
      >${label}
      <input
        type="date"
        class="cx-input"
        .value=${filters[key] ?? ''}
        @change=${(event: Event) => view.setValueFilter(key, (event.target as HTMLInputElement).value)}
    /></label>`;
  return html`<div class="filters-form">
    ${
      view.optionsError
        ? renderInlineProblem({
            what: messages.optionsFailed,
            error: view.optionsError,
            wording: view.wording,
            retry: view.retryOptions,
          })
        : nothing
    }
    <fieldset>
      <legend>${history.channelLabel}</legend>
      <div class="checks">${checks('channel', CHANNELS, (channel) => channelLabel(channel, messages))}</div>
    </fieldset>
    <fieldset>
      <legend>${history.tagLabel}</legend>
      <div class="checks">${checks('tag', lookups?.tags ?? [], (tag) => tag)}</div>
    </fieldset>
    <div class="dates">
      ${date('createdFrom', history.createdFromLabel)} ${date('createdTo', history.createdToLabel)}
    </div>
    ${select('reasonId', history.reasonLabel, lookups?.reasons ?? [])}
    ${select('resultId', history.resultLabel, lookups?.results ?? [])}
    ${select('assigneeId', history.assigneeLabel, [
      { id: 'unassigned', label: messages.unassigned },
      ...view.agents.map((agent) => ({ id: agent.id, label: agent.name })),
    ])}
    <div class="filters-actions">
      <button type="button" class="cx-button" @click=${view.clearFilters}>${history.clearFilters}</button>
      <button type="button" class="cx-button cx-button--primary" @click=${view.done}>${history.done}</button>
    </div>
  </div>`;
}
