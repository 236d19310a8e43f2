import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { anchorTo } from '../../core/anchor.js';
import { CxElement } from '../../core/cx-element.js';
import { renderLiveRegions } from '../../core/interactions/announcer.js';
import { DialogController } from '../../core/interactions/dialog.js';
import { iconClose, renderIcon } from '../../core/icons.js';
import { renderLoading, stateStyles } from '../../core/states.js';
import { badgeStyles } from '../../core/badges.js';
import { caseFlyoutStyles } from './case-flyout.styles.js';
import type { CxCaseForm } from './case-form.js';
import { CxFlyoutCloseEvent, type CxFlyoutCloseReason } from './events.js';
import type { CaseFormConfirmingEvent, CaseFormFinishEvent, CaseFormHandOffEvent } from './form-events.js';
import { flyoutStrings } from './strings.js';

/** Defines `<cx-case-form>`, the form inside, with its editor beside it. */
const loadForm = () => import('./case-form.js');

/**
 * @tagname cx-case-flyout
 * @summary Quick-create a case without leaving the page: a flyout anchored to your "New case"
 * button (or a side sheet), with the customer, title, rich-text description, status, priority and
 * service reason, notes and attachments, and the customer's similar open cases to add to instead.
 * The draft (files included) is saved as the agent types and survives reloads; it is cleared only
 * once the server has the case.
 *
 * A modal dialog (the platform's `showModal()`): focus moves in and stays in; Escape closes it
 * (asking first when the case has not been saved); focus returns to the element that opened it.
 * The form and its editor load the first time a flyout opens.
 *
 * @event {CxCaseCreatedEvent} cx-case-created - The server created the case (the flyout then says so, with the case's number). `detail: { ticket }`
 * @event {CxTicketOpenEvent} cx-ticket-open - "Open case" after a save; cancelable: prevent it to open the case in your own UI (the flyout closes), else the flyout shows it. `detail: { ticket }`
 * @event {CxCaseUpdatedEvent} cx-case-updated - "Add to this case" put the draft on an existing case as notes. `detail: { ticket, notes }`
 * @event {CxCaseExpandEvent} cx-case-expand - "Open full form": the draft, files included. Cancelable: prevent it when you open your own full form with the draft, and the flyout closes. `detail: { draft }`
 * @event {CxFlyoutCloseEvent} cx-flyout-close - The flyout closed. `detail: { reason: 'created' | 'updated' | 'cancelled' | 'expanded' }`
 * @event {CxErrorEvent} cx-error - Saving failed (the flyout shows it and keeps the draft). `detail: { error, message }`
 * @event {CxAuthRequiredEvent} cx-auth-required - The API refused the credentials even after a token refresh; the draft is kept. `detail: { error }`
 *
 * @csspart dialog - The flyout or sheet.
 * @csspart header - Title and close button.
 * @csspart body - The form.
 * @csspart footer - The save buttons.
 */
export class CxCaseFlyout extends CxElement {
  static override styles = [CxElement.styles, stateStyles, badgeStyles, caseFlyoutStyles];

  /** Whether the flyout is shown. Set it, or call `show()` and `hide()`. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** The flyout's own words (see strings.ts), loaded with the shared ones. */
  private readonly text = this.localize.use(flyoutStrings);

  /** What the flyout is anchored to: an element, or the id of one in the same document or shadow root. */
  @property() anchor?: string | Element;

  /** `popover` (anchored to `anchor`, or centred without one) or `sheet` (a side panel). */
  @property({ reflect: true }) mode: 'popover' | 'sheet' = 'popover';

  /**
   * Leaves the page usable while the flyout is open (Dynamics' quick create does): the agent can copy
   * from the conversation behind it. Tab leaves the flyout and comes back; the trigger (or `show()`)
   * moves focus back into it; Escape inside closes it, asking first when there is unsaved work.
   */
  @property({ type: Boolean, reflect: true, attribute: 'non-modal' }) nonModal = false;

  /** Prefill: the customer the case is for. Also part of the draft's identity. */
  @property({ attribute: 'customer-id' }) customerId?: string;

  /** Prefill: the case title. */
  @property() subject?: string;

  /** Prefill: the description, as HTML (sanitized). */
  @property() description?: string;

  /** Prefill: the status (default `new`). */
  @property() status?: string;

  /** Prefill: the priority (default `normal`). */
  @property() priority?: string;

  /** Largest file accepted, in bytes (default 25 MB). Larger ones are refused with a message. */
  @property({ attribute: 'max-file-size', type: Number }) maxFileSize = 25_000_000;

  /** Most files per case, and per note (default 10). */
  @property({ attribute: 'max-files', type: Number }) maxFiles = 10;

  /** File types accepted, as for `<input accept>`: `.pdf,image/*,application/zip`. Empty: any. */
  @property() accept = '';

  /**
   * The case the flyout is opened from (the one the agent is working on): never offered as a
   * possible duplicate of the new one.
   */
  @property({ attribute: 'exclude-ticket-id' }) excludeTicketId?: string;

  /** Tells drafts apart when one customer can have several flyouts (e.g. one per conversation). */
  @property({ attribute: 'draft-key' }) draftKey?: string;

  /** The form's module is loaded (the first time the flyout opens). */
  @state() private formLoaded = false;
  /** The form asks before closing: the header is inert meanwhile. */
  @state() private confirming = false;

  @query('dialog') private dialog?: HTMLDialogElement;
  @query('cx-case-form') private form?: CxCaseForm;

  private readonly dialogBehaviour = new DialogController(this, {
    dialog: () => this.dialog,
    fallbackReturn: () => this.anchorElement(),
  });
  private stopAutoUpdate?: () => void;
  private closeReason: CxFlyoutCloseReason = 'cancelled';

  /** Opens the flyout; resolves once it is on screen. Already open (non-modal), it takes focus back. */
  async show(): Promise<void> {
    if (this.open && this.dialog?.open) {
      this.dialogBehaviour.refocus();
      return;
    }
    this.open = true;
    await this.updateComplete;
  }

  /** Closes the flyout without asking (the draft is kept). */
  async hide(): Promise<void> {
    this.open = false;
    await this.updateComplete;
  }

  private finish(reason: CxFlyoutCloseReason): void {
    this.closeReason = reason;
    this.open = false;
  }

  /** @internal */
  get announcedName(): string {
    return this.text.strings.title;
  }

  /** The flyout has rendered once its form has (Lit's way for an element made of elements). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    return (await this.form?.updateComplete) ?? done;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    if (this.open) void this.opened();
    else if (changed.get('open')) this.closed();
  }

  private async opened(): Promise<void> {
    if (!this.dialog || this.dialog.open) return;
    this.closeReason = 'cancelled';
    this.dialogBehaviour.open({ modal: !this.nonModal });
    void this.position();
    if (!this.formLoaded) {
      await loadForm();
      this.formLoaded = true;
      await this.updateComplete;
    }
    const form = this.form;
    if (!form || !this.open) return;
    await form.updateComplete; // its strings, so it shows in the flyout's language
    await form.opened();
  }

  private closed(): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
    this.dialogBehaviour.close();
    this.form?.closed();
    this.emit(new CxFlyoutCloseEvent(this.closeReason));
  }

  private anchorElement(): HTMLElement | null {
    if (this.anchor instanceof HTMLElement) return this.anchor;
    if (typeof this.anchor !== 'string' || !this.anchor) return null;
    const root = this.getRootNode() as Document | ShadowRoot;
    return root.getElementById?.(this.anchor) ?? document.getElementById(this.anchor);
  }

  /** Anchors the popover with Floating UI (flip, shift, size), so it stays on screen at any width. */
  private async position(): Promise<void> {
    const anchor = this.anchorElement();
    const dialog = this.dialog;
    if (this.mode !== 'popover' || !anchor || !dialog) {
      dialog?.classList.remove('anchored');
      return;
    }
    dialog.classList.add('anchored');
    this.stopAutoUpdate?.();
    const stop = await anchorTo(anchor, dialog, {
      placement: 'bottom-start',
      offset: 8,
      minBlockSize: 240,
      fitInline: true,
    });
    if (this.open) this.stopAutoUpdate = stop;
    else stop();
  }

  /** Escape asks first when there is unsaved work. */
  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      // The browser would close the dialog at once; the form may want to ask first.
      event.preventDefault();
      this.requestClose();
    }
  }

  /** Closes, or asks first if the case has unsaved work (the close button and Escape). */
  requestClose(): void {
    if (this.form?.confirmClose()) return;
    this.finish(this.form?.closeReason ?? 'cancelled');
  }

  /** The file limits, the same object while they stay the same (the form re-renders when they change). */
  private limitsValue?: FormHandlers['limits'];
  private get limits(): FormHandlers['limits'] {
    const { maxFileSize, maxFiles, accept } = this;
    const last = this.limitsValue;
    if (last?.maxFileSize !== maxFileSize || last.maxFiles !== maxFiles || last.accept !== accept)
      this.limitsValue = { maxFileSize, maxFiles, accept };
    return this.limitsValue!;
  }

  private readonly formHandlers = {
    finish: (event: CaseFormFinishEvent) => this.finish(event.reason),
    confirming: (event: CaseFormConfirmingEvent) => (this.confirming = event.confirming),
    handOff: (event: CaseFormHandOffEvent) => this.focusKeeper.handOffTo(event.successor),
  };

  private renderForm(): TemplateResult {
    return formTemplate(this, { ...this.formHandlers, limits: this.limits });
  }

  protected override render(): TemplateResult {
    const { messages } = this.localize;
    return html`<dialog
      part="dialog"
      class="${this.mode} ${this.nonModal ? 'non-modal' : ''}"
      aria-labelledby="flyout-title"
      @keydown=${this.onKeydown}
      @cancel=${(event: Event) => {
        event.preventDefault();
        this.requestClose();
      }}
    >
      <header class="flyout-header" part="header" ?inert=${this.confirming}>
        <h2 id="flyout-title">${this.text.strings.title}</h2>
        <button
          type="button"
          class="cx-icon-button"
          aria-label=${messages.close}
          @click=${() => this.requestClose()}
        >
          ${renderIcon(iconClose)}
        </button>
      </header>
      ${this.formLoaded ? this.renderForm() : this.open ? renderLoading(this.text.strings.loadingForm, 3) : nothing}
      ${renderLiveRegions()}
    </dialog>`;
  }
}

// The form renders into this shadow root (it has none of its own): these styles, ids and the
// focus keeper cover it. It asks for what it needs through its own events, never the flyout's class.
function formTemplate(flyout: CxCaseFlyout, handlers: FormHandlers): TemplateResult {
  return html`<cx-case-form
    .customerId=${flyout.customerId}
    .subject=${flyout.subject}
    .description=${flyout.description}
    .status=${flyout.status}
    .priority=${flyout.priority}
    .draftKey=${flyout.draftKey}
    .excludeTicketId=${flyout.excludeTicketId}
    .limits=${handlers.limits}
    .theme=${flyout.theme}
    @case-form-finish=${handlers.finish}
    @case-form-confirming=${handlers.confirming}
    @case-form-hand-off=${handlers.handOff}
  ></cx-case-form>`;
}

interface FormHandlers {
  limits: { maxFileSize: number; maxFiles: number; accept: string };
  finish(event: CaseFormFinishEvent): void;
  confirming(event: CaseFormConfirmingEvent): void;
  handOff(event: CaseFormHandOffEvent): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'cx-case-flyout': CxCaseFlyout;
  }
}
