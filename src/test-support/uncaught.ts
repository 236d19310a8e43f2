/**
 * Collects what the page throws uncaught (errors and unhandled rejections) during each test of the
 * suite it is called in; the array is emptied before each test. Call it inside a `describe`.
 */
export function collectUncaught(): string[] {
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) =>
    uncaught.push(`unhandled rejection: ${String(event.reason)}`);
  beforeEach(() => {
    uncaught.length = 0;
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  });
  return uncaught;
}
