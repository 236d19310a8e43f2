/**
 * Captures what is written to `console.error` (or `warn`) until `restore()`: for tests that check
 * the developer-facing message, and keep the expected ones out of the test log.
 */
export function captureConsole(level: 'error' | 'warn' = 'error'): {
  messages: string[];
  restore: () => void;
} {
  const original = console[level];
  const messages: string[] = [];
  console[level] = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console[level] = original) };
}

export const captureConsoleErrors = () => captureConsole('error');
