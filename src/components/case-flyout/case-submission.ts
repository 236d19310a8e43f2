import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { CxApiError, isCxApiError, type CxApiErrorKind } from '../../api/errors.js';
import type { MutationController } from '../../api/mutation-controller.js';
import type { ClientHost } from '../../api/query-controller.js';
import type { Note, Ticket, TicketCreate } from '../../api/types.js';
import { formatRelativeTime } from '../../core/format.js';
import { HostState } from '../../core/host-state.js';
import { iconAlert, renderIcon } from '../../core/icons.js';
import { announce } from '../../core/interactions/announcer.js';
import type { Successor } from '../../core/interactions/focus-keeper.js';
import type { Messages } from '../../core/localize/messages.js';
import { sanitizeHtmlToString } from '../../core/sanitize.js';
import { describeError, type ErrorWording } from '../../core/states.js';
import type { DraftKeeper } from './draft-keeper.js';
import { draftFiles, type CaseDraft, type DraftFile, type DraftNote } from './drafts.js';
import { FIELD_ORDER, validateDraft, type FieldErrors } from './form-fields.js';
import type { CaseFormMessages } from './form-messages.js';
import type { CaseNotes } from './notes.js';
import { OutcomeCheck } from './outcome-check.js';
import type { FormTab } from './form-tabs.js';
import type { FlyoutMessages } from './strings.js';
import type { Uploads } from './uploads.js';

// Sending the draft: Save (or Save and resolve) creates the case under the draft's one
// Idempotency-Key; "Add to this case" adds it as notes to a similar open case. Both wait for the
// draft's uploads first. A refusal shows why, with Try again; no answer at all is no refusal: the
// form locks and the same request is checked until the server says (see outcome-check.ts). The
// footer (Save, what is happening, what went wrong) is drawn here.

/** Errors that say nothing about whether a save created the case. */
const OUTCOME_STILL_UNKNOWN: CxApiErrorKind[] = [
  'unauthorized',
  'forbidden',
  'not-configured',
  'misconfigured',
  'invalid-response',
  'aborted',
];

/** What the server has now: a new case, or notes on an existing one. */
export interface SavedCase {
  ticket: Ticket;
  kind: 'created' | 'updated';
  /** The notes "Add to this case" created. */
  notes?: Note[];
}

export interface SubmissionHost extends ClientHost {
  readonly draft: CaseDraft;
  readonly text: CaseFormMessages;
  readonly flyoutText: FlyoutMessages;
  readonly messages: Messages;
  readonly wording: ErrorWording;
  /** The one write path (uploads go through it too). */
  readonly writes: MutationController;
  readonly uploads: Uploads;
  readonly notes: CaseNotes;
  readonly keeper: DraftKeeper;
  change(patch: Partial<CaseDraft>): void;
  /** Shows `errors` on their fields; when there are any, opens Details and focuses the first. True if any. */
  showFieldErrors(errors: FieldErrors): Promise<boolean>;
  showTab(tab: FormTab): Promise<void>;
  /** The server has everything: the draft goes, and the form says what was saved. */
  completed(saved: SavedCase): Promise<void>;
  /** "Open full form". */
  expand(): void;
  handFocusTo(successor: Successor): void;
}

/** The server ids of files that are all uploaded (`prepare` has made sure). */
const attachmentIds = (files: readonly DraftFile[]) => files.map((file) => file.attachment!.id);

/** A note as it is sent: HTML sanitized again, files by id. */
const sentNote = (note: Pick<DraftNote, 'body' | 'attachments'>) => ({
  body: sanitizeHtmlToString(note.body),
  attachmentIds: attachmentIds(note.attachments),
});

/** The title, as an HTML paragraph (escaped by the DOM), to head a note added to an existing case. */
function titleParagraph(title: string): string {
  const paragraph = document.createElement('p');
  const strong = document.createElement('strong');
  strong.textContent = title;
  paragraph.append(strong);
  return paragraph.outerHTML;
}

interface Progress {
  /** A save or "Add to this case" is running. */
  submitting: boolean;
  /** …and is waiting for the draft's uploads. */
  finishingUploads: boolean;
  /** The case "Add to this case" is adding to. */
  mergingInto?: string;
  /** Why the last try failed, with what tries again. */
  error?: { heading: string; detail?: string; retry: () => void };
  /** A save whose answer never came: when the next check is due (undefined: one is running). */
  nextCheckAt?: number;
  /** Why the last check of an unknown outcome could not tell (a refused login, say). */
  outcomeProblem?: { heading: string; detail?: string };
}

export class CaseSubmission implements ReactiveController {
  private readonly progress: HostState<Progress>;
  /** Checks a save whose answer never came (see outcome-check.ts). */
  private readonly outcome = new OutcomeCheck({
    resend: () => this.send(this.host.draft.submitted!.body, false),
    settled: (outcome) => void this.outcomeSettled(outcome),
    scheduled: (at) => this.set({ nextCheckAt: at }),
  });

  constructor(private readonly host: SubmissionHost) {
    host.addController(this);
    this.progress = new HostState<Progress>(host, { submitting: false, finishingUploads: false });
  }

  get submitting(): boolean {
    return this.progress.value.submitting;
  }

  /** The case "Add to this case" is adding to, while it runs. */
  get mergingInto(): string | undefined {
    return this.progress.value.mergingInto;
  }

  private set(patch: Partial<Progress>): void {
    this.progress.value = { ...this.progress.value, ...patch };
  }

  hostDisconnected(): void {
    this.outcome.stop();
  }

  /** A draft whose save's answer never came (before a reload, or before the form left the page): check now. */
  resume(): void {
    if (this.host.draft.submitted && !this.outcome.active) this.outcome.start({ immediately: true });
  }

  /** A fresh draft: nothing running, nothing failed. */
  reset(): void {
    this.outcome.stop();
    this.progress.value = { submitting: false, finishingUploads: false };
  }

  /** Shared by Save and "Add to this case": one at a time, the note in the composer kept, files uploaded. */
  private async prepare(retry: () => void): Promise<boolean> {
    const { host } = this;
    if (this.submitting) return false;
    if (host.notes.composing && !(await host.notes.commit())) {
      await host.showTab('notes');
      return false;
    }
    this.set({ submitting: true, error: undefined });
    const files = draftFiles(host.draft);
    if (files.some((file) => !file.attachment)) {
      this.set({ finishingUploads: true });
      await host.uploads.settled(files);
      this.set({ finishingUploads: false });
    }
    const missing = host.uploads.missing(draftFiles(host.draft));
    if (!missing.length) return true;
    this.set({ submitting: false, error: { heading: host.text.uploadsMissing(missing.length), retry } });
    const inCase = host.draft.attachments.some((file) => file.id === missing[0]!.id);
    await host.showTab(inCase ? 'attachments' : 'notes');
    host
      .querySelector<HTMLElement>(
        '[role="tabpanel"]:not([hidden]) .file.failed button, [role="tabpanel"]:not([hidden]) .file.cancelled button',
      )
      ?.focus();
    return false;
  }

  /** Save (`resolve`: Save and resolve). */
  async submit(resolve: boolean): Promise<void> {
    const { host } = this;
    if (this.submitting || host.draft.submitted) return;
    if (await host.showFieldErrors(validateDraft(host.draft, host.flyoutText))) return;
    if (!(await this.prepare(() => void this.submit(resolve)))) return;
    const draft = host.draft;
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
    const { idempotencyKey } = this.host.draft;
    return this.host.writes.run(
      (client, { language }) => client.createTicket(body, { idempotencyKey, language }),
      { report },
    );
  }

  private async created(ticket: Ticket): Promise<void> {
    this.reset();
    await this.host.completed({ ticket, kind: 'created' });
  }

  /** A save's answer never came: keep what was sent, lock the form, and check until we know. */
  private async awaitOutcome(body: TicketCreate): Promise<void> {
    const { host } = this;
    this.set({ submitting: false, error: undefined, outcomeProblem: undefined });
    // The form locks at the next render, taking focus from Save: it goes to "Check now".
    const checkNow = () => host.querySelector<HTMLElement>('.outcome button');
    host.handFocusTo(checkNow);
    host.change({ submitted: { body, at: new Date().toISOString() } });
    await host.keeper.flush();
    this.outcome.start();
    await host.updateComplete;
    checkNow()?.focus();
  }

  /** The check ended: the case exists, or the server answered with an error. */
  private async outcomeSettled(
    outcome: { ok: true; result: unknown } | { ok: false; error: unknown },
  ): Promise<void> {
    if (outcome.ok) return this.created(outcome.result as Ticket);
    const { error } = outcome;
    // A refused login or a broken set-up says nothing about the case: still unknown, checked again on request.
    if (isCxApiError(error) && OUTCOME_STILL_UNKNOWN.includes(error.kind)) {
      this.set({ outcomeProblem: describeError(error, this.host.wording) });
      return;
    }
    // Any other answer (a 422, say) is the server's word: the case was not created.
    const sent = this.host.draft.submitted?.body;
    this.host.change({ submitted: undefined });
    await this.failed(error, () => void this.submit(sent?.status === 'resolved'));
  }

  /** "Check now" after a check that could not tell (a login since renewed, say). */
  private retryOutcome(): void {
    this.set({ outcomeProblem: undefined });
    this.outcome.start({ immediately: true });
  }

  /**
   * "Add to this case": the description (headed by the title) with the case's files becomes a
   * note on `ticket`, and each drafted note another. What the server already has is remembered in
   * the draft, so a retry after a failure adds nothing twice. The draft stays until all are in.
   */
  async addToCase(ticket: Ticket): Promise<void> {
    const { host } = this;
    if (this.submitting || host.draft.submitted) return;
    const retry = () => void this.addToCase(ticket);
    if (!(await this.prepare(retry))) return;
    this.set({ mergingInto: ticket.id });
    const draft = host.draft;
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
          await host.writes.run((client, { language }) =>
            client.addNote(ticket.id, note, { language, idempotencyKey }),
          ),
        );
        host.change({ merge: { ticketId: ticket.id, notesAdded: start + 1 } });
        await host.keeper.flush();
      }
      this.reset();
      await host.completed({ ticket, kind: 'updated', notes: added });
    } catch (error) {
      this.set({ mergingInto: undefined });
      await this.failed(error, retry);
    }
  }

  private async failed(error: unknown, retry: () => void): Promise<void> {
    this.set({ submitting: false });
    const fieldErrors = error instanceof CxApiError ? error.fieldErrors : [];
    const mapped = fieldErrors.filter((item) => (FIELD_ORDER as string[]).includes(item.field));
    if (await this.host.showFieldErrors(Object.fromEntries(mapped.map((item) => [item.field, item.message]))))
      return;
    const { heading, detail } = describeError(error, this.host.wording);
    this.set({ error: { heading, detail, retry } });
    await this.host.updateComplete;
    this.host.querySelector<HTMLElement>('.submit-error button')?.focus();
  }

  /** The footer: Save and the rest, or, for a save whose answer never came, the check. */
  render(): TemplateResult {
    return this.host.draft.submitted ? this.renderOutcomeCheck() : this.renderActions();
  }

  private renderActions(): TemplateResult {
    const { messages, flyoutText: flyout, text } = this.host;
    const { submitting, finishingUploads, mergingInto, error } = this.progress.value;
    return html`<div class="footer" part="footer">
      ${
        error
          ? html`<div class="submit-error">
              ${announce(`${flyout.notSaved} ${error.heading}`, 'assertive')}${renderIcon(iconAlert)}
              <div>
                <p class="submit-error-heading">${flyout.notSaved} ${error.heading}</p>
                ${error.detail ? html`<p>${error.detail}</p>` : nothing}
              </div>
              <button type="button" class="cx-button" @click=${() => error.retry()}>${messages.retry}</button>
            </div>`
          : nothing
      }
      <div class="actions">
        <button type="button" class="cx-link-button expand" @click=${() => this.host.expand()}>
          ${flyout.openFullForm}
        </button>
        <span class="spacer"></span>
        ${
          submitting
            ? html`<span class="submitting"
                ><span class="cx-spinner" aria-hidden="true"></span>${
                  finishingUploads
                    ? text.finishingUploads
                    : mergingInto
                      ? text.addingToCase
                      : flyout.submitting
                }</span
              >`
            : nothing
        }
        <button
          type="button"
          class="cx-button"
          aria-disabled=${submitting ? 'true' : 'false'}
          @click=${() => this.submit(true)}
        >
          ${flyout.saveAndResolve}
        </button>
        <button
          type="button"
          class="cx-button cx-button--primary save"
          aria-disabled=${submitting ? 'true' : 'false'}
          @click=${() => this.submit(false)}
        >
          ${flyout.save}
        </button>
      </div>
    </div>`;
  }

  /** A save whose answer never came: what we know, when we check again, and "Check now". */
  private renderOutcomeCheck(): TemplateResult {
    const { text, locale } = this.host;
    const { nextCheckAt, outcomeProblem } = this.progress.value;
    const checking = nextCheckAt === undefined;
    const when =
      nextCheckAt === undefined ? text.checkingNow : text.checkingAt(formatRelativeTime(nextCheckAt, locale));
    return html`<div class="footer" part="footer">
      <div class="submit-error outcome">
        ${renderIcon(iconAlert)}
        <div>
          <!-- Said once, assertively; the countdown below changes with each check and is not announced. -->
          ${announce(`${text.outcomeUnknownHeading} ${text.outcomeUnknownDetail}`, 'assertive')}
          <div>
            <p class="submit-error-heading">${text.outcomeUnknownHeading}</p>
            <p>${text.outcomeUnknownDetail}</p>
            ${outcomeProblem ? html`<p>${text.outcomeBlocked([outcomeProblem.heading, outcomeProblem.detail].filter(Boolean).join(' '))}</p>` : nothing}
          </div>
          <p>${outcomeProblem ? '' : when}</p>
        </div>
        <button
          type="button"
          class="cx-button"
          aria-disabled=${checking && !outcomeProblem ? 'true' : 'false'}
          @click=${() => (outcomeProblem ? this.retryOutcome() : this.outcome.checkNow())}
        >
          ${text.checkNow}
        </button>
      </div>
    </div>`;
  }
}
