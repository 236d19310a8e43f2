import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Runs the last scheduled function once calls pause for `delayMs` (a search as the agent types).
 * Cancelled when its element leaves the page.
 */
export class Debouncer implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private pending?: () => void;

  constructor(
    host: ReactiveControllerHost,
    private readonly delayMs: number,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** Runs `task` once there has been no other call for the delay. */
  schedule(task: () => void): void {
    clearTimeout(this.timer);
    this.pending = task;
    this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  /** Runs the waiting task now, if any (Enter in a search box does not wait). */
  flush(): void {
    clearTimeout(this.timer);
    const task = this.pending;
    this.pending = undefined;
    this.timer = undefined;
    task?.();
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = undefined;
  }

  get waiting(): boolean {
    return this.pending !== undefined;
  }
}
