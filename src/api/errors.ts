import type { Problem } from './types.js';

/**
 * What went wrong, in terms a widget can act on:
 * - `network`: no response (offline, DNS, CORS); `timeout`: no response in time; `aborted`: cancelled;
 * - `invalid-response`: the server answered with data that breaks the contract;
 * - `unauthorized` (401 after a token refresh), `forbidden` (403), `not-found` (404);
 * - `conflict`: 412, someone else changed the resource, or 409 with the resource as it is now
 *   (someone else took the conversation first); see `current`;
 * - `validation`: 422, with `fieldErrors`; `rate-limited`: 429 after retries;
 * - `server`: 5xx; `http`: any other error status (409 among them);
 * - `not-configured`: the widget has no data source (no `<cx-provider>` around it, no `configure()`);
 * - `unsupported`: the data source does not offer the operation (a custom one may leave the second
 *   wave's operations out); the widget that needs it says so;
 * - `misconfigured`: the API answers in a way that says the integration is set up wrong (a base URL
 *   where every path is an HTML page, an ETag that CORS hides); the message says what to change.
 */
export type CxApiErrorKind =
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'invalid-response'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'validation'
  | 'rate-limited'
  | 'server'
  | 'http'
  | 'not-configured'
  | 'unsupported'
  | 'misconfigured';

export interface FieldError {
  field: string;
  message: string;
}

export interface CxApiErrorInit {
  status?: number;
  title?: string;
  detail?: string | null;
  fieldErrors?: FieldError[];
  problem?: Problem;
  /** For `conflict`: the resource as the server has it now, with its version. */
  current?: unknown;
  /** For `invalid-response`: where in the payload validation failed, e.g. `items.3.status`. */
  path?: string;
  /** The request, e.g. `GET /customers/c_1`. */
  request?: string;
  /**
   * A write whose answer never arrived (the connection failed after it was sent, or timed out): the
   * server may or may not have done it. Say so; never "not saved".
   */
  unknownOutcome?: boolean;
  /** The server's `Retry-After`, in milliseconds: when trying again may succeed. */
  retryAfterMs?: number;
  cause?: unknown;
}

/** The one error type every data source rejects with. */
export class CxApiError extends Error {
  override name = 'CxApiError';
  readonly kind: CxApiErrorKind;
  readonly status?: number;
  readonly title?: string;
  readonly detail?: string | null;
  readonly fieldErrors: FieldError[];
  readonly problem?: Problem;
  readonly current?: unknown;
  readonly path?: string;
  readonly request?: string;
  readonly unknownOutcome: boolean;
  readonly retryAfterMs?: number;
  /** When trying again may succeed (epoch milliseconds), from `Retry-After`. */
  readonly retryAt?: number;

  constructor(kind: CxApiErrorKind, message: string, init: CxApiErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = kind;
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.fieldErrors = init.fieldErrors ?? [];
    this.problem = init.problem;
    this.current = init.current;
    this.path = init.path;
    this.request = init.request;
    this.unknownOutcome = init.unknownOutcome ?? false;
    this.retryAfterMs = init.retryAfterMs;
    this.retryAt = init.retryAfterMs === undefined ? undefined : Date.now() + init.retryAfterMs;
  }

  /** Whether trying the same request again may succeed (the widgets offer "Try again" then). */
  get transient(): boolean {
    return ['network', 'timeout', 'rate-limited', 'server'].includes(this.kind);
  }
}

/** The kind an HTTP error status maps to. */
export function kindForStatus(status: number): CxApiErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 412) return 'conflict';
  if (status === 422) return 'validation';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  return 'http';
}

export function isCxApiError(error: unknown): error is CxApiError {
  return error instanceof CxApiError;
}
