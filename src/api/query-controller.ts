import {
  InfiniteQueryObserver,
  QueryObserver,
  hashKey,
  type InfiniteData,
  type InfiniteQueryObserverResult,
  type QueryObserverResult,
} from '@tanstack/query-core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CxErrorEvent } from '../core/events.js';
import type { CxClient, CxPagedQueryOptions, CxQueryOptions } from './client.js';
import { CxApiError } from './errors.js';
import { CxAuthRequiredEvent } from './events.js';
import type { Page } from './types.js';

/** An element that knows its scope's client (every CxElement). */
export interface ClientHost extends ReactiveControllerHost, HTMLElement {
  readonly client: CxClient | undefined;
}

const NOT_CONFIGURED = new CxApiError(
  'http',
  'cxkit has no data source: wrap the widget in <cx-provider base-url="…"> or call configure({ baseUrl }) first.',
  { title: 'No data source configured' },
);

type AnyObserver = QueryObserver<unknown, Error> | InfiniteQueryObserver<unknown, Error>;

/**
 * Binds a cached query to an element, the way data flows in cxkit: data source → cache → this
 * controller → element. The query follows the element's inputs (read at each update); leaving the
 * page or changing inputs drops the old query, which aborts its request if nothing else wants it,
 * and only the current inputs' result ever reaches the element. Errors are re-dispatched as
 * `cx-error` (and `cx-auth-required` for a refused login) from the element.
 */
abstract class CachedQueryController<
  TOptions extends { queryKey: readonly unknown[] },
  TResult,
> implements ReactiveController {
  protected observer?: AnyObserver;
  protected current?: TResult;
  private client?: CxClient;
  private keyHash?: string;
  private unsubscribe?: () => void;
  private reportedError?: unknown;

  constructor(
    protected readonly host: ClientHost,
    private readonly options: (client: CxClient) => TOptions | undefined,
  ) {
    host.addController(this);
  }

  protected abstract createObserver(client: CxClient, options: TOptions): AnyObserver;

  /** The query's result for the current inputs; undefined when the inputs ask for nothing. */
  get result(): TResult | undefined {
    return this.current;
  }

  /** The error to show: the query's, or a configuration problem. */
  get error(): Error | null {
    if (!this.client && this.wanted) return NOT_CONFIGURED;
    return (this.current as { error?: Error | null } | undefined)?.error ?? null;
  }

  /** True while there is nothing to show yet. */
  get isLoading(): boolean {
    return Boolean((this.current as { isLoading?: boolean } | undefined)?.isLoading);
  }

  private wanted = false;

  hostConnected(): void {
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Fetches again, e.g. for a "Try again" button. */
  refetch(): Promise<unknown> {
    return this.observer?.refetch() ?? Promise.resolve();
  }

  private sync(): void {
    const client = this.host.client;
    const options = client ? this.options(client) : undefined;
    this.wanted = client ? options !== undefined : true;
    if (!client || !options) {
      this.detach();
      this.current = undefined;
      return;
    }
    const keyHash = hashKey(options.queryKey);
    if (client !== this.client || !this.observer) {
      this.detach();
      this.client = client;
      this.observer = this.createObserver(client, options);
    } else if (keyHash !== this.keyHash) {
      (this.observer as QueryObserver<unknown, Error>).setOptions(options as never);
    }
    this.keyHash = keyHash;
    if (!this.unsubscribe && this.host.isConnected) {
      this.unsubscribe = this.observer.subscribe((result) => {
        this.current = result as TResult;
        this.report(result.error);
        this.host.requestUpdate();
      });
    }
    this.current = this.observer.getOptimisticResult(
      client.queryClient.defaultQueryOptions(options as never) as never,
    ) as TResult;
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
    this.host.dispatchEvent(new CxErrorEvent(error));
    if (error instanceof CxApiError && error.kind === 'unauthorized')
      this.host.dispatchEvent(new CxAuthRequiredEvent(error));
  }
}

/** One resource (a customer, a ticket, the lookups). */
export class QueryController<T> extends CachedQueryController<
  CxQueryOptions<T>,
  QueryObserverResult<T, Error>
> {
  protected createObserver(client: CxClient, options: CxQueryOptions<T>) {
    return new QueryObserver<T, Error>(client.queryClient, options) as unknown as AnyObserver;
  }

  /** The data, once loaded (kept while refetching: stale-while-revalidate). */
  get data(): T | undefined {
    return this.current?.data;
  }
}

/** A cursor-paged list; pages accumulate as `fetchNextPage()` is called. */
export class PagedQueryController<T> extends CachedQueryController<
  CxPagedQueryOptions<T>,
  InfiniteQueryObserverResult<InfiniteData<Page<T>, string | undefined>, Error>
> {
  protected createObserver(client: CxClient, options: CxPagedQueryOptions<T>) {
    return new InfiniteQueryObserver(client.queryClient, options as never) as unknown as AnyObserver;
  }

  private flattened?: { data: unknown; items: T[] };

  /** Every item loaded so far, in order (flattened once per change of data, not per read). */
  get items(): T[] {
    const data = this.current?.data;
    if (!data) return [];
    if (this.flattened?.data !== data)
      this.flattened = { data, items: data.pages.flatMap((page) => page.items) };
    return this.flattened.items;
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
    if (!this.hasNextPage || this.isFetchingNextPage) return Promise.resolve();
    return (this.observer as InfiniteQueryObserver<unknown, Error>).fetchNextPage();
  }
}
