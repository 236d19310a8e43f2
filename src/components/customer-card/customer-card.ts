// Over 400 lines: the in-place field editor (value, editor, saving, refusal, conflict) is still part
// of the element; the header and channels are in card-header.ts. Next: the field editor as a part.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { clientOf } from '../../api/default-client.js';
import { CxApiError, isCxApiError } from '../../api/errors.js';
import { MutationController } from '../../api/mutation-controller.js';
import { QueryController } from '../../api/query-controller.js';
import type { Customer, Versioned } from '../../api/types.js';
import { badgeStyles } from '../../core/badges.js';
import { copyText } from '../../core/clipboard.js';
import { CxElement } from '../../core/cx-element.js';
import { announce } from '../../core/interactions/announcer.js';
import { RovingFocusController } from '../../core/interactions/roving-focus.js';
import { iconCheck, iconClose, iconCopy, iconEdit, iconExternal, renderIcon } from '../../core/icons.js';
import {
  describeError,
  renderEmpty,
  renderLoadError,
  renderLoading,
  stateStyles,
} from '../../core/states.js';
import { safeUrl } from '../../core/urls.js';
import { customerCardStyles } from './customer-card.styles.js';
import { CxActivityStartEvent, CxCustomerUpdatedEvent, type CxActivityKind } from './events.js';
import {
  DEFAULT_FIELDS,
  displayField,
  fieldLabel,
  fieldPatch,
  fieldsConverter,
  fieldText,
  isFieldError,
  normalizeFields,
  parseField,
  readField,
  validateField,
  type CustomerField,
  type CustomerFieldConfig,
  type CustomerFieldValue,
} from './fields.js';
import { renderCardHeader, renderChannelList } from './card-header.js';
import { cardStrings } from './strings.js';

/** Where a field is, beyond showing its value. */
type FieldState =
  | { mode: 'edit'; draft: string; error?: string }
  | { mode: 'saving'; draft: string }
  | { mode: 'failed'; draft: string; heading: string; detail?: string; unknownOutcome: boolean }
  | { mode: 'conflict'; draft: string; theirs: CustomerFieldValue };

const INPUT_TYPES = { text: 'text', email: 'email', phone: 'tel', url: 'url', date: 'date', number: 'text' };

/**
 * @tagname cx-customer-card
 * @summary Who the customer is: photo or initials, name, company, labels, owner and contact
 * channels, the fields you choose, editable in place, and their most recent cases.
 *
 * Fields are a list: Up and Down arrows (Home, End) move between them; Enter or F2 on a field, or
 * its pencil button, edits it; in the editor Enter saves and Escape cancels. A save shows at once
 * and is undone, with the reason, if the server refuses it; what the agent typed is never lost. If
 * someone else changed the customer meanwhile the card shows both values and lets the agent keep
 * theirs or take the other.
 *
 * @event {CxCustomerUpdatedEvent} cx-customer-updated - An edit was saved. `detail: { customer, changes }`
 * @event {CxActivityStartEvent} cx-activity-start - Before opening a `mailto:` or `tel:` link; cancelable: prevent it to open your own composer or dialer. `detail: { kind: 'email' | 'call', customer, value }`
 * @event {CxViewAllTicketsEvent} cx-view-all-tickets - "View all" under the recent cases. `detail: { customerId }`
 * @event {CxErrorEvent} cx-error - Loading or saving failed (the card shows it too). `detail: { error, message }`
 * @event {CxAuthRequiredEvent} cx-auth-required - The API refused the credentials even after a token refresh. `detail: { error }`
 *
 * @csspart card - The whole card.
 * @csspart header - Avatar, name, company, labels, owner and actions.
 * @csspart avatar - The photo or the initials.
 * @csspart name - The customer's name.
 * @csspart labels - The labels (VIP and the like).
 * @csspart actions - The email and call buttons.
 * @csspart channels - The contact channels.
 * @csspart fields - The list of fields.
 * @csspart field - One field.
 * @csspart recent-cases - The recent cases section.
 * @csspart loading - The loading skeleton.
 * @csspart error - The error and not-found states.
 * @csspart retry-button - The retry button of the error state.
 */
export class CxCustomerCard extends CxElement {
  static override styles = [CxElement.styles, stateStyles, badgeStyles, customerCardStyles];

  /** Whose card to show. */
  @property({ attribute: 'customer-id' }) customerId?: string;

  /**
   * The fields to show, in order. In HTML, a JSON array:
   * `fields='[{"key":"email","copyable":true},{"key":"attributes.plan","type":"select","options":["Free","Plus"]}]'`.
   * Unset: name, email, phone and company.
   */
  @property({ converter: fieldsConverter }) fields?: CustomerFieldConfig[];

  /** How many recent cases to list under the card; 0 hides them. */
  @property({ attribute: 'recent-cases', type: Number }) recentCases = 3;

  /** The heading level of the customer's name, to fit the host page's outline (recent cases get the next). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private fieldStates = new Map<string, FieldState>();
  /** Shown when the browser refused the clipboard: the value, selected for copying by hand. */
  @state() private manualCopy?: { id: string; text: string };
  @state() private failedAvatarUrl?: string;

  /** The widget's own strings (see strings.ts), loaded with the shared ones. */
  private readonly text = this.localize.use(cardStrings);

  private readonly customer = new QueryController<Versioned<Customer>>(this, (client, language) =>
    this.customerId ? client.customer(this.customerId, language) : undefined,
  );
  private readonly writes = new MutationController(this);
  private normalized: CustomerField[] = normalizeFields(DEFAULT_FIELDS);
  /** The field list: Up and Down move between values, Home and End to the ends, letters by label. */
  private readonly fieldFocus = new RovingFocusController(this, {
    orientation: 'vertical',
    count: () => this.normalized.length,
    element: (index) => {
      const field = this.normalized[index];
      return field ? this.elementOf(field, 'value') : null;
    },
    label: (index) => (this.normalized[index] ? this.labelOf(this.normalized[index]) : ''),
  });

  /** @internal */
  get announcedName(): string {
    return this.text.strings.widgetName;
  }

  /** Fetches the customer again from the server. */
  refresh(): Promise<unknown> {
    return this.customer.refetch();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('fields')) this.normalized = normalizeFields(this.fields ?? DEFAULT_FIELDS);
    if (changed.has('customerId') && changed.get('customerId') !== undefined) {
      this.fieldStates = new Map();
      this.manualCopy = undefined;
    }
    if (this.fieldFocus.active >= this.normalized.length) this.fieldFocus.active = 0;
  }

  protected override updated(): void {
    // Recent cases reuse the ticket history's compact mode, loaded only by cards that show them.
    if (this.recentCases > 0 && this.customer.data && !customElements.get('cx-ticket-history'))
      void import('../ticket-history/define.js');
  }

  // ---- editing ----

  private stateOf(key: string): FieldState | undefined {
    return this.fieldStates.get(key);
  }

  private setFieldState(key: string, value: FieldState | undefined): void {
    const next = new Map(this.fieldStates);
    if (value) next.set(key, value);
    else next.delete(key);
    this.fieldStates = next;
  }

  private async startEdit(field: CustomerField, draft?: string): Promise<void> {
    const customer = this.customer.data?.data;
    if (!customer || !field.editable) return;
    this.fieldFocus.active = this.normalized.indexOf(field);
    this.setFieldState(field.key, {
      mode: 'edit',
      draft: draft ?? fieldText(readField(customer, field.key)),
    });
    await this.updateComplete;
    const input = this.elementOf(field, 'editor');
    input?.focus();
    if (input instanceof HTMLInputElement && input.type !== 'date') input.select();
  }

  private async cancelEdit(field: CustomerField): Promise<void> {
    this.setFieldState(field.key, undefined);
    await this.updateComplete;
    this.elementOf(field, 'value')?.focus();
  }

  private async commit(field: CustomerField): Promise<void> {
    const current = this.stateOf(field.key);
    const customer = this.customer.data?.data;
    if (current?.mode !== 'edit' || !customer) return;
    const error = validateField(field, current.draft, this.text.strings);
    if (error) {
      this.setFieldState(field.key, { ...current, error });
      await this.updateComplete;
      this.elementOf(field, 'editor')?.focus();
      return;
    }
    if (parseField(field, current.draft) === readField(customer, field.key)) {
      await this.cancelEdit(field); // nothing changed: no request
      return;
    }
    await this.save(field, current.draft);
  }

  /** Saves `draft` for `field`; every outcome keeps the draft until the server has it. */
  private async save(field: CustomerField, draft: string): Promise<void> {
    const customerId = this.customerId;
    if (!customerId) return;
    const hadFocus = this.hasFocusIn(field);
    this.setFieldState(field.key, { mode: 'saving', draft });
    await this.updateComplete;
    if (hadFocus) this.elementOf(field, 'value')?.focus();
    const label = this.labelOf(field);
    const changes = fieldPatch(field.key, parseField(field, draft));
    try {
      const updated = await this.writes.run((client, { language }) =>
        client.updateCustomer(customerId, changes, { language }),
      );
      if (customerId !== this.customerId) return;
      this.setFieldState(field.key, undefined);
      this.announce(this.text.strings.saved(label));
      this.emit(new CxCustomerUpdatedEvent(updated.data, changes));
    } catch (error) {
      if (customerId !== this.customerId) return;
      await this.showSaveFailure(field, draft, error);
    }
  }

  private async showSaveFailure(field: CustomerField, draft: string, error: unknown): Promise<void> {
    const focusWasHere = this.hasFocusIn(field);
    const apiError = error instanceof CxApiError ? error : undefined;
    const fieldError = apiError?.fieldErrors.find((item) => isFieldError(field.key, item.field));
    const theirs =
      apiError?.kind === 'conflict' ? (apiError.current as Versioned<Customer> | undefined) : undefined;
    if (fieldError) {
      this.setFieldState(field.key, { mode: 'edit', draft, error: fieldError.message });
    } else if (theirs) {
      // The cache now holds the other person's version, so a second save is made against it.
      clientOf(this)?.setCustomer(theirs);
      this.setFieldState(field.key, { mode: 'conflict', draft, theirs: readField(theirs.data, field.key) });
    } else {
      const { heading, detail } = describeError(error, this.localize);
      this.setFieldState(field.key, {
        mode: 'failed',
        draft,
        heading,
        detail,
        unknownOutcome: Boolean(apiError?.unknownOutcome),
      });
    }
    await this.updateComplete;
    if (!focusWasHere) return;
    const target = fieldError ? 'editor' : theirs ? 'keep-mine' : 'retry';
    this.elementOf(field, target)?.focus();
  }

  private async takeTheirs(field: CustomerField): Promise<void> {
    this.setFieldState(field.key, undefined);
    this.announce(this.text.strings.tookTheirs(this.labelOf(field)));
    await this.updateComplete;
    this.elementOf(field, 'value')?.focus();
  }

  // ---- copy and activities ----

  private async copy(id: string, label: string, text: string): Promise<void> {
    if (await copyText(text, this.shadowRoot!)) {
      this.manualCopy = undefined;
      this.announce(this.text.strings.copiedValue(label));
      return;
    }
    this.manualCopy = { id, text };
    await this.updateComplete;
    const input = this.shadowRoot!.querySelector<HTMLInputElement>('.manual-copy input');
    input?.focus();
    input?.select();
  }

  /** Back to where the copy started: the field's value, or the channel's copy button. */
  private async closeManualCopy(): Promise<void> {
    const id = this.manualCopy?.id;
    this.manualCopy = undefined;
    await this.updateComplete;
    if (id) this.shadowRoot!.getElementById(id)?.focus();
  }

  private startActivity(event: MouseEvent, kind: CxActivityKind, customer: Customer, value: string): void {
    // The link opens the mail program or dialer unless the host takes over.
    if (!this.emit(new CxActivityStartEvent({ kind, customer, value }))) event.preventDefault();
  }

  // ---- keyboard ----

  private onValueKeydown(event: KeyboardEvent, field: CustomerField): void {
    if (event.key === 'Enter' || event.key === 'F2') {
      if (!field.editable || this.stateOf(field.key)?.mode === 'saving') return;
      event.preventDefault();
      void this.startEdit(field);
      return;
    }
    this.fieldFocus.onKeydown(event);
  }

  private onEditorKeydown(event: KeyboardEvent, field: CustomerField): void {
    // A composing input method (Thai, Japanese…) uses Enter and Escape for itself.
    if (event.isComposing) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      void this.commit(field);
    } else if (event.key === 'Escape') {
      // Handled here: a dialog around the card must not close as well.
      event.preventDefault();
      event.stopPropagation();
      void this.cancelEdit(field);
    }
  }

  private onEditorInput(event: Event, field: CustomerField): void {
    const current = this.stateOf(field.key);
    if (current?.mode !== 'edit') return;
    const draft = (event.target as HTMLInputElement | HTMLSelectElement).value;
    // Once a message shows, it follows the typing, so the agent sees when the value becomes valid.
    const error = current.error ? validateField(field, draft, this.text.strings) : undefined;
    this.setFieldState(field.key, { mode: 'edit', draft, error });
  }

  // ---- helpers ----

  private labelOf(field: CustomerField): string {
    return fieldLabel(field, this.localize.locale, this.text.strings);
  }

  private idOf(field: CustomerField, what: string): string {
    return `field-${this.normalized.indexOf(field)}-${what}`;
  }

  private elementOf(field: CustomerField, what: string): HTMLElement | null {
    return this.shadowRoot!.getElementById(this.idOf(field, what));
  }

  private hasFocusIn(field: CustomerField): boolean {
    const focused = this.shadowRoot!.activeElement;
    return !focused || Boolean(focused.closest(`#${this.idOf(field, 'row')}`));
  }

  // ---- rendering ----

  protected override render(): TemplateResult {
    // The card itself takes focus when what had it is gone (a retry's button, say).
    return html`<div class="card" part="card" tabindex="-1" data-focus-fallback>${this.renderBody()}</div>`;
  }

  private renderBody(): TemplateResult | typeof nothing {
    const { messages } = this.localize;
    const error = this.customer.error;
    const customer = this.customer.data?.data;
    if (!customer && error) {
      const notFound = isCxApiError(error) && error.kind === 'not-found';
      return renderLoadError(
        error,
        this.localize,
        () => void this.refresh(),
        notFound
          ? { heading: this.text.strings.notFoundHeading, detail: this.text.strings.notFoundDetail }
          : undefined,
      );
    }
    if (!this.customerId)
      return renderEmpty({ heading: messages.noCustomerHeading, detail: messages.noCustomerDetail });
    if (!customer) return renderLoading(messages.loading, 3);
    return html`${this.renderHeader(customer)} ${this.renderChannels(customer)} ${this.renderFields(customer)}
    ${this.renderRecentCases(customer)}`;
  }

  private renderHeader(customer: Customer): TemplateResult {
    return renderCardHeader({
      customer,
      strings: this.text.strings,
      headingLevel: this.headingLevel,
      failedAvatarUrl: this.failedAvatarUrl,
      onAvatarError: (url) => (this.failedAvatarUrl = url),
      onActivity: (event, kind, value) => this.startActivity(event, kind, customer, value),
    });
  }

  private renderChannels(customer: Customer): TemplateResult | typeof nothing {
    return renderChannelList({
      customer,
      strings: this.text.strings,
      messages: this.localize.messages,
      onCopy: (id, label, text) => this.copy(id, label, text),
      renderManualCopy: (id) => this.renderManualCopy(id),
    });
  }

  private renderFields(customer: Customer): TemplateResult | typeof nothing {
    if (!this.normalized.length) return nothing;
    return html`<dl
      class="fields"
      part="fields"
      aria-label=${this.text.strings.details}
      @focusin=${this.fieldFocus.onFocusIn}
    >
      ${this.normalized.map((field, index) => this.renderField(customer, field, index))}
    </dl>`;
  }

  private renderField(customer: Customer, field: CustomerField, index: number): TemplateResult {
    const label = this.labelOf(field);
    const current = this.stateOf(field.key);
    const id = (what: string) => this.idOf(field, what);
    return html`<div
      class="field"
      part="field"
      id=${id('row')}
      data-index=${index}
      data-key=${field.key}
      data-state=${current?.mode ?? 'view'}
    >
      <dt class="field-label" id=${id('label')}>${label}</dt>
      <dd class="field-body">
        ${current?.mode === 'edit' ? this.renderEditor(field, current, label) : this.renderValue(customer, field, label, current)}
        ${current?.mode === 'failed' ? this.renderFailure(field, current, label) : nothing}
        ${current?.mode === 'conflict' ? this.renderConflict(field, current, label) : nothing}
        ${this.renderManualCopy(id('value'))}
      </dd>
    </div>`;
  }

  private renderValue(
    customer: Customer,
    field: CustomerField,
    label: string,
    current?: FieldState,
  ): TemplateResult {
    const card = this.text.strings;
    const value = readField(customer, field.key);
    const shown = displayField(field, value, this.localize.locale);
    const saving = current?.mode === 'saving';
    const tabIndex = this.fieldFocus.tabIndexOf(this.normalized.indexOf(field));
    const id = (what: string) => this.idOf(field, what);
    const link = field.type === 'url' && typeof value === 'string' ? safeUrl(value) : undefined;
    return html`<div class="value-line">
      <span
        class="value ${shown ? '' : 'value--empty'}"
        id=${id('value')}
        role="textbox"
        aria-readonly="true"
        aria-labelledby=${id('label')}
        aria-describedby=${id('hint')}
        aria-busy=${saving ? 'true' : 'false'}
        tabindex=${tabIndex}
        @keydown=${(event: KeyboardEvent) => this.onValueKeydown(event, field)}
        ><bdi>${shown || card.notSet}</bdi></span
      >
      <span class="cx-visually-hidden" id=${id('hint')}
        >${field.editable ? card.editHint : card.readOnlyHint}</span
      >
      ${saving ? html`<span class="saving"><span class="cx-spinner" aria-hidden="true"></span>${card.saving}</span>` : nothing}
      <span class="tools">
        ${
          link
            ? html`<a
                class="cx-icon-button"
                href=${link}
                target="_blank"
                rel="noopener noreferrer"
                tabindex=${tabIndex}
                aria-label=${card.openLink(label)}
                >${renderIcon(iconExternal)}</a
              >`
            : nothing
        }
        ${
          field.copyable && shown
            ? html`<button
                type="button"
                class="cx-icon-button"
                tabindex=${tabIndex}
                aria-label=${card.copyField(label)}
                @click=${() => this.copy(id('value'), label, fieldText(value))}
              >
                ${renderIcon(iconCopy)}
              </button>`
            : nothing
        }
        ${
          field.editable
            ? html`<button
                type="button"
                class="cx-icon-button"
                id=${id('edit')}
                tabindex=${tabIndex}
                ?disabled=${saving}
                aria-label=${card.editField(label)}
                @click=${() => this.startEdit(field)}
              >
                ${renderIcon(iconEdit)}
              </button>`
            : nothing
        }
      </span>
    </div>`;
  }

  private renderEditor(
    field: CustomerField,
    current: Extract<FieldState, { mode: 'edit' }>,
    label: string,
  ): TemplateResult {
    const { messages } = this.localize;
    const id = (what: string) => this.idOf(field, what);
    const common = {
      invalid: current.error ? 'true' : 'false',
      describedBy: current.error ? id('error') : undefined,
    };
    const onKeydown = (event: KeyboardEvent) => this.onEditorKeydown(event, field);
    const onInput = (event: Event) => this.onEditorInput(event, field);
    const control =
      field.type === 'select'
        ? html`<select
            id=${id('editor')}
            class="editor cx-input"
            aria-labelledby=${id('label')}
            aria-invalid=${common.invalid}
            aria-describedby=${common.describedBy ?? nothing}
            aria-required=${field.required ? 'true' : 'false'}
            @keydown=${onKeydown}
            @change=${onInput}
          >
            ${field.required ? nothing : html`<option value="" ?selected=${current.draft === ''}>${this.text.strings.notSet}</option>`}
            ${field.options.map((option) => html`<option value=${option.value} ?selected=${option.value === current.draft}>${option.label}</option>`)}
          </select>`
        : html`<input
            id=${id('editor')}
            class="editor cx-input"
            type=${INPUT_TYPES[field.type]}
            inputmode=${field.type === 'number' ? 'decimal' : nothing}
            autocomplete="off"
            .value=${live(current.draft)}
            aria-labelledby=${id('label')}
            aria-invalid=${common.invalid}
            aria-describedby=${common.describedBy ?? nothing}
            aria-required=${field.required ? 'true' : 'false'}
            @keydown=${onKeydown}
            @input=${onInput}
          />`;
    return html`<div class="edit-line">
        ${control}
        <button
          type="button"
          class="cx-icon-button cx-icon-button--primary"
          aria-label=${`${messages.save}: ${label}`}
          @click=${() => this.commit(field)}
        >
          ${renderIcon(iconCheck)}
        </button>
        <button
          type="button"
          class="cx-icon-button"
          aria-label=${`${messages.cancel}: ${label}`}
          @click=${() => this.cancelEdit(field)}
        >
          ${renderIcon(iconClose)}
        </button>
      </div>
      ${
        current.error
          ? html`<p class="cx-field-error" id=${id('error')}>
              ${announce(`${label}: ${current.error}`, 'assertive')}${current.error}
            </p>`
          : nothing
      }`;
  }

  private renderFailure(
    field: CustomerField,
    current: Extract<FieldState, { mode: 'failed' }>,
    label: string,
  ): TemplateResult {
    const { messages } = this.localize;
    const id = (what: string) => this.idOf(field, what);
    const card = this.text.strings;
    // An answer that never came is not a refusal: say it is unknown, never "not saved".
    const heading = current.unknownOutcome ? card.notConfirmed(label) : card.notSaved(label, current.heading);
    const detail = current.unknownOutcome ? card.notConfirmedDetail : current.detail;
    return html`<div class="notice notice--error">
      ${announce([heading, detail].filter(Boolean).join(' '), 'assertive')}
      <p class="notice-heading">${heading}</p>
      ${detail ? html`<p>${detail}</p>` : nothing}
      <dl class="versions">
        <div>
          <dt>${card.yourValue}</dt>
          <dd class="yours">
            <bdi
              >${displayField(field, parseField(field, current.draft), this.localize.locale) || card.notSet}</bdi
            >
          </dd>
        </div>
      </dl>
      <p>${card.rolledBack}</p>
      <div class="notice-actions">
        <button
          type="button"
          class="cx-button cx-button--primary"
          id=${id('retry')}
          @click=${() => this.save(field, current.draft)}
        >
          ${messages.retry}
        </button>
        <button type="button" class="cx-button" @click=${() => this.startEdit(field, current.draft)}>
          ${messages.edit}
        </button>
      </div>
    </div>`;
  }

  private renderConflict(
    field: CustomerField,
    current: Extract<FieldState, { mode: 'conflict' }>,
    label: string,
  ): TemplateResult {
    const card = this.text.strings;
    const id = (what: string) => this.idOf(field, what);
    const show = (value: CustomerFieldValue) =>
      displayField(field, value, this.localize.locale) || card.notSet;
    return html`<div class="notice notice--conflict" role="group" aria-labelledby=${id('conflict')}>
      ${announce(card.conflictHeading(label), 'assertive')}
      <p class="notice-heading" id=${id('conflict')}>${card.conflictHeading(label)}</p>
      <dl class="versions">
        <div>
          <dt>${card.theirValue}</dt>
          <dd class="theirs"><bdi>${show(current.theirs)}</bdi></dd>
        </div>
        <div>
          <dt>${card.yourValue}</dt>
          <dd class="yours"><bdi>${show(parseField(field, current.draft))}</bdi></dd>
        </div>
      </dl>
      <div class="notice-actions">
        <button
          type="button"
          class="cx-button cx-button--primary"
          id=${id('keep-mine')}
          @click=${() => this.save(field, current.draft)}
        >
          ${card.keepMine}
        </button>
        <button type="button" class="cx-button" id=${id('use-theirs')} @click=${() => this.takeTheirs(field)}>
          ${card.useTheirs}
        </button>
      </div>
    </div>`;
  }

  private renderManualCopy(id: string): TemplateResult | typeof nothing {
    if (this.manualCopy?.id !== id) return nothing;
    const { close } = this.localize.messages;
    const card = this.text.strings;
    return html`<div class="manual-copy">
      <p id="manual-copy-hint">${card.copyManually}</p>
      <div class="edit-line">
        <input
          class="cx-input"
          readonly
          .value=${this.manualCopy.text}
          aria-describedby="manual-copy-hint"
          aria-label=${card.copyManually}
          @keydown=${(event: KeyboardEvent) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              void this.closeManualCopy();
            }
          }}
        />
        <button
          type="button"
          class="cx-icon-button"
          aria-label=${close}
          @click=${() => this.closeManualCopy()}
        >
          ${renderIcon(iconClose)}
        </button>
      </div>
    </div>`;
  }

  private renderRecentCases(customer: Customer): TemplateResult | typeof nothing {
    if (this.recentCases <= 0) return nothing;
    return html`<section class="recent" part="recent-cases" aria-labelledby="recent-heading">
      <div class="recent-heading" id="recent-heading" role="heading" aria-level=${this.headingLevel + 1}>
        ${this.text.strings.recentCases}
      </div>
      <cx-ticket-history
        compact
        .limit=${this.recentCases}
        customer-id=${customer.id}
        .theme=${this.theme}
      ></cx-ticket-history>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cx-customer-card': CxCustomerCard;
  }
}
