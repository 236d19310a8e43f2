import { html, nothing, type TemplateResult } from 'lit';
import { iconEdit, iconTrash, renderIcon } from '../../core/icons.js';
import type { Messages } from '../../core/localize/messages.js';
import { HostState } from '../../core/host-state.js';
import { htmlToText } from '../../core/sanitize.js';
import type { CaseDraft, DraftNote } from './drafts.js';
import type { CaseFormMessages } from './form-messages.js';
import { EditorToolbar, type ToolbarHost } from './editor-toolbar.js';
import type { RichText } from './rich-text.js';
import type { Uploads } from './uploads.js';

// The Case notes tab: notes written before the case exists, each with rich text and files, sent
// with the case (or added to an existing case by "Add to this case"). The note being written lives
// in the draft too, so it survives a reload like everything else.

export interface NotesHost extends ToolbarHost {
  readonly messages: Messages;
  readonly text: CaseFormMessages;
  readonly draft: CaseDraft;
  readonly uploads: Uploads;
  /** The composer's editor, mounted by the form with the description's. */
  readonly noteEditor: RichText | undefined;
  change(patch: Partial<CaseDraft>): void;
  announce(text: string): void;
}

const EMPTY_COMPOSER: CaseDraft['noteComposer'] = { editing: null, body: '', attachments: [] };

export class CaseNotes {
  /** Why the composer's note could not be added (empty, files not uploaded). */
  private readonly error: HostState<string>;
  private readonly toolbar: EditorToolbar;

  constructor(private readonly host: NotesHost) {
    this.toolbar = new EditorToolbar(host, 'note');
    this.error = new HostState(host, '');
  }

  private get composer(): CaseDraft['noteComposer'] {
    return this.host.draft.noteComposer;
  }

  /** Whether the composer holds a note that is not in the list yet. */
  get composing(): boolean {
    return Boolean(this.composer.body.trim() || this.composer.attachments.length);
  }

  /** The composer changed (typing, files): kept in the draft. */
  compose(patch: Partial<CaseDraft['noteComposer']>): void {
    this.error.value = '';
    this.host.change({ noteComposer: { ...this.composer, ...patch } });
  }

  /**
   * Puts the composer's note in the list (new or edited), once its files are uploaded. False,
   * with a message on the composer, when it is empty or some of its files did not upload (their
   * Retry is right below).
   */
  async commit(): Promise<boolean> {
    const { host } = this;
    if (!this.composing) return this.refuse(host.text.noteEmpty);
    if (this.composer.attachments.some((file) => !file.attachment)) {
      await host.uploads.settled(this.composer.attachments);
      const missing = host.uploads.missing(this.composer.attachments);
      if (missing.length) return this.refuse(host.text.uploadsMissing(missing.length));
    }
    const { editing, body, attachments } = this.composer;
    const note: DraftNote = { id: editing ?? crypto.randomUUID(), body, attachments };
    const notes = editing
      ? host.draft.notes.map((existing) => (existing.id === editing ? note : existing))
      : [...host.draft.notes, note];
    host.change({ notes, noteComposer: EMPTY_COMPOSER });
    this.host.noteEditor?.setContent('');
    this.error.value = '';
    host.announce(host.text.noteAdded);
    return true;
  }

  private refuse(message: string): false {
    this.error.value = message;
    return false;
  }

  private async edit(note: DraftNote): Promise<void> {
    // A note half-written in the composer is added first, so nothing typed is lost.
    if (this.composing && this.composer.editing !== note.id && !(await this.commit())) return;
    this.host.change({
      noteComposer: { editing: note.id, body: note.body, attachments: note.attachments },
    });
    this.host.noteEditor?.setContent(note.body);
    this.host.noteEditor?.focus();
  }

  private cancelEdit(): void {
    const editing = this.host.draft.notes.find((note) => note.id === this.composer.editing);
    const kept = new Set(editing?.attachments.map((file) => file.id));
    this.host.uploads.forget(this.composer.attachments.filter((file) => !kept.has(file.id)));
    this.host.change({ noteComposer: EMPTY_COMPOSER });
    this.host.noteEditor?.setContent('');
    this.error.value = '';
  }

  private async remove(note: DraftNote, index: number): Promise<void> {
    const { host } = this;
    if (this.composer.editing === note.id) this.cancelEdit();
    host.uploads.forget(note.attachments);
    host.change({ notes: host.draft.notes.filter((existing) => existing.id !== note.id) });
    host.announce(host.text.noteRemoved);
    await host.updateComplete;
    // Focus stays in the list: on the next note's Edit, the previous one's, or the composer.
    const buttons = [...(host.root?.querySelectorAll<HTMLElement>('.note-item .edit-note') ?? [])];
    (buttons[index] ?? buttons[index - 1] ?? this.host.noteEditor)?.focus();
  }

  render(): TemplateResult {
    const { host } = this;
    const { text } = host;
    const { notes } = host.draft;
    const editingIndex = notes.findIndex((note) => note.id === this.composer.editing);
    return html`<div class="note-composer">
        <span class="label" id="note-label"
          >${editingIndex >= 0 ? `${text.editingNote}: ${text.noteHeading(editingIndex + 1)}` : text.newNote}</span
        >
        <div class="editor ${this.error.value ? 'invalid' : ''}">
          ${this.toolbar.render(this.host.noteEditor, 'note-editor')}
          <div
            class="editor-mount note-editor-mount"
            id="note-editor"
            aria-describedby=${this.error.value ? 'note-error' : nothing}
          ></div>
        </div>
        ${this.error.value ? html`<p class="cx-field-error" id="note-error">${this.error.value}</p>` : nothing}
        ${host.uploads.render('note', text.noteFiles)}
        <div class="actions">
          ${
            editingIndex >= 0
              ? html`<button type="button" class="cx-button" @click=${() => this.cancelEdit()}>
                  ${host.messages.cancel}
                </button>`
              : nothing
          }
          <button type="button" class="cx-button add-note" @click=${() => void this.commit()}>
            ${editingIndex >= 0 ? text.updateNote : text.addNote}
          </button>
        </div>
      </div>
      ${
        notes.length
          ? html`<ol class="note-list" aria-label=${text.notes}>
              ${notes.map((note, index) => this.renderNote(note, index, index === editingIndex))}
            </ol>`
          : html`<p class="notes-empty">${text.noNotes}</p>`
      }`;
  }

  private renderNote(note: DraftNote, index: number, editing: boolean): TemplateResult {
    const { text } = this.host;
    const number = index + 1;
    const headingId = `note-heading-${index}`;
    return html`<li class="note-item ${editing ? 'editing' : ''}" aria-labelledby=${headingId}>
      <div class="note-text">
        <span class="note-heading" id=${headingId}>${text.noteHeading(number)}</span>
        <span class="note-preview">${htmlToText(note.body)}</span>
        ${
          note.attachments.length
            ? html`<span class="note-files"
                >${text.fileCount(note.attachments.length)}:
                ${note.attachments.map((file) => file.name).join(', ')}</span
              >`
            : nothing
        }
      </div>
      <span class="note-actions">
        <button
          type="button"
          class="cx-icon-button edit-note"
          aria-label=${text.editNote(number)}
          aria-pressed=${editing ? 'true' : 'false'}
          @click=${() => this.edit(note)}
        >
          ${renderIcon(iconEdit)}
        </button>
        <button
          type="button"
          class="cx-icon-button remove-note"
          aria-label=${text.removeNote(number)}
          @click=${() => this.remove(note, index)}
        >
          ${renderIcon(iconTrash)}
        </button>
      </span>
    </li>`;
  }
}
