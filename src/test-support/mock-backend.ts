import { worker, mockControl } from '../../mocks/browser.js';
import { db } from '../../mocks/handlers.js';

/** Requests the page made during a test, as `METHOD /path?query`. */
export const requestLog: string[] = [];
/** Headers of each logged request, same order. */
export const requestHeaders: Headers[] = [];
/** Headers of each request for the live stream (`GET /api/events`), which `requestLog` leaves out. */
export const streamLog: Headers[] = [];

/** Starts MSW for a test file and resets the mock backend between tests. */
export function useMockBackend(): void {
  before(async () => {
    await worker.start({ quiet: true, onUnhandledFrame: 'error' });
    worker.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      // The live stream is no data request: tests of it read `streamLog`.
      if (url.pathname === '/api/events') return void streamLog.push(new Headers(request.headers));
      if (!url.pathname.startsWith('/api/')) return;
      requestLog.push(`${request.method} ${url.pathname}${url.search}`);
      requestHeaders.push(new Headers(request.headers));
    });
  });
  beforeEach(() => {
    db.reset();
    mockControl.resetScenario();
    requestLog.length = 0;
    requestHeaders.length = 0;
    streamLog.length = 0;
  });
  afterEach(() => worker.resetHandlers());
  after(() => worker.stop());
}

/** Requests logged so far that match, e.g. `GET /api/customers/c_1`. */
export function requestsTo(prefix: string): string[] {
  return requestLog.filter((line) => line.startsWith(prefix));
}

export { worker, mockControl, db };
