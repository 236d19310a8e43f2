import {
  InfiniteQueryObserver,
  QueryObserver,
  hashKey,
  type InfiniteData,
  type InfiniteQueryObserverResult,
  type QueryObserverResult,
} from '@tanstack/query-core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { awaitsHydration } from '../core/hydration.js';
import type { CxClient, CxPagedQueryOptions, CxQueryOptions } from './client.js';
import type { CxApiError } from './errors.js';
import { notConfiguredError, reportError } from './report.js';
import type { Page } from './types.js';
import { clientOf } from './default-client.js';

/** An element that knows its scope's client and its language (every CxElement). */
export interface ClientHost extends ReactiveControllerHost, HTMLElement {
  readonly client: CxClient | undefined;
  /** False until the first update is done (Lit's `hasUpdated`). */
  readonly hasUpdated: boolean;
  /** The agent's language as the widget shows it; sent with every request. */
  readonly locale: string;
}

/** How long a widget with no data source waits for one before it says it has none. */
export const NOT_CONFIGURED_GRACE_MS = 1000;

/** Picks a query for the element's current inputs; undefined when they ask for nothing. */
export type QuerySelector<TOptions> = (client: CxClient, language: string) => TOptions | undefined;

/** What the two kinds of query observer share, as this controller uses them. */
interface Observer<TResult> {
  subscribe(listener: (result: TResult) => void): () => void;
  getCurrentResult(): TResult;
  refetch(): Promise<unknown>;
}

/**
 * Binds a cached query to an element, the way data flows in cxkit: data source → cache → this
 * controller → element. The query follows the element's inputs (read at each update); leaving the
 * page or changing inputs drops the old query, which aborts its request if nothing else wants it,
 * and only the current inputs' result ever reaches the element. Errors are reported from the
 * element as `cx-error` (and `cx-auth-required` for a refused login).
 */
abstract class CachedQueryController<
  TOptions extends { queryKey: readonly unknown[] },
  TResult extends { error: Error | null; isPending: boolean },
> implements ReactiveController {
  protected current?: TResult;
  private observer?: Observer<TResult>;
  private client?: CxClient;
  private keyHash?: string;
  private unsubscribe?: () => void;
  private reportedError?: unknown;
  /** Whether the inputs ask for data with no data source to ask (declared after a grace period). */
  private unconfigured?: CxApiError;
  /** Pending while a widget without a data source waits for one to arrive (see `NOT_CONFIGURED_GRACE_MS`). */
  private graceTimer?: ReturnType<typeof setTimeout>;
  /** False until the first sync: a widget rendered on a server never syncs, and shows "loading". */
  private synced = false;
  /** Set while a server-rendered element hydrates: it must render what the server did (no data). */
  private hydrating = false;

  constructor(
    protected readonly host: ClientHost,
    private readonly select: QuerySelector<TOptions>,
  ) {
    host.addController(this);
  }

  /** An observer of `options` in `client`'s cache: `previous` (same client) given the new options, or a new one. */
  protected abstract observe(
    client: CxClient,
    options: TOptions,
    previous?: Observer<TResult>,
  ): Observer<TResult>;

  /** The query's result for the current inputs; undefined when the inputs ask for nothing. */
  get result(): TResult | undefined {
    return this.current;
  }

  /** The error to show: the query's, or the missing data source. */
  get error(): Error | null {
    return this.unconfigured ?? this.current?.error ?? null;
  }

  /** True while there is nothing to show yet (no data, no error). */
  get isLoading(): boolean {
    if (!this.synced || this.graceTimer !== undefined) return true;
    return Boolean(this.current?.isPending && !this.unconfigured);
  }

  hostConnected(): void {
    this.hydrating ||= awaitsHydration(this.host);
    if (!this.hydrating) this.sync();
  }

  hostUpdate(): void {
    if (!this.hydrating) this.sync();
  }

  hostUpdated(): void {
    if (!this.hydrating) return;
    // Hydrated: now the query, and an ordinary update with what it has.
    this.hydrating = false;
    this.sync();
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    clearTimeout(this.graceTimer);
    this.graceTimer = undefined;
  }

  /** Fetches again, e.g. for a "Try again" button (and looks for a data source again first). */
  refetch(): Promise<unknown> {
    if (!this.observer) {
      this.sync();
      this.host.requestUpdate();
    }
    return this.observer?.refetch() ?? Promise.resolve();
  }

  private sync(): void {
    this.synced = true;
    const client = clientOf(this.host);
    const options = client ? this.select(client, this.host.locale) : undefined;
    if (client) {
      this.unconfigured = undefined;
      clearTimeout(this.graceTimer);
      this.graceTimer = undefined;
    } else if (!this.unconfigured && this.graceTimer === undefined && this.wantsData()) {
      // A data source often arrives a moment after the widget: a provider makes its client in its
      // first update, React sets a provider's props after mounting it, a page calls configure()
      // after importing the elements. Until then the widget is loading; after it, misconfigured.
      this.graceTimer = setTimeout(() => {
        this.graceTimer = undefined;
        if (clientOf(this.host) || !this.wantsData()) return;
        this.unconfigured = notConfiguredError();
        this.report(this.unconfigured);
        this.host.requestUpdate();
      }, NOT_CONFIGURED_GRACE_MS);
    }
    if (!client || !options) {
      this.detach();
      this.current = undefined;
      return;
    }
    const keyHash = hashKey(options.queryKey);
    if (client !== this.client || !this.observer || keyHash !== this.keyHash) {
      const previous = client === this.client ? this.observer : undefined;
      if (!previous) this.detach();
      this.client = client;
      this.observer = this.observe(client, options, previous);
    }
    this.keyHash = keyHash;
    if (!this.unsubscribe && this.host.isConnected) {
      this.unsubscribe = this.observer.subscribe((result) => {
        this.current = result;
        this.report(result.error);
        this.host.requestUpdate();
      });
    }
    this.current = this.observer.getCurrentResult();
  }

  /**
   * Whether the inputs ask for data. That cannot be asked without a client, and a widget with no id
   * to show (no customer-id yet) must not complain: the selector is asked with a stand-in that records
   * the wish.
   */
  private wantsData(): boolean {
    let wanted = false;
    this.select(
      wantsAnything((value) => (wanted = value)),
      this.host.locale,
    );
    return wanted;
  }

  private detach(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.observer = undefined;
    this.client = undefined;
    this.keyHash = undefined;
  }

  private report(error: unknown): void {
    if (!error || error === this.reportedError) return;
    this.reportedError = error;
    reportError(this.host, error);
  }
}

/**
 * A stand-in client whose every query method records that it was asked: enough for a selector that
 * returns `client.customer(id)` when it has an id and `undefined` otherwise.
 */
function wantsAnything(record: (wanted: boolean) => void): CxClient {
  return new Proxy({} as CxClient, {
    get: () => () => {
      record(true);
      return { queryKey: [] };
    },
  });
}

/** One resource (a customer, a ticket, the lookups). */
export class QueryController<T> extends CachedQueryController<
  CxQueryOptions<T>,
  QueryObserverResult<T, Error>
> {
  protected observe(
    client: CxClient,
    options: CxQueryOptions<T>,
    previous?: Observer<QueryObserverResult<T, Error>>,
  ) {
    if (previous instanceof QueryObserver) {
      previous.setOptions(options);
      return previous;
    }
    return new QueryObserver<T, Error>(client.queryClient, options);
  }

  /** The data, once loaded (kept while refetching: stale-while-revalidate). */
  get data(): T | undefined {
    return this.current?.data;
  }
}

type PagedData<T> = InfiniteData<Page<T>, string | undefined>;
type PagedResult<T> = InfiniteQueryObserverResult<PagedData<T>, Error>;
type PagedObserver<T> = InfiniteQueryObserver<
  Page<T>,
  Error,
  PagedData<T>,
  readonly unknown[],
  string | undefined
>;

/** A cursor-paged list; pages accumulate as `fetchNextPage()` is called. */
export class PagedQueryController<T> extends CachedQueryController<CxPagedQueryOptions<T>, PagedResult<T>> {
  private pagedObserver?: PagedObserver<T>;

  protected observe(client: CxClient, options: CxPagedQueryOptions<T>, previous?: Observer<PagedResult<T>>) {
    if (previous && previous === this.pagedObserver) {
      this.pagedObserver.setOptions(options);
      return this.pagedObserver;
    }
    this.pagedObserver = new InfiniteQueryObserver(client.queryClient, options);
    return this.pagedObserver;
  }
  private flattened?: { data: unknown; items: T[]; invalid?: Page<T>['invalid'] };

  private flatten(): NonNullable<typeof this.flattened> | undefined {
    const data = this.current?.data;
    if (!data) return undefined;
    if (this.flattened?.data !== data) {
      const invalid = data.pages.filter((page) => page.invalid);
      this.flattened = {
        data,
        items: data.pages.flatMap((page) => page.items),
        invalid: invalid.length
          ? {
              count: invalid.reduce((sum, page) => sum + page.invalid!.count, 0),
              detail: invalid[0]!.invalid!.detail,
            }
          : undefined,
      };
    }
    return this.flattened;
  }

  /** Every item loaded so far, in order (flattened once per change of data, not per read). */
  get items(): T[] {
    return this.flatten()?.items ?? [];
  }

  /** Items the server sent that broke the contract and were left out, over every page loaded. */
  get invalid(): Page<T>['invalid'] {
    return this.flatten()?.invalid;
  }

  get hasNextPage(): boolean {
    return Boolean(this.current?.hasNextPage);
  }

  get isFetchingNextPage(): boolean {
    return Boolean(this.current?.isFetchingNextPage);
  }

  /** The error of a failed next page; the pages already loaded stay. */
  get nextPageError(): Error | null {
    return this.current?.isFetchNextPageError ? this.current.error : null;
  }

  /** Loads the next page, unless one is loading or there is none. */
  fetchNextPage(): Promise<unknown> {
    if (!this.hasNextPage || this.isFetchingNextPage || !this.pagedObserver) return Promise.resolve();
    return this.pagedObserver.fetchNextPage();
  }
}
