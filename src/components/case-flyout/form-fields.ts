import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Lookups } from '../../api/types.js';
import { priorityLabel, statusLabel } from '../../core/badges.js';
import { priorityIcon, renderIcon, statusIcon } from '../../core/icons.js';
import { announce } from '../../core/interactions/announcer.js';
import { PRIORITIES, TICKET_STATUSES } from '../../core/vocabulary.js';
import type { Messages } from '../../core/localize/messages.js';
import { renderInlineProblem, type ErrorWording } from '../../core/states.js';
import type { CaseDraft } from './drafts.js';
import type { EditorToolbar } from './editor-toolbar.js';
import type { RichText } from './rich-text.js';
import type { FlyoutMessages } from './strings.js';

// The Details tab's fields, as templates of the draft and its errors: what each shows and how it
// reports a change. The form owns the state; these only draw it.

export type FieldName = 'customerId' | 'subject' | 'description' | 'status' | 'priority' | 'reasonId';
export type FieldErrors = Partial<Record<FieldName, string>>;

/** The fields in the order they are shown: the first invalid one takes focus. */
export const FIELD_ORDER: FieldName[] = [
  'customerId',
  'subject',
  'description',
  'status',
  'priority',
  'reasonId',
];

/** Where each field's input is, for focusing the first invalid one. */
export const FIELD_TARGET: Record<FieldName, string> = {
  customerId: '#customer-input',
  subject: '#subject-input',
  description: '.rich-text',
  status: 'input[name="status"]:checked, input[name="status"]',
  priority: 'input[name="priority"]:checked, input[name="priority"]',
  reasonId: '#reason-select',
};

/** The form's own check before anything is sent: a customer and a title. */
export function validateDraft(draft: CaseDraft, flyout: FlyoutMessages): FieldErrors {
  const errors: FieldErrors = {};
  if (!draft.customerId) errors.customerId = flyout.required(flyout.customer);
  if (!draft.subject.trim()) errors.subject = flyout.required(flyout.subject);
  return errors;
}

export function fieldError(errors: FieldErrors, name: FieldName): TemplateResult | typeof nothing {
  const message = errors[name];
  return message ? html`<p class="cx-field-error" id=${`${name}-error`}>${message}</p>` : nothing;
}

export function describedBy(errors: FieldErrors, name: FieldName): string | typeof nothing {
  return errors[name] ? `${name}-error` : nothing;
}

/** What every field template is given. */
export interface FieldContext {
  draft: CaseDraft;
  errors: FieldErrors;
  flyout: FlyoutMessages;
  change(patch: Partial<CaseDraft>): void;
}

export function renderSubject({ draft, errors, flyout, change }: FieldContext): TemplateResult {
  return html`<div class="field">
    <label for="subject-input">${flyout.subject} <span aria-hidden="true">*</span></label>
    <input
      id="subject-input"
      class="cx-input"
      type="text"
      aria-required="true"
      aria-invalid=${errors.subject ? 'true' : 'false'}
      aria-describedby=${describedBy(errors, 'subject')}
      .value=${live(draft.subject)}
      @input=${(event: InputEvent) => change({ subject: (event.target as HTMLInputElement).value })}
    />
    ${fieldError(errors, 'subject')}
  </div>`;
}

/** The description's editor mounts itself into `#description-editor` (see rich-text.ts). */
export function renderDescription(
  { errors, flyout }: FieldContext,
  toolbar: EditorToolbar,
  editor: RichText | undefined,
): TemplateResult {
  return html`<div class="field">
    <span class="label" id="description-label">${flyout.description}</span>
    <div class="editor ${errors.description ? 'invalid' : ''}">
      ${toolbar.render(editor, 'description-editor')}
      <div
        class="editor-mount"
        id="description-editor"
        aria-describedby=${describedBy(errors, 'description')}
      ></div>
    </div>
    ${fieldError(errors, 'description')}
  </div>`;
}

/** Status and priority: a radio group of badges each. */
export function renderStatusAndPriority(fields: FieldContext, messages: Messages): TemplateResult {
  const { flyout } = fields;
  return html`${renderChoices(fields, {
    name: 'status',
    legend: flyout.status,
    values: TICKET_STATUSES,
    label: (value) => statusLabel(value, messages),
    icon: statusIcon,
  })}
  ${renderChoices(fields, {
    name: 'priority',
    legend: flyout.priority,
    values: PRIORITIES,
    label: (value) => priorityLabel(value, messages),
    icon: priorityIcon,
  })}`;
}

/** Over a draft brought back from storage: it says so, with a way to start afresh. */
export function renderRestoredBanner(flyout: FlyoutMessages, discard: () => void): TemplateResult {
  return html`<div class="banner">
    ${announce(flyout.draftRestored)}<span>${flyout.draftRestored}</span>
    <button type="button" class="cx-link-button" @click=${discard}>${flyout.discardDraft}</button>
  </div>`;
}

/** Status or priority: one radio group of badges. */
function renderChoices(
  { draft, errors, change }: FieldContext,
  choice: {
    name: 'status' | 'priority';
    legend: string;
    values: readonly string[];
    label: (value: string) => string;
    icon: (value: string) => ReturnType<typeof statusIcon>;
  },
): TemplateResult {
  const { name, legend, values, label, icon } = choice;
  const current = draft[name];
  return html`<fieldset class="field choices" aria-describedby=${describedBy(errors, name)}>
    <legend>${legend}</legend>
    <div class="choice-list">
      ${values.map(
        (value) =>
          html`<label class="choice cx-badge cx-badge--${name}-${value.replace('_', '-')}">
            <input
              type="radio"
              name=${name}
              .value=${value}
              .checked=${live(value === current)}
              @change=${() => change({ [name]: value })}
            />
            ${renderIcon(icon(value))}<span>${label(value)}</span>
          </label>`,
      )}
    </div>
    ${fieldError(errors, name)}
  </fieldset>`;
}

/** The service reason, from the lookups (a failed lookup says so, with Try again). */
export function renderReason(
  { draft, errors, flyout, change }: FieldContext,
  lookups: {
    data: Lookups | undefined;
    error: unknown;
    retry(): void;
    messages: Messages;
    wording: ErrorWording;
  },
): TemplateResult {
  const reasons = lookups.data?.reasons ?? [];
  return html`<div class="field">
    <label for="reason-select">${flyout.reason}</label>
    <select
      id="reason-select"
      aria-invalid=${errors.reasonId ? 'true' : 'false'}
      aria-describedby=${describedBy(errors, 'reasonId')}
      @change=${(event: Event) => change({ reasonId: (event.target as HTMLSelectElement).value })}
    >
      <option value="" ?selected=${!draft.reasonId}>${flyout.noReason}</option>
      ${reasons.map(
        (reason) =>
          html`<option value=${reason.id} ?selected=${reason.id === draft.reasonId}>${reason.label}</option>`,
      )}
    </select>
    ${
      lookups.error && !lookups.data
        ? renderInlineProblem({
            what: lookups.messages.optionsFailed,
            error: lookups.error,
            wording: lookups.wording,
            retry: lookups.retry,
          })
        : nothing
    }
    ${fieldError(errors, 'reasonId')}
  </div>`;
}
