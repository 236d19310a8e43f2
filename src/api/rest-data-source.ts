// One file on purpose: one method per operation of the host-API contract over one request pipeline
// (auth refresh, retries, timeouts, idempotency, validation, problem+json). Split, the contract
// would be read across files; the pipeline's steps are small functions of their own, above and
// inside createRestDataSource.
import * as v from 'valibot';
import type {
  CallOptions,
  ConversationActionOptions,
  CreateTicketOptions,
  CxDataSource,
  UpdateOptions,
  UploadOptions,
} from './data-source.js';
import { CxApiError, kindForStatus, type CxApiErrorInit } from './errors.js';
import * as s from './schemas.js';
import * as cs from './conversation-schemas.js';
import * as cases from './case-schemas.js';
import * as is from './interaction-schemas.js';
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
  /** Schema of the resource, to read the server's current version out of a 412 (or a 409's `current`). */
  conflictSchema?: v.GenericSchema;
  /** The agent's language, sent as `Accept-Language`. */
  language?: string;
}

const RETRY_STATUSES = new Set([429, 502, 503, 504]);

/** `th-TH` → `th-TH, th;q=0.9, en;q=0.5`: the agent's language first, English as the fallback. */
export function acceptLanguage(locale: string): string {
  const primary = locale.split('-')[0]!;
  const ranges = [locale];
  if (primary !== locale) ranges.push(`${primary};q=0.9`);
  if (primary !== 'en') ranges.push('en;q=0.5');
  return ranges.join(', ');
}

/** An error of the integration, not of the data: said once in the console, where a developer looks. */
function misconfigured(message: string, init: CxApiErrorInit): CxApiError {
  console.error(`cxkit: ${message}`);
  return new CxApiError('misconfigured', message, init);
}

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

const Envelope = v.object({
  items: v.array(v.unknown()),
  nextCursor: v.nullish(v.string()),
  total: v.nullish(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

/**
 * A page whose items are checked one by one: those that break the contract are left out (and said
 * in the console, and counted in `invalid`), so one broken ticket does not hide a whole history.
 */
function validatedPage(
  itemSchema: v.GenericSchema,
  data: unknown,
  label: string,
  status: number,
): {
  items: unknown[];
  nextCursor?: string | null;
  total?: number | null;
  invalid?: { count: number; detail: string };
} {
  const envelope = validated(Envelope, data, label, status);
  const items: unknown[] = [];
  const broken: string[] = [];
  envelope.items.forEach((item, index) => {
    const parsed = v.safeParse(itemSchema, item);
    if (parsed.success) return items.push(parsed.output);
    const first = parsed.issues[0]!;
    const path = ['items', index, v.getDotPath(first)]
      .filter((part) => part !== null && part !== '')
      .join('.');
    broken.push(`${path} (${describeIssue(first)})`);
  });
  const counted = envelope.total === undefined ? {} : { total: envelope.total };
  if (!broken.length) return { items, nextCursor: envelope.nextCursor, ...counted };
  console.error(
    `cxkit: ${label} returned ${broken.length} item(s) that break the contract, left out: ${broken.join('; ')}`,
  );
  return {
    items,
    nextCursor: envelope.nextCursor,
    ...counted,
    invalid: { count: broken.length, detail: `${label}: ${broken[0]}` },
  };
}

/** What is wrong with a value, in words for an administrator ("missing", "expected string, got 42"). */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.received === 'undefined') return 'missing';
  const received = issue.received.length > 40 ? `${issue.received.slice(0, 40)}…` : issue.received;
  return `expected ${issue.expected ?? 'another value'}, got ${received}`;
}

/** The data, if it follows the schema; else an `invalid-response` error naming where it does not. */
function validated<TSchema extends v.GenericSchema>(
  schema: TSchema,
  data: unknown,
  label: string,
  status: number,
): v.InferOutput<TSchema> {
  const itemSchema = s.pageItemSchema(schema);
  if (itemSchema) return validatedPage(itemSchema, data, label, status) as v.InferOutput<TSchema>;
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
  // Read at each request, not once: a host may hand over new options at any time (see options.ts).
  const retrySettings = () => {
    const retry: RetryOptions = options.retry === false ? { attempts: 0 } : (options.retry ?? {});
    return {
      maxRetries: retry.attempts ?? 3,
      baseDelayMs: retry.baseDelayMs || 300,
      maxDelayMs: retry.maxDelayMs || 5000,
      maxRetryAfterMs: retry.maxRetryAfterMs || 20_000,
    };
  };
  const timeout = () => options.timeoutMs ?? 15_000;
  const doFetch = (input: RequestInfo | URL, init?: RequestInit) =>
    (options.fetch ?? globalThis.fetch)(input, init);

  async function requestHeaders(
    forceRefresh: boolean,
    extra: Record<string, string>,
    language?: string,
  ): Promise<Headers> {
    const headers = new Headers(
      typeof options.headers === 'function' ? await options.headers() : options.headers,
    );
    headers.set('Accept', 'application/json, application/problem+json');
    // The agent's language, for what the server words itself: lookup labels, problem details.
    if (language) headers.set('Accept-Language', acceptLanguage(language));
    for (const [name, value] of Object.entries(extra)) headers.set(name, value);
    const token = await options.getAccessToken?.({ forceRefresh });
    if (token) headers.set('Authorization', `Bearer ${token}`);
    return headers;
  }

  function backoffDelay(retryIndex: number): number {
    const { baseDelayMs, maxDelayMs } = retrySettings();
    const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** retryIndex);
    return Math.random() * ceiling; // full jitter: clients that failed together do not retry together
  }

  async function problemError(
    response: Response,
    label: string,
    spec: Pick<RequestSpec<v.GenericSchema | undefined>, 'conflictSchema' | 'version' | 'method'>,
  ) {
    let problem: Problem | undefined;
    const contentType = response.headers.get('Content-Type') ?? '';
    try {
      const parsed = v.safeParse(s.ProblemSchema, JSON.parse(await response.text()));
      if (parsed.success) problem = parsed.output;
    } catch {
      // not JSON: the status alone says what happened
    }
    if (!problem && response.status === 404) {
      // Every path of a wrong base URL answers like this (a web server's or an app's own 404 page):
      // that is the integration's problem, not a resource that went away.
      return misconfigured(
        `${label} answered 404 with ${contentType || 'no content type'}, not the API's problem+json: ` +
          `is the API really at ${options.baseUrl}? Check base-url.`,
        { status: 404, request: label },
      );
    }
    if (response.status === 428 && !spec.version) {
      return misconfigured(
        `${label} needs If-Match, but this page never saw the resource's ETag. A cross-origin API must ` +
          'send "Access-Control-Expose-Headers: ETag" (and the GET must send an ETag at all).',
        { status: 428, request: label },
      );
    }
    let kind = kindForStatus(response.status);
    let current: Versioned<unknown> | undefined;
    // A 412 (changed since read), or a 409 carrying the resource as it is now (taken first by
    // someone else): a conflict the widget can show and resolve.
    if (
      (kind === 'conflict' || response.status === 409) &&
      spec.conflictSchema &&
      problem &&
      'current' in problem
    ) {
      const parsed = v.safeParse(spec.conflictSchema, problem.current);
      if (parsed.success) {
        current = { data: parsed.output, version: response.headers.get('ETag') };
        kind = 'conflict';
      }
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
      retryAfterMs: parseRetryAfter(response.headers.get('Retry-After')),
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
    // A write that may have reached the server before the connection failed has an unknown outcome.
    const isWrite = spec.method !== 'GET';
    const extra: Record<string, string> = {};
    if (spec.body !== undefined) extra['Content-Type'] = 'application/json';
    if (spec.version) extra['If-Match'] = spec.version;
    if (spec.idempotencyKey) extra['Idempotency-Key'] = spec.idempotencyKey;
    const { maxRetries, maxRetryAfterMs } = retrySettings();
    let forceRefresh = false;
    let retries = 0;
    const networkError = (message: string, cause: unknown, kind: 'network' | 'timeout' = 'network') =>
      new CxApiError(kind, message, { request: label, cause, unknownOutcome: isWrite });

    for (;;) {
      if (spec.signal?.aborted) throw new CxApiError('aborted', `${label} was aborted`, { request: label });
      const timeoutMs = timeout();
      const timeoutController = new AbortController();
      const timer = setTimeout(() => timeoutController.abort(), timeoutMs);
      const signal = spec.signal
        ? AbortSignal.any([spec.signal, timeoutController.signal])
        : timeoutController.signal;
      let response: Response;
      let text: string;
      try {
        response = await doFetch(url, {
          method: spec.method,
          headers: await requestHeaders(forceRefresh, extra, spec.language),
          body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
          credentials: options.credentials,
          signal,
        });
        // The whole body is read inside the time limit: a connection cut half-way through the
        // answer is a network failure like any other, not data that breaks the contract.
        text = response.status === 204 ? '' : await response.text();
      } catch (cause) {
        if (spec.signal?.aborted)
          throw new CxApiError('aborted', `${label} was aborted`, { request: label, cause });
        if (idempotent && retries < maxRetries) {
          await sleep(backoffDelay(retries++), spec.signal).catch(() => undefined);
          continue;
        }
        if (timeoutController.signal.aborted)
          throw networkError(`${label} got no answer within ${timeoutMs} ms`, cause, 'timeout');
        throw networkError(`${label} could not reach the server`, cause);
      } finally {
        clearTimeout(timer);
      }

      if (response.status === 401 && options.getAccessToken && !forceRefresh) {
        forceRefresh = true; // one fresh token, one more try
        continue;
      }
      // 409 on a keyed write: the same key is still being worked on (an earlier try whose answer
      // was lost); its result comes back once it is done.
      const retryable =
        RETRY_STATUSES.has(response.status) || (response.status === 409 && spec.idempotencyKey !== undefined);
      if (retryable && idempotent && retries < maxRetries) {
        const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
        if (retryAfter === undefined || retryAfter <= maxRetryAfterMs) {
          await sleep(retryAfter ?? backoffDelay(retries), spec.signal).catch(() => undefined);
          retries += 1;
          continue;
        }
      }
      if (!response.ok) {
        const answered = new Response(text || null, { status: response.status, headers: response.headers });
        throw await problemError(answered, label, spec);
      }
      if (!spec.schema || response.status === 204) return { data: undefined as never, response };
      return {
        data: validated(spec.schema, parseJson(text, response, label), label, response.status) as never,
        response,
      };
    }
  }

  /** The body as JSON; an HTML page where JSON belongs means a wrong base URL. */
  function parseJson(text: string, response: Response, label: string): unknown {
    try {
      return JSON.parse(text);
    } catch (cause) {
      const contentType = response.headers.get('Content-Type') ?? '';
      const error = /html/i.test(contentType)
        ? misconfigured(
            `${label} answered with an HTML page, not JSON: is the API really at ${options.baseUrl}? Check base-url.`,
            { status: response.status, request: label, cause },
          )
        : new CxApiError('invalid-response', `${label} returned a body that is not JSON`, {
            status: response.status,
            request: label,
            path: '(root)',
            cause,
          });
      console.error(`cxkit: ${error.message}`);
      throw error;
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

  /** What every request takes from the caller's options: its signal and the agent's language. */
  const callSpec = (callOptions?: CallOptions) => ({
    signal: callOptions?.signal,
    language: callOptions?.language,
  });

  function uploadWithProgress(
    file: File,
    uploadOptions: UploadOptions = {},
    forceRefresh = false,
  ): Promise<Response> {
    const url = buildUrl(options.baseUrl, 'attachments');
    const label = 'POST /attachments';
    return requestHeaders(forceRefresh, {}, uploadOptions.language).then(
      (headers) =>
        new Promise<Response>((resolve, reject) => {
          const xhr = new XMLHttpRequest();
          xhr.open('POST', url);
          xhr.timeout = Math.max(timeout(), 120_000); // uploads take longer than reads
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
        ...callSpec(callOptions),
      }),

    updateCustomer(id, patch, updateOptions: UpdateOptions = {}) {
      return update(
        {
          method: 'PATCH',
          path: `customers/${segment(id)}`,
          body: patch,
          schema: s.CustomerSchema,
          ...callSpec(updateOptions),
          version: updateOptions.version,
        },
        () => this.getCustomer(id, callSpec(updateOptions)),
      );
    },

    searchCustomers: (query, callOptions) =>
      read({
        method: 'GET',
        path: 'customers',
        query,
        schema: s.CustomerPageSchema,
        ...callSpec(callOptions),
      }),

    listTickets: (query, callOptions) =>
      read({
        method: 'GET',
        path: 'tickets',
        query: { ...query },
        schema: s.TicketPageSchema,
        ...callSpec(callOptions),
      }),

    getTicket: (id, callOptions) =>
      readVersioned({
        method: 'GET',
        path: `tickets/${segment(id)}`,
        schema: s.TicketSchema,
        ...callSpec(callOptions),
      }),

    listMessages: (ticketId, query = {}, callOptions) =>
      read({
        method: 'GET',
        path: `tickets/${segment(ticketId)}/messages`,
        query,
        schema: s.MessagePageSchema,
        ...callSpec(callOptions),
      }),

    listNotes: (ticketId, query = {}, callOptions) =>
      read({
        method: 'GET',
        path: `tickets/${segment(ticketId)}/notes`,
        query,
        schema: s.NotePageSchema,
        ...callSpec(callOptions),
      }),

    createTicket: (input, createOptions: CreateTicketOptions) =>
      read({
        method: 'POST',
        path: 'tickets',
        body: input,
        schema: s.TicketSchema,
        ...callSpec(createOptions),
        idempotencyKey: createOptions.idempotencyKey,
      }),

    updateTicket(id, patch, updateOptions: UpdateOptions = {}) {
      return update(
        {
          method: 'PATCH',
          path: `tickets/${segment(id)}`,
          body: patch,
          schema: s.TicketSchema,
          ...callSpec(updateOptions),
          version: updateOptions.version,
        },
        () => this.getTicket(id, callSpec(updateOptions)),
      );
    },

    addNote: (ticketId, note, noteOptions) =>
      read({
        method: 'POST',
        path: `tickets/${segment(ticketId)}/notes`,
        body: note,
        schema: s.NoteSchema,
        ...callSpec(noteOptions),
        idempotencyKey: noteOptions?.idempotencyKey,
      }),

    async uploadAttachment(file, uploadOptions = {}) {
      if (options.fetch) {
        // A custom fetch cannot report upload progress; report the whole file once it is sent.
        const form = new FormData();
        form.append('file', file, file.name);
        const headers = await requestHeaders(false, {}, uploadOptions.language);
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
        ...callSpec(callOptions),
      }),

    deleteAttachment: async (id, callOptions) => {
      await send({
        method: 'DELETE',
        path: `attachments/${segment(id)}`,
        schema: undefined,
        ...callSpec(callOptions),
      });
    },

    listAgents: (callOptions) =>
      read({ method: 'GET', path: 'agents', schema: s.AgentPageSchema, ...callSpec(callOptions) }),
    getMe: (callOptions) => read({ method: 'GET', path: 'me', schema: s.MeSchema, ...callSpec(callOptions) }),
    getLookups: (callOptions) =>
      read({ method: 'GET', path: 'lookups', schema: s.LookupsSchema, ...callSpec(callOptions) }),

    listConversations: (query, callOptions) =>
      read({
        method: 'GET',
        path: 'conversations',
        query: { ...query },
        schema: cs.ConversationPageSchema,
        ...callSpec(callOptions),
      }),

    countConversations: (query, callOptions) =>
      read({
        method: 'GET',
        path: 'conversations/counts',
        query: { ...query },
        schema: cs.ConversationCountsSchema,
        ...callSpec(callOptions),
      }),

    getConversation: (id, callOptions) =>
      read({
        method: 'GET',
        path: `conversations/${segment(id)}`,
        schema: cs.ConversationSchema,
        ...callSpec(callOptions),
      }),

    listConversationMessages: (id, query, callOptions) =>
      read({
        method: 'GET',
        path: `conversations/${segment(id)}/messages`,
        query: { ...query },
        schema: cs.ConversationMessagePageSchema,
        ...callSpec(callOptions),
      }),

    assignConversation: (id, agentId, callOptions) =>
      conversationAction(id, 'assign', { agentId }, callOptions),
    unassignConversation: (id, callOptions) => conversationAction(id, 'unassign', {}, callOptions),
    resolveConversation: (id, callOptions) => conversationAction(id, 'resolve', {}, callOptions),

    listTicketEvents: (ticketId, query = {}, callOptions) =>
      read({
        method: 'GET',
        path: `tickets/${segment(ticketId)}/events`,
        query: { ...query },
        schema: cases.TicketEventPageSchema,
        ...callSpec(callOptions),
      }),

    getTicketAssociations: (ticketId, callOptions) =>
      read({
        method: 'GET',
        path: `tickets/${segment(ticketId)}/associations`,
        schema: cases.TicketAssociationsSchema,
        ...callSpec(callOptions),
      }),

    getTicketQueueItem: async (ticketId, callOptions) =>
      (
        await read({
          method: 'GET',
          path: `tickets/${segment(ticketId)}/queue-item`,
          schema: cases.TicketQueueItemSchema,
          ...callSpec(callOptions),
        })
      ).item,

    listCustomerAttachments: (customerId, query = {}, callOptions) =>
      read({
        method: 'GET',
        path: `customers/${segment(customerId)}/attachments`,
        query: { ...query },
        schema: cases.CustomerAttachmentPageSchema,
        ...callSpec(callOptions),
      }),

    deleteAttachments: (ids, callOptions) =>
      read({
        method: 'POST',
        path: 'attachments/bulk-delete',
        body: { ids },
        schema: cases.BulkDeleteResultSchema,
        ...callSpec(callOptions),
      }),

    listInteractions: (query, callOptions) =>
      read({
        method: 'GET',
        path: 'interactions',
        query: { ...query },
        schema: is.InteractionPageSchema,
        ...callSpec(callOptions),
      }),

    updateInteraction: (id, patch, updateOptions = {}) =>
      // The 412 carries the record as it is (there is no single-record read to fetch it from).
      readVersioned({
        method: 'PATCH',
        path: `interactions/${segment(id)}`,
        body: patch,
        schema: is.InteractionSchema,
        conflictSchema: is.InteractionSchema,
        ...callSpec(updateOptions),
        version: updateOptions.version,
      }),

    exportInteractions: (query, callOptions) => download('interactions/export', { ...query }, callOptions),

    subscribe: (onChange, subscribeOptions = {}) => {
      const controller = new AbortController();
      // The stream's reader (and its SSE parser) loads only when something subscribes.
      void import('./event-stream.js').then(({ followEventStream }) =>
        followEventStream(
          {
            url: buildUrl(options.baseUrl, 'events'),
            headers: (forceRefresh) => requestHeaders(forceRefresh, {}),
            fetch: doFetch,
            credentials: options.credentials,
            onChange,
            onStatus: (status) => subscribeOptions.onStatus?.(status),
            reconnectDelay: (attempt, serverRetryMs) => {
              // The server's `retry:` first, then doubling (capped), with jitter so that pages cut
              // off together do not all come back at the same moment.
              const base = (serverRetryMs ?? 1000) * 2 ** Math.min(attempt, 5);
              return Math.min(base, 30_000) * (0.5 + Math.random() / 2);
            },
          },
          controller.signal,
        ),
      );
      return () => controller.abort();
    },
  };

  /** A file the server makes (an export): read whole, as a Blob; errors as for every request. */
  async function download(path: string, query: Query, callOptions: CallOptions = {}): Promise<Blob> {
    const label = `GET /${path}`;
    const url = buildUrl(options.baseUrl, path, query);
    for (const forceRefresh of [false, true]) {
      let response: Response;
      try {
        const headers = await requestHeaders(forceRefresh, {}, callOptions.language);
        headers.set('Accept', 'text/csv, application/problem+json');
        response = await doFetch(url, {
          headers,
          credentials: options.credentials,
          signal: callOptions.signal,
        });
        if (response.status === 401 && !forceRefresh && options.getAccessToken) continue;
        if (!response.ok) throw await problemError(response, label, { method: 'GET' });
        return await response.blob();
      } catch (cause) {
        if (cause instanceof CxApiError) throw cause;
        const aborted = callOptions.signal?.aborted;
        throw new CxApiError(
          aborted ? 'aborted' : 'network',
          `${label} ${aborted ? 'was aborted' : 'failed'}`,
          {
            request: label,
            cause,
          },
        );
      }
    }
    throw new CxApiError('unauthorized', `${label} was refused after a token refresh`, { request: label });
  }

  /** Assign, unassign, resolve: a 409 says who has the conversation now (`current`). */
  function conversationAction(
    id: string,
    action: 'assign' | 'unassign' | 'resolve',
    body: object,
    callOptions: ConversationActionOptions = {},
  ) {
    const { expectedAssigneeId } = callOptions;
    return read({
      method: 'POST',
      path: `conversations/${segment(id)}/${action}`,
      body: expectedAssigneeId === undefined ? body : { ...body, expectedAssigneeId },
      schema: cs.ConversationSchema,
      conflictSchema: cs.ConversationSchema,
      ...callSpec(callOptions),
    });
  }

  async function parseUpload(response: Response) {
    const label = 'POST /attachments';
    if (!response.ok) throw await problemError(response, label, { method: 'POST' });
    return validated(
      s.AttachmentSchema,
      await response.json().catch(() => undefined),
      label,
      response.status,
    );
  }
}
