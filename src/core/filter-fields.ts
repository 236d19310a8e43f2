import { html, nothing, type TemplateResult } from 'lit';

// The fields a "Filters" popover is made of (the inbox's, the interaction log's): a group of
// checkboxes for a list filter, a day for a date range, a select for a single value. Loaded with
// the popover's form, never before.

export interface FilterOption {
  id: string;
  label: string;
}

/** A fieldset of checkboxes for a list filter; nothing when there is nothing to choose from. */
export function renderChecks(view: {
  legend: string;
  options: readonly FilterOption[];
  chosen: readonly string[] | undefined;
  toggle(id: string): void;
}): TemplateResult | typeof nothing {
  if (!view.options.length) return nothing;
  return html`<fieldset>
    <legend>${view.legend}</legend>
    ${view.options.map(
      (option) =>
        html`<label
          ><input
            type="checkbox"
            .checked=${view.chosen?.includes(option.id) ?? false}
            @change=${() => view.toggle(option.id)}
          />${option.label}</label
        >`,
    )}
  </fieldset>`;
}

/** A day (the browser's date picker), kept within `min` and `max` (the range's other end). */
export function renderDay(view: {
  label: string;
  value: string | undefined;
  min?: string;
  max?: string;
  change(value: string): void;
}): TemplateResult {
  return html`<label class="field"
    >${view.label}
    <input
      type="date"
      .value=${view.value ?? ''}
      min=${view.min ?? ''}
      max=${view.max ?? ''}
      @change=${(event: Event) => view.change((event.target as HTMLInputElement).value)}
  /></label>`;
}

/** "From" and "To" days, each keeping the other end of the range. */
export function renderDayRange(view: {
  fromLabel: string;
  toLabel: string;
  from: string | undefined;
  to: string | undefined;
  change(end: 'from' | 'to', value: string): void;
}): TemplateResult {
  return html`${renderDay({ label: view.fromLabel, value: view.from, max: view.to, change: (value) => view.change('from', value) })}
  ${renderDay({ label: view.toLabel, value: view.to, min: view.from, change: (value) => view.change('to', value) })}`;
}

/** A select of one value, "Any" first. */
export function renderChoice(view: {
  label: string;
  any: string;
  options: readonly FilterOption[];
  value: string | undefined;
  change(value: string): void;
}): TemplateResult {
  return html`<label class="field"
    >${view.label}
    <select @change=${(event: Event) => view.change((event.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!view.value}>${view.any}</option>
      ${view.options.map(
        (option) =>
          html`<option value=${option.id} ?selected=${view.value === option.id}>${option.label}</option>`,
      )}
    </select>
  </label>`;
}

/** "Clear filters" (while any is in force) and "Done". */
export function renderFormActions(view: {
  active: boolean;
  clearLabel: string;
  doneLabel: string;
  clear(): void;
  done(): void;
}): TemplateResult {
  return html`<div class="form-actions">
    ${
      view.active
        ? html`<button type="button" class="cx-link-button" @click=${() => view.clear()}>
            ${view.clearLabel}
          </button>`
        : nothing
    }
    <button type="button" class="cx-button" @click=${() => view.done()}>${view.doneLabel}</button>
  </div>`;
}
