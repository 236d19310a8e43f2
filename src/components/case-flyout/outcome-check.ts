import { isCxApiError } from '../../api/errors.js';

// A save whose answer never arrived (the connection dropped after the request left, or it timed
// out) may or may not have created the case. It is never reported as "not saved": the same request
// (same Idempotency-Key, same body) is sent again by itself, with growing pauses and at once when the
// browser is back online, until the server answers: the case it created (a replay of the first
// answer), or an error, which the form reads (a refused login says nothing about the case; a 422 says
// it was not created).

/** Pauses between checks: quick at first, then no more than every 30 seconds. */
export const CHECK_DELAYS_MS = [1000, 2000, 4000, 8000, 15_000, 30_000];

export interface OutcomeCheckHost {
  /** Sends the saved request again; resolves with its answer or rejects with the error. */
  resend(attempt: number): Promise<unknown>;
  /** The server answered: the case exists (`result`), or the error says what happened. */
  settled(outcome: { ok: true; result: unknown } | { ok: false; error: unknown }): void;
  /** A check is about to happen at `at` (epoch ms), or runs now (`at` undefined): for the message. */
  scheduled(at: number | undefined): void;
}

export class OutcomeCheck {
  private timer?: ReturnType<typeof setTimeout>;
  private attempt = 0;
  private running = false;
  private stopped = true;
  private readonly onOnline = () => this.checkNow();

  constructor(private readonly host: OutcomeCheckHost) {}

  /** Whether the outcome is still being checked. */
  get active(): boolean {
    return !this.stopped;
  }

  /** Starts checking (again): the first check after the first pause, or now. */
  start({ immediately = false } = {}): void {
    this.stopped = false;
    this.attempt = 0;
    addEventListener('online', this.onOnline);
    if (immediately) this.checkNow();
    else this.schedule();
  }

  /** Checks now (the agent's "Check now", or the browser is back online). */
  checkNow(): void {
    if (this.stopped || this.running) return;
    clearTimeout(this.timer);
    void this.check();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    removeEventListener('online', this.onOnline);
  }

  private schedule(): void {
    const delay = CHECK_DELAYS_MS[Math.min(this.attempt, CHECK_DELAYS_MS.length - 1)]!;
    this.host.scheduled(Date.now() + delay);
    this.timer = setTimeout(() => void this.check(), delay);
  }

  private async check(): Promise<void> {
    if (this.stopped) return;
    this.running = true;
    this.host.scheduled(undefined);
    try {
      const result = await this.host.resend(this.attempt);
      if (this.stopped) return;
      this.stop();
      this.host.settled({ ok: true, result });
    } catch (error) {
      if (this.stopped) return;
      if (isCxApiError(error) && (error.unknownOutcome || error.transient)) {
        // Still no answer (or a server too busy to give one): try again later.
        this.attempt += 1;
        this.schedule();
      } else {
        this.stop();
        this.host.settled({ ok: false, error });
      }
    } finally {
      this.running = false;
    }
  }
}
