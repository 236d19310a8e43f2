import type { ReactiveController } from 'lit';
import type { ClientHost } from './query-controller.js';

/** How often the controller checks whether it is time to ask again (cheap: no request). */
const CHECK_MS = 250;

export interface PollOptions {
  /** How long to wait between two refreshes (ms); read each time, so a property can change it. */
  intervalMs(): number;
  refresh(): unknown;
}

/**
 * Keeps a widget that a team watches all day (the inbox, the interaction log) from going stale
 * when there is no live stream, or while it reconnects: it refreshes every `intervalMs`, but not
 * while the stream is live, not in a hidden tab, and not when the host set an interval of its own
 * on the provider (`refresh-interval-ms`: the cache refetches then).
 */
export class PollWithoutStream implements ReactiveController {
  private timer?: ReturnType<typeof setInterval>;
  private last = Date.now();

  constructor(
    private readonly host: ClientHost,
    private readonly options: PollOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    clearInterval(this.timer);
    this.timer = setInterval(() => this.check(), CHECK_MS);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
  }

  private check(): void {
    const client = this.host.client;
    if (!client || client.live.status === 'live' || document.visibilityState === 'hidden') return;
    if (client.refreshIntervalMs || Date.now() - this.last < this.options.intervalMs()) return;
    this.last = Date.now();
    void this.options.refresh();
  }
}
