import { clear, createStore, del, delMany, get, keys, promisifyRequest, type UseStore } from 'idb-keyval';
import type { Attachment, TicketCreate } from '../../api/types.js';
import { sanitizeHtmlToString } from '../../core/sanitize.js';
import { PRIORITIES, TICKET_STATUSES } from '../../core/vocabulary.js';

// Drafts of new cases live in IndexedDB, so a reload, a crash or a closed tab loses nothing. They
// are written as the agent types (debounced by the form) and removed only after the server has
// confirmed the case. A draft's files are kept under keys of their own, written once when added:
// rewriting every blob on each keystroke would be slow with a few large files.

/** A file of the draft: what the agent picked, and the server's attachment once it is uploaded. */
export interface DraftFile {
  /** Local id, stable across reloads. */
  id: string;
  name: string;
  size: number;
  /** MIME type, as the browser reported it. */
  type: string;
  /** Set once the server has the file. */
  attachment?: Attachment;
  /** An image pasted or dropped into the description: it is shown there once uploaded. */
  inline?: boolean;
  /** The file itself. Present in memory and in `cx-case-expand`; stored apart from the draft. */
  file?: Blob;
}

/** A note written before the case is saved. */
export interface DraftNote {
  id: string;
  /** The note's HTML (sanitized again before it is sent). */
  body: string;
  attachments: DraftFile[];
}

/** Everything needed to bring a new case back exactly as the agent left it. */
export interface CaseDraft {
  customerId: string;
  customerName: string;
  subject: string;
  /** The editor's HTML (sanitized again before it is sent). */
  description: string;
  status: string;
  priority: string;
  reasonId: string;
  attachments: DraftFile[];
  notes: DraftNote[];
  /** The note being written (or edited: `editing` is its id) on the Case notes tab. */
  noteComposer: { editing: string | null; body: string; attachments: DraftFile[] };
  /** One key per draft, reused on every retry, so the server creates the case once. */
  idempotencyKey: string;
  /**
   * "Add to this case" in progress: how many of its notes the server already has, so a retry
   * after a failure does not add them twice.
   */
  merge?: { ticketId: string; notesAdded: number };
  /**
   * A save whose answer never came: exactly what was sent, sent again (same key, same body) until
   * the server says what happened. The form is read-only meanwhile, since a changed body under the
   * same key would be refused, and a new key could create the case twice.
   */
  submitted?: { body: TicketCreate; at: string };
  updatedAt: string;
}

/** What a flyout's attributes fill in before the agent types. */
export interface CasePrefill {
  customerId?: string;
  subject?: string;
  /** HTML, sanitized here. */
  description?: string;
  status?: string;
  priority?: string;
}

/** A fresh draft, with a new Idempotency-Key: the prefill, else the defaults (new, normal). */
export function prefilledDraft(prefill: CasePrefill): CaseDraft {
  const { status, priority, description } = prefill;
  return {
    customerId: prefill.customerId ?? '',
    customerName: '',
    subject: prefill.subject ?? '',
    description: description ? sanitizeHtmlToString(description) : '',
    status: status && (TICKET_STATUSES as readonly string[]).includes(status) ? status : 'new',
    priority: priority && (PRIORITIES as readonly string[]).includes(priority) ? priority : 'normal',
    reasonId: '',
    attachments: [],
    notes: [],
    noteComposer: { editing: null, body: '', attachments: [] },
    idempotencyKey: crypto.randomUUID(),
    updatedAt: new Date().toISOString(),
  };
}

/** What the agent entered, for comparing two drafts (not when, under which key, or how far a merge got). */
export function draftSnapshot(draft: CaseDraft): string {
  const {
    updatedAt: _updatedAt,
    idempotencyKey: _key,
    customerName: _name,
    merge: _merge,
    ...fields
  } = mapDraftFiles(draft, ({ id }) => ({ id }) as DraftFile);
  return JSON.stringify(fields);
}

/** Every file of a draft, wherever it is attached. */
export function draftFiles(draft: CaseDraft): DraftFile[] {
  return [
    ...draft.attachments,
    ...draft.notes.flatMap((note) => note.attachments),
    ...draft.noteComposer.attachments,
  ];
}

/** The draft with `change` applied to every file, wherever it is attached. */
export function mapDraftFiles(draft: CaseDraft, change: (file: DraftFile) => DraftFile): CaseDraft {
  return {
    ...draft,
    attachments: draft.attachments.map(change),
    notes: draft.notes.map((note) => ({ ...note, attachments: note.attachments.map(change) })),
    noteComposer: { ...draft.noteComposer, attachments: draft.noteComposer.attachments.map(change) },
  };
}

let store: UseStore | undefined;
const draftStore = () => (store ??= createStore('cxkit', 'case-drafts'));
const fileKey = (draftId: string, fileId: string) => `${draftId}#file:${fileId}`;

/** Drafts are kept per customer and per `draftKey`, so two flyouts never share one. */
export function draftId(customerId: string | undefined, draftKey: string | undefined): string {
  return `${customerId || '-'}|${draftKey || 'default'}`;
}

/**
 * Puts `value` and commits at once (`IDBTransaction.commit()`), instead of when the transaction
 * goes idle: a page reloaded a moment later then loses nothing that was already written.
 */
function put(key: string, value: unknown): Promise<void> {
  return draftStore()('readwrite', (store) => {
    store.put(value, key);
    store.transaction.commit?.();
    return promisifyRequest(store.transaction);
  });
}

async function attempt<T>(what: string, action: () => Promise<T>): Promise<T | undefined> {
  try {
    return await action();
  } catch (error) {
    // Private windows and locked-down browsers may refuse IndexedDB: the form still works.
    console.warn(`cxkit: could not ${what}.`, error);
    return undefined;
  }
}

/** The stored draft, its files' blobs put back in; older drafts get the fields added since. */
export async function loadDraft(id: string): Promise<CaseDraft | undefined> {
  const saved = await attempt('read the case draft', () => get<Partial<CaseDraft>>(id, draftStore()));
  if (!saved) return undefined;
  const draft = {
    attachments: [],
    notes: [],
    noteComposer: { editing: null, body: '', attachments: [] },
    ...saved,
  } as CaseDraft;
  const blobs = new Map<string, Blob>();
  await Promise.all(
    draftFiles(draft).map(async (file) => {
      const blob = await attempt('read a file of the case draft', () =>
        get<Blob>(fileKey(id, file.id), draftStore()),
      );
      if (blob) blobs.set(file.id, blob);
    }),
  );
  return mapDraftFiles(draft, (file) => ({ ...file, file: blobs.get(file.id) }));
}

/** Writes the draft (its files are written once, by `saveDraftFile`). */
export async function saveDraft(id: string, draft: CaseDraft): Promise<void> {
  const withoutBlobs = mapDraftFiles(draft, ({ file: _blob, ...file }) => file);
  await attempt('save the case draft', () => put(id, withoutBlobs));
}

export async function saveDraftFile(id: string, fileId: string, blob: Blob): Promise<void> {
  await attempt('save a file of the case draft', () => put(fileKey(id, fileId), blob));
}

export async function deleteDraftFile(id: string, fileId: string): Promise<void> {
  await attempt('delete a file of the case draft', () => del(fileKey(id, fileId), draftStore()));
}

/** Deletes the draft and its files. */
export async function deleteDraft(id: string): Promise<void> {
  await attempt('delete the case draft', async () => {
    const prefix = `${id}#file:`;
    const files = (await keys(draftStore())).filter((key) => String(key).startsWith(prefix));
    await delMany([id, ...files], draftStore());
  });
}

/** Where the synchronous copy of a draft is kept (see draft-keeper.ts). */
export const BACKUP_PREFIX = 'cxkit.case-draft:';

/** Deletes every draft from IndexedDB (see `clearCaseDrafts`, which also stops pending writes). */
export async function clearDraftStore(): Promise<void> {
  await clear(draftStore());
}
