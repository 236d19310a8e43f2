import { DATA_OPTION_KEYS, type CxDataOptions } from './options.js';
import { elementsOfAnotherCopy, onLostRegistration } from './define.js';
import type { CxTheme } from './theme.js';

/**
 * Page-wide defaults, used by every widget that has no `<cx-provider>` saying otherwise.
 * Data comes from `dataSource` (an object of your own) or from the REST API at `baseUrl`.
 */
export interface CxConfig extends CxDataOptions {
  /** Colour theme for widgets that set none themselves: `light` (default), `dark` or `auto`. */
  theme?: CxTheme;
}

let current: Readonly<CxConfig> = {};
const listeners = new Set<() => void>();

/**
 * The page-wide data options as the data source reads them: always the latest `configure()`.
 * (The page-wide client made from them lives in `api/default-client.ts`: core never imports api.)
 */
export const pageDataOptions = Object.defineProperties(
  {},
  Object.fromEntries(DATA_OPTION_KEYS.map((key) => [key, { get: () => current[key], enumerable: true }])),
) as CxDataOptions;

/**
 * Sets page-wide defaults; the keys given replace earlier ones, the others stay.
 * Widgets already on the page pick the change up. A new `baseUrl` or `dataSource` starts a fresh
 * cache; the other options (token getter, headers, fetch, timeouts) are read at each request.
 */
export function configure(options: CxConfig): void {
  current = { ...current, ...options };
  const other = elementsOfAnotherCopy();
  if (other) {
    console.warn(
      `cxkit: configure() was called on a copy of cxkit whose elements are not the ones on this page: ` +
        `<${other.tag}> belongs to ${other.owner}, which keeps its own configuration and does not see this one. ` +
        'Load cxkit once per page (the same module for configure() and the elements).',
    );
  }
  for (const listener of listeners) listener();
}

/** The page-wide defaults as they are now. */
export function getConfig(): Readonly<CxConfig> {
  return current;
}

/** Whether `configure()` has been called on this copy (for the warning when another copy registers). */
export function isConfigured(): boolean {
  return Object.keys(current).length > 0;
}
onLostRegistration(isConfigured);

/** Calls `listener` after every `configure()`; returns the unsubscribe function. */
export function onConfigChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Forgets every default (for tests). */
export function resetConfig(): void {
  current = {};
  for (const listener of listeners) listener();
}
