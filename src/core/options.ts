import type { CxDataSource } from '../api/data-source.js';
import type { RestDataSourceOptions } from '../api/rest-data-source.js';

/**
 * How a scope (a `<cx-provider>` or the page-wide `configure()`) says where data comes from: a
 * data source of its own, or the options of the REST data source.
 */
export type CxDataOptions = { dataSource?: CxDataSource } & Partial<RestDataSourceOptions> & CxRefreshOptions;

/** How a scope keeps what its widgets show current. */
export interface CxRefreshOptions {
  /**
   * Follow the data source's live stream of changes while widgets show data (default true; the
   * REST data source reads `GET /events`). `false` turns it off.
   */
  live?: boolean;
  /**
   * Without a live stream (none offered, or `live: false`), refetch what widgets show this often,
   * in milliseconds (default: only when the window regains focus).
   */
  refreshIntervalMs?: number;
}

/**
 * Every data option, once: `configure()` and `<cx-provider>` both accept exactly these (the
 * compiler refuses a list that misses one, and a test checks the provider has a property each).
 */
export const DATA_OPTION_KEYS = [
  'dataSource',
  'baseUrl',
  'headers',
  'getAccessToken',
  'credentials',
  'fetch',
  'timeoutMs',
  'retry',
  'live',
  'refreshIntervalMs',
] as const satisfies readonly (keyof CxDataOptions)[];

type MissingKey = Exclude<keyof CxDataOptions, (typeof DATA_OPTION_KEYS)[number]>;
const allKeysListed: MissingKey extends never ? true : MissingKey = true;
void allKeysListed;

/**
 * The options that name another host: changing one starts a new scope with an empty cache, since
 * what the old host said may not be true of the new one. Every other option (a token getter, headers,
 * fetch, timeouts, retries) is read at the moment of each request, so a framework that passes a new
 * inline function on every render changes nothing and refetches nothing.
 */
export const SCOPE_KEYS = ['dataSource', 'baseUrl'] as const satisfies readonly (keyof CxDataOptions)[];

/** Whether `next` names another host than `previous` (see `SCOPE_KEYS`). */
export function scopeChanged(previous: CxDataOptions, next: CxDataOptions): boolean {
  return SCOPE_KEYS.some((key) => previous[key] !== next[key]);
}

/**
 * REST options that read `source` at call time (all but `baseUrl`, which is the scope's identity
 * and fixed with it).
 */
export function liveRestOptions(source: CxDataOptions, baseUrl: string): RestDataSourceOptions {
  return {
    baseUrl,
    get headers() {
      return source.headers;
    },
    get getAccessToken() {
      return source.getAccessToken;
    },
    get credentials() {
      return source.credentials;
    },
    get fetch() {
      return source.fetch;
    },
    get timeoutMs() {
      return source.timeoutMs;
    },
    get retry() {
      return source.retry;
    },
  };
}
