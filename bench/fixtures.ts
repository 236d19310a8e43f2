import type { CxDataSource, Ticket } from '../src/index.js';

const CHANNELS = ['email', 'chat', 'voice', 'whatsapp', 'line', 'facebook'];
const STATUSES = ['open', 'pending', 'closed', 'resolved'];

/** `count` synthetic tickets with the fields a history row shows. */
export function makeTickets(count: number): Ticket[] {
  const now = Date.now();
  return Array.from({ length: count }, (_, index) => ({
    id: `t_${index}`,
    number: `CX-${100000 + index}`,
    customerId: 'c_bench',
    subject: `Order ${10000 + index}: parcel arrived damaged`,
    status: STATUSES[index % STATUSES.length]!,
    priority: 'normal',
    channel: CHANNELS[index % CHANNELS.length]!,
    direction: 'inbound',
    assignee: index % 5 === 0 ? null : { id: 'a_1', name: 'Ploy Srisuk' },
    tags:
      index % 3 === 0
        ? [
            { name: 'refund', source: 'ai' },
            { name: 'vip', source: 'agent' },
          ]
        : [],
    createdAt: new Date(now - index * 3_600_000).toISOString(),
    updatedAt: new Date(now - index * 3_600_000).toISOString(),
    lastInteractionAt: new Date(now - index * 3_600_000).toISOString(),
    closedAt: index % 2 ? new Date(now - index * 3_600_000).toISOString() : null,
  }));
}

/**
 * Hands a page's results to `npm run bench` as a console message: the runner waits for it instead
 * of polling the page, whose script injection (some 10–30 ms) would land inside measurements.
 */
export function report(result: object): void {
  console.log(`bench-result ${JSON.stringify(result)}`);
}

/** The median of `values` (the upper one of an even count). */
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Resolves once `ready()` holds, checking every animation frame. */
export async function until(ready: () => boolean): Promise<void> {
  while (!ready()) await new Promise((resolve) => requestAnimationFrame(resolve));
}

const never = () => new Promise<never>(() => undefined);

/**
 * A data source answering ticket lists from memory after `latency` ms (a request's round trip:
 * what a widget does while it waits is off the measured path, as on a real page), marking when
 * the data arrives.
 */
export function benchDataSource(tickets: Ticket[], latency = 0): CxDataSource {
  return {
    listTickets: async () => {
      await new Promise((resolve) => setTimeout(resolve, latency));
      // Data "arrives" here: everything after is the widget's own work.
      performance.mark('data-arrived');
      return { items: tickets, nextCursor: null };
    },
    getCustomer: never,
    updateCustomer: never,
    searchCustomers: never,
    getTicket: never,
    listMessages: never,
    listNotes: never,
    createTicket: never,
    updateTicket: never,
    addNote: never,
    uploadAttachment: never,
    listAttachments: never,
    deleteAttachment: never,
    listAgents: never,
    getMe: never,
    getLookups: never,
    listConversations: never,
    assignConversation: never,
  };
}

/** Watches long tasks until the returned function is called, which gives the longest and how many. */
export function watchLongTasks(): () => { longestTask: number; longTasks: number } {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) =>
    durations.push(...list.getEntries().map((entry) => entry.duration)),
  );
  observer.observe({ type: 'longtask' });
  return () => {
    observer.disconnect();
    return { longestTask: durations.length ? Math.max(...durations) : 0, longTasks: durations.length };
  };
}

/** Resolves after the next frame has painted, with the time then. */
export const afterPaint = () =>
  new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))));

/** Experiments: `?css=…` adds that CSS to a widget's shadow root once it has rendered. */
export async function addExperimentCss(widget: HTMLElement & { updateComplete: Promise<unknown> }) {
  const css = new URLSearchParams(location.search).get('css');
  if (!css) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  await widget.updateComplete;
  const root = widget.shadowRoot!;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
