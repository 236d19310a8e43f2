// Over 400 lines, knowingly: this is where the form's parts meet. Each part (customer-lookup,
// case-submission, duplicates, notes, uploads, form-editors, form-tabs, saved-case) declares the
// host it needs, and this element is that host for all of them, so their getters and the draft's
// state live here; what each part does lives in its own file.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MutationController } from '../../api/mutation-controller.js';
import { QueryController } from '../../api/query-controller.js';
import type { Attachment, Lookups } from '../../api/types.js';
import { CxElement } from '../../core/cx-element.js';
import { defineElement } from '../../core/define.js';
import type { Politeness } from '../../core/interactions/announcer.js';
import type { Successor } from '../../core/interactions/focus-keeper.js';
import type { Messages } from '../../core/localize/messages.js';
import { renderLoading, type ErrorWording } from '../../core/states.js';
import { CaseSubmission, type SavedCase, type SubmissionHost } from './case-submission.js';
import { CustomerLookup, type CustomerLookupHost } from './customer-lookup.js';
import { DraftKeeper, forgetDraft, loadNewestDraft } from './draft-keeper.js';
import {
  draftFiles,
  draftId,
  draftSnapshot,
  mapDraftFiles,
  prefilledDraft,
  type CaseDraft,
  type DraftFile,
} from './drafts.js';
import { DuplicateCases } from './duplicates.js';
import { EditorToolbar } from './editor-toolbar.js';
import { FormEditors } from './form-editors.js';
import {
  CxCaseExpandEvent,
  CxCaseCreatedEvent,
  CxCaseUpdatedEvent,
  type CxFlyoutCloseReason,
} from './events.js';
import {
  FIELD_ORDER,
  FIELD_TARGET,
  renderRestoredBanner,
  renderStatusAndPriority,
  renderDescription,
  renderReason,
  renderSubject,
  type FieldContext,
  type FieldErrors,
} from './form-fields.js';
import { CaseFormConfirmingEvent, CaseFormFinishEvent, CaseFormHandOffEvent } from './form-events.js';
import { caseFormMessages } from './form-messages.js';
import { FormTabs, renderCloseQuestion, type FormTab } from './form-tabs.js';
import { CaseNotes, type NotesHost } from './notes.js';
import type { RichText } from './rich-text.js';
import { SavedCaseView, type SavedCaseHost } from './saved-case.js';
import { flyoutStrings } from './strings.js';
import { Uploads, type FileLimits, type FileListName, type UploadsHost } from './uploads.js';

/**
 * The flyout's form. `<cx-case-flyout>` loads and defines it the first time it opens (with the
 * editor), so pages that never open one do not pay for it, and renders it in its dialog; it is not
 * for pages to use alone. It has no shadow root of its own: it renders into the flyout's, so the
 * flyout's styles, ids and focus keeping cover it. It owns the draft: what the agent typed, saved
 * to IndexedDB as they type (see draft-keeper.ts), sent once (see case-submission.ts), cleared once
 * the server has it. Its parts: customer-lookup, form-fields, duplicates, notes, uploads, saved-case.
 * @internal
 */
export class CxCaseForm
  extends CxElement
  implements UploadsHost, NotesHost, SubmissionHost, CustomerLookupHost, SavedCaseHost
{
  // The flyout's prefill and limits, passed down as it renders.
  @property({ attribute: false }) customerId?: string;
  @property({ attribute: false }) subject?: string;
  @property({ attribute: false }) description?: string;
  @property({ attribute: false }) status?: string;
  @property({ attribute: false }) priority?: string;
  @property({ attribute: false }) draftKey?: string;
  @property({ attribute: false }) excludeTicketId?: string;
  @property({ attribute: false }) limits: FileLimits = { maxFileSize: 25_000_000, maxFiles: 10, accept: '' };

  /** What the agent has entered; replaced (never mutated) on each change. */
  @state() draft: CaseDraft = this.prefilled();
  @state() errors: FieldErrors = {};
  /** The close question shows (the rest of the flyout is inert meanwhile). */
  @state() confirming = false;
  /** Set once the stored draft (if any) is in place: until then a skeleton, and nothing is written. */
  @state() private loaded = false;
  @state() private restored = false;

  /** The draft as it was when the form opened or was last saved: "unsaved" means different. */
  private baseline = '';
  private draftLoading?: Promise<void>;
  private readonly formStrings = this.localize.use(caseFormMessages);
  private readonly flyoutStrings = this.localize.use(flyoutStrings);

  /** Writes the draft as it changes, and keeps it when the page goes away (see draft-keeper.ts). */
  readonly keeper = new DraftKeeper(() =>
    this.loaded ? { id: this.draftId, draft: this.draft, worthKeeping: this.dirty } : undefined,
  );
  /** Every write of the form (saves, notes, uploads, deletes) goes through this one path. */
  readonly writes = new MutationController(this);
  readonly uploads = new Uploads(this);
  readonly notes = new CaseNotes(this);
  private readonly submission = new CaseSubmission(this);
  private readonly lookup = new CustomerLookup(this);
  private readonly duplicates = new DuplicateCases(this);
  private readonly lookups = new QueryController<Lookups>(this, (client, language) =>
    client.lookups(language),
  );
  private readonly toolbar = new EditorToolbar(this, 'description');
  private readonly editors = new FormEditors({
    draft: () => this.draft,
    root: this,
    labels: () => ({
      description: this.flyoutText.description,
      note: this.text.newNote,
      uploadingImage: this.text.uploadingImage,
    }),
    described: (description) => this.change({ description }),
    noteWritten: (body) => this.notes.compose({ body }),
    // The editors' marks are their own state, not the form's: a selection change re-renders the toolbars.
    selectionChanged: () => this.requestUpdate(),
    addFiles: (list, files, inline) => this.uploads.add(list, files, inline),
  });
  private readonly tabs = new FormTabs(this);
  /** What the last save did, while the form says so. */
  private readonly savedCase = new SavedCaseView(this);

  /** Renders into the flyout's shadow root, among the flyout's own elements. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  // ---- what the parts need ----

  get text() {
    return this.formStrings.strings;
  }

  get flyoutText() {
    return this.flyoutStrings.strings;
  }

  get messages(): Messages {
    return this.localize.messages;
  }

  get wording(): ErrorWording {
    return this.localize;
  }

  get announcedName(): string {
    return this.flyoutText.title;
  }

  get root(): ParentNode {
    return this;
  }

  get noteEditor(): RichText | undefined {
    return this.editors.note;
  }

  get draftId(): string {
    return draftId(this.customerId, this.draftKey);
  }

  get customer(): { id: string; name: string } {
    return { id: this.draft.customerId, name: this.draft.customerName };
  }

  setCustomer(id: string, name: string): void {
    this.change({ customerId: id, customerName: name });
  }

  override announce(text: string, politeness: Politeness = 'polite'): void {
    super.announce(text, politeness);
  }

  handFocusTo(successor: Successor): void {
    this.dispatchEvent(new CaseFormHandOffEvent(successor));
  }

  files(list: FileListName): DraftFile[] {
    return list === 'case' ? this.draft.attachments : this.draft.noteComposer.attachments;
  }

  setFiles(list: FileListName, files: DraftFile[]): void {
    if (list === 'case') this.change({ attachments: files });
    else this.notes.compose({ attachments: files });
  }

  uploaded(file: DraftFile, attachment: Attachment): void {
    const { attachments, notes, noteComposer } = mapDraftFiles(this.draft, (entry) =>
      entry.id === file.id ? { ...entry, attachment } : entry,
    );
    this.change({ attachments, notes, noteComposer });
    if (file.inline) this.editors.placeImage(file, attachment);
  }

  abandoned(file: DraftFile): void {
    this.editors.removeImage(file);
  }

  private prefilled(): CaseDraft {
    return prefilledDraft(this);
  }

  /** True when the form holds work the server does not have. */
  get dirty(): boolean {
    return draftSnapshot(this.draft) !== this.baseline;
  }

  // ---- lifecycle: the flyout calls opened(), closed() and confirmClose() ----

  override connectedCallback(): void {
    super.connectedCallback();
    this.keeper.connect();
    if (this.loaded) this.submission.resume();
  }

  /** Leaving the page: the draft is kept now, and the editors let go of the document. */
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.duplicates.stop();
    this.keeper.disconnect();
    this.uploads.abortAll();
    this.editors.destroy();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('confirming')) this.dispatchEvent(new CaseFormConfirmingEvent(this.confirming));
  }

  /** The flyout opened: the stored draft (if any) comes back, the editors mount, focus moves in. */
  async opened(): Promise<void> {
    // A new opening starts from the form, not from the last save's confirmation.
    this.savedCase.clear();
    this.draftLoading ??= this.loadStoredDraft();
    await this.draftLoading;
    this.confirming = false;
    await this.updateComplete;
    await this.editors.mount();
    this.focusFirstField();
  }

  closed(): void {
    this.confirming = false;
    this.lookup.reset();
    void this.keeper.flush();
  }

  /** Called on Escape or the close button: true when the form shows a question instead. */
  confirmClose(): boolean {
    if (this.confirming || !this.dirty || this.submission.submitting) return false;
    this.confirming = true;
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('.confirm button')?.focus());
    return true;
  }

  /** Why the flyout closes now: after a save, for that save's reason. */
  get closeReason(): CxFlyoutCloseReason {
    return this.savedCase.saved?.kind ?? 'cancelled';
  }

  close(): void {
    this.finish(this.closeReason);
  }

  get scheme(): 'light' | 'dark' {
    return this.themeController.scheme;
  }

  private finish(reason: CxFlyoutCloseReason): void {
    this.dispatchEvent(new CaseFormFinishEvent(reason));
  }

  /**
   * Brings back the stored draft, if any. Until it is in place the form shows a skeleton (nothing
   * typed can be overwritten by it) and the keeper writes nothing (nothing stored can be lost).
   */
  private async loadStoredDraft(): Promise<void> {
    const stored = await loadNewestDraft(this.draftId);
    const draft = stored ?? this.prefilled();
    this.draft = draft;
    this.restored = Boolean(stored);
    if (stored) this.uploads.resume(draftFiles(stored));
    this.duplicates.follow(draft.customerId, draft.subject);
    this.baseline = draftSnapshot(this.prefilled());
    this.lookup.show(draft.customerName);
    this.loaded = true;
    // A save whose answer never came, before a reload: find out now.
    this.submission.resume();
  }

  private focusFirstField(): void {
    if (this.tabs.tab !== 'details') {
      this.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
      return;
    }
    this.querySelector<HTMLElement>(this.draft.customerId ? '#subject-input' : '#customer-input')?.focus();
  }

  // ---- the draft ----

  /** Applies `patch` to the draft, and saves the draft once typing pauses. */
  change(patch: Partial<CaseDraft>): void {
    this.draft = { ...this.draft, ...patch, updatedAt: new Date().toISOString() };
    const cleared = Object.keys(patch);
    if (cleared.some((key) => key in this.errors))
      this.errors = Object.fromEntries(Object.entries(this.errors).filter(([key]) => !cleared.includes(key)));
    if ('customerId' in patch || 'subject' in patch)
      this.duplicates.follow(this.draft.customerId, this.draft.subject);
    this.confirming = false;
    this.keeper.changed();
  }

  private async discardDraft(): Promise<void> {
    this.keeper.cancel();
    this.uploads.forget(draftFiles(this.draft));
    await forgetDraft(this.draftId);
    this.reset();
    await this.updateComplete;
    this.focusFirstField();
  }

  private reset(): void {
    this.draft = this.prefilled();
    this.baseline = draftSnapshot(this.draft);
    this.restored = false;
    this.errors = {};
    this.confirming = false;
    void this.tabs.show('details');
    this.submission.reset();
    this.lookup.show('');
    this.editors.reset(this.draft.description);
    this.duplicates.follow(this.draft.customerId, this.draft.subject);
  }

  async showFieldErrors(errors: FieldErrors): Promise<boolean> {
    this.errors = errors;
    const first = FIELD_ORDER.find((name) => errors[name]);
    if (!first) return false;
    await this.showTab('details');
    this.querySelector<HTMLElement>(FIELD_TARGET[first])?.focus();
    return true;
  }

  showTab(tab: FormTab): Promise<void> {
    return this.tabs.show(tab);
  }

  // ---- after a save ----

  /** The server has everything: the draft goes, the page hears of it, and the form says so. */
  async completed(saved: SavedCase): Promise<void> {
    this.keeper.cancel();
    await forgetDraft(this.draftId);
    this.reset();
    this.emit(
      saved.kind === 'created'
        ? new CxCaseCreatedEvent(saved.ticket)
        : new CxCaseUpdatedEvent(saved.ticket, saved.notes ?? []),
    );
    await this.savedCase.show(saved);
  }

  /** "Create another case": a fresh draft, the flyout stays open. */
  async another(): Promise<void> {
    this.savedCase.clear();
    await this.updateComplete;
    await this.editors.mount();
    this.focusFirstField();
  }

  expand(): void {
    void this.keeper.flush();
    const taken = !this.emit(new CxCaseExpandEvent({ ...this.draft }));
    if (taken) this.finish('expanded');
  }

  // ---- rendering ----

  protected override render(): TemplateResult {
    const flyout = this.flyoutText;
    if (!this.loaded) return renderLoading(flyout.loadingForm, 3);
    const saved = this.savedCase.render();
    if (saved) return saved;
    const { messages, text } = this;
    const fields: FieldContext = {
      draft: this.draft,
      errors: this.errors,
      flyout,
      change: (patch) => this.change(patch),
    };
    const tabs = this.tabs.render({
      label: text.sections,
      labels: { details: flyout.details, notes: text.notes, attachments: text.attachments },
      counts: { details: 0, notes: this.draft.notes.length, attachments: this.draft.attachments.length },
      inert: this.confirming,
    });
    return html`${tabs}
      <form
        class="flyout-body"
        part="body"
        novalidate
        ?inert=${Boolean(this.draft.submitted) || this.confirming}
        @submit=${(event: Event) => {
          event.preventDefault();
          void this.submission.submit(false);
        }}
      >
        ${this.restored ? renderRestoredBanner(flyout, () => void this.discardDraft()) : nothing}
        <div class="panels">
          ${this.tabs.panel(
            'details',
            html`${this.lookup.render(this.errors)} ${renderSubject(fields)}
            ${this.duplicates.render({ text, busyTicketId: this.submission.mergingInto, locked: Boolean(this.draft.submitted), onAdd: (ticket) => void this.submission.addToCase(ticket) })}
            ${renderDescription(fields, this.toolbar, this.editors.description)}
            ${renderStatusAndPriority(fields, messages)}
            ${renderReason(fields, { data: this.lookups.data, error: this.lookups.error, retry: () => void this.lookups.refetch(), messages, wording: this.wording })}`,
          )}
          ${this.tabs.panel('notes', this.notes.render())}
          ${this.tabs.panel('attachments', this.uploads.render('case', text.attachments))}
        </div>
      </form>
      ${this.confirming ? this.renderCloseQuestion() : this.submission.render()}`;
  }

  private renderCloseQuestion(): TemplateResult {
    const flyout = this.flyoutText;
    return renderCloseQuestion({
      heading: flyout.confirmCloseHeading,
      detail: flyout.confirmCloseDetail,
      keepEditing: {
        label: flyout.keepEditing,
        run: async () => {
          this.confirming = false;
          // The form is inert until it renders without the question.
          await this.updateComplete;
          this.focusFirstField();
        },
      },
      close: { label: flyout.closeForm, run: () => this.finish('cancelled') },
      discard: {
        label: flyout.discardDraft,
        run: async () => {
          await this.discardDraft();
          this.finish('cancelled');
        },
      },
    });
  }
}

defineElement('cx-case-form', CxCaseForm);

declare global {
  interface HTMLElementTagNameMap {
    'cx-case-form': CxCaseForm;
  }
}
