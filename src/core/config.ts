import { createClient, type CxClient } from '../api/client.js';
import { DATA_OPTION_KEYS, scopeChanged, type CxDataOptions } from '../api/options.js';
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
let defaultClient: CxClient | undefined;
const listeners = new Set<() => void>();

/** The page-wide data options as the data source reads them: always the latest `configure()`. */
const pageOptions = Object.defineProperties(
  {},
  Object.fromEntries(DATA_OPTION_KEYS.map((key) => [key, { get: () => current[key], enumerable: true }])),
) as CxDataOptions;

/**
 * Sets page-wide defaults; the keys given replace earlier ones, the others stay.
 * Widgets already on the page pick the change up. A new `baseUrl` or `dataSource` starts a fresh
 * cache; the other options (token getter, headers, fetch, timeouts) are read at each request.
 */
export function configure(options: CxConfig): void {
  const previous = current;
  current = { ...current, ...options };
  if (scopeChanged(previous, current)) {
    defaultClient?.dispose();
    defaultClient = undefined;
  }
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

/** The page-wide client (data source + cache), made on first use; undefined until configured. */
export function getDefaultClient(): CxClient | undefined {
  defaultClient ??= createClient(pageOptions);
  return defaultClient;
}

/** Calls `listener` after every `configure()`; returns the unsubscribe function. */
export function onConfigChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Forgets every default (for tests). */
export function resetConfig(): void {
  defaultClient?.dispose();
  defaultClient = undefined;
  current = {};
  for (const listener of listeners) listener();
}
