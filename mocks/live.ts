import { HttpResponse } from 'msw';
import type { ChangeEntry } from './changes.js';
import type { MockDatabase } from './db.js';
import { getScenario } from './scenario.js';

// `GET /events`: the mock backend's live stream, in the SSE format (`id:`, `event: change`,
// `data:`), resumable with `Last-Event-ID`. While at least one stream is open the world moves (see
// `liveIntervalMs`): conversations arrive in the queue, and agents take waiting ones.

const encoder = new TextEncoder();
const frame = (entry: ChangeEntry) =>
  encoder.encode(`id: ${entry.id}\nevent: change\ndata: ${JSON.stringify(entry.change)}\n\n`);

let openStreams = 0;
let worldTimer: ReturnType<typeof setInterval> | undefined;
let tick = 0;

/** One step of the live world: mostly arrivals, now and then an agent taking a waiting conversation. */
function moveWorld(db: MockDatabase): void {
  tick += 1;
  if (tick % 3 === 0) {
    const waiting = db.conversations.list({ state: 'queued', sort: 'waiting', limit: 1 });
    const first = waiting.ok ? waiting.value.items[0] : undefined;
    const agents = db.agents();
    if (first) db.conversations.assign(first.id, agents[tick % agents.length]!.id, undefined);
  } else {
    db.conversations.arrive();
  }
}

function worldJoin(db: MockDatabase): void {
  openStreams += 1;
  const every = getScenario().liveIntervalMs;
  if (openStreams === 1 && every > 0) worldTimer = setInterval(() => moveWorld(db), every);
}

function worldLeave(): void {
  openStreams = Math.max(0, openStreams - 1);
  if (openStreams === 0) {
    clearInterval(worldTimer);
    worldTimer = undefined;
  }
}

/** The stream's response: what was missed since `Last-Event-ID`, then each change as it happens. */
export function eventStream(db: MockDatabase, request: Request): Response {
  const header = request.headers.get('Last-Event-ID');
  const missed = db.changes.since(header === null ? undefined : Number(header));
  const { dropStreamAfter, streamRetryMs } = getScenario();
  let stop = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let sent = 0;
      let closed = false;
      const close = () => {
        if (closed) return;
        closed = true;
        unsubscribe();
        worldLeave();
        try {
          controller.close();
        } catch {
          // already closed by the reader
        }
      };
      stop = close;
      const send = (entry: ChangeEntry) => {
        if (closed) return;
        controller.enqueue(frame(entry));
        sent += 1;
        // A connection cut mid-stream: the client must reconnect and resume after this id.
        if (dropStreamAfter > 0 && sent >= dropStreamAfter) close();
      };
      controller.enqueue(encoder.encode(`retry: ${streamRetryMs}\n: cxkit mock stream\n\n`));
      const unsubscribe = db.changes.subscribe(send);
      worldJoin(db);
      for (const entry of missed) send(entry);
      request.signal.addEventListener('abort', close, { once: true });
    },
    cancel() {
      stop();
    },
  });
  return new HttpResponse(body, {
    headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' },
  });
}
