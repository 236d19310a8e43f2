import * as v from 'valibot';
import type {
  CallOptions,
  CreateTicketOptions,
  CxDataSource,
  UpdateOptions,
  UploadOptions,
} from './data-source.js';
import { CxApiError, kindForStatus } from './errors.js';
import * as s from './schemas.js';
import type { Problem, Versioned } from './types.js';

export interface RetryOptions {
  /** Retries after the first try (default 3). */
  attempts?: number;
  /** First backoff ceiling; doubles each retry (default 300 ms). */
  baseDelayMs?: number;
  /** Backoff ceiling (default 5 s). */
  maxDelayMs?: number;
  /** A `Retry-After` longer than this is not waited for: the error is reported instead (default 20 s). */
  maxRetryAfterMs?: number;
}

export interface RestDataSourceOptions {
  /** Where the API lives, absolute or relative to the page: `https://api.example.com/v1`, `/api`. */
  baseUrl: string;
  /** Extra headers on every request, or a function returning them (called per request). */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /**
   * Returns a bearer token for `Authorization`. On a 401 it is called once with `forceRefresh: true`
   * and the request retried; a second 401 fails with kind `unauthorized`.
   */
  getAccessToken?: (options: {
    forceRefresh: boolean;
  }) => string | null | undefined | Promise<string | null | undefined>;
  /** Fetch credentials mode, e.g. `include` for cookie sessions on another origin. */
  credentials?: RequestCredentials;
  /** A fetch of your own (instrumented, polyfilled); defaults to the global one. */
  fetch?: typeof fetch;
  /** Per-attempt time limit (default 15 s). */
  timeoutMs?: number;
  /** Retries of idempotent requests on network errors, 429, 502, 503 and 504; `false` for none. */
  retry?: RetryOptions | false;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
type Query = Record<string, string | number | boolean | readonly string[] | null | undefined>;

interface RequestSpec<TSchema extends v.GenericSchema | undefined> {
  method: Method;
  path: string;
  query?: Query;
  body?: unknown;
  schema: TSchema;
  signal?: AbortSignal;
  version?: string | null;
  idempotencyKey?: string;
  /** Schema of the resource, to read the server's current version out of a 412. */
  conflictSchema?: v.GenericSchema;
}

const RETRY_STATUSES = new Set([429, 502, 503, 504]);

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The data, if it follows the schema; else an `invalid-response` error naming where it does not. */
function validated<TSchema extends v.GenericSchema>(
  schema: TSchema,
  data: unknown,
  label: string,
  status: number,
): v.InferOutput<TSchema> {
  const parsed = v.safeParse(schema, data);
  if (parsed.success) return parsed.output;
  const first = parsed.issues[0]!;
  const path = v.getDotPath(first) ?? '(root)';
  const error = new CxApiError(
    'invalid-response',
    `${label} returned data that breaks the contract at ${path}: ${first.message}`,
    {
      status,
      request: label,
      path,
    },
  );
  console.error(`cxkit: ${error.message}`, data);
  throw error;
}

function buildUrl(baseUrl: string, path: string, query?: Query): URL {
  const base = new URL(baseUrl, globalThis.location?.href);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  const url = new URL(path.replace(/^\//, ''), base);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const item of value) url.searchParams.append(key, item);
    else url.searchParams.set(key, String(value));
  }
  return url;
}

const segment = encodeURIComponent;

/**
 * The data source for an API that follows the cxkit contract (openapi.json): JSON over HTTP,
 * every response validated, errors as RFC 9457 problem details.
 */
export function createRestDataSource(options: RestDataSourceOptions): CxDataSource {
  const retry: RetryOptions = options.retry === false ? { attempts: 0 } : (options.retry ?? {});
  const maxRetries = retry.attempts ?? 3;
  const baseDelayMs = retry.baseDelayMs || 300;
  const maxDelayMs = retry.maxDelayMs || 5000;
  const maxRetryAfterMs = retry.maxRetryAfterMs || 20_000;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const doFetch = (input: RequestInfo | URL, init?: RequestInit) =>
    (options.fetch ?? globalThis.fetch)(input, init);

  async function requestHeaders(forceRefresh: boolean, extra: Record<string, string>): Promise<Headers> {
    const headers = new Headers(
      typeof options.headers === 'function' ? await options.headers() : options.headers,
    );
    headers.set('Accept', 'application/json, application/problem+json');
    for (const [name, value] of Object.entries(extra)) headers.set(name, value);
    const token = await options.getAccessToken?.({ forceRefresh });
    if (token) headers.set('Authorization', `Bearer ${token}`);
    return headers;
  }

  function backoffDelay(retryIndex: number): number {
    const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** retryIndex);
    return Math.random() * ceiling; // full jitter: clients that failed together do not retry together
  }

  async function problemError(
    response: Response,
    label: string,
    spec: RequestSpec<v.GenericSchema | undefined>,
  ) {
    let problem: Problem | undefined;
    try {
      const parsed = v.safeParse(s.ProblemSchema, await response.json());
      if (parsed.success) problem = parsed.output;
    } catch {
      // not JSON: the status alone says what happened
    }
    const kind = kindForStatus(response.status);
    let current: Versioned<unknown> | undefined;
    if (kind === 'conflict' && spec.conflictSchema && problem && 'current' in problem) {
      const parsed = v.safeParse(spec.conflictSchema, problem.current);
      if (parsed.success) current = { data: parsed.output, version: response.headers.get('ETag') };
    }
    const title = problem?.title ?? (response.statusText || `HTTP ${response.status}`);
    return new CxApiError(kind, `${label} failed: ${response.status} ${title}`, {
      status: response.status,
      title,
      detail: problem?.detail,
      fieldErrors: problem?.errors ?? [],
      problem,
      current,
      request: label,
    });
  }

  async function send<TSchema extends v.GenericSchema | undefined>(
    spec: RequestSpec<TSchema>,
  ): Promise<{
    data: TSchema extends v.GenericSchema ? v.InferOutput<TSchema> : undefined;
    response: Response;
  }> {
    const label = `${spec.method} /${spec.path.replace(/^\//, '')}`;
    const url = buildUrl(options.baseUrl, spec.path, spec.query);
    // POST and PATCH change things: only a request the server can recognise again is repeated.
    const idempotent = spec.method === 'GET' || spec.idempotencyKey !== undefined;
    const extra: Record<string, string> = {};
    if (spec.body !== undefined) extra['Content-Type'] = 'application/json';
    if (spec.version) extra['If-Match'] = spec.version;
    if (spec.idempotencyKey) extra['Idempotency-Key'] = spec.idempotencyKey;
    let forceRefresh = false;
    let retries = 0;

    for (;;) {
      if (spec.signal?.aborted) throw new CxApiError('aborted', `${label} was aborted`, { request: label });
      const timeout = new AbortController();
      const timer = setTimeout(() => timeout.abort(), timeoutMs);
      const signal = spec.signal ? AbortSignal.any([spec.signal, timeout.signal]) : timeout.signal;
      let response: Response;
      try {
        response = await doFetch(url, {
          method: spec.method,
          headers: await requestHeaders(forceRefresh, extra),
          body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
          credentials: options.credentials,
          signal,
        });
      } catch (cause) {
        if (spec.signal?.aborted)
          throw new CxApiError('aborted', `${label} was aborted`, { request: label, cause });
        if (timeout.signal.aborted) {
          throw new CxApiError('timeout', `${label} got no answer within ${timeoutMs} ms`, {
            request: label,
            cause,
          });
        }
        if (idempotent && retries < maxRetries) {
          await sleep(backoffDelay(retries++), spec.signal).catch(() => undefined);
          continue;
        }
        throw new CxApiError('network', `${label} could not reach the server`, { request: label, cause });
      } finally {
        clearTimeout(timer);
      }

      if (response.status === 401 && options.getAccessToken && !forceRefresh) {
        forceRefresh = true; // one fresh token, one more try
        continue;
      }
      if (RETRY_STATUSES.has(response.status) && idempotent && retries < maxRetries) {
        const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
        if (retryAfter === undefined || retryAfter <= maxRetryAfterMs) {
          await sleep(retryAfter ?? backoffDelay(retries), spec.signal).catch(() => undefined);
          retries += 1;
          continue;
        }
      }
      if (!response.ok) throw await problemError(response, label, spec);
      if (!spec.schema || response.status === 204) return { data: undefined as never, response };

      let json: unknown;
      try {
        json = await response.json();
      } catch (cause) {
        const error = new CxApiError('invalid-response', `${label} returned a body that is not JSON`, {
          status: response.status,
          request: label,
          path: '(root)',
          cause,
        });
        console.error(`cxkit: ${error.message}`);
        throw error;
      }
      return { data: validated(spec.schema, json, label, response.status) as never, response };
    }
  }

  async function read<TSchema extends v.GenericSchema>(spec: RequestSpec<TSchema>) {
    return (await send(spec)).data;
  }

  async function readVersioned<TSchema extends v.GenericSchema>(
    spec: RequestSpec<TSchema>,
  ): Promise<Versioned<v.InferOutput<TSchema>>> {
    const { data, response } = await send(spec);
    return { data, version: response.headers.get('ETag') };
  }

  /** A PATCH whose 412 carries the server's current version, fetched if the problem lacked it. */
  async function update<TSchema extends v.GenericSchema>(
    spec: RequestSpec<TSchema>,
    readCurrent: () => Promise<Versioned<v.InferOutput<TSchema>>>,
  ) {
    try {
      return await readVersioned({ ...spec, conflictSchema: spec.schema });
    } catch (error) {
      if (error instanceof CxApiError && error.kind === 'conflict' && error.current === undefined) {
        const current = await readCurrent().catch(() => undefined);
        throw new CxApiError('conflict', error.message, {
          ...error,
          fieldErrors: error.fieldErrors,
          current,
        });
      }
      throw error;
    }
  }

  const signalOf = (callOptions?: CallOptions) => callOptions?.signal;

  function uploadWithProgress(
    file: File,
    uploadOptions: UploadOptions = {},
    forceRefresh = false,
  ): Promise<Response> {
    const url = buildUrl(options.baseUrl, 'attachments');
    const label = 'POST /attachments';
    return requestHeaders(forceRefresh, {}).then(
      (headers) =>
        new Promise<Response>((resolve, reject) => {
          const xhr = new XMLHttpRequest();
          xhr.open('POST', url);
          xhr.timeout = Math.max(timeoutMs, 120_000); // uploads take longer than reads
          xhr.withCredentials = options.credentials === 'include';
          headers.forEach((value, name) => xhr.setRequestHeader(name, value));
          // Progress is reported in bytes of the file (the multipart body is a little larger).
          let reported = 0;
          xhr.upload.onprogress = (event) => {
            const share = event.lengthComputable && event.total > 0 ? event.loaded / event.total : 0;
            reported = Math.min(file.size, Math.round(share * file.size));
            uploadOptions.onProgress?.({ loaded: reported, total: file.size });
          };
          xhr.onload = () => {
            // Some paths (a service worker in between) send no progress events: always end at 100 %.
            if (reported < file.size) uploadOptions.onProgress?.({ loaded: file.size, total: file.size });
            const responseHeaders = new Headers();
            for (const line of xhr
              .getAllResponseHeaders()
              .trim()
              .split(/[\r\n]+/)) {
              const index = line.indexOf(':');
              if (index > 0)
                responseHeaders.append(line.slice(0, index).trim(), line.slice(index + 1).trim());
            }
            resolve(
              new Response(xhr.status === 204 ? null : xhr.responseText, {
                status: xhr.status,
                headers: responseHeaders,
              }),
            );
          };
          xhr.onerror = () =>
            reject(new CxApiError('network', `${label} could not reach the server`, { request: label }));
          xhr.ontimeout = () =>
            reject(new CxApiError('timeout', `${label} got no answer in time`, { request: label }));
          xhr.onabort = () => reject(new CxApiError('aborted', `${label} was aborted`, { request: label }));
          const signal = uploadOptions.signal;
          if (signal?.aborted)
            return reject(new CxApiError('aborted', `${label} was aborted`, { request: label }));
          signal?.addEventListener('abort', () => xhr.abort(), { once: true });
          const form = new FormData();
          form.append('file', file, file.name);
          xhr.send(form);
        }),
    );
  }

  return {
    getCustomer: (id, callOptions) =>
      readVersioned({
        method: 'GET',
        path: `customers/${segment(id)}`,
        schema: s.CustomerSchema,
        signal: signalOf(callOptions),
      }),

    updateCustomer(id, patch, updateOptions: UpdateOptions = {}) {
      return update(
        {
          method: 'PATCH',
          path: `customers/${segment(id)}`,
          body: patch,
          schema: s.CustomerSchema,
          signal: updateOptions.signal,
          version: updateOptions.version,
        },
        () => this.getCustomer(id, { signal: updateOptions.signal }),
      );
    },

    searchCustomers: (query, callOptions) =>
      read({
        method: 'GET',
        path: 'customers',
        query,
        schema: s.CustomerPageSchema,
        signal: signalOf(callOptions),
      }),

    listTickets: (query, callOptions) =>
      read({
        method: 'GET',
        path: 'tickets',
        query: { ...query },
        schema: s.TicketPageSchema,
        signal: signalOf(callOptions),
      }),

    getTicket: (id, callOptions) =>
      readVersioned({
        method: 'GET',
        path: `tickets/${segment(id)}`,
        schema: s.TicketSchema,
        signal: signalOf(callOptions),
      }),

    listMessages: (ticketId, query = {}, callOptions) =>
      read({
        method: 'GET',
        path: `tickets/${segment(ticketId)}/messages`,
        query,
        schema: s.MessagePageSchema,
        signal: signalOf(callOptions),
      }),

    listNotes: (ticketId, query = {}, callOptions) =>
      read({
        method: 'GET',
        path: `tickets/${segment(ticketId)}/notes`,
        query,
        schema: s.NotePageSchema,
        signal: signalOf(callOptions),
      }),

    createTicket: (input, createOptions: CreateTicketOptions) =>
      read({
        method: 'POST',
        path: 'tickets',
        body: input,
        schema: s.TicketSchema,
        signal: createOptions.signal,
        idempotencyKey: createOptions.idempotencyKey,
      }),

    updateTicket(id, patch, updateOptions: UpdateOptions = {}) {
      return update(
        {
          method: 'PATCH',
          path: `tickets/${segment(id)}`,
          body: patch,
          schema: s.TicketSchema,
          signal: updateOptions.signal,
          version: updateOptions.version,
        },
        () => this.getTicket(id, { signal: updateOptions.signal }),
      );
    },

    addNote: (ticketId, note, callOptions) =>
      read({
        method: 'POST',
        path: `tickets/${segment(ticketId)}/notes`,
        body: note,
        schema: s.NoteSchema,
        signal: signalOf(callOptions),
      }),

    async uploadAttachment(file, uploadOptions = {}) {
      if (options.fetch) {
        // A custom fetch cannot report upload progress; report the whole file once it is sent.
        const form = new FormData();
        form.append('file', file, file.name);
        const headers = await requestHeaders(false, {});
        const response = await doFetch(buildUrl(options.baseUrl, 'attachments'), {
          method: 'POST',
          body: form,
          headers,
          credentials: options.credentials,
          signal: uploadOptions.signal,
        }).catch((cause) => {
          throw new CxApiError(
            uploadOptions.signal?.aborted ? 'aborted' : 'network',
            'POST /attachments failed',
            { cause },
          );
        });
        uploadOptions.onProgress?.({ loaded: file.size, total: file.size });
        return parseUpload(response);
      }
      let response = await uploadWithProgress(file, uploadOptions);
      if (response.status === 401 && options.getAccessToken)
        response = await uploadWithProgress(file, uploadOptions, true);
      return parseUpload(response);
    },

    listAttachments: (ticketId, callOptions) =>
      read({
        method: 'GET',
        path: `tickets/${segment(ticketId)}/attachments`,
        schema: s.AttachmentPageSchema,
        signal: signalOf(callOptions),
      }),

    deleteAttachment: async (id, callOptions) => {
      await send({
        method: 'DELETE',
        path: `attachments/${segment(id)}`,
        schema: undefined,
        signal: signalOf(callOptions),
      });
    },

    listAgents: (callOptions) =>
      read({ method: 'GET', path: 'agents', schema: s.AgentPageSchema, signal: signalOf(callOptions) }),
    getMe: (callOptions) =>
      read({ method: 'GET', path: 'me', schema: s.AgentRefSchema, signal: signalOf(callOptions) }),
    getLookups: (callOptions) =>
      read({ method: 'GET', path: 'lookups', schema: s.LookupsSchema, signal: signalOf(callOptions) }),

    listConversations: (query, callOptions) =>
      read({
        method: 'GET',
        path: 'conversations',
        query: { ...query },
        schema: s.ConversationPageSchema,
        signal: signalOf(callOptions),
      }),

    assignConversation: (id, agentId, callOptions) =>
      read({
        method: 'POST',
        path: `conversations/${segment(id)}/assign`,
        body: { agentId },
        schema: s.ConversationSchema,
        signal: signalOf(callOptions),
      }),
  };

  async function parseUpload(response: Response) {
    const label = 'POST /attachments';
    if (!response.ok)
      throw await problemError(response, label, { method: 'POST', path: 'attachments', schema: undefined });
    return validated(
      s.AttachmentSchema,
      await response.json().catch(() => undefined),
      label,
      response.status,
    );
  }
}
