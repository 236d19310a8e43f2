import { createClient, type CxClient, type CxDataOptions } from '../api/client.js';
import type { CxTheme } from './theme.js';

/**
 * Page-wide defaults, used by every widget that has no `<cx-provider>` saying otherwise.
 * Data comes from `dataSource` (an object of your own) or from the REST API at `baseUrl`.
 */
export interface CxConfig extends CxDataOptions {
  /** Colour theme for widgets that set none themselves: `light` (default), `dark` or `auto`. */
  theme?: CxTheme;
}

const DATA_KEYS = [
  'dataSource',
  'baseUrl',
  'headers',
  'getAccessToken',
  'credentials',
  'fetch',
  'timeoutMs',
  'retry',
];

let current: Readonly<CxConfig> = {};
let defaultClient: CxClient | undefined;
const listeners = new Set<() => void>();

/**
 * Sets page-wide defaults; the keys given replace earlier ones, the others stay.
 * Widgets already on the page pick the change up; a change of data options starts a fresh cache.
 */
export function configure(options: CxConfig): void {
  current = { ...current, ...options };
  if (Object.keys(options).some((key) => DATA_KEYS.includes(key))) {
    defaultClient?.dispose();
    defaultClient = undefined;
  }
  for (const listener of listeners) listener();
}

/** The page-wide defaults as they are now. */
export function getConfig(): Readonly<CxConfig> {
  return current;
}

/** The page-wide client (data source + cache), made on first use; undefined until configured. */
export function getDefaultClient(): CxClient | undefined {
  defaultClient ??= createClient(current);
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
