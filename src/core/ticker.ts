import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Renders its host again every `intervalMs` while it is connected, so times shown relative to now
 * ("waiting 4 min", an SLA's countdown) keep moving. Stops while the page is hidden (nobody reads a
 * background tab; the first render on return is up to date) and when the host leaves the page.
 */
export class Ticker implements ReactiveController {
  private timer?: ReturnType<typeof setInterval>;
  /** The time the host's last render was for: read it instead of `Date.now()` in templates. */
  now = Date.now();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly intervalMs: number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
    this.start();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stop();
  }

  hostUpdate(): void {
    this.now = Date.now();
  }

  private start(): void {
    this.stop();
    if (document.visibilityState === 'hidden') return;
    this.timer = setInterval(() => this.host.requestUpdate(), this.intervalMs);
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') return this.stop();
    this.host.requestUpdate();
    this.start();
  };
}
