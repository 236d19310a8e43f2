import type { Problem } from './types.js';

/**
 * What went wrong, in terms a widget can act on:
 * - `network`: no response (offline, DNS, CORS); `timeout`: no response in time; `aborted`: cancelled;
 * - `invalid-response`: the server answered with data that breaks the contract;
 * - `unauthorized` (401 after a token refresh), `forbidden` (403), `not-found` (404);
 * - `conflict`: 412, someone else changed the resource (see `current`);
 * - `validation`: 422, with `fieldErrors`; `rate-limited`: 429 after retries;
 * - `server`: 5xx; `http`: any other error status (409 among them).
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
  | 'http';

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
