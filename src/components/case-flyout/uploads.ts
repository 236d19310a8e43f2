import { announce } from '../../core/interactions/announcer.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { MutationController } from '../../api/mutation-controller.js';
import { CxApiError } from '../../api/errors.js';
import type { Attachment } from '../../api/types.js';
import { formatFileSize } from '../../core/format.js';
import {
  iconAlert,
  iconAttachment,
  iconCheck,
  iconClose,
  iconRefresh,
  iconTrash,
  renderIcon,
} from '../../core/icons.js';
import type { Messages } from '../../core/localize/messages.js';
import type { CaseFormMessages } from './form-messages.js';
import { describeError, type ErrorWording } from '../../core/states.js';
import { deleteDraftFile, saveDraftFile, type DraftFile } from './drafts.js';

// Files of a new case: picked or dropped, checked against the integrator's limits (each refused
// file gets its own message), uploaded at once with per-file progress, cancelable and retriable,
// kept in the draft (metadata in the draft, the blob beside it) so a reload resumes them.

/** Limits the integrator sets on the flyout (`max-file-size`, `max-files`, `accept`). */
export interface FileLimits {
  /** Bytes per file. */
  maxFileSize: number;
  /** Files per list (the case's attachments, or one note's). */
  maxFiles: number;
  /** Like `<input accept>`: `.pdf,image/*,application/zip`; empty accepts every type. */
  accept: string;
}

/** Where a file is attached: the case itself, or the note being written. */
export type FileListName = 'case' | 'note';

/** Whether `file` is of a type `accept` allows (the `<input accept>` syntax). */
export function acceptsType(accept: string, file: { name: string; type: string }): boolean {
  const tokens = accept
    .split(',')
    .map((token) => token.trim().toLowerCase())
    .filter(Boolean);
  if (!tokens.length) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return tokens.some((token) =>
    token.startsWith('.')
      ? name.endsWith(token)
      : token.endsWith('/*')
        ? type.startsWith(token.slice(0, -1))
        : type === token,
  );
}

/** Why a file cannot be added, in words for the agent; undefined when it can. */
export function refusal(
  file: File,
  limits: FileLimits,
  alreadyThere: number,
  text: CaseFormMessages,
  locale: string,
): string | undefined {
  if (!acceptsType(limits.accept, file)) return text.fileWrongType(file.name);
  if (file.size === 0) return text.fileEmpty(file.name);
  if (file.size > limits.maxFileSize)
    return text.fileTooLarge(
      file.name,
      formatFileSize(file.size, locale),
      formatFileSize(limits.maxFileSize, locale),
    );
  if (alreadyThere >= limits.maxFiles) return text.fileTooMany(file.name, limits.maxFiles);
  return undefined;
}

type UploadStatus = 'uploading' | 'failed' | 'cancelled' | 'done';

interface UploadState {
  status: UploadStatus;
  loaded: number;
  error?: string;
  controller?: AbortController;
  done?: Promise<void>;
}

/** What the uploads need from the form that owns the draft. */
export interface UploadsHost {
  /** The one write path: every upload and delete goes through it. */
  readonly writes: MutationController;
  readonly messages: Messages;
  /** How errors are worded in the flyout's language. */
  readonly wording: ErrorWording;
  /** The form's own strings. */
  readonly text: CaseFormMessages;
  readonly locale: string;
  readonly limits: FileLimits;
  readonly draftId: string;
  /** Where the hidden file inputs are, for the visible button to open their picker. */
  readonly root: ParentNode | null;
  files(list: FileListName): DraftFile[];
  setFiles(list: FileListName, files: DraftFile[]): void;
  /** The server has the file now. */
  uploaded(file: DraftFile, attachment: Attachment): void;
  /** The file will not be uploaded (removed, cancelled or failed). */
  abandoned(file: DraftFile): void;
  announce(text: string): void;
  requestUpdate(): void;
}

export class Uploads {
  private readonly states = new Map<string, UploadState>();
  /** The last refusals per list, shown until the next files are added or they are dismissed. */
  private readonly refusals = new Map<FileListName, string[]>();

  constructor(private readonly host: UploadsHost) {}

  /** Adds what passes the limits (and uploads it), refusing the rest with a message each. */
  add(list: FileListName, picked: readonly File[], inline = false): DraftFile[] {
    const { host } = this;
    const files = host.files(list);
    const added: DraftFile[] = [];
    const refused: string[] = [];
    for (const file of picked) {
      const reason = refusal(file, host.limits, files.length + added.length, host.text, host.locale);
      if (reason) {
        refused.push(reason);
        continue;
      }
      added.push({
        id: crypto.randomUUID(),
        name: file.name,
        size: file.size,
        type: file.type,
        file,
        ...(inline ? { inline: true } : {}),
      });
    }
    this.refusals.set(list, refused);
    if (added.length) {
      host.setFiles(list, [...files, ...added]);
      for (const file of added) {
        void saveDraftFile(host.draftId, file.id, file.file!);
        this.start(file);
      }
    }
    host.requestUpdate();
    return added;
  }

  /** Uploads the files of a restored draft that the server does not have yet. */
  resume(files: readonly DraftFile[]): void {
    for (const file of files) if (!file.attachment && !this.states.has(file.id)) this.start(file);
  }

  status(file: DraftFile): UploadState {
    return this.states.get(file.id) ?? { status: file.attachment ? 'done' : 'failed', loaded: 0 };
  }

  /** Resolves when no upload among `files` is in flight. */
  async settled(files: readonly DraftFile[]): Promise<void> {
    await Promise.all(files.map((file) => this.states.get(file.id)?.done));
  }

  /** Files among `files` the server does not have (after `settled`: failed or cancelled). */
  missing(files: readonly DraftFile[]): DraftFile[] {
    return files.filter((file) => !file.attachment);
  }

  cancel(file: DraftFile): void {
    this.states.get(file.id)?.controller?.abort();
  }

  retry(file: DraftFile): void {
    this.start(file);
  }

  remove(list: FileListName, file: DraftFile): void {
    const { host } = this;
    host.setFiles(
      list,
      host.files(list).filter((entry) => entry.id !== file.id),
    );
    this.forget([file]);
    host.requestUpdate();
  }

  /** Files that left the draft: uploads stopped, blobs deleted, the server told. */
  forget(files: readonly DraftFile[]): void {
    const { host } = this;
    for (const file of files) {
      this.cancel(file);
      this.states.delete(file.id);
      void deleteDraftFile(host.draftId, file.id);
      // The server keeps an unattached upload until it expires; telling it now is tidier.
      const attachment = file.attachment;
      if (attachment)
        host.writes
          .run((client, { language }) => client.deleteAttachment(attachment.id, undefined, { language }))
          .catch(() => undefined);
      host.abandoned(file);
    }
  }

  /** Stops every upload (the flyout left the page); a restored draft resumes them. */
  abortAll(): void {
    for (const state of this.states.values()) state.controller?.abort();
    this.states.clear();
  }

  private start(file: DraftFile): void {
    const { host } = this;
    const { text } = host;
    if (!file.file) {
      this.states.set(file.id, { status: 'failed', loaded: 0, error: text.fileUnavailable });
      host.requestUpdate();
      return;
    }
    const blob =
      file.file instanceof File ? file.file : new File([file.file], file.name, { type: file.type });
    const controller = new AbortController();
    const state: UploadState = { status: 'uploading', loaded: 0, controller };
    this.states.set(file.id, state);
    state.done = host.writes
      .run((client, { language }) =>
        client.uploadAttachment(blob, {
          signal: controller.signal,
          language,
          onProgress: ({ loaded }) => {
            state.loaded = loaded;
            host.requestUpdate();
          },
        }),
      )
      .then(
        (attachment) => {
          if (this.states.get(file.id) !== state) return;
          this.states.set(file.id, { status: 'done', loaded: file.size });
          host.uploaded(file, attachment);
          host.announce(text.fileUploaded(file.name));
        },
        (error: unknown) => {
          if (this.states.get(file.id) !== state) return;
          const cancelled = error instanceof CxApiError && error.kind === 'aborted';
          const { heading, detail } = describeError(error, host.wording);
          this.states.set(file.id, {
            status: cancelled ? 'cancelled' : 'failed',
            loaded: 0,
            error: cancelled ? text.uploadCancelled : [heading, detail].filter(Boolean).join(' '),
          });
          host.abandoned(file);
          if (!cancelled) host.announce(text.fileNotUploaded(file.name));
        },
      )
      .finally(() => host.requestUpdate());
    host.requestUpdate();
  }

  // ---- rendering ----

  /** The "Add files" button and drop zone, the refusals, and the list (named `label`) with progress. */
  render(list: FileListName, label: string): TemplateResult {
    const { host } = this;
    const { text } = host;
    const { limits } = host;
    const files = host.files(list);
    const refused = this.refusals.get(list) ?? [];
    const inputId = `file-input-${list}`;
    const hintId = `file-hint-${list}`;
    return html`<div class="files">
      <div
        class="drop-zone"
        @dragover=${(event: DragEvent) => {
          if (!event.dataTransfer?.types.includes('Files')) return;
          event.preventDefault();
          (event.currentTarget as HTMLElement).classList.add('dragging');
        }}
        @dragleave=${(event: DragEvent) => (event.currentTarget as HTMLElement).classList.remove('dragging')}
        @drop=${(event: DragEvent) => {
          (event.currentTarget as HTMLElement).classList.remove('dragging');
          const dropped = [...(event.dataTransfer?.files ?? [])];
          if (!dropped.length) return;
          event.preventDefault();
          this.add(list, dropped);
        }}
      >
        <input
          id=${inputId}
          type="file"
          multiple
          hidden
          accept=${limits.accept || nothing}
          @change=${(event: Event) => {
            const input = event.target as HTMLInputElement;
            this.add(list, [...(input.files ?? [])]);
            input.value = '';
          }}
        />
        <button
          type="button"
          class="cx-button add-files"
          aria-describedby=${hintId}
          @click=${() => host.root?.querySelector<HTMLElement>(`#${inputId}`)?.click()}
        >
          ${renderIcon(iconAttachment)}${text.addFiles}
        </button>
        <span class="drop-hint" id=${hintId}
          >${text.dropFiles}
          ${text.fileLimits(limits.maxFiles, formatFileSize(limits.maxFileSize, host.locale))}</span
        >
      </div>
      ${
        refused.length
          ? html`<div class="refused">
              ${announce(refused.join(' '), 'assertive')}
              <ul>
                ${refused.map((text) => html`<li>${renderIcon(iconAlert)}<span>${text}</span></li>`)}
              </ul>
              <button
                type="button"
                class="cx-link-button"
                @click=${(event: Event) => {
                  // The message goes; focus goes back to where files are added.
                  (event.currentTarget as HTMLElement)
                    .closest('.files')
                    ?.querySelector<HTMLElement>('.add-files')
                    ?.focus();
                  this.refusals.delete(list);
                  host.requestUpdate();
                }}
              >
                ${text.dismiss}
              </button>
            </div>`
          : nothing
      }
      ${
        files.length
          ? html`<ul class="file-list" aria-label=${label}>
              ${files.map((file) => this.renderFile(list, file))}
            </ul>`
          : nothing
      }
    </div>`;
  }

  private renderFile(list: FileListName, file: DraftFile): TemplateResult {
    const { host } = this;
    const { text } = host;
    const state = this.status(file);
    const size = formatFileSize(file.size, host.locale);
    const percent = file.size ? Math.round((state.loaded / file.size) * 100) : 0;
    const action = (label: string, icon: Parameters<typeof renderIcon>[0], run: () => void) =>
      html`<button type="button" class="cx-icon-button" aria-label=${label} @click=${run}>
        ${renderIcon(icon)}
      </button>`;
    return html`<li class="file ${state.status}">
      <span class="file-icon">${renderIcon(state.status === 'done' ? iconCheck : iconAttachment)}</span>
      <span class="file-text">
        <span class="file-name"><bdi>${file.name}</bdi></span>
        <span class="file-meta">
          ${size} ·
          ${
            state.status === 'uploading'
              ? text.uploadingPercent(percent)
              : state.status === 'done'
                ? text.uploaded
                : (state.error ?? text.uploadCancelled)
          }
        </span>
        ${
          state.status === 'uploading'
            ? html`<progress
                max=${file.size}
                .value=${state.loaded}
                aria-label=${text.uploadProgress(file.name)}
              ></progress>`
            : nothing
        }
      </span>
      <span class="file-actions">
        ${
          state.status === 'uploading'
            ? action(text.cancelUpload(file.name), iconClose, () => this.cancel(file))
            : nothing
        }
        ${
          state.status === 'failed' || state.status === 'cancelled'
            ? action(text.retryUpload(file.name), iconRefresh, () => this.retry(file))
            : nothing
        }
        ${
          state.status !== 'uploading'
            ? action(text.removeFile(file.name), iconTrash, () => this.remove(list, file))
            : nothing
        }
      </span>
    </li>`;
  }
}
