import type { Attachment } from '../../api/types.js';
import type { CaseDraft, DraftFile } from './drafts.js';
import type { FileListName } from './uploads.js';
import type { RichText } from './rich-text.js';

// The form's two rich-text editors (the description, and the note being written), loaded with
// the form's first opening and mounted into the elements the form rendered for them; and the
// images pasted or dropped into them, shown where they were dropped once uploaded.

export interface FormEditorsHost {
  draft(): CaseDraft;
  /** The form's elements (the editors mount into `#description-editor` and `#note-editor`). */
  readonly root: ParentNode;
  /** The editors' labels and the placeholder of an image on its way. */
  labels(): { description: string; note: string; uploadingImage: string };
  described(html: string): void;
  noteWritten(html: string): void;
  /** A selection moved: the toolbars show the marks under it. */
  selectionChanged(): void;
  /** Files pasted or dropped: added to `list`; the images among them placed at `position` once uploaded. */
  addFiles(list: FileListName, files: File[], inline: boolean): DraftFile[];
}

export class FormEditors {
  description?: RichText;
  note?: RichText;
  private loading?: Promise<void>;

  constructor(private readonly host: FormEditorsHost) {}

  /** Mounts both editors (once), after the form has rendered their elements. */
  async mount(): Promise<void> {
    if (this.description) return;
    this.loading ??= import('./rich-text.js').then(({ RichText }) => {
      const { host } = this;
      const description = host.root.querySelector<HTMLElement>('#description-editor');
      const note = host.root.querySelector<HTMLElement>('#note-editor');
      if (!description || !note) return;
      const labels = host.labels();
      const selectionChanged = () => host.selectionChanged();
      this.description = new RichText({
        element: description,
        content: host.draft().description,
        label: labels.description,
        labelledBy: 'description-label',
        onUpdate: (html, isEmpty) => host.described(isEmpty ? '' : html),
        onSelectionChange: selectionChanged,
        onFiles: (files, at) => this.dropped('case', files, at),
      });
      this.note = new RichText({
        element: note,
        content: host.draft().noteComposer.body,
        label: labels.note,
        labelledBy: 'note-label',
        onUpdate: (html, isEmpty) => host.noteWritten(isEmpty ? '' : html),
        onSelectionChange: selectionChanged,
        onFiles: (files, at) => this.dropped('note', files, at),
      });
      selectionChanged();
    });
    await this.loading;
  }

  /** The form left the page: the editors let go of the document (mounted again on the next opening). */
  destroy(): void {
    this.description?.destroy();
    this.note?.destroy();
    this.description = undefined;
    this.note = undefined;
    this.loading = undefined;
  }

  /** A fresh draft: empty editors (the description's prefill, if any). */
  reset(description: string): void {
    this.description?.setContent(description);
    this.note?.setContent('');
  }

  /** An image is uploaded: it shows where it was dropped, or, after a reload, at the end of its editor. */
  placeImage(file: DraftFile, attachment: Attachment): void {
    const inCase = this.host.draft().attachments.some((entry) => entry.id === file.id);
    const editor =
      [this.description, this.note].find((candidate) => candidate?.hasImagePlaceholder(file.id)) ??
      (inCase ? this.description : this.note);
    editor?.replaceImagePlaceholder(file.id, attachment.url, file.name);
  }

  /** The file will not be uploaded: its placeholder goes. */
  removeImage(file: DraftFile): void {
    this.description?.removeImagePlaceholder(file.id);
    this.note?.removeImagePlaceholder(file.id);
  }

  private dropped(list: FileListName, files: File[], position: number): void {
    const images = files.filter((file) => file.type.startsWith('image/'));
    const others = files.filter((file) => !file.type.startsWith('image/'));
    const editor = list === 'case' ? this.description : this.note;
    const placeholder = this.host.labels().uploadingImage;
    for (const file of this.host.addFiles(list, images, true))
      editor?.addImagePlaceholder(file.id, position, placeholder);
    if (others.length) this.host.addFiles(list, others, false);
  }
}
