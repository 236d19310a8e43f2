import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { CxApiError } from '../../api/errors.js';
import { QueryController } from '../../api/query-controller.js';
import type { Customer, Lookups, Page, TicketCreate, Versioned } from '../../api/types.js';
import { priorityLabel, statusLabel } from '../../core/badges.js';
import { CxErrorEvent } from '../../core/events.js';
import {
  iconAlert,
  iconBold,
  iconBulletList,
  iconItalic,
  iconLink,
  iconNumberedList,
  iconUnderline,
  priorityIcon,
  renderIcon,
  statusIcon,
} from '../../core/icons.js';
import { sanitizeHtmlToString } from '../../core/sanitize.js';
import { describeError } from '../../core/states.js';
import { PRIORITIES, TICKET_STATUSES } from '../../core/vocabulary.js';
import type { CxCaseFlyout } from './case-flyout.js';
import { deleteDraft, draftId, loadDraft, saveDraft, type CaseDraft } from './drafts.js';
import { CxCaseCreatedEvent, CxCaseExpandEvent } from './events.js';
import type { RichText, RichTextMark } from './rich-text.js';

// The flyout's form, loaded the first time a flyout opens (with the editor beside it), so pages
// that never open one do not pay for it. It owns the draft: what the agent typed, saved to
// IndexedDB as they type, sent once (one Idempotency-Key per draft), cleared once the server has it.

const SEARCH_DEBOUNCE_MS = 250;
const DRAFT_SAVE_DEBOUNCE_MS = 400;

type FieldName = 'customerId' | 'subject' | 'description' | 'status' | 'priority' | 'reasonId';
/** Where each field's input is, for focusing the first invalid one. */
const FIELD_TARGET: Record<FieldName, string> = {
  customerId: '#customer-input',
  subject: '#subject-input',
  description: '.rich-text',
  status: 'input[name="status"]:checked, input[name="status"]',
  priority: 'input[name="priority"]:checked, input[name="priority"]',
  reasonId: '#reason-select',
};
const FIELD_ORDER: FieldName[] = ['customerId', 'subject', 'description', 'status', 'priority', 'reasonId'];

const newKey = () => crypto.randomUUID();

export class CaseForm implements ReactiveController {
  private draft: CaseDraft;
  /** The draft as it was when the form opened or was last saved: "unsaved" means different. */
  private baseline = '';
  private restored = false;
  private errors: Partial<Record<FieldName, string>> = {};
  private submitting = false;
  private submitError?: { heading: string; detail?: string; resolve: boolean };
  private confirming = false;
  private loaded = false;

  // customer combobox
  private customerText = '';
  private searchText = '';
  private listOpen = false;
  private activeOption = -1;
  private searchTimer?: ReturnType<typeof setTimeout>;

  private editor?: RichText;
  private editorLoading?: Promise<void>;
  private linkEditing = false;
  private linkError = '';
  private saveTimer?: ReturnType<typeof setTimeout>;

  private readonly search: QueryController<Page<Customer>>;
  private readonly lookups: QueryController<Lookups>;
  private readonly prefilledCustomer: QueryController<Versioned<Customer>>;

  constructor(private readonly host: CxCaseFlyout) {
    host.addController(this);
    this.draft = this.prefilled();
    this.search = new QueryController(host, (client) =>
      this.searchText ? client.customerSearch(this.searchText, 8) : undefined,
    );
    this.lookups = new QueryController(host, (client) => client.lookups());
    // The prefilled customer's name, for the combobox (a restored draft carries its own).
    this.prefilledCustomer = new QueryController(host, (client) =>
      this.draft.customerId && !this.draft.customerName ? client.customer(this.draft.customerId) : undefined,
    );
  }

  private get id(): string {
    return draftId(this.host.customerId, this.host.draftKey);
  }

  private prefilled(): CaseDraft {
    const host = this.host;
    return {
      customerId: host.customerId ?? '',
      customerName: '',
      subject: host.subject ?? '',
      description: host.description ? sanitizeHtmlToString(host.description) : '',
      status:
        host.status && (TICKET_STATUSES as readonly string[]).includes(host.status) ? host.status : 'new',
      priority:
        host.priority && (PRIORITIES as readonly string[]).includes(host.priority) ? host.priority : 'normal',
      reasonId: '',
      idempotencyKey: newKey(),
      updatedAt: new Date().toISOString(),
    };
  }

  private snapshot(draft = this.draft): string {
    const { updatedAt: _updatedAt, idempotencyKey: _key, customerName: _name, ...fields } = draft;
    return JSON.stringify(fields);
  }

  /** True when the form holds work the server does not have. */
  get dirty(): boolean {
    return this.snapshot() !== this.baseline;
  }

  // ---- lifecycle ----

  /** Leaving the page: the draft is written now, and the editor lets go of the document. */
  hostDisconnected(): void {
    clearTimeout(this.searchTimer);
    void this.flushDraft();
    this.editor?.destroy();
    this.editor = undefined;
    this.editorLoading = undefined;
  }

  /** Before each render: a prefilled customer's name arrives after the form opens. */
  hostUpdate(): void {
    const customer = this.prefilledCustomer.data?.data;
    if (customer && !this.draft.customerName && this.draft.customerId === customer.id) {
      this.draft = { ...this.draft, customerName: customer.name };
      this.customerText = customer.name;
    }
  }

  async opened(): Promise<void> {
    if (!this.loaded) {
      this.loaded = true;
      const saved = await loadDraft(this.id);
      if (saved) {
        this.draft = saved;
        this.restored = true;
      }
      this.baseline = this.snapshot(this.prefilled());
      this.customerText = this.draft.customerName;
    }
    this.confirming = false;
    this.host.requestUpdate();
    await this.host.updateComplete;
    await this.mountEditor();
    this.focusFirstField();
  }

  closed(): void {
    this.confirming = false;
    this.listOpen = false;
    void this.flushDraft();
  }

  /** Called on Escape or the close button: true when the form shows a question instead. */
  confirmClose(): boolean {
    if (this.confirming || !this.dirty || this.submitting) return false;
    this.confirming = true;
    this.update().then(() => this.query<HTMLElement>('.confirm button')?.focus());
    return true;
  }

  private focusFirstField(): void {
    const target = this.draft.customerId ? '#subject-input' : '#customer-input';
    this.query<HTMLElement>(target)?.focus();
  }

  private async mountEditor(): Promise<void> {
    if (this.editor) return;
    this.editorLoading ??= import('./rich-text.js').then(({ RichText }) => {
      const element = this.query<HTMLElement>('.editor-mount');
      if (!element) return;
      this.editor = new RichText({
        element,
        content: this.draft.description,
        label: this.host.messages.flyout.description,
        labelledBy: 'description-label',
        onUpdate: (html, isEmpty) => this.change({ description: isEmpty ? '' : html }),
        onSelectionChange: () => this.host.requestUpdate(),
      });
      this.host.requestUpdate();
    });
    await this.editorLoading;
  }

  // ---- the draft ----

  private change(patch: Partial<CaseDraft>): void {
    this.draft = { ...this.draft, ...patch, updatedAt: new Date().toISOString() };
    for (const key of Object.keys(patch)) delete this.errors[key as FieldName];
    this.confirming = false;
    this.host.requestUpdate();
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.flushDraft(), DRAFT_SAVE_DEBOUNCE_MS);
  }

  /** Writes the draft now (on close, and after the debounce while typing). */
  private async flushDraft(): Promise<void> {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (this.dirty) await saveDraft(this.id, this.draft);
  }

  private async discardDraft(): Promise<void> {
    clearTimeout(this.saveTimer);
    await deleteDraft(this.id);
    this.reset();
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.focusFirstField();
  }

  private reset(): void {
    this.draft = this.prefilled();
    this.baseline = this.snapshot();
    this.restored = false;
    this.errors = {};
    this.submitError = undefined;
    this.confirming = false;
    this.customerText = '';
    this.searchText = '';
    this.editor?.setContent(this.draft.description);
  }

  // ---- submitting ----

  private validate(): boolean {
    const { flyout } = this.host.messages;
    const errors: Partial<Record<FieldName, string>> = {};
    if (!this.draft.customerId) errors.customerId = flyout.required(flyout.customer);
    if (!this.draft.subject.trim()) errors.subject = flyout.required(flyout.subject);
    this.errors = errors;
    return Object.keys(errors).length === 0;
  }

  private async submit(resolve: boolean): Promise<void> {
    // One request at a time, however often the button is pressed.
    if (this.submitting) return;
    const client = this.host.client;
    if (!client) return;
    if (!this.validate()) {
      await this.update();
      this.focusFirstInvalid();
      return;
    }
    this.submitting = true;
    this.submitError = undefined;
    this.host.requestUpdate();
    const draft = this.draft;
    const body: TicketCreate = {
      customerId: draft.customerId,
      subject: draft.subject.trim(),
      description: sanitizeHtmlToString(draft.description),
      status: (resolve ? 'resolved' : draft.status) as TicketCreate['status'],
      priority: draft.priority as TicketCreate['priority'],
      reasonId: draft.reasonId || null,
      attachmentIds: [],
      notes: [],
    };
    try {
      const ticket = await client.createTicket(body, { idempotencyKey: draft.idempotencyKey });
      clearTimeout(this.saveTimer);
      await deleteDraft(this.id);
      this.submitting = false;
      this.reset();
      this.host.dispatch(new CxCaseCreatedEvent(ticket));
      this.announce(this.host.messages.flyout.created(ticket.number));
      this.host.finish('created');
    } catch (error) {
      this.submitting = false;
      this.host.dispatch(new CxErrorEvent(error));
      const fieldErrors = error instanceof CxApiError ? error.fieldErrors : [];
      const mapped = fieldErrors.filter((item) => (FIELD_ORDER as string[]).includes(item.field));
      if (mapped.length) {
        this.errors = Object.fromEntries(mapped.map((item) => [item.field, item.message]));
      } else {
        const { heading, detail } = describeError(error, this.host.messages);
        this.submitError = { heading, detail, resolve };
      }
      await this.update();
      if (mapped.length) this.focusFirstInvalid();
      else this.query<HTMLElement>('.submit-error button')?.focus();
    }
  }

  private focusFirstInvalid(): void {
    const first = FIELD_ORDER.find((name) => this.errors[name]);
    if (first) this.query<HTMLElement>(FIELD_TARGET[first])?.focus();
  }

  private expand(): void {
    void this.flushDraft();
    const taken = !this.host.dispatch(new CxCaseExpandEvent({ ...this.draft }));
    if (taken) this.host.finish('expanded');
  }

  // ---- customer combobox ----

  private get options(): Customer[] {
    return this.searchText ? (this.search.data?.items ?? []) : [];
  }

  private onCustomerInput(event: InputEvent): void {
    this.customerText = (event.target as HTMLInputElement).value;
    // Typing over a chosen customer un-chooses it: the case must name who it is for.
    if (this.draft.customerId) this.change({ customerId: '', customerName: '' });
    this.listOpen = true;
    this.activeOption = -1;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => {
      this.searchText = this.customerText.trim();
      this.host.requestUpdate();
    }, SEARCH_DEBOUNCE_MS);
    this.host.requestUpdate();
  }

  private onCustomerKeydown(event: KeyboardEvent): void {
    const options = this.options;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        this.listOpen = true;
        if (options.length) {
          const step = event.key === 'ArrowDown' ? 1 : -1;
          this.activeOption = (this.activeOption + step + options.length) % options.length;
        }
        this.host.requestUpdate();
        return;
      }
      case 'Enter':
        if (this.listOpen && options[this.activeOption]) {
          event.preventDefault();
          this.choose(options[this.activeOption]!);
        }
        return;
      case 'Escape':
        if (this.listOpen) {
          // Closes the list, not the flyout.
          event.preventDefault();
          event.stopPropagation();
          this.listOpen = false;
          this.host.requestUpdate();
        }
        return;
    }
  }

  private choose(customer: Customer): void {
    clearTimeout(this.searchTimer);
    this.customerText = customer.name;
    this.listOpen = false;
    this.activeOption = -1;
    this.change({ customerId: customer.id, customerName: customer.name });
  }

  // ---- editor toolbar ----

  private async applyLink(): Promise<void> {
    const input = this.query<HTMLInputElement>('#link-input');
    const url = input?.value ?? '';
    if (!url.trim()) {
      this.editor?.removeLink();
    } else if (!this.editor?.setLink(url)) {
      this.linkError = this.host.messages.flyout.linkInvalid;
      await this.update();
      input?.focus();
      return;
    }
    this.linkEditing = false;
    this.linkError = '';
    this.host.requestUpdate();
  }

  // ---- helpers ----

  private query<T extends Element>(selector: string): T | null {
    return this.host.shadowRoot!.querySelector<T>(selector);
  }

  private async update(): Promise<void> {
    this.host.requestUpdate();
    await this.host.updateComplete;
  }

  private announce(text: string): void {
    const region = this.query('.flyout-live');
    if (region) region.textContent = text;
  }

  // ---- rendering ----

  render(): TemplateResult {
    const { messages } = this.host;
    const { flyout } = messages;
    return html`<form
        class="flyout-body"
        part="body"
        novalidate
        @submit=${(event: Event) => {
          event.preventDefault();
          void this.submit(false);
        }}
      >
        ${
          this.restored
            ? html`<div class="banner" role="status">
                <span>${flyout.draftRestored}</span>
                <button type="button" class="cx-link-button" @click=${() => this.discardDraft()}>
                  ${flyout.discardDraft}
                </button>
              </div>`
            : nothing
        }
        ${this.renderCustomer()} ${this.renderSubject()} ${this.renderDescription()}
        ${this.renderChoices('status', flyout.status, TICKET_STATUSES, (value) => statusLabel(value, messages), statusIcon)}
        ${this.renderChoices('priority', flyout.priority, PRIORITIES, (value) => priorityLabel(value, messages), priorityIcon)}
        ${this.renderReason()}
      </form>
      ${this.renderFooter()}`;
  }

  private fieldError(name: FieldName): TemplateResult | typeof nothing {
    const message = this.errors[name];
    return message ? html`<p class="cx-field-error" id=${`${name}-error`}>${message}</p>` : nothing;
  }

  private describedBy(name: FieldName): string | typeof nothing {
    return this.errors[name] ? `${name}-error` : nothing;
  }

  private renderCustomer(): TemplateResult {
    const { flyout } = this.host.messages;
    const options = this.options;
    const searching = Boolean(this.searchText) && this.search.isLoading;
    const expanded = this.listOpen && Boolean(this.searchText);
    const status = !this.searchText
      ? ''
      : searching
        ? flyout.searching
        : options.length
          ? flyout.resultCount(options.length)
          : flyout.noResults;
    return html`<div class="field combobox">
      <label for="customer-input" id="customer-label"
        >${flyout.customer} <span aria-hidden="true">*</span></label
      >
      <input
        id="customer-input"
        class="cx-input"
        type="text"
        role="combobox"
        aria-labelledby="customer-label"
        autocomplete="off"
        aria-autocomplete="list"
        aria-required="true"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls="customer-listbox"
        aria-activedescendant=${expanded && options[this.activeOption] ? `customer-option-${this.activeOption}` : nothing}
        aria-invalid=${this.errors.customerId ? 'true' : 'false'}
        aria-describedby=${this.describedBy('customerId')}
        placeholder=${flyout.customerPlaceholder}
        .value=${live(this.customerText)}
        @input=${(event: InputEvent) => this.onCustomerInput(event)}
        @keydown=${(event: KeyboardEvent) => this.onCustomerKeydown(event)}
        @blur=${() => {
          // Clicking an option blurs the input first; give the click its turn.
          setTimeout(() => {
            this.listOpen = false;
            this.host.requestUpdate();
          }, 150);
        }}
      />
      <ul
        id="customer-listbox"
        role="listbox"
        aria-label=${flyout.customer}
        class="options"
        ?hidden=${!expanded}
      >
        ${options.map(
          (customer, index) =>
            // Options are chosen from the keyboard on the input (aria-activedescendant); the click is for pointers.
            // eslint-disable-next-line lit-a11y/click-events-have-key-events
            html`<li
              id=${`customer-option-${index}`}
              role="option"
              aria-selected=${index === this.activeOption ? 'true' : 'false'}
              class=${index === this.activeOption ? 'active' : ''}
              @mousedown=${(event: Event) => event.preventDefault()}
              @click=${() => this.choose(customer)}
            >
              <span class="option-name"><bdi>${customer.name}</bdi></span>
              ${customer.email ? html`<span class="option-detail"><bdi>${customer.email}</bdi></span>` : nothing}
            </li>`,
        )}
        ${expanded && !searching && !options.length ? html`<li class="no-results" aria-disabled="true">${flyout.noResults}</li>` : nothing}
      </ul>
      <span class="cx-visually-hidden" role="status" aria-live="polite">${expanded ? status : ''}</span>
      ${this.fieldError('customerId')}
    </div>`;
  }

  private renderSubject(): TemplateResult {
    const { flyout } = this.host.messages;
    return html`<div class="field">
      <label for="subject-input">${flyout.subject} <span aria-hidden="true">*</span></label>
      <input
        id="subject-input"
        class="cx-input"
        type="text"
        aria-required="true"
        aria-invalid=${this.errors.subject ? 'true' : 'false'}
        aria-describedby=${this.describedBy('subject')}
        .value=${live(this.draft.subject)}
        @input=${(event: InputEvent) => this.change({ subject: (event.target as HTMLInputElement).value })}
      />
      ${this.fieldError('subject')}
    </div>`;
  }

  private renderDescription(): TemplateResult {
    const { flyout } = this.host.messages;
    const editor = this.editor;
    const tool = (mark: Exclude<RichTextMark, 'link'>, label: string, text: TemplateResult) =>
      html`<button
        type="button"
        class="tool"
        aria-label=${label}
        title=${label}
        aria-pressed=${editor?.isActive(mark) ? 'true' : 'false'}
        ?disabled=${!editor}
        @mousedown=${(event: Event) => event.preventDefault()}
        @click=${() => editor?.toggle(mark)}
      >
        ${text}
      </button>`;
    return html`<div class="field">
      <span class="label" id="description-label">${flyout.description}</span>
      <div class="editor ${this.errors.description ? 'invalid' : ''}">
        <div
          class="toolbar"
          role="toolbar"
          aria-label=${flyout.formatting}
          aria-controls="description-editor"
        >
          ${tool('bold', flyout.bold, renderIcon(iconBold))}
          ${tool('italic', flyout.italic, renderIcon(iconItalic))}
          ${tool('underline', flyout.underline, renderIcon(iconUnderline))}
          ${tool('bulletList', flyout.bulletList, renderIcon(iconBulletList))}
          ${tool('orderedList', flyout.numberedList, renderIcon(iconNumberedList))}
          <button
            type="button"
            class="tool"
            aria-label=${flyout.link}
            title=${flyout.link}
            aria-pressed=${editor?.isActive('link') ? 'true' : 'false'}
            aria-expanded=${this.linkEditing ? 'true' : 'false'}
            ?disabled=${!editor}
            @mousedown=${(event: Event) => event.preventDefault()}
            @click=${async () => {
              this.linkEditing = !this.linkEditing;
              this.linkError = '';
              await this.update();
              this.query<HTMLInputElement>('#link-input')?.focus();
            }}
          >
            ${renderIcon(iconLink)}
          </button>
        </div>
        ${
          this.linkEditing
            ? html`<div class="link-row">
                <label for="link-input" class="cx-visually-hidden">${flyout.linkAddress}</label>
                <input
                  id="link-input"
                  class="cx-input"
                  type="url"
                  placeholder="https://"
                  .value=${editor?.linkHref ?? ''}
                  aria-invalid=${this.linkError ? 'true' : 'false'}
                  aria-describedby=${this.linkError ? 'link-error' : nothing}
                  @keydown=${(event: KeyboardEvent) => {
                    if (event.key === 'Enter') {
                      event.preventDefault();
                      void this.applyLink();
                    } else if (event.key === 'Escape') {
                      event.preventDefault();
                      event.stopPropagation();
                      this.linkEditing = false;
                      this.host.requestUpdate();
                      editor?.focus();
                    }
                  }}
                />
                <button type="button" class="cx-button" @click=${() => this.applyLink()}>
                  ${flyout.applyLink}
                </button>
                ${
                  editor?.isActive('link')
                    ? html`<button
                        type="button"
                        class="cx-button"
                        @click=${() => {
                          editor.removeLink();
                          this.linkEditing = false;
                          this.host.requestUpdate();
                        }}
                      >
                        ${flyout.removeLink}
                      </button>`
                    : nothing
                }
                ${this.linkError ? html`<p class="cx-field-error" id="link-error">${this.linkError}</p>` : nothing}
              </div>`
            : nothing
        }
        <div
          class="editor-mount"
          id="description-editor"
          aria-describedby=${this.describedBy('description')}
        ></div>
      </div>
      ${this.fieldError('description')}
    </div>`;
  }

  private renderChoices(
    name: 'status' | 'priority',
    legend: string,
    values: readonly string[],
    label: (value: string) => string,
    icon: (value: string) => ReturnType<typeof statusIcon>,
  ): TemplateResult {
    const current = this.draft[name];
    return html`<fieldset class="field choices" aria-describedby=${this.describedBy(name)}>
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
                @change=${() => this.change({ [name]: value })}
              />
              ${renderIcon(icon(value))}<span>${label(value)}</span>
            </label>`,
        )}
      </div>
      ${this.fieldError(name)}
    </fieldset>`;
  }

  private renderReason(): TemplateResult {
    const { flyout } = this.host.messages;
    const reasons = this.lookups.data?.reasons ?? [];
    return html`<div class="field">
      <label for="reason-select">${flyout.reason}</label>
      <select
        id="reason-select"
        aria-invalid=${this.errors.reasonId ? 'true' : 'false'}
        aria-describedby=${this.describedBy('reasonId')}
        @change=${(event: Event) => this.change({ reasonId: (event.target as HTMLSelectElement).value })}
      >
        <option value="" ?selected=${!this.draft.reasonId}>${flyout.noReason}</option>
        ${reasons.map(
          (reason) =>
            html`<option value=${reason.id} ?selected=${reason.id === this.draft.reasonId}>
              ${reason.label}
            </option>`,
        )}
      </select>
      ${this.fieldError('reasonId')}
    </div>`;
  }

  private renderFooter(): TemplateResult {
    const { messages } = this.host;
    const { flyout } = messages;
    if (this.confirming) {
      return html`<div
        class="confirm footer"
        part="footer"
        role="alertdialog"
        aria-labelledby="confirm-heading"
        aria-describedby="confirm-detail"
      >
        <p id="confirm-heading" class="confirm-heading">${flyout.confirmCloseHeading}</p>
        <p id="confirm-detail">${flyout.confirmCloseDetail}</p>
        <div class="actions">
          <button
            type="button"
            class="cx-button cx-button--primary"
            @click=${() => {
              this.confirming = false;
              this.host.requestUpdate();
              this.focusFirstField();
            }}
          >
            ${flyout.keepEditing}
          </button>
          <button type="button" class="cx-button" @click=${() => this.host.finish('cancelled')}>
            ${flyout.closeForm}
          </button>
          <button
            type="button"
            class="cx-button"
            @click=${async () => {
              await this.discardDraft();
              this.host.finish('cancelled');
            }}
          >
            ${flyout.discardDraft}
          </button>
        </div>
      </div>`;
    }
    return html`<div class="footer" part="footer">
      ${
        this.submitError
          ? html`<div class="submit-error" role="alert">
              ${renderIcon(iconAlert)}
              <div>
                <p class="submit-error-heading">${flyout.notSaved} ${this.submitError.heading}</p>
                ${this.submitError.detail ? html`<p>${this.submitError.detail}</p>` : nothing}
              </div>
              <button
                type="button"
                class="cx-button"
                @click=${() => this.submit(this.submitError?.resolve ?? false)}
              >
                ${messages.retry}
              </button>
            </div>`
          : nothing
      }
      <div class="actions">
        <button type="button" class="cx-link-button expand" @click=${() => this.expand()}>
          ${flyout.openFullForm}
        </button>
        <span class="spacer"></span>
        ${this.submitting ? html`<span class="submitting" role="status"><span class="cx-spinner" aria-hidden="true"></span>${flyout.submitting}</span>` : nothing}
        <button
          type="button"
          class="cx-button"
          aria-disabled=${this.submitting ? 'true' : 'false'}
          @click=${() => this.submit(true)}
        >
          ${flyout.saveAndResolve}
        </button>
        <button
          type="button"
          class="cx-button cx-button--primary save"
          aria-disabled=${this.submitting ? 'true' : 'false'}
          @click=${() => this.submit(false)}
        >
          ${flyout.save}
        </button>
      </div>
    </div>`;
  }
}
