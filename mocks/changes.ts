import type { CxChange } from '../src/api/types.js';

// The mock backend's change feed: every write it takes (and every event of the live world) is a
// numbered change, kept for a while so a stream that dropped can resume after the last id it saw
// (`Last-Event-ID`), and told to every open stream as it happens.

export interface ChangeEntry {
  id: number;
  change: CxChange;
}

/** How many changes are kept for resuming. */
const KEPT = 5_000;

export class ChangeFeed {
  private entries: ChangeEntry[] = [];
  private sequence = 0;
  private readonly listeners = new Set<(entry: ChangeEntry) => void>();

  private muted = false;

  /**
   * Runs `change` without telling the stream: a change the page does not hear of (made while its
   * stream was down, or by a system that announces nothing), so the page meets it as a 412.
   */
  quietly<T>(change: () => T): T {
    this.muted = true;
    try {
      return change();
    } finally {
      this.muted = false;
    }
  }

  emit(change: Omit<CxChange, 'at'> & { at?: string }): ChangeEntry | undefined {
    if (this.muted) return undefined;
    const entry = { id: ++this.sequence, change: { ...change, at: change.at ?? new Date().toISOString() } };
    this.entries.push(entry);
    if (this.entries.length > KEPT) this.entries.shift();
    for (const listener of this.listeners) listener(entry);
    return entry;
  }

  /** The changes after `lastId` that are still kept (all kept ones when it is unknown). */
  since(lastId: number | undefined): ChangeEntry[] {
    return lastId === undefined || Number.isNaN(lastId)
      ? []
      : this.entries.filter((entry) => entry.id > lastId);
  }

  subscribe(listener: (entry: ChangeEntry) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get listening(): number {
    return this.listeners.size;
  }

  /** Forgets the kept changes; open streams stay open (the sequence goes on, so ids never repeat). */
  reset(): void {
    this.entries = [];
  }
}
