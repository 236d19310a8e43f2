import { html, nothing, type TemplateResult } from 'lit';
import { SENTIMENTS } from '../../api/interaction-schemas.js';
import { CxApiError } from '../../api/errors.js';
import { MutationController } from '../../api/mutation-controller.js';
import type { ClientHost } from '../../api/query-controller.js';
import type { Interaction, InteractionPatch, Versioned } from '../../api/types.js';
import { anchorTo } from '../../core/anchor.js';
import { HostState } from '../../core/host-state.js';
import type { Politeness } from '../../core/interactions/announcer.js';
import { PopoverController } from '../../core/interactions/popover.js';
import { describeError, type ErrorWording } from '../../core/states.js';
import type { RatingField } from './log-columns.js';
import type { LogMessages } from './strings.js';

type RatingValue = string | number | null;

/** What the editor needs from the log. */
export interface RatingEditorHost extends ClientHost {
  /** The record as the log shows it now (a live change or a conflict may have replaced it). */
  recordById(id: string): Interaction | undefined;
  /** The grid cell of a record's column, where the editor opens and focus comes back to. */
  cellOf(recordId: string, field: RatingField): HTMLElement | null | undefined;
  say(text: string, politeness?: Politeness): void;
  /** Asks the server for the log again (after an unknown outcome, to show what it holds). */
  refresh(): Promise<unknown>;
  /** The server took a change: the host page is told (`cx-interaction-updated`). */
  rated(interaction: Interaction, changes: InteractionPatch): void;
}

/** What became of a change: shown above the grid until it is settled or dismissed. */
type Outcome =
  | { phase: 'saving'; id: string; field: RatingField; value: RatingValue }
  | { phase: 'conflict'; id: string; field: RatingField; mine: RatingValue; theirs: RatingValue }
  | { phase: 'failed'; id: string; field: RatingField; value: RatingValue; reason: string; unknown: boolean };

interface Editing {
  id: string;
  field: RatingField;
}

/**
 * Sentiment and CSAT, set in the grid by a supervisor: Enter (or a click) on the cell opens a small
 * dialog of choices; Save shows the new value at once in every list (the client's optimistic
 * update) and sends it with the record's version as `If-Match`. A refusal puts the old value back
 * and says why, with Try again; a `412` (someone rated it first) shows theirs and yours, as the
 * customer card does, with Keep mine (saved against their version) and Use theirs; a save whose
 * answer never came is said to be unconfirmed, never "not saved", and the log asks the server again.
 * Loaded the first time a supervisor edits (most who open the log only read it).
 */
export class RatingEditor {
  readonly popover: PopoverController;
  private readonly writes: MutationController;
  private readonly editing = new HostState<Editing | undefined>(this.host, undefined);
  /** One per record and field: two quick changes to two records each get their answer. */
  private readonly outcomes = new HostState<readonly Outcome[]>(this.host, []);

  constructor(
    private readonly host: RatingEditorHost,
    private readonly text: { readonly strings: LogMessages },
    private readonly wording: ErrorWording,
  ) {
    this.writes = new MutationController(host);
    this.popover = new PopoverController(host, {
      popover: () => host.shadowRoot?.querySelector<HTMLElement>('#log-rating'),
      trigger: () => {
        const editing = this.editing.value;
        return editing && host.cellOf(editing.id, editing.field);
      },
      // The current choice, as a radio group's focus goes.
      initialFocus: (popover) =>
        popover.querySelector<HTMLElement>('input:checked') ?? popover.querySelector<HTMLElement>('input'),
      placement: 'bottom-start',
      offset: 4,
      minBlockSize: 120,
      fitInline: true,
      anchorTo,
    });
  }

  /** Whether a record's value is on its way to the server (its cell is busy). */
  savingIn(id: string, field: RatingField): boolean {
    return this.outcomeOf(id, field)?.phase === 'saving';
  }

  private outcomeOf(id: string, field: RatingField): Outcome | undefined {
    return this.outcomes.value.find((outcome) => outcome.id === id && outcome.field === field);
  }

  /** Sets (or, with only the key, clears) the outcome of a record's field. */
  private setOutcome(id: string, field: RatingField, outcome?: Outcome): void {
    const others = this.outcomes.value.filter((item) => item.id !== id || item.field !== field);
    this.outcomes.value = outcome ? [...others, outcome] : others;
  }

  /** Opens the choices for a record's sentiment or CSAT, the current one checked. */
  async edit(record: Interaction, field: RatingField): Promise<void> {
    if (this.popover.isOpen) this.popover.hide();
    this.editing.value = { id: record.id, field };
    await this.popover.show();
  }

  /** Sends a value; the outcome is shown and said. */
  async save(id: string, field: RatingField, value: RatingValue): Promise<void> {
    const record = this.host.recordById(id);
    if (!record) return;
    const column = this.text.strings.column[field];
    const attempt: Outcome = { phase: 'saving', id, field, value };
    this.setOutcome(id, field, attempt);
    const patch: InteractionPatch =
      field === 'sentiment' ? { sentiment: value as never } : { csat: value as never };
    try {
      const updated = await this.writes.run((client, { language }) =>
        client.updateInteraction(id, patch, { language }),
      );
      if (this.outcomeOf(id, field) !== attempt) return;
      this.setOutcome(id, field);
      this.host.say(this.text.strings.ratingSaved(column, record.caseNumber, this.words(field, value)));
      this.host.rated(updated.data, patch);
    } catch (error) {
      if (this.outcomeOf(id, field) !== attempt) return;
      this.showFailure(record, field, value, error);
    }
  }

  /** Keeps the server's value after a conflict; focus goes back to the cell. */
  useTheirs(outcome: Outcome): void {
    const record = this.host.recordById(outcome.id);
    this.setOutcome(outcome.id, outcome.field);
    if (record)
      this.host.say(this.text.strings.tookTheirs(this.text.strings.column[outcome.field], record.caseNumber));
    this.focusCell(outcome);
  }

  dismiss(outcome: Outcome): void {
    this.setOutcome(outcome.id, outcome.field);
    this.focusCell(outcome);
  }

  /** Back to the record's cell when it is rendered; else the grid keeps its own tab stop. */
  private focusCell(outcome: Outcome): void {
    void this.host.updateComplete.then(() => {
      const cell = this.host.cellOf(outcome.id, outcome.field);
      if (cell) cell.focus();
      else this.host.shadowRoot?.querySelector<HTMLElement>('[role="grid"] [tabindex="0"]')?.focus();
    });
  }

  /** Sends the same value again (after a refusal, an unknown outcome, or "Keep mine"). */
  private retry(outcome: Outcome): void {
    const value = outcome.phase === 'conflict' ? outcome.mine : outcome.value;
    void this.save(outcome.id, outcome.field, value);
  }

  private showFailure(record: Interaction, field: RatingField, value: RatingValue, error: unknown): void {
    const text = this.text.strings;
    const column = text.column[field];
    const apiError = error instanceof CxApiError ? error : undefined;
    const theirs =
      apiError?.kind === 'conflict' ? (apiError.current as Versioned<Interaction> | undefined) : undefined;
    if (theirs?.data) {
      const conflict: Outcome = {
        phase: 'conflict',
        id: record.id,
        field,
        mine: value,
        theirs: theirs.data[field] ?? null,
      };
      this.setOutcome(record.id, field, conflict);
      this.host.say(text.ratingConflict(column, record.caseNumber), 'assertive');
      return;
    }
    const unknown = Boolean(apiError?.unknownOutcome);
    const described = describeError(error, this.wording);
    const reason = unknown
      ? text.ratingNotConfirmedDetail
      : [described.heading, described.detail].filter(Boolean).join(' ');
    this.setOutcome(record.id, field, { phase: 'failed', id: record.id, field, value, reason, unknown });
    const heading = unknown
      ? text.ratingNotConfirmed(column, record.caseNumber)
      : text.ratingNotSaved(column, record.caseNumber);
    this.host.say(`${heading}. ${reason}`, 'assertive');
    // The server may hold the new value or the old: show what it has.
    if (unknown) void this.host.refresh();
  }

  /** A value as the grid says it. */
  private words(field: RatingField, value: RatingValue): string {
    const text = this.text.strings;
    if (value == null || value === '') return text.notSet;
    if (field === 'csat') return text.csatValue(Number(value));
    return (text.sentimentValue as Record<string, string>)[String(value)] ?? String(value);
  }

  // ---- rendering ----

  /** The dialog of choices (rendered once; its content only while open). */
  renderPopover(): TemplateResult {
    const editing = this.editing.value;
    const record = editing && this.host.recordById(editing.id);
    const label =
      editing && record
        ? this.text.strings.ratingDialog(this.text.strings.column[editing.field], record.caseNumber)
        : '';
    return this.popover.render('log-rating', label, () =>
      editing && record ? this.renderChoices(record, editing.field, label) : nothing,
    );
  }

  private renderChoices(record: Interaction, field: RatingField, label: string): TemplateResult {
    const text = this.text.strings;
    const current = record[field] ?? null;
    const values: RatingValue[] = field === 'sentiment' ? [...SENTIMENTS, null] : [5, 4, 3, 2, 1, null];
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.currentTarget as HTMLFormElement;
      const chosen = form.querySelector<HTMLInputElement>('input:checked')?.value ?? '';
      const value: RatingValue = chosen === '' ? null : field === 'csat' ? Number(chosen) : chosen;
      this.popover.hide();
      if (value === current) return;
      void this.save(record.id, field, value);
    };
    return html`<form class="rating-form" @submit=${submit} @keydown=${submitOnEnter}>
      <fieldset>
        <legend class="cx-visually-hidden">${label}</legend>
        ${values.map(
          (value) =>
            html`<label class="rating-choice"
              ><input
                type="radio"
                name="rating"
                value=${value ?? ''}
                .checked=${value === current}
              />${this.words(field, value)}</label
            >`,
        )}
      </fieldset>
      <div class="form-actions">
        <button type="button" class="cx-link-button" @click=${() => this.popover.hide()}>
          ${text.cancel}
        </button>
        <button type="submit" class="cx-button cx-button--primary">${text.save}</button>
      </div>
    </form>`;
  }

  /** What became of each change not yet settled: refused, unconfirmed, or a conflict to settle. */
  renderOutcomes(): TemplateResult | typeof nothing {
    const shown = this.outcomes.value.filter((outcome) => outcome.phase !== 'saving');
    return shown.length
      ? html`${shown.map((outcome, index) => this.renderOutcome(outcome, index))}`
      : nothing;
  }

  private renderOutcome(outcome: Outcome, index: number): TemplateResult {
    const text = this.text.strings;
    const caseNumber = this.host.recordById(outcome.id)?.caseNumber ?? outcome.id;
    const column = text.column[outcome.field];
    const headingId = `rating-heading-${index}`;
    if (outcome.phase === 'conflict') {
      return html`<div
        class="rating-status rating-status--conflict"
        part="rating-status"
        role="group"
        aria-labelledby=${headingId}
      >
        <p id=${headingId} class="rating-heading">${text.ratingConflict(column, caseNumber)}</p>
        <dl class="versions">
          <div>
            <dt>${text.theirValue}</dt>
            <dd class="theirs">${this.words(outcome.field, outcome.theirs)}</dd>
          </div>
          <div>
            <dt>${text.yourValue}</dt>
            <dd class="yours">${this.words(outcome.field, outcome.mine)}</dd>
          </div>
        </dl>
        <div class="rating-actions">
          <button
            type="button"
            class="cx-button cx-button--primary keep-mine"
            @click=${() => this.retry(outcome)}
          >
            ${text.keepMine}
          </button>
          <button type="button" class="cx-button use-theirs" @click=${() => this.useTheirs(outcome)}>
            ${text.useTheirs}
          </button>
        </div>
      </div>`;
    }
    const failed = outcome as Extract<Outcome, { phase: 'failed' }>;
    const heading = failed.unknown
      ? text.ratingNotConfirmed(column, caseNumber)
      : text.ratingNotSaved(column, caseNumber);
    return html`<div
      class="rating-status rating-status--error"
      part="rating-status"
      role="group"
      aria-labelledby=${headingId}
    >
      <p id=${headingId} class="rating-heading">${heading}</p>
      <p class="rating-detail">${failed.reason}</p>
      <div class="rating-actions">
        <button type="button" class="cx-button cx-button--primary retry" @click=${() => this.retry(outcome)}>
          ${text.tryAgain}
        </button>
        <button type="button" class="cx-link-button dismiss" @click=${() => this.dismiss(outcome)}>
          ${text.dismiss}
        </button>
      </div>
    </div>`;
  }
}

/** Enter on a choice saves, as it would in a one-line form. */
function submitOnEnter(event: KeyboardEvent): void {
  const target = event.target as HTMLElement;
  if (event.key !== 'Enter' || !(target instanceof HTMLInputElement) || target.type !== 'radio') return;
  event.preventDefault();
  (event.currentTarget as HTMLFormElement).requestSubmit();
}
