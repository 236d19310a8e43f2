import { createParser } from 'eventsource-parser';
import * as v from 'valibot';
import { ChangeEventSchema } from './live-schemas.js';
import type { CxChange } from './types.js';

// The REST data source's live stream: `GET /events` read with fetch, not the browser's EventSource,
// which cannot send `Authorization`. eventsource-parser turns the bytes into events; this file adds
// what EventSource would have done (reconnecting after a drop, resuming with `Last-Event-ID`,
// honouring the server's `retry:`) and what it cannot (a token refreshed after a 401).

/** Where the stream is: connecting, receiving, waiting to reconnect, or not offered by the server. */
export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'unsupported';

export interface SubscribeOptions {
  /** Called as the stream's state changes (a widget may say "Live" or "Reconnecting…"). */
  onStatus?: (status: LiveStatus) => void;
}

export interface EventStreamConfig {
  url: URL;
  /** The request's headers, with a token refreshed when `forceRefresh`. */
  headers: (forceRefresh: boolean) => Promise<Headers>;
  fetch: typeof fetch;
  credentials?: RequestCredentials;
  onChange: (change: CxChange) => void;
  onStatus: (status: LiveStatus) => void;
  /** How long to wait before reconnection `attempt` (0, 1, …); `serverRetryMs` is the stream's `retry:`. */
  reconnectDelay: (attempt: number, serverRetryMs: number | undefined) => number;
}

/** Statuses that say the server has no stream: the widgets refetch on focus and on an interval instead. */
const NO_STREAM = new Set([404, 405, 406, 501]);

/** Follows the stream until the signal aborts; resolves then, or once the server says it has none. */
export async function followEventStream(config: EventStreamConfig, signal: AbortSignal): Promise<void> {
  let lastEventId: string | undefined;
  let serverRetryMs: number | undefined;
  let attempt = 0;
  let forceRefresh = false;
  let warned = false;
  const parser = createParser({
    onEvent(event) {
      if (event.id) lastEventId = event.id;
      if (event.event && event.event !== 'change') return;
      let parsed: v.SafeParseResult<typeof ChangeEventSchema>;
      try {
        parsed = v.safeParse(ChangeEventSchema, JSON.parse(event.data));
      } catch {
        parsed = { success: false } as never;
      }
      if (parsed.success) return config.onChange(parsed.output);
      // A change that breaks the contract is left out; the rest of the stream is still good.
      if (!warned)
        console.error(`cxkit: GET /events sent a change that breaks the contract, left out: ${event.data}`);
      warned = true;
    },
    onRetry(ms) {
      serverRetryMs = ms;
    },
    // A hostile or broken server cannot make the page buffer without end: past this the parser
    // stops (feed throws) and the stream is opened again.
    maxBufferSize: 1_000_000,
  });

  while (!signal.aborted) {
    config.onStatus(attempt === 0 ? 'connecting' : 'reconnecting');
    try {
      const headers = await config.headers(forceRefresh);
      headers.set('Accept', 'text/event-stream');
      if (lastEventId !== undefined) headers.set('Last-Event-ID', lastEventId);
      const response = await config.fetch(config.url, {
        headers,
        credentials: config.credentials,
        cache: 'no-store',
        signal,
      });
      if (response.status === 401 && !forceRefresh) {
        forceRefresh = true;
        await response.body?.cancel();
        continue;
      }
      if (NO_STREAM.has(response.status)) {
        await response.body?.cancel();
        config.onStatus('unsupported');
        return;
      }
      const type = response.headers.get('Content-Type') ?? '';
      if (!response.ok || !response.body || !type.includes('text/event-stream'))
        throw new Error(`GET /events answered ${response.status} ${type}`);
      forceRefresh = false;
      attempt = 0;
      config.onStatus('live');
      parser.reset(); // what a dropped connection left half-sent is no event
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parser.feed(value);
      }
    } catch {
      // A dropped connection, or a failed request: reconnect below (unless the caller stopped).
    }
    if (signal.aborted) return;
    config.onStatus('reconnecting');
    await pause(config.reconnectDelay(attempt++, serverRetryMs), signal);
  }
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
