import type { CxTheme } from './theme.js';

/** Page-wide defaults, used by every widget that has no `<cx-provider>` saying otherwise. */
export interface CxConfig {
  /** Colour theme for widgets that set none themselves: `light` (default), `dark` or `auto`. */
  theme?: CxTheme;
}

let current: Readonly<CxConfig> = {};
const listeners = new Set<() => void>();

/**
 * Sets page-wide defaults; the keys given replace earlier ones, the others stay.
 * Widgets already on the page pick the change up.
 */
export function configure(options: CxConfig): void {
  current = { ...current, ...options };
  for (const listener of listeners) listener();
}

/** The page-wide defaults as they are now. */
export function getConfig(): Readonly<CxConfig> {
  return current;
}

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
