import type { ReactiveController } from 'lit';
import type { CxClient } from './client.js';
import type { ClientHost } from './query-controller.js';
import { notConfiguredError, reportError } from './report.js';
import { clientOf } from './default-client.js';

/** What a write is given besides the client: the agent's language (for the server's own words). */
export interface WriteContext {
  language: string;
}

/**
 * The one way a widget changes data: every write (a save, a note, an upload, a delete, an assign)
 * runs through `run()`, which finds the scope's client, counts the writes in flight (reactive:
 * the host re-renders as `pending` changes), and reports a failure the same way from every widget,
 * `cx-error` and, after a refused login, `cx-auth-required`, before handing it back to the caller to
 * show. The data source has by then asked for a fresh token once (see the REST data source).
 */
export class MutationController implements ReactiveController {
  /** Writes in flight. */
  pending = 0;

  constructor(private readonly host: ClientHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * Runs `write`; rejects with its error (already reported) when it fails. A write repeated in the
   * background (checking an unknown outcome) passes `report: false` after its first failure.
   */
  async run<T>(
    write: (client: CxClient, context: WriteContext) => Promise<T>,
    options: { report?: boolean } = {},
  ): Promise<T> {
    const client = clientOf(this.host);
    if (!client) {
      const error = notConfiguredError();
      reportError(this.host, error);
      throw error;
    }
    this.pending += 1;
    this.host.requestUpdate();
    try {
      return await write(client, { language: this.host.locale });
    } catch (error) {
      if (options.report !== false) reportError(this.host, error);
      throw error;
    } finally {
      this.pending -= 1;
      this.host.requestUpdate();
    }
  }
}
