import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

/**
 * Waits until `predicate` holds, polling; fails with `message`. The default limit is 5 s, not
 * open-wc's 1 s: a request and a render take longer than a second on a loaded machine (CI, two
 * cores), and a limit is a bound on failure, never a wait.
 */
export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: 5000, ...options });
}
