import {
  BACKUP_PREFIX,
  clearDraftStore,
  deleteDraft,
  loadDraft,
  mapDraftFiles,
  saveDraft,
  type CaseDraft,
} from './drafts.js';

// Nothing typed is ever lost. The draft lives in IndexedDB, written while the agent types; but an
// IndexedDB write is asynchronous, and a page that is reloaded, closed or hidden a moment after the
// last key may never finish it. So:
// - writes are throttled, not debounced: one waits for a pause in typing but never more than
//   MAX_UNSAVED_MS, so steady typing is saved every second;
// - every change is also written synchronously to localStorage (a few kilobytes of text, well under
//   a millisecond): the browser holds it the moment the key is pressed, so a reload, a closed tab or
//   a browser quit right after the last key still finds it (an unload handler alone fired too late
//   when the browser was quitting). The IndexedDB write that follows removes that copy; the newer
//   of the two is the draft when it is next loaded.
// Files are written to IndexedDB once, as they are added (see drafts.ts): they are too large for
// localStorage.

/** A write waits for this pause in typing… */
const QUIET_MS = 300;
/** …but never longer than this after the first unsaved change. */
export const MAX_UNSAVED_MS = 1000;

const backupKey = (id: string) => `${BACKUP_PREFIX}${id}`;

/** localStorage, where the page may use it (a sandboxed frame or a privacy setting may forbid it). */
function backups(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** The synchronous copy of a draft, if there is one. */
function readBackup(id: string): CaseDraft | undefined {
  try {
    const text = backups()?.getItem(backupKey(id));
    return text ? (JSON.parse(text) as CaseDraft) : undefined;
  } catch {
    return undefined;
  }
}

/** Larger drafts (a pasted mail of megabytes) are left to IndexedDB alone: localStorage holds ~5 MB. */
const MAX_BACKUP_CHARACTERS = 500_000;

function writeBackup(id: string, draft: CaseDraft): void {
  try {
    const text = JSON.stringify(mapDraftFiles(draft, ({ file: _blob, ...file }) => file));
    if (text.length <= MAX_BACKUP_CHARACTERS) backups()?.setItem(backupKey(id), text);
    else removeBackup(id);
  } catch {
    // Full or forbidden: the IndexedDB copy is all there is.
  }
}

function removeBackup(id: string): void {
  try {
    backups()?.removeItem(backupKey(id));
  } catch {
    // forbidden: nothing was written there either
  }
}

/** The newer of the IndexedDB draft and its synchronous copy; files' blobs come from IndexedDB. */
export async function loadNewestDraft(id: string): Promise<CaseDraft | undefined> {
  const stored = await loadDraft(id);
  const backup = readBackup(id);
  if (!backup || (stored && stored.updatedAt >= backup.updatedAt)) return stored;
  const blobs = new Map(stored ? mapFiles(stored) : []);
  return mapDraftFiles(backup, (file) => ({ ...file, file: blobs.get(file.id) ?? file.file }));
}

function mapFiles(draft: CaseDraft): [string, Blob | undefined][] {
  const files: [string, Blob | undefined][] = [];
  mapDraftFiles(draft, (file) => (files.push([file.id, file.file]), file));
  return files;
}

/** Deletes a draft from both stores. */
export async function forgetDraft(id: string): Promise<void> {
  removeBackup(id);
  await deleteDraft(id);
}

/** Keepers with writes that may still land: `clearCaseDrafts` waits for them. */
const liveKeepers = new Set<DraftKeeper>();

/**
 * Deletes every case draft on this device, e.g. when the agent signs out of a shared computer. Writes
 * still on their way (a flyout that just left the page keeps its draft) land first, so none brings
 * a draft back after the clearing.
 */
export async function clearCaseDrafts(): Promise<void> {
  await Promise.all([...liveKeepers].map((keeper) => keeper.settle()));
  try {
    const storage = globalThis.localStorage;
    for (const key of Object.keys(storage)) if (key.startsWith(BACKUP_PREFIX)) storage.removeItem(key);
  } catch {
    // localStorage forbidden here: nothing was kept there either
  }
  await clearDraftStore();
}

/**
 * Keeps one draft written as it changes. `changed()` after every change; `flush()` to write now;
 * `connect()`/`disconnect()` with the element, which listen to the page being hidden or unloaded.
 */
export class DraftKeeper {
  private quietTimer?: ReturnType<typeof setTimeout>;
  private deadline?: ReturnType<typeof setTimeout>;
  private unsaved = false;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    /** The draft's id, and the draft as it is now (read when written); undefined before it is loaded. */
    private readonly current: () => { id: string; draft: CaseDraft; worthKeeping: boolean } | undefined,
  ) {}

  /** The page goes away or out of sight: keep the draft synchronously, then write it properly. */
  private readonly onLeave = (event: Event) => {
    if (event.type === 'visibilitychange' && document.visibilityState !== 'hidden') return;
    this.keepNow();
  };

  connect(): void {
    liveKeepers.add(this);
    addEventListener('pagehide', this.onLeave);
    document.addEventListener('visibilitychange', this.onLeave);
  }

  /** The element left the page: the draft is kept now. */
  disconnect(): void {
    removeEventListener('pagehide', this.onLeave);
    document.removeEventListener('visibilitychange', this.onLeave);
    this.keepNow();
    void this.writing.finally(() => liveKeepers.delete(this));
  }

  /** Resolves once every write started so far has landed. */
  settle(): Promise<void> {
    return this.writing;
  }

  /**
   * The draft changed: kept synchronously now, and written to IndexedDB after a pause in typing, at
   * the latest MAX_UNSAVED_MS from now.
   */
  changed(): void {
    const now = this.current();
    if (now?.worthKeeping) writeBackup(now.id, now.draft);
    this.unsaved = true;
    clearTimeout(this.quietTimer);
    this.quietTimer = setTimeout(() => void this.flush(), QUIET_MS);
    this.deadline ??= setTimeout(() => void this.flush(), MAX_UNSAVED_MS);
  }

  /** Writes the draft to IndexedDB now, if it has changed since the last write. */
  flush(): Promise<void> {
    clearTimeout(this.quietTimer);
    clearTimeout(this.deadline);
    this.quietTimer = this.deadline = undefined;
    if (!this.unsaved) return this.writing;
    this.unsaved = false;
    const now = this.current();
    if (!now) return this.writing;
    const { id, draft, worthKeeping } = now;
    // Writes happen in order: an older one never lands after a newer one.
    this.writing = this.writing.then(async () => {
      // Back to what was prefilled (typed, then cleared): no stale copy may come back on a reload.
      if (!worthKeeping) return forgetDraft(id);
      await saveDraft(id, draft);
      // IndexedDB has it now; the synchronous copy is only for the moment a page goes away.
      if (readBackup(id)?.updatedAt === draft.updatedAt) removeBackup(id);
    });
    return this.writing;
  }

  /** Synchronous (localStorage) then asynchronous (IndexedDB): for a page that may be gone next. */
  keepNow(): void {
    const now = this.current();
    if (!now) return;
    const { id, draft, worthKeeping } = now;
    if (worthKeeping) writeBackup(id, draft);
    else removeBackup(id);
    this.unsaved = true;
    void this.flush();
  }

  /** Stops pending writes (the draft was discarded or the server has the case). */
  cancel(): void {
    clearTimeout(this.quietTimer);
    clearTimeout(this.deadline);
    this.quietTimer = this.deadline = undefined;
    this.unsaved = false;
  }
}
