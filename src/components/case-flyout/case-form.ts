// Over 400 lines, and known to be: the whole form (draft, submission, customer lookup, duplicates,
// tabs) is still one controller. Issue 23 splits it into lazily defined reactive internal elements,
// one per part; until then, change it with its tests (case-flyout*.test.ts) beside you.
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { CxApiError, isCxApiError, type CxApiErrorKind } from '../../api/errors.js';
import { MutationController } from '../../api/mutation-controller.js';
import { QueryController } from '../../api/query-controller.js';
import type {
  Attachment,
  Customer,
  Lookups,
  Note,
  Page,
  Ticket,
  TicketCreate,
  Versioned,
} from '../../api/types.js';
import { priorityLabel, statusLabel } from '../../core/badges.js';
import {
  iconAlert,
  iconCheck,
  iconChevronLeft,
  priorityIcon,
  renderIcon,
  statusIcon,
} from '../../core/icons.js';
import type { Messages } from '../../core/localize/messages.js';
import { formatRelativeTime } from '../../core/format.js';
import { sanitizeHtmlToString } from '../../core/sanitize.js';
import { describeError, renderInlineProblem, renderLoading, type ErrorWording } from '../../core/states.js';
import { PRIORITIES, TICKET_STATUSES } from '../../core/vocabulary.js';
import { announce } from '../../core/interactions/announcer.js';
import { ComboboxController } from '../../core/interactions/combobox.js';
import { RovingFocusController } from '../../core/interactions/roving-focus.js';
import type { CxCaseFlyout } from './case-flyout.js';
import {
  draftFiles,
  draftId,
  mapDraftFiles,
  type CaseDraft,
  type DraftFile,
  type DraftNote,
} from './drafts.js';
import { DraftKeeper, forgetDraft, loadNewestDraft } from './draft-keeper.js';
import { DuplicateCases } from './duplicates.js';
import { OutcomeCheck } from './outcome-check.js';
import { caseFormMessages, type CaseFormMessages } from './form-messages.js';
import { EditorToolbar } from './editor-toolbar.js';
import { CxTicketOpenEvent } from '../ticket-history/events.js';
import {
  CxCaseCreatedEvent,
  CxCaseExpandEvent,
  CxCaseUpdatedEvent,
  type CxFlyoutCloseReason,
} from './events.js';
import { CaseNotes } from './notes.js';
import type { RichText } from './rich-text.js';
import { Uploads, type FileLimits, type FileListName, type UploadsHost } from './uploads.js';
import type { FlyoutMessages } from './strings.js';

// The flyout's form, loaded the first time a flyout opens (with the editor beside it), so pages
// that never open one do not pay for it. It owns the draft: what the agent typed, saved to
// IndexedDB as they type, sent once (one Idempotency-Key per draft), cleared once the server has it.

const SEARCH_DEBOUNCE_MS = 250;

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

/** Errors that say nothing about whether a save created the case. */
const OUTCOME_STILL_UNKNOWN: CxApiErrorKind[] = [
  'unauthorized',
  'forbidden',
  'not-configured',
  'misconfigured',
  'invalid-response',
  'aborted',
];

type Tab = 'details' | 'notes' | 'attachments';
const TABS: Tab[] = ['details', 'notes', 'attachments'];

const newKey = () => crypto.randomUUID();

/** The title, as an HTML paragraph (escaped by the DOM), to head a note added to an existing case. */
function titleParagraph(title: string): string {
  const paragraph = document.createElement('p');
  const strong = document.createElement('strong');
  strong.textContent = title;
  paragraph.append(strong);
  return paragraph.outerHTML;
}

/** The server ids of files that are all uploaded (`prepare` has made sure). */
const attachmentIds = (files: readonly DraftFile[]) => files.map((file) => file.attachment!.id);

/** A note as it is sent: HTML sanitized again, files by id. */
const sentNote = (note: Pick<DraftNote, 'body' | 'attachments'>) => ({
  body: sanitizeHtmlToString(note.body),
  attachmentIds: attachmentIds(note.attachments),
});

export class CaseForm implements ReactiveController, UploadsHost {
  /** The form's own strings, in the flyout's language (see `form-messages.ts`). */
  text: CaseFormMessages = caseFormMessages.get('en')!;
  private textLanguage = 'en';

  /** What the agent has entered; replaced (never mutated) on each change. */
  draft: CaseDraft;
  /** The draft as it was when the form opened or was last saved: "unsaved" means different. */
  private baseline = '';
  private restored = false;
  private errors: Partial<Record<FieldName, string>> = {};
  private submitting = false;
  private finishingUploads = false;
  /** The case "Add to this case" is adding to, while it runs. */
  private mergingInto?: string;
  private submitError?: { heading: string; detail?: string; retry: () => void };
  private tab: Tab = 'details';
  /** The close question shows (the rest of the flyout is inert meanwhile). */
  confirming = false;
  /** Set once the stored draft (if any) is in place. */
  private loaded = false;
  private draftLoading?: Promise<void>;

  /** The customer box's text (the chosen customer's name, or what is being typed). */
  private customerText = '';
  private readonly customerBox: ComboboxController;
  /** Tabs with automatic activation: arrows select, mirrored right to left. */
  private readonly tabFocus = new RovingFocusController(this, {
    orientation: 'horizontal',
    wrap: true,
    count: () => TABS.length,
    element: (index) => this.query<HTMLElement>(`#tab-${TABS[index]}`),
    onMove: (index) => void this.showTab(TABS[index]!),
  });

  private editor?: RichText;
  private editorLoading?: Promise<void>;
  private readonly toolbar = new EditorToolbar(this, 'description');
  /** Writes the draft as it changes, and keeps it when the page goes away (see draft-keeper.ts). */
  private readonly keeper = new DraftKeeper(() =>
    // Until the stored draft is loaded, the form holds only the prefill: nothing to write or delete.
    this.loaded ? { id: this.draftId, draft: this.draft, worthKeeping: this.dirty } : undefined,
  );

  /** Every write of the form (saves, notes, uploads, deletes) goes through this one path. */
  readonly writes: MutationController;
  readonly uploads = new Uploads(this);
  /** Checks a save whose answer never came (see outcome-check.ts). */
  private readonly outcome = new OutcomeCheck({
    resend: () => this.send(this.draft.submitted!.body, false),
    settled: (outcome) => void this.outcomeSettled(outcome),
    scheduled: (at) => {
      this.nextCheckAt = at;
      this.host.requestUpdate();
    },
  });
  /** The case the last save created or added to, while the flyout says so (and the one shown in it). */
  private saved?: { ticket: Ticket; kind: 'created' | 'updated' };
  private viewing?: string;
  /** When the next check of an unknown outcome is due (undefined: one is running). */
  private nextCheckAt?: number;
  /** Why the last check of an unknown outcome could not tell (a refused login, say). */
  private outcomeProblem?: { heading: string; detail?: string };
  private readonly notes = new CaseNotes(this);
  private readonly duplicates: DuplicateCases;

  private readonly search: QueryController<Page<Customer>>;
  private readonly lookups: QueryController<Lookups>;
  private readonly prefilledCustomer: QueryController<Versioned<Customer>>;

  constructor(private readonly host: CxCaseFlyout) {
    host.addController(this);
    this.writes = new MutationController(host);
    this.draft = this.prefilled();
    this.customerBox = new ComboboxController(host, {
      debounceMs: SEARCH_DEBOUNCE_MS,
      count: () => this.options.length,
      state: () => ({ loading: this.search.isLoading, error: this.search.error }),
      choose: (index) => this.choose(this.options[index]!),
      search: () => this.host.requestUpdate(),
    });
    this.search = new QueryController(host, (client, language) =>
      this.customerBox.query ? client.customerSearch(this.customerBox.query, 8, language) : undefined,
    );
    this.lookups = new QueryController(host, (client, language) => client.lookups(language));
    // The prefilled customer's name, for the combobox (a restored draft carries its own).
    this.prefilledCustomer = new QueryController(host, (client, language) =>
      this.draft.customerId && !this.draft.customerName
        ? client.customer(this.draft.customerId, language)
        : undefined,
    );
    this.duplicates = new DuplicateCases(host);
    this.ready = this.followLanguage();
  }

  /** Resolves once the form's strings are loaded in the flyout's language. */
  readonly ready: Promise<void>;

  // ---- what the parts (uploads, notes, toolbars) need ----

  get draftId(): string {
    return draftId(this.host.customerId, this.host.draftKey);
  }

  get messages(): Messages {
    return this.host.messages;
  }

  /** The flyout's own words (see strings.ts). */
  get flyoutText(): FlyoutMessages {
    return this.host.flyoutText;
  }

  get wording(): ErrorWording {
    return this.host.wording;
  }

  get locale(): string {
    return this.host.locale;
  }

  get limits(): FileLimits {
    const { maxFileSize, maxFiles, accept } = this.host;
    return { maxFileSize, maxFiles, accept };
  }

  get root(): ShadowRoot | null {
    return this.host.shadowRoot;
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
    if (!file.inline) return;
    // The image goes where it was pasted or dropped; after a reload that spot is gone, so it goes
    // at the end of the editor it was dropped in.
    const inCase = this.draft.attachments.some((entry) => entry.id === file.id);
    const editor =
      [this.editor, this.notes.editor].find((candidate) => candidate?.hasImagePlaceholder(file.id)) ??
      (inCase ? this.editor : this.notes.editor);
    editor?.replaceImagePlaceholder(file.id, attachment.url, file.name);
  }

  abandoned(file: DraftFile): void {
    this.editor?.removeImagePlaceholder(file.id);
    this.notes.editor?.removeImagePlaceholder(file.id);
  }

  /** Files pasted or dropped into an editor: images are shown in it once uploaded; all are attached. */
  private filesDropped(
    list: FileListName,
    editor: () => RichText | undefined,
    files: File[],
    position: number,
  ): void {
    const images = files.filter((file) => file.type.startsWith('image/'));
    const others = files.filter((file) => !file.type.startsWith('image/'));
    for (const file of this.uploads.add(list, images, true))
      editor()?.addImagePlaceholder(file.id, position, this.text.uploadingImage);
    if (others.length) this.uploads.add(list, others);
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
      attachments: [],
      notes: [],
      noteComposer: { editing: null, body: '', attachments: [] },
      idempotencyKey: newKey(),
      updatedAt: new Date().toISOString(),
    };
  }

  private snapshot(draft = this.draft): string {
    const {
      updatedAt: _updatedAt,
      idempotencyKey: _key,
      customerName: _name,
      merge: _merge,
      ...fields
    } = mapDraftFiles(draft, ({ id }) => ({ id }) as DraftFile);
    return JSON.stringify(fields);
  }

  /** True when the form holds work the server does not have. */
  get dirty(): boolean {
    return this.snapshot() !== this.baseline;
  }

  // ---- lifecycle ----

  hostConnected(): void {
    this.keeper.connect();
    if (this.loaded && this.draft.submitted && !this.outcome.active)
      this.outcome.start({ immediately: true });
  }

  /** Leaving the page: the draft is kept now, and the editor lets go of the document. */
  hostDisconnected(): void {
    this.duplicates.stop();
    this.keeper.disconnect();
    this.outcome.stop();
    this.uploads.abortAll();
    this.editor?.destroy();
    this.notes.editor?.destroy();
    this.editor = undefined;
    this.notes.editor = undefined;
    this.editorLoading = undefined;
  }

  /** Before each render: the form's strings follow the language; a prefilled customer's name arrives. */
  hostUpdate(): void {
    void this.followLanguage();
    const customer = this.prefilledCustomer.data?.data;
    if (customer && !this.draft.customerName && this.draft.customerId === customer.id) {
      this.draft = { ...this.draft, customerName: customer.name };
      this.customerText = customer.name;
    }
  }

  /** Loads the form's strings when the flyout's language changes (English is at hand). */
  private async followLanguage(): Promise<void> {
    const language = this.messages.$lang;
    if (language === this.textLanguage) return;
    this.textLanguage = language;
    const text = caseFormMessages.get(language) ?? (await caseFormMessages.load(language));
    if (this.textLanguage !== language) return;
    this.text = text;
    this.host.requestUpdate();
  }

  /**
   * Brings back the stored draft, if any. Until it is in place the form shows a skeleton (nothing
   * typed can be overwritten by it) and the keeper writes nothing (nothing stored can be lost).
   */
  private async loadStoredDraft(): Promise<void> {
    const saved = await loadNewestDraft(this.draftId);
    if (saved) {
      this.draft = saved;
      this.restored = true;
      this.uploads.resume(draftFiles(saved));
      this.duplicates.follow(saved.customerId, saved.subject);
    } else {
      this.duplicates.follow(this.draft.customerId, this.draft.subject);
    }
    this.baseline = this.snapshot(this.prefilled());
    this.customerText = this.draft.customerName;
    this.loaded = true;
    // A save whose answer never came, before a reload: find out now.
    if (this.draft.submitted) this.outcome.start({ immediately: true });
  }

  async opened(): Promise<void> {
    // A new opening starts from the form, not from the last save's confirmation.
    this.saved = undefined;
    this.viewing = undefined;
    await this.followLanguage();
    this.draftLoading ??= this.loadStoredDraft();
    await this.draftLoading;
    this.confirming = false;
    this.host.requestUpdate();
    await this.host.updateComplete;
    await this.mountEditor();
    this.focusFirstField();
  }

  closed(): void {
    this.confirming = false;
    this.customerBox.reset();
    void this.keeper.flush();
  }

  /** Called on Escape or the close button: true when the form shows a question instead. */
  confirmClose(): boolean {
    if (this.confirming || !this.dirty || this.submitting) return false;
    this.confirming = true;
    this.update().then(() => this.query<HTMLElement>('.confirm button')?.focus());
    return true;
  }

  private focusFirstField(): void {
    if (this.tab !== 'details') {
      this.query<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
      return;
    }
    const target = this.draft.customerId ? '#subject-input' : '#customer-input';
    this.query<HTMLElement>(target)?.focus();
  }

  private async mountEditor(): Promise<void> {
    if (this.editor) return;
    this.editorLoading ??= import('./rich-text.js').then(({ RichText }) => {
      const description = this.query<HTMLElement>('#description-editor');
      const note = this.query<HTMLElement>('#note-editor');
      if (!description || !note) return;
      const flyout = this.flyoutText;
      this.editor = new RichText({
        element: description,
        content: this.draft.description,
        label: flyout.description,
        labelledBy: 'description-label',
        onUpdate: (html, isEmpty) => this.change({ description: isEmpty ? '' : html }),
        onSelectionChange: () => this.host.requestUpdate(),
        onFiles: (files, position) => this.filesDropped('case', () => this.editor, files, position),
      });
      this.notes.editor = new RichText({
        element: note,
        content: this.draft.noteComposer.body,
        label: this.text.newNote,
        labelledBy: 'note-label',
        onUpdate: (html, isEmpty) => this.notes.compose({ body: isEmpty ? '' : html }),
        onSelectionChange: () => this.host.requestUpdate(),
        onFiles: (files, position) => this.filesDropped('note', () => this.notes.editor, files, position),
      });
      this.host.requestUpdate();
    });
    await this.editorLoading;
  }

  // ---- the draft ----

  /** Applies `patch` to the draft, and saves the draft once typing pauses. */
  change(patch: Partial<CaseDraft>): void {
    this.draft = { ...this.draft, ...patch, updatedAt: new Date().toISOString() };
    for (const key of Object.keys(patch)) delete this.errors[key as FieldName];
    if ('customerId' in patch || 'subject' in patch)
      this.duplicates.follow(this.draft.customerId, this.draft.subject);
    this.confirming = false;
    this.host.requestUpdate();
    this.keeper.changed();
  }

  private async discardDraft(): Promise<void> {
    this.keeper.cancel();
    this.uploads.forget(draftFiles(this.draft));
    await forgetDraft(this.draftId);
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
    this.customerBox.reset();
    this.tab = 'details';
    this.editor?.setContent(this.draft.description);
    this.notes.editor?.setContent('');
    this.duplicates.follow(this.draft.customerId, this.draft.subject);
  }

  // ---- submitting ----

  private validate(): boolean {
    const flyout = this.flyoutText;
    const errors: Partial<Record<FieldName, string>> = {};
    if (!this.draft.customerId) errors.customerId = flyout.required(flyout.customer);
    if (!this.draft.subject.trim()) errors.subject = flyout.required(flyout.subject);
    this.errors = errors;
    return Object.keys(errors).length === 0;
  }

  /** Shared by Save and "Add to this case": one at a time, the note in the composer kept, files uploaded. */
  private async prepare(retry: () => void): Promise<boolean> {
    if (this.submitting) return false;
    if (this.notes.composing && !(await this.notes.commit())) {
      await this.showTab('notes');
      return false;
    }
    this.submitting = true;
    this.submitError = undefined;
    const files = draftFiles(this.draft);
    if (files.some((file) => !file.attachment)) {
      this.finishingUploads = true;
      this.host.requestUpdate();
      await this.uploads.settled(files);
      this.finishingUploads = false;
    }
    const missing = this.uploads.missing(draftFiles(this.draft));
    if (!missing.length) {
      this.host.requestUpdate();
      return true;
    }
    this.submitting = false;
    this.submitError = { heading: this.text.uploadsMissing(missing.length), retry };
    const inCase = this.draft.attachments.some((file) => file.id === missing[0]!.id);
    await this.showTab(inCase ? 'attachments' : 'notes');
    this.query<HTMLElement>(
      '[role="tabpanel"]:not([hidden]) .file.failed button, [role="tabpanel"]:not([hidden]) .file.cancelled button',
    )?.focus();
    return false;
  }

  private async submit(resolve: boolean): Promise<void> {
    if (this.submitting || this.draft.submitted) return;
    if (!this.validate()) {
      await this.showTab('details');
      this.focusFirstInvalid();
      return;
    }
    if (!(await this.prepare(() => void this.submit(resolve)))) return;
    const draft = this.draft;
    const body: TicketCreate = {
      customerId: draft.customerId,
      subject: draft.subject.trim(),
      description: sanitizeHtmlToString(draft.description),
      status: (resolve ? 'resolved' : draft.status) as TicketCreate['status'],
      priority: draft.priority as TicketCreate['priority'],
      reasonId: draft.reasonId || null,
      attachmentIds: attachmentIds(draft.attachments),
      notes: draft.notes.map(sentNote),
    };
    try {
      await this.created(await this.send(body));
    } catch (error) {
      // No answer is not a refusal: the case may exist. The same request is sent again until the
      // server says (see outcome-check.ts); meanwhile the draft, and what was sent, are kept.
      if (isCxApiError(error) && error.unknownOutcome) await this.awaitOutcome(body);
      else await this.failed(error, () => void this.submit(resolve));
    }
  }

  /** Sends the case, under the draft's Idempotency-Key (the same for every try of this draft). */
  private send(body: TicketCreate, report = true): Promise<Ticket> {
    const { idempotencyKey } = this.draft;
    return this.writes.run(
      (client, { language }) => client.createTicket(body, { idempotencyKey, language }),
      { report },
    );
  }

  /** The server has the case: the draft goes, and the flyout says so with the case's number. */
  private async created(ticket: Ticket): Promise<void> {
    this.outcome.stop();
    await this.done();
    this.host.dispatch(new CxCaseCreatedEvent(ticket));
    await this.confirm({ ticket, kind: 'created' });
  }

  /** Says what the save did, with the case's number, and offers to open it, start another or close. */
  private async confirm(saved: NonNullable<CaseForm['saved']>): Promise<void> {
    this.saved = saved;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.query<HTMLElement>('.created .cx-button--primary')?.focus();
  }

  /** Why the flyout closes now: after a save, for that save's reason. */
  get closeReason(): CxFlyoutCloseReason {
    return this.saved?.kind === 'updated' ? 'updated' : this.saved ? 'created' : 'cancelled';
  }

  /** "Open case": the host opens it (cancelable `cx-ticket-open`), else the flyout shows it. */
  private async openSaved(ticket: Ticket): Promise<void> {
    if (!this.host.dispatch(new CxTicketOpenEvent(ticket))) {
      this.host.finish(this.closeReason);
      return;
    }
    await import('../ticket-detail/define.js');
    this.viewing = ticket.id;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.query<HTMLElement>('.created-view .back')?.focus();
  }

  /** "Create another case": a fresh draft, the flyout stays open. */
  private async anotherCase(): Promise<void> {
    this.saved = undefined;
    this.viewing = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    await this.mountEditor();
    this.focusFirstField();
  }

  private renderSaved(saved: NonNullable<CaseForm['saved']>): TemplateResult {
    const { text } = this;
    const { ticket } = saved;
    if (this.viewing === ticket.id) {
      return html`<div class="created-view">
        <div class="detail-header">
          <button type="button" class="cx-button back" @click=${() => this.backToSaved()}>
            ${renderIcon(iconChevronLeft)} ${text.backToConfirmation}
          </button>
        </div>
        <cx-ticket-detail .ticketId=${ticket.id} theme=${this.host.themeScheme}></cx-ticket-detail>
      </div>`;
    }
    const said = saved.kind === 'created' ? text.caseCreated(ticket.number) : text.addedTo(ticket.number);
    return html`<div class="created">
      ${announce(said)}
      <h3 class="created-heading" id="created-heading">${renderIcon(iconCheck)}${said}</h3>
      <p><bdi>${ticket.subject}</bdi></p>
      <div class="actions">
        <button type="button" class="cx-button cx-button--primary" @click=${() => this.openSaved(ticket)}>
          ${text.openCase}
        </button>
        <button type="button" class="cx-button" @click=${() => this.anotherCase()}>
          ${text.anotherCase}
        </button>
        <button type="button" class="cx-button" @click=${() => this.host.finish(this.closeReason)}>
          ${text.closeFlyout}
        </button>
      </div>
    </div>`;
  }

  private async backToSaved(): Promise<void> {
    this.viewing = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.query<HTMLElement>('.created .cx-button--primary')?.focus();
  }

  /** A save's answer never came: keep what was sent, lock the form, and check until we know. */
  private async awaitOutcome(body: TicketCreate): Promise<void> {
    this.submitting = false;
    this.submitError = undefined;
    this.outcomeProblem = undefined;
    // The form locks at the next render, taking focus from Save: it goes to "Check now".
    this.host.handFocusTo(() => this.query<HTMLElement>('.outcome button'));
    this.change({ submitted: { body, at: new Date().toISOString() } });
    await this.keeper.flush();
    this.outcome.start();
    await this.update();
    this.query<HTMLElement>('.outcome button')?.focus();
  }

  /** The check ended: the case exists, or the server answered with an error. */
  private async outcomeSettled(
    outcome: { ok: true; result: unknown } | { ok: false; error: unknown },
  ): Promise<void> {
    if (outcome.ok) return this.created(outcome.result as Ticket);
    const { error } = outcome;
    // A refused login or a broken set-up says nothing about the case: still unknown, checked again on request.
    if (isCxApiError(error) && OUTCOME_STILL_UNKNOWN.includes(error.kind)) {
      this.outcomeProblem = describeError(error, this.wording);
      this.host.requestUpdate();
      return;
    }
    // Any other answer (a 422, say) is the server's word: the case was not created.
    const sent = this.draft.submitted?.body;
    this.change({ submitted: undefined });
    await this.failed(error, () => void this.submit(sent?.status === 'resolved'));
  }

  /**
   * "Add to this case": the description (headed by the title) with the case's files becomes a
   * note on `ticket`, and each drafted note another. What the server already has is remembered in
   * the draft, so a retry after a failure adds nothing twice. The draft stays until all are in.
   */
  private async addToCase(ticket: Ticket): Promise<void> {
    if (this.submitting || this.draft.submitted) return;
    const retry = () => void this.addToCase(ticket);
    if (!(await this.prepare(retry))) return;
    this.mergingInto = ticket.id;
    this.host.requestUpdate();
    const draft = this.draft;
    const notes = [
      sentNote({
        body: titleParagraph(draft.subject.trim()) + draft.description,
        attachments: draft.attachments,
      }),
      ...draft.notes.map(sentNote),
    ];
    const added: Note[] = [];
    let start = draft.merge?.ticketId === ticket.id ? draft.merge.notesAdded : 0;
    try {
      for (; start < notes.length; start++) {
        const note = { ...notes[start]!, bodyFormat: 'html' as const };
        // One key per note of this draft on this case: a note resent after a lost answer is added once.
        const idempotencyKey = `${draft.idempotencyKey}:${ticket.id}:note:${start}`;
        added.push(
          await this.writes.run((client, { language }) =>
            client.addNote(ticket.id, note, { language, idempotencyKey }),
          ),
        );
        this.change({ merge: { ticketId: ticket.id, notesAdded: start + 1 } });
        await this.keeper.flush();
      }
      await this.done();
      this.host.dispatch(new CxCaseUpdatedEvent(ticket, added));
      await this.confirm({ ticket, kind: 'updated' });
    } catch (error) {
      await this.failed(error, retry);
    } finally {
      this.mergingInto = undefined;
      this.host.requestUpdate();
    }
  }

  /** The server has everything: the draft goes. */
  private async done(): Promise<void> {
    this.keeper.cancel();
    await forgetDraft(this.draftId);
    this.submitting = false;
    this.reset();
  }

  private async failed(error: unknown, retry: () => void): Promise<void> {
    this.submitting = false;
    const fieldErrors = error instanceof CxApiError ? error.fieldErrors : [];
    const mapped = fieldErrors.filter((item) => (FIELD_ORDER as string[]).includes(item.field));
    if (mapped.length) {
      this.errors = Object.fromEntries(mapped.map((item) => [item.field, item.message]));
      await this.showTab('details');
      this.focusFirstInvalid();
      return;
    }
    const { heading, detail } = describeError(error, this.wording);
    this.submitError = { heading, detail, retry };
    await this.update();
    this.query<HTMLElement>('.submit-error button')?.focus();
  }

  private async showTab(tab: Tab): Promise<void> {
    this.tab = tab;
    await this.update();
  }

  private focusFirstInvalid(): void {
    const first = FIELD_ORDER.find((name) => this.errors[name]);
    if (first) this.query<HTMLElement>(FIELD_TARGET[first])?.focus();
  }

  private expand(): void {
    void this.keeper.flush();
    const taken = !this.host.dispatch(new CxCaseExpandEvent({ ...this.draft }));
    if (taken) this.host.finish('expanded');
  }

  // ---- customer combobox ----

  private get options(): Customer[] {
    return this.customerBox.query ? (this.search.data?.items ?? []) : [];
  }

  private onCustomerInput(event: InputEvent): void {
    this.customerText = (event.target as HTMLInputElement).value;
    // Typing over a chosen customer un-chooses it: the case must name who it is for.
    if (this.draft.customerId) this.change({ customerId: '', customerName: '' });
    this.customerBox.onInput(event);
  }

  private choose(customer: Customer): void {
    this.customerText = customer.name;
    this.customerBox.reset();
    this.change({ customerId: customer.id, customerName: customer.name });
  }

  // ---- helpers ----

  private query<T extends Element>(selector: string): T | null {
    return this.host.shadowRoot!.querySelector<T>(selector);
  }

  requestUpdate(): void {
    this.host.requestUpdate();
  }

  async update(): Promise<void> {
    this.host.requestUpdate();
    await this.host.updateComplete;
  }

  announce(text: string): void {
    this.host.say(text);
  }

  // ---- rendering ----

  render(): TemplateResult {
    const { messages } = this.host;
    const flyout = this.flyoutText;
    const { text } = this;
    if (!this.loaded) return renderLoading(flyout.loadingForm, 3);
    if (this.saved) return this.renderSaved(this.saved);
    const labels: Record<Tab, string> = {
      details: flyout.details,
      notes: text.notes,
      attachments: text.attachments,
    };
    const counts: Record<Tab, number> = {
      details: 0,
      notes: this.draft.notes.length,
      attachments: this.draft.attachments.length,
    };
    this.tabFocus.active = TABS.indexOf(this.tab);
    return html`<div
        class="tabs"
        role="tablist"
        aria-label=${text.sections}
        ?inert=${this.confirming}
        @keydown=${this.tabFocus.onKeydown}
      >
        ${TABS.map(
          (tab, index) =>
            html`<button
              type="button"
              role="tab"
              class="tab"
              id=${`tab-${tab}`}
              data-index=${index}
              aria-controls=${`panel-${tab}`}
              aria-selected=${this.tab === tab ? 'true' : 'false'}
              tabindex=${this.tabFocus.tabIndexOf(index)}
              @click=${() => this.showTab(tab)}
            >
              ${labels[tab]}${
                counts[tab]
                  ? // Read "Attachments (2)", not "Attachments2".
                    html`<span class="tab-count"
                      ><span class="cx-visually-hidden"> (</span>${counts[tab]}<span
                        class="cx-visually-hidden"
                        >)</span
                      ></span
                    >`
                  : nothing
              }
            </button>`,
        )}
      </div>
      <form
        class="flyout-body"
        part="body"
        novalidate
        ?inert=${Boolean(this.draft.submitted) || this.confirming}
        @submit=${(event: Event) => {
          event.preventDefault();
          void this.submit(false);
        }}
      >
        ${
          this.restored
            ? html`<div class="banner">
                ${announce(flyout.draftRestored)}<span>${flyout.draftRestored}</span>
                <button type="button" class="cx-link-button" @click=${() => this.discardDraft()}>
                  ${flyout.discardDraft}
                </button>
              </div>`
            : nothing
        }
        <div class="panels">
          ${this.panel(
            'details',
            html`${this.renderCustomer()} ${this.renderSubject()}
            ${this.duplicates.render({ text, busyTicketId: this.mergingInto, locked: Boolean(this.draft.submitted), onAdd: (ticket) => void this.addToCase(ticket) })}
            ${this.renderDescription()}
            ${this.renderChoices('status', flyout.status, TICKET_STATUSES, (value) => statusLabel(value, messages), statusIcon)}
            ${this.renderChoices('priority', flyout.priority, PRIORITIES, (value) => priorityLabel(value, messages), priorityIcon)}
            ${this.renderReason()}`,
          )}
          ${this.panel('notes', this.notes.render())}
          ${this.panel('attachments', this.uploads.render('case', text.attachments))}
        </div>
      </form>
      ${this.renderFooter()}`;
  }

  /** A tab's panel; hidden ones stay rendered, so their editors keep their state. */
  private panel(tab: Tab, content: TemplateResult): TemplateResult {
    return html`<div
      class="tab-panel"
      role="tabpanel"
      id=${`panel-${tab}`}
      aria-labelledby=${`tab-${tab}`}
      ?hidden=${this.tab !== tab}
    >
      ${content}
    </div>`;
  }

  private fieldError(name: FieldName): TemplateResult | typeof nothing {
    const message = this.errors[name];
    return message ? html`<p class="cx-field-error" id=${`${name}-error`}>${message}</p>` : nothing;
  }

  private describedBy(name: FieldName): string | typeof nothing {
    return this.errors[name] ? `${name}-error` : nothing;
  }

  private renderCustomer(): TemplateResult {
    const flyout = this.flyoutText;
    const box = this.customerBox;
    const options = this.options;
    const status = box.status;
    // A failed search is no empty result: "No results" would say the customer does not exist.
    const expanded = box.expanded && status !== 'error';
    const said =
      status === 'loading'
        ? flyout.searching
        : status === 'results'
          ? flyout.resultCount(options.length)
          : status === 'empty'
            ? flyout.noResults
            : '';
    return html`<div class="field combobox" @focusout=${box.onFocusOut}>
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
        aria-activedescendant=${expanded && box.active >= 0 ? `customer-option-${box.active}` : nothing}
        aria-invalid=${this.errors.customerId ? 'true' : 'false'}
        aria-describedby=${this.describedBy('customerId')}
        placeholder=${flyout.customerPlaceholder}
        .value=${live(this.customerText)}
        @input=${(event: InputEvent) => this.onCustomerInput(event)}
        @keydown=${box.onKeydown}
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
              aria-selected=${index === box.active ? 'true' : 'false'}
              class=${index === box.active ? 'active' : ''}
              @mousedown=${box.preventPointerFocus}
              @click=${() => box.pick(index)}
            >
              <span class="option-name"><bdi>${customer.name}</bdi></span>
              ${customer.email ? html`<span class="option-detail"><bdi>${customer.email}</bdi></span>` : nothing}
            </li>`,
        )}
        ${expanded && status === 'loading' ? html`<li class="searching" aria-disabled="true">${flyout.searching}</li>` : nothing}
        ${expanded && status === 'empty' ? html`<li class="no-results" aria-disabled="true">${flyout.noResults}</li>` : nothing}
      </ul>
      ${expanded ? announce(said) : nothing}
      ${
        status === 'error'
          ? renderInlineProblem({
              what: this.messages.searchFailed,
              error: this.search.error,
              wording: this.wording,
              retry: () => void this.search.refetch(),
            })
          : nothing
      }
      ${this.fieldError('customerId')}
    </div>`;
  }

  private renderSubject(): TemplateResult {
    const flyout = this.flyoutText;
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
    const flyout = this.flyoutText;
    return html`<div class="field">
      <span class="label" id="description-label">${flyout.description}</span>
      <div class="editor ${this.errors.description ? 'invalid' : ''}">
        ${this.toolbar.render(this.editor, 'description-editor')}
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
    const flyout = this.flyoutText;
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
      ${
        this.lookups.error && !this.lookups.data
          ? renderInlineProblem({
              what: this.messages.optionsFailed,
              error: this.lookups.error,
              wording: this.wording,
              retry: () => void this.lookups.refetch(),
            })
          : nothing
      }
      ${this.fieldError('reasonId')}
    </div>`;
  }

  /** A save whose answer never came: what we know, when we check again, and "Check now". */
  private renderOutcomeCheck(): TemplateResult {
    const { text } = this;
    const checking = this.nextCheckAt === undefined;
    const when = checking
      ? text.checkingNow
      : text.checkingAt(formatRelativeTime(this.nextCheckAt!, this.locale));
    return html`<div class="footer" part="footer">
      <div class="submit-error outcome">
        ${renderIcon(iconAlert)}
        <div>
          <!-- Said once, assertively; the countdown below changes with each check and is not announced. -->
          ${announce(`${text.outcomeUnknownHeading} ${text.outcomeUnknownDetail}`, 'assertive')}
          <div>
            <p class="submit-error-heading">${text.outcomeUnknownHeading}</p>
            <p>${text.outcomeUnknownDetail}</p>
            ${this.outcomeProblem ? html`<p>${text.outcomeBlocked([this.outcomeProblem.heading, this.outcomeProblem.detail].filter(Boolean).join(' '))}</p>` : nothing}
          </div>
          <p>${this.outcomeProblem ? '' : when}</p>
        </div>
        <button
          type="button"
          class="cx-button"
          aria-disabled=${checking && !this.outcomeProblem ? 'true' : 'false'}
          @click=${() => (this.outcomeProblem ? this.retryOutcome() : this.outcome.checkNow())}
        >
          ${text.checkNow}
        </button>
      </div>
    </div>`;
  }

  /** "Check now" after a check that could not tell (a login since renewed, say). */
  private retryOutcome(): void {
    this.outcomeProblem = undefined;
    this.outcome.start({ immediately: true });
  }

  private renderFooter(): TemplateResult {
    const { messages } = this.host;
    const flyout = this.flyoutText;
    const { text } = this;
    if (this.confirming) {
      return html`<div
        class="confirm footer"
        part="footer"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="confirm-heading"
        aria-describedby="confirm-detail"
      >
        <p id="confirm-heading" class="confirm-heading">${flyout.confirmCloseHeading}</p>
        <p id="confirm-detail">${flyout.confirmCloseDetail}</p>
        <div class="actions">
          <button
            type="button"
            class="cx-button cx-button--primary"
            @click=${async () => {
              this.confirming = false;
              // The form is inert until it renders without the question.
              await this.update();
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
    if (this.draft.submitted) return this.renderOutcomeCheck();
    return html`<div class="footer" part="footer">
      ${
        this.submitError
          ? html`<div class="submit-error">
              ${announce(`${flyout.notSaved} ${this.submitError.heading}`, 'assertive')}${renderIcon(iconAlert)}
              <div>
                <p class="submit-error-heading">${flyout.notSaved} ${this.submitError.heading}</p>
                ${this.submitError.detail ? html`<p>${this.submitError.detail}</p>` : nothing}
              </div>
              <button type="button" class="cx-button" @click=${() => this.submitError?.retry()}>
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
        ${
          this.submitting
            ? html`<span class="submitting"
                ><span class="cx-spinner" aria-hidden="true"></span>${
                  this.finishingUploads
                    ? text.finishingUploads
                    : this.mergingInto
                      ? text.addingToCase
                      : flyout.submitting
                }</span
              >`
            : nothing
        }
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
