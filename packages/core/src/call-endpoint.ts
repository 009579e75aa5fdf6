// THE request pipeline: one call from the caller's input to a validated result or a typed error.
//
//   1. initialize   merge client defaults with per-call options
//   2. serialize    validate input (nothing is sent on failure), fill path, encode query and body
//   3. build        auth and default headers
//   4. send         one transport call per attempt, with timeout and abort; retries by `safe`
//   5. deserialize  classify the response (HTTP status and provider envelope), validate output
import * as v from 'valibot';
import type { AuthStrategy, AppliedAuth } from './auth';
import type { AnyEndpoint, ClassifyContext } from './define-endpoint';
import type { ProviderInfo } from './create-client';
import { encodeMultipart, fillPath, findIllFormed, joinURL, serializePairs, toPairs } from './encode';
import {
  AbortError,
  AuthError,
  createApiError,
  isSdkError,
  kindFromStatus,
  NetworkError,
  RequestValidationError,
  ResponseValidationError,
  SdkError,
  TimeoutError,
  type ApiError,
  type ErrorSpec,
  type RedactedRequest,
  type ValidationIssue,
} from './errors';
import { CallOptionsSchema, isHeaderValue, optionIssues } from './options';
import type { Redactor } from './redact';
import { defaultRetryPolicy, parseRetryAfter, retryDelay, type AttemptFailure, type RetryPolicy } from './retry';
import type { Runtime } from './runtime';
import { objectEntries, responseSchemaFor, summarizeIssues, toIssues, toStrictInput, unwrapPipe, type ValidationMode } from './schema';
import { networkErrorCode, requestNeverSent, type Transport, type TransportResponse } from './transport';
import { inputShapeIssues, wireValueIssues } from './wire-values';

/** Redacted facts about one attempt, for hooks and logs. */
export interface RequestInfo {
  provider: string;
  endpoint: string;
  method: string;
  /** URL with credentials masked. */
  url: string;
  /** Headers with credentials masked. */
  headers: Record<string, string>;
  /** 0 for the first attempt, then 1, 2 ... (auth replays count too). */
  attempt: number;
}

/** A response arrived (before classification). */
export interface ResponseInfo extends RequestInfo {
  status: number;
  durationMs: number;
}

/** An attempt failed; `retryInMs` is set when another attempt follows. */
export interface ErrorInfo extends RequestInfo {
  error: SdkError;
  retryInMs?: number | undefined;
}

/** Observers of the pipeline. They only ever see redacted data; a throwing hook is logged and ignored. */
export interface Hooks {
  onRequest?(info: RequestInfo): void;
  onResponse?(info: ResponseInfo): void;
  onError?(info: ErrorInfo): void;
}

/** A minimal logger (console works). Every line is built from redacted data. */
export interface Logger {
  debug?(message: string, meta?: Record<string, unknown>): void;
  warn?(message: string, meta?: Record<string, unknown>): void;
}

/** Per-call options. */
export interface CallOptions {
  /** Abort the call (including retries and backoff waits). */
  signal?: AbortSignal | undefined;
  /** Timeout per attempt in ms. */
  timeout?: number | undefined;
  /** Extra headers for this call (e.g. `Prefer: example=...` against the mocks). */
  headers?: Record<string, string> | undefined;
  /** Retry overrides for this call, or `false` for none. */
  retry?: Partial<RetryPolicy> | false | undefined;
  /** Response validation mode for this call. */
  validateResponse?: ValidationMode | undefined;
}

/** The request as it is about to be sent (query pairs in order, headers). */
export interface PreparedRequest {
  /** Endpoint key. */
  key: string;
  query: Array<[string, string]>;
  headers: Headers;
  /** Form body pairs (see `AuthTarget.form`). */
  form?: Array<[string, string]> | undefined;
}

/** Everything a client holds; built once by `createClient`. @internal */
export interface ClientContext {
  provider: ProviderInfo;
  baseURL: string;
  hosts: Record<string, string>;
  headers: Record<string, string>;
  timeout: number;
  retry: RetryPolicy;
  validateResponses: ValidationMode;
  auth: ReadonlyMap<string, AuthStrategy>;
  transport: Transport;
  redactor: Redactor;
  runtime: Runtime;
  hooks: Hooks;
  logger: Logger | undefined;
  encodings: Readonly<Record<string, string>>;
  prepare: ((request: PreparedRequest) => void) | undefined;
}

/** Run one endpoint call through the pipeline. @internal */
export async function callEndpoint(ctx: ClientContext, key: string, endpoint: AnyEndpoint, input: unknown, rawOptions?: unknown): Promise<unknown> {
  // ── 1. initialize ────────────────────────────────────────────────────────────────────────────
  const provider = ctx.provider.name;
  // Options are the caller's input too: checked (valibot) before anything is sent or any timer starts.
  const parsedOptions = v.safeParse(CallOptionsSchema, rawOptions);
  if (!parsedOptions.success) {
    const issues = optionIssues(parsedOptions.issues, ctx.redactor, 'options');
    throw new RequestValidationError(`${provider} ${key}: invalid call options: ${summarizeIssues(issues)}. Nothing was sent.`, { provider, endpoint: key, issues });
  }
  const options: CallOptions = (parsedOptions.output ?? {}) as CallOptions;
  const signal = options.signal;
  const timeout = options.timeout ?? ctx.timeout;
  const policy: RetryPolicy = options.retry === false ? { ...ctx.retry, maxRetries: 0 } : { ...ctx.retry, ...options.retry };
  const mode = options.validateResponse ?? ctx.validateResponses;
  const where = { provider, endpoint: key };
  if (signal?.aborted) throw new AbortError(`${provider} ${key} was aborted before it started`, where);

  // ── 2. serialize ─────────────────────────────────────────────────────────────────────────────
  const encoding = ctx.encodings[key] ?? endpoint.encoding;
  const parts = validateInput(ctx, key, endpoint, input, encoding);
  const base = endpoint.host ? ctx.hosts[endpoint.host] : ctx.baseURL;
  if (!base) throw new TypeError(`${provider}: no base URL for host "${endpoint.host ?? 'main'}"`);
  let url: string;
  try {
    url = joinURL(base, fillPath(endpoint.path, parts.path));
  } catch (error) {
    // fillPath's own check (a path value that is empty after validation): still the caller's input.
    throw new RequestValidationError(`${provider} ${key}: invalid input: ${error instanceof Error ? ctx.redactor.text(error.message) : 'bad path'}. Nothing was sent.`, {
      ...where,
      issues: [{ path: '', message: 'Invalid path parameter' }],
    });
  }
  const queryPairs = toPairs(parts.query, ctx.provider.encoding);
  const headers = new Headers({ accept: 'application/json', ...ctx.headers, ...(parts.headers as Record<string, string>) });
  let body: string | FormData | undefined;
  // Form pairs stay open until the auth strategies ran: one may put a credential in the body.
  let formPairs: Array<[string, string]> | undefined;
  if (parts.body === undefined && endpoint.method !== 'GET') formPairs = [];
  if (parts.body !== undefined) {
    if (encoding === 'form') {
      formPairs = toPairs(parts.body as Record<string, unknown>, ctx.provider.encoding);
    } else if (encoding === 'multipart') {
      body = encodeMultipart(parts.body as Record<string, unknown>, ctx.provider.encoding);
    } else {
      body = JSON.stringify(parts.body);
      headers.set('content-type', 'application/json');
    }
  }
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);

  const strategies = endpoint.auth === false ? [] : (endpoint.auth ?? [...ctx.auth.keys()]).flatMap((name) => ctx.auth.get(name) ?? []);
  let attempt = 0;
  let retries = 0;
  let recovered = false;
  for (;;) {
    // ── 3. build ───────────────────────────────────────────────────────────────────────────────
    const target = { query: [...queryPairs], headers: new Headers(headers), form: formPairs ? [...formPairs] : undefined };
    const applied: AppliedAuth[] = [];
    for (const strategy of strategies) {
      const result = await guardAuth(ctx, key, signal, () => strategy.apply(target, { redactor: ctx.redactor, signal }));
      if (result) applied.push(result);
    }
    ctx.prepare?.({ key, ...target });
    let search: string;
    let attemptBody = body;
    try {
      search = serializePairs(target.query);
      if (target.form && (target.form.length > 0 || parts.body !== undefined)) {
        attemptBody = serializePairs(target.form).replace(/%20/g, '+');
        target.headers.set('content-type', 'application/x-www-form-urlencoded');
      }
    } catch {
      // Only an auth or prepare step can add a value that cannot be percent-encoded (caller input was checked).
      throw new RequestValidationError(`${provider} ${key}: a value added before sending cannot be encoded. Nothing was sent.`, {
        ...where,
        issues: [{ path: '', message: 'Text contains an unpaired UTF-16 surrogate, which cannot be sent' }],
      });
    }
    const fullURL = search ? `${url}${url.includes('?') ? '&' : '?'}${search}` : url;
    // Redacting costs regex passes over the URL and headers: do it only when someone will look
    // (an error, a hook, a logger), not on every successful call.
    let redacted: RedactedRequest | undefined;
    const request = (): RedactedRequest => (redacted ??= { method: endpoint.method, url: ctx.redactor.url(fullURL) });
    const failedAt = (): { provider: string; endpoint: string; request: RedactedRequest } => ({ ...where, request: request() });
    const info: RequestInfo | undefined = observed(ctx) ? { ...where, ...request(), headers: ctx.redactor.headers(target.headers), attempt } : undefined;
    notify(ctx, 'onRequest', info);
    if (ctx.logger?.debug) ctx.logger.debug(`→ ${request().method} ${request().url}`, { endpoint: key, attempt });

    // ── 4. send ────────────────────────────────────────────────────────────────────────────────
    const started = ctx.runtime.now();
    let response: TransportResponse | undefined;
    let failure: AttemptFailure;
    let error: SdkError;
    const attemptController = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      attemptController.abort();
    }, timeout);
    const onCallerAbort = (): void => attemptController.abort();
    signal?.addEventListener('abort', onCallerAbort, { once: true });
    try {
      response = await ctx.transport({ url: fullURL, method: endpoint.method, headers: target.headers, body: attemptBody, signal: attemptController.signal });
    } catch (cause) {
      if (signal?.aborted) throw new AbortError(`${provider} ${key} was aborted`, failedAt());
      if (timedOut) {
        error = new TimeoutError(`${provider} ${key} timed out after ${timeout} ms`, { ...failedAt(), timeoutMs: timeout });
        failure = { type: 'timeout' };
      } else {
        const code = networkErrorCode(cause);
        const requestSent = !requestNeverSent(code);
        error = new NetworkError(`${provider} ${key} failed to reach the server${code ? ` (${code})` : ''}`, {
          ...failedAt(),
          code,
          requestSent,
          cause: sanitizeCause(cause, ctx.redactor),
        });
        failure = { type: 'network', requestSent };
      }
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onCallerAbort);
    }

    // ── 5. deserialize ─────────────────────────────────────────────────────────────────────────
    if (response) {
      if (info) notify(ctx, 'onResponse', { ...info, status: response.status, durationMs: ctx.runtime.now() - started });
      if (ctx.logger?.debug) ctx.logger.debug(`← ${response.status} ${request().method} ${request().url}`, { endpoint: key, attempt });
      const parsed = parseBody(response.text);
      const ok = endpoint.successStatus ? endpoint.successStatus.includes(response.status) : response.status >= 200 && response.status < 300;
      const classifyContext: ClassifyContext = { status: response.status, body: parsed, headers: response.headers, endpoint: key, ok };
      const spec = endpoint.classify?.(classifyContext) ?? ctx.provider.classify?.(classifyContext) ?? (ok ? undefined : defaultErrorSpec(classifyContext));
      if (!spec) return validateOutput(ctx, endpoint, mode, response, parsed, failedAt);
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), ctx.runtime.now());
      const apiError = createApiError(spec, { ...failedAt(), status: response.status, body: parsed, retryAfterMs }, ctx.redactor);
      if (apiError.kind === 'auth' && !recovered && applied.length > 0) {
        recovered = true;
        if (await guardAuth(ctx, key, signal, () => recoverAuth(applied, apiError))) {
          if (info) notify(ctx, 'onError', { ...info, error: apiError, retryInMs: 0 });
          attempt++;
          continue;
        }
      }
      error = apiError;
      failure = { type: 'status', status: response.status, retryAfterMs, kind: apiError.kind };
    }

    const delay = retryDelay(policy, failure!, retries, endpoint.safe, ctx.runtime.random);
    if (info) notify(ctx, 'onError', { ...info, error: error!, retryInMs: delay });
    if (delay === undefined) throw error!;
    ctx.logger?.warn?.(`${provider} ${key}: ${error!.message}; retrying in ${delay} ms`, { attempt });
    try {
      await ctx.runtime.sleep(delay, signal);
    } catch {
      throw new AbortError(`${provider} ${key} was aborted while waiting to retry`, failedAt());
    }
    retries++;
    attempt++;
  }
}

/**
 * Run auth code (apply, recover) so that whatever it throws is typed and secret-free: an abort
 * stays an AbortError, SDK errors pass through, anything else becomes an AuthError that keeps only
 * the thrown error's name (its message may quote a header value or token).
 */
async function guardAuth<T>(ctx: ClientContext, key: string, signal: AbortSignal | undefined, run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const where = { provider: ctx.provider.name, endpoint: key };
    if (signal?.aborted) throw new AbortError(`${where.provider} ${key} was aborted while authenticating`, where);
    if (isSdkError(error)) throw error;
    const name = error instanceof Error ? error.name : typeof error;
    throw new AuthError(`${where.provider} ${key}: authentication failed before sending (${name})`, { ...where, status: 0, reason: 'auth_setup_failed' });
  }
}

interface InputParts {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  headers: Record<string, unknown>;
  body: unknown;
}

/** Split the flat input into request parts and validate each; throws before anything is sent. */
function validateInput(ctx: ClientContext, key: string, endpoint: AnyEndpoint, input: unknown, encoding: string | undefined): InputParts {
  const fail = (issues: ValidationIssue[]): never => {
    const safe = issues.map((issue) => redactIssue(ctx.redactor, issue));
    throw new RequestValidationError(`${ctx.provider.name} ${key}: invalid input: ${summarizeIssues(safe)}. Nothing was sent.`, {
      provider: ctx.provider.name,
      endpoint: key,
      issues: safe,
    });
  };
  if (input !== undefined && (typeof input !== 'object' || input === null || Array.isArray(input))) {
    fail([{ path: '', message: 'Expected an object of named fields' }]);
  }
  // Own `__proto__` / `constructor` keys would be read through the prototype or dropped silently;
  // absurdly deep or large inputs are refused before any schema walks them.
  const shape = inputShapeIssues(input);
  if (shape.length > 0) fail(shape);
  const flat = { ...(input as Record<string, unknown> | undefined) };
  const request = endpoint.request ?? {};
  const raw: Record<'path' | 'query' | 'headers' | 'body', Record<string, unknown>> = { path: {}, query: {}, headers: {}, body: {} };
  const take = (part: 'path' | 'query' | 'headers' | 'body', names: Iterable<string>): void => {
    for (const name of names) {
      if (Object.hasOwn(flat, name)) {
        raw[part][name] = flat[name];
        delete flat[name];
      }
    }
  };
  take('path', endpoint.pathParams);
  take('query', Object.keys(objectEntries(request.query) ?? {}));
  take('headers', Object.keys(objectEntries(request.headers) ?? {}));
  let bodyInput: unknown;
  if (request.body && endpoint.spreadBody) {
    bodyInput = flat;
  } else {
    if (request.body) {
      bodyInput = flat.body;
      delete flat.body;
    }
    // A query schema that admits extra keys (loose, or with a rest schema) takes the remaining
    // fields: filter names a provider does not document still reach the wire (7offers lists).
    if (admitsExtraKeys(request.query)) take('query', Object.keys(flat));
    const unknown = Object.keys(flat);
    if (unknown.length > 0) fail(unknown.map((name) => ({ path: name, message: `Unknown field "${name}"` })));
  }

  const issues: ValidationIssue[] = [];
  const check = (schema: v.GenericSchema | undefined, value: unknown, prefix: string): unknown => {
    if (!schema) return value;
    const result = v.safeParse(toStrictInput(schema), value);
    if (result.success) return result.output;
    issues.push(...toIssues(result.issues).map((i) => ({ ...i, path: prefix && i.path ? `${prefix}.${i.path}` : prefix || i.path })));
    return undefined;
  };
  const parts: InputParts = {
    path: (check(request.path, raw.path, '') ?? {}) as Record<string, unknown>,
    query: (check(request.query, raw.query, '') ?? {}) as Record<string, unknown>,
    headers: (check(request.headers, raw.headers, '') ?? {}) as Record<string, unknown>,
    body: request.body ? check(request.body, bodyInput, endpoint.spreadBody ? '' : 'body') : undefined,
  };
  if (issues.length === 0) {
    // What the encoding cannot carry faithfully: Infinity/NaN, exponent forms, lone surrogates.
    const bodyEncoding = encoding === 'form' || encoding === 'multipart' ? encoding : 'json';
    issues.push(...wireValueIssues(parts.path, 'path'), ...wireValueIssues(parts.query, 'query'), ...wireValueIssues(parts.headers, 'query'));
    if (parts.body !== undefined) issues.push(...wireValueIssues(parts.body, bodyEncoding, endpoint.spreadBody ? '' : 'body'));
  }
  if (issues.length > 0) fail(issues);
  // What the schemas cannot see: strings the wire encodings cannot carry.
  const bodyPrefix = endpoint.spreadBody ? '' : 'body';
  const illFormed =
    findIllFormed(parts.path) ??
    findIllFormed(parts.query) ??
    (encoding === 'form' || encoding === 'multipart' ? findIllFormed(parts.body, bodyPrefix) : undefined);
  if (illFormed !== undefined) fail([{ path: illFormed, message: 'Text contains an unpaired UTF-16 surrogate, which cannot be sent' }]);
  for (const [name, value] of Object.entries(parts.headers)) {
    if (typeof value === 'string' && !isHeaderValue(value)) fail([{ path: name, message: 'Header values must be Latin-1 text without CR, LF or NUL' }]);
  }
  return parts;
}

/** Whether an object schema (through pipes) accepts keys it does not declare. */
function admitsExtraKeys(schema: v.GenericSchema | undefined): boolean {
  if (!schema) return false;
  const type = unwrapPipe(schema).type;
  return type === 'loose_object' || type === 'object_with_rest';
}

/** Redact, then cut: an issue quoting a 1 MB input must not make a 1 MB error message. */
function bounded(redactor: Redactor, text: string, max = 200): string {
  const safe = redactor.text(text);
  return safe.length > max ? `${safe.slice(0, max)}…` : safe;
}

function redactIssue(redactor: Redactor, issue: ValidationIssue): ValidationIssue {
  const sensitive = issue.path.split('.').some((segment) => redactor.isSensitiveName(segment));
  const out: ValidationIssue = { path: bounded(redactor, issue.path), message: sensitive ? 'Invalid value' : bounded(redactor, issue.message, 300) };
  if (issue.expected) out.expected = sensitive ? undefined : bounded(redactor, issue.expected);
  if (issue.received && !sensitive) out.received = bounded(redactor, issue.received);
  if (out.expected === undefined) delete out.expected;
  return out;
}

/** JSON when it parses, otherwise the text itself ('' for an empty body). */
function parseBody(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    return text;
  }
}

/** The error spec for a non-success status when no classifier claimed the response. */
function defaultErrorSpec(c: ClassifyContext): ErrorSpec {
  const body = c.body;
  if (typeof body === 'string') return { kind: kindFromStatus(c.status), message: body };
  const record = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const message = [record.message, record.error, record.errorMessage, record.detail].find((m) => typeof m === 'string') as string | undefined;
  const code = [record.code, record.errorCode].find((c) => typeof c === 'string' || typeof c === 'number') as string | number | undefined;
  return { kind: kindFromStatus(c.status), message, code };
}

function validateOutput(ctx: ClientContext, endpoint: AnyEndpoint, mode: ValidationMode, response: TransportResponse, parsed: unknown, failedAt: () => { provider: string; endpoint: string; request: RedactedRequest }): unknown {
  if (mode === 'off') return parsed;
  const result = v.safeParse(responseSchemaFor(endpoint.response, mode), parsed);
  if (result.success) return result.output;
  // Issue texts quote the provider's data, which may echo a credential or carry a new token
  // (a refresh_token of the wrong type): the same redaction as for the caller's input.
  const issues = toIssues(result.issues, { quoteValues: false }).map((i) => redactIssue(ctx.redactor, i));
  const where = failedAt();
  throw new ResponseValidationError(`${where.provider} ${where.endpoint}: unexpected response (${mode}): ${summarizeIssues(issues)}`, {
    ...where,
    issues,
    status: response.status,
    body: ctx.redactor.value(parsed),
  });
}

async function recoverAuth(applied: AppliedAuth[], error: ApiError): Promise<boolean> {
  let replay = false;
  for (const auth of applied) {
    if (await auth.recover(error)) replay = true;
  }
  return replay;
}

/** A cause that keeps the name and a redacted message, never the original object (it may hold the URL). */
function sanitizeCause(cause: unknown, redactor: Redactor): Error | undefined {
  if (!(cause instanceof Error)) return undefined;
  const inner = cause.cause instanceof Error ? `: ${cause.cause.message}` : '';
  const safe = new Error(redactor.message(`${cause.message}${inner}`));
  safe.name = cause.name;
  return safe;
}

/** Whether any hook or logger will read per-attempt info. */
function observed(ctx: ClientContext): boolean {
  return Boolean(ctx.hooks.onRequest || ctx.hooks.onResponse || ctx.hooks.onError || ctx.logger);
}

function notify<K extends keyof Hooks>(ctx: ClientContext, hook: K, info: Parameters<NonNullable<Hooks[K]>>[0] | undefined): void {
  const fn = ctx.hooks[hook] as ((info: unknown) => void) | undefined;
  if (!fn || info === undefined) return;
  try {
    fn(info);
  } catch (error) {
    ctx.logger?.warn?.(`hook ${hook} threw; ignored`, { error: error instanceof Error ? error.message : String(error) });
  }
}

/** Default retry policy merged with the provider's and the client's overrides. @internal */
export function resolveRetryPolicy(provider: ProviderInfo, client: Partial<RetryPolicy> | false | undefined): RetryPolicy {
  const merged = { ...defaultRetryPolicy, ...provider.retry, ...(client || {}) };
  return client === false ? { ...merged, maxRetries: 0 } : merged;
}
