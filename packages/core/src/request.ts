// Building a request: split and validate the caller's input (nothing is sent on failure), encode
// path, query and body, then per attempt apply auth and serialise what goes on the wire.
import * as v from 'valibot';
import type { AppliedAuth, AuthStrategy } from './auth';
import type { AnyEndpoint } from './define-endpoint';
import { encodeMultipart, fillPath, findIllFormed, joinURL, serializePairs, toPairs } from './encode';
import { AbortError, AuthSetupError, isSdkError, RequestValidationError, type ValidationIssue } from './errors';
import { invalidInput, isHeaderValue } from './options';
import type { CallOptions, ClientContext } from './pipeline-types';
import type { Redactor } from './redact';
import { objectEntries, toIssues, toStrictInput, unwrapPipe } from './schema';
import { inputShapeIssues, wireValueIssues } from './wire-values';

/** The request before auth: checked input, encoded once, reused by every attempt. */
export interface BaseRequest {
  method: string;
  /** Full URL without the query. */
  url: string;
  query: Array<[string, string]>;
  /** What each attempt's `Headers` starts from (built per attempt: auth may change them). */
  headers: Record<string, string>;
  /** Headers set over `headers`, in order (content type, the call's own headers). */
  overrides: Array<[string, string]>;
  /** A JSON or multipart body. */
  body: string | FormData | undefined;
  /** Form pairs, kept open until auth ran (a strategy may add a credential to the body). */
  form: Array<[string, string]> | undefined;
  /** Whether the caller gave a body (an empty form is still sent then). */
  hasBody: boolean;
}

/** One attempt's request, with credentials applied, ready for the transport. */
export interface AttemptRequest {
  url: string;
  headers: Headers;
  body: string | FormData | undefined;
  /** What each auth strategy applied (to recover from an auth failure). */
  applied: AppliedAuth[];
}

/** Validate the caller's input and encode it; throws a RequestValidationError before anything is sent. */
export function buildRequest(ctx: ClientContext, key: string, endpoint: AnyEndpoint, input: unknown, options: CallOptions): BaseRequest {
  const where = { provider: ctx.provider.name, endpoint: key };
  const encoding = ctx.encodings[key] ?? endpoint.encoding;
  const parts = validateInput(ctx, key, endpoint, input, encoding);
  const base = endpoint.host ? ctx.hosts[endpoint.host] : ctx.baseURL;
  if (!base) throw new TypeError(`${where.provider}: no base URL for host "${endpoint.host ?? 'main'}"`);
  let url: string;
  try {
    url = joinURL(base, fillPath(endpoint.path, parts.path));
  } catch (error) {
    // fillPath's own check (a path value that is empty after validation): still the caller's input.
    throw new RequestValidationError(`${where.provider} ${key}: invalid input: ${error instanceof Error ? ctx.redactor.text(error.message) : 'bad path'}. Nothing was sent.`, {
      ...where,
      issues: [{ path: '', message: 'Invalid path parameter' }],
    });
  }
  const headers: Record<string, string> = { accept: 'application/json', ...ctx.headers, ...(parts.headers as Record<string, string>) };
  const overrides: Array<[string, string]> = [];
  let body: string | FormData | undefined;
  let form: Array<[string, string]> | undefined;
  if (parts.body === undefined && endpoint.method !== 'GET') form = [];
  if (parts.body !== undefined) {
    if (encoding === 'form') {
      form = toPairs(parts.body as Record<string, unknown>, ctx.provider.encoding);
    } else if (encoding === 'multipart') {
      body = encodeMultipart(parts.body as Record<string, unknown>, ctx.provider.encoding);
    } else {
      body = JSON.stringify(parts.body);
      overrides.push(['content-type', 'application/json']);
    }
  }
  if (options.headers) for (const name in options.headers) if (Object.hasOwn(options.headers, name)) overrides.push([name, options.headers[name]!]);
  return { method: endpoint.method, url, query: toPairs(parts.query, ctx.provider.encoding), headers, overrides, body, form, hasBody: parts.body !== undefined };
}

/** Apply auth and the provider's last touch to a copy of the base request, and serialise it. */
export async function buildAttempt(ctx: ClientContext, key: string, request: BaseRequest, strategies: readonly AuthStrategy[], signal: AbortSignal | undefined): Promise<AttemptRequest> {
  // One Headers per attempt (the base stays untouched for the next attempt).
  const headers = new Headers(request.headers);
  for (const [name, value] of request.overrides) headers.set(name, value);
  const target = { query: [...request.query], headers, form: request.form ? [...request.form] : undefined };
  const applied: AppliedAuth[] = [];
  for (const strategy of strategies) {
    const result = await guardAuth(ctx, key, signal, () => strategy.apply(target, { redactor: ctx.redactor, signal }));
    if (result) applied.push(result);
  }
  ctx.prepare?.({ key, ...target });
  let search: string;
  let body = request.body;
  try {
    search = serializePairs(target.query);
    if (target.form && (target.form.length > 0 || request.hasBody)) {
      body = serializePairs(target.form).replace(/%20/g, '+');
      target.headers.set('content-type', 'application/x-www-form-urlencoded');
    }
  } catch {
    // Only an auth or prepare step can add a value that cannot be percent-encoded (caller input was checked).
    throw new RequestValidationError(`${ctx.provider.name} ${key}: a value added before sending cannot be encoded. Nothing was sent.`, {
      provider: ctx.provider.name,
      endpoint: key,
      issues: [{ path: '', message: 'Text contains an unpaired UTF-16 surrogate, which cannot be sent' }],
    });
  }
  const url = search ? `${request.url}${request.url.includes('?') ? '&' : '?'}${search}` : request.url;
  return { url, headers: target.headers, body, applied };
}

/**
 * Run auth code (apply, recover) so that whatever it throws is typed and secret-free: an abort
 * stays an AbortError, SDK errors pass through, anything else becomes an AuthError that keeps only
 * the thrown error's name (its message may quote a header value or token).
 */
export async function guardAuth<T>(ctx: ClientContext, key: string, signal: AbortSignal | undefined, run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const where = { provider: ctx.provider.name, endpoint: key };
    if (signal?.aborted) throw new AbortError(`${where.provider} ${key} was aborted while authenticating`, where);
    if (isSdkError(error)) throw error;
    const name = error instanceof Error ? error.name : typeof error;
    throw new AuthSetupError(`${where.provider} ${key}: authentication failed before sending (${name})`, { ...where, reason: 'auth_setup_failed' });
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
    throw invalidInput(ctx.provider.name, key, safe);
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
    // valibot's own parse, not the compiled success path responses use: its output is a copy, so
    // the fields go out in the declared order, a getter is read once, a transform never runs on
    // the caller's objects, and what was checked is what is sent.
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

export function redactIssue(redactor: Redactor, issue: ValidationIssue): ValidationIssue {
  const sensitive = issue.path.split('.').some((segment) => redactor.isSensitiveName(segment));
  const out: ValidationIssue = { path: bounded(redactor, issue.path), message: sensitive ? 'Invalid value' : bounded(redactor, issue.message, 300) };
  if (issue.expected) out.expected = sensitive ? undefined : bounded(redactor, issue.expected);
  if (issue.received && !sensitive) out.received = bounded(redactor, issue.received);
  if (out.expected === undefined) delete out.expected;
  return out;
}
