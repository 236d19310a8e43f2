import type { QueryClient, QueryKey } from '@tanstack/query-core';
import type { CxDataSource, LiveStatus } from './data-source.js';
import { cxKeys } from './queries.js';
import type { CxChange, TicketQuery, Versioned } from './types.js';

// Live updates in the cache (SPEC §8): while any widget shows data, the scope follows its data
// source's change stream, and each change marks stale what it touches; the queries widgets are
// showing refetch at once (what the agent is looking at is kept in place by the widgets). Without a
// stream, the scope refetches on window focus and every `refreshIntervalMs`.

/** How long after the last widget stops showing data the stream is closed (a re-render reopens nothing). */
const IDLE_CLOSE_MS = 5_000;

/** The query keys a change touches. */
export function keysTouchedBy(change: CxChange): { keys: QueryKey[]; ticketListsOf?: string | null } {
  switch (change.type) {
    case 'ticket':
      return {
        keys: [
          cxKeys.ticket(change.id),
          ['cx', 'ticket-events', change.id],
          cxKeys.ticketAssociations(change.id),
          cxKeys.ticketQueueItem(change.id),
        ],
        ticketListsOf: change.customerId ?? null,
      };
    case 'customer':
      return { keys: [cxKeys.customer(change.id), ['cx', 'customer-search']] };
    case 'conversation':
      return {
        keys: [
          cxKeys.conversation(change.id),
          cxKeys.conversationLists(),
          ['cx', 'conversation-counts'],
          cxKeys.conversationMessages(change.id),
        ],
      };
    case 'note':
      return change.ticketId
        ? { keys: [cxKeys.notes(change.ticketId), cxKeys.ticket(change.ticketId)] }
        : { keys: [['cx', 'notes']] };
    case 'attachment':
      return {
        keys: [
          change.ticketId ? cxKeys.attachments(change.ticketId) : ['cx', 'attachments'],
          ['cx', 'customer-attachments'],
        ],
      };
    case 'message':
      return {
        keys: [
          ...(change.ticketId ? [cxKeys.messages(change.ticketId), cxKeys.ticket(change.ticketId)] : []),
          ...(change.conversationId
            ? [cxKeys.conversationMessages(change.conversationId), cxKeys.conversation(change.conversationId)]
            : []),
        ],
      };
    case 'interaction':
      return { keys: [['cx', 'interactions']] };
    default:
      // A kind of change this version does not know: nothing of ours is about it.
      return { keys: [] };
  }
}

export interface LiveUpdatesOptions {
  /** Follow the stream at all (default true). */
  enabled: () => boolean;
  onStatus?: (status: LiveStatus | 'off') => void;
}

export class LiveUpdates {
  private unsubscribeCache?: () => void;
  private stopStream?: () => void;
  private idleTimer?: ReturnType<typeof setTimeout>;
  private readonly writes = new Set<Promise<unknown>>();
  status: LiveStatus | 'off' = 'off';

  constructor(
    private readonly queryClient: QueryClient,
    private readonly dataSource: CxDataSource,
    private readonly options: LiveUpdatesOptions,
  ) {}

  /** Starts watching whether widgets show data (the client calls it once). */
  start(): void {
    if (!this.dataSource.subscribe || this.unsubscribeCache) return;
    const cache = this.queryClient.getQueryCache();
    this.unsubscribeCache = cache.subscribe((event) => {
      if (event.type === 'observerAdded' || event.type === 'observerRemoved') this.follow();
    });
    this.follow();
  }

  stop(): void {
    this.unsubscribeCache?.();
    this.unsubscribeCache = undefined;
    this.close();
  }

  /**
   * Marks a write of this page as in flight until `work` settles: the change it causes may come
   * down the stream before its own answer, and is judged once the answer is in the cache.
   */
  track<T>(work: Promise<T>): Promise<T> {
    this.writes.add(work);
    const done = () => this.writes.delete(work);
    work.then(done, done);
    return work;
  }

  /**
   * Applies one change to the cache: what it touches refetches where it is shown. Under a storm of
   * changes (20 a second on a busy inbox) the refetches are coalesced: while one round is in
   * flight, what the next changes touch waits for it to end and is fetched once, after it; the
   * last change is always followed by a fetch, so nothing it brought is missed.
   */
  async apply(change: CxChange): Promise<void> {
    if (this.writes.size) await Promise.allSettled([...this.writes]);
    // This page's own write coming back (the cache already holds what the server answered it):
    // nothing to fetch again.
    if (this.alreadyKnown(change)) return;
    const { keys, ticketListsOf } = keysTouchedBy(change);
    for (const queryKey of keys)
      this.pending.set(JSON.stringify(queryKey), () => this.queryClient.invalidateQueries({ queryKey }));
    if (ticketListsOf !== undefined)
      this.pending.set(`ticket-lists ${ticketListsOf ?? '*'}`, () =>
        this.queryClient.invalidateQueries({
          queryKey: cxKeys.ticketLists(),
          predicate: (query) =>
            !ticketListsOf || (query.queryKey[2] as TicketQuery | undefined)?.customerId === ticketListsOf,
        }),
      );
    this.flushing ??= this.flush();
    await this.flushing;
  }

  private readonly pending = new Map<string, () => Promise<unknown>>();
  private flushing?: Promise<void>;

  /** Runs what changes touched, a round at a time, until nothing is left to fetch. */
  private async flush(): Promise<void> {
    try {
      while (this.pending.size) {
        const round = [...this.pending.values()];
        this.pending.clear();
        await Promise.allSettled(round.map((invalidate) => invalidate()));
      }
    } finally {
      this.flushing = undefined;
    }
  }

  /** Whether the cache already holds what `change` announces: the created resource, or its new version. */
  private alreadyKnown(change: CxChange): boolean {
    const key =
      change.type === 'ticket'
        ? cxKeys.ticket(change.id)
        : change.type === 'customer'
          ? cxKeys.customer(change.id)
          : undefined;
    const cached = key && this.queryClient.getQueryData<Versioned<unknown>>(key);
    if (!cached) return false;
    if (change.action === 'created') return true;
    return change.action === 'updated' && Boolean(change.version) && cached.version === change.version;
  }

  private watched(): boolean {
    return this.queryClient
      .getQueryCache()
      .getAll()
      .some((query) => query.getObserversCount() > 0);
  }

  private follow(): void {
    const wanted = this.options.enabled() && this.watched();
    if (wanted) {
      clearTimeout(this.idleTimer);
      this.idleTimer = undefined;
      this.open();
    } else if (this.stopStream && !this.idleTimer) {
      this.idleTimer = setTimeout(() => {
        this.idleTimer = undefined;
        if (!this.watched()) this.close();
      }, IDLE_CLOSE_MS);
    }
  }

  private open(): void {
    if (this.stopStream || this.status === 'unsupported') return;
    let stop: unknown;
    try {
      stop = this.dataSource.subscribe!((change) => void this.apply(change), {
        onStatus: (status) => this.setStatus(status),
      });
    } catch (error) {
      console.error('cxkit: the data source’s subscribe() threw; live updates are off.', error);
    }
    if (typeof stop === 'function') {
      this.stopStream = stop as () => void;
      return;
    }
    // Not a subscription (a data source made of catch-all stubs answers with a rejected promise):
    // no live updates, and nothing left unhandled.
    if (stop instanceof Promise) stop.catch(() => undefined);
    this.setStatus('unsupported');
  }

  private close(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    this.stopStream?.();
    this.stopStream = undefined;
    if (this.status !== 'unsupported') this.setStatus('off');
  }

  private setStatus(status: LiveStatus | 'off'): void {
    this.status = status;
    this.options.onStatus?.(status);
  }
}
