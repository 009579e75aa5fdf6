// Valibot schemas for the options a caller passes per call and per client: checked before anything
// is sent or any timer is started, so a bad option is a RequestValidationError, never a raw
// TypeError from Headers/setTimeout, a leaked timer or a request sent with a nonsense timeout.
import * as v from 'valibot';
import { RequestValidationError, type ValidationIssue } from './errors';
import type { Redactor } from './redact';
import { summarizeIssues } from './schema';

/** The longest delay `setTimeout` honours (2^31 − 1 ms, about 24.8 days); longer ones fire at once. */
export const MAX_TIMER_MS = 2_147_483_647;

/** Most headers one call may add. */
export const MAX_CALL_HEADERS = 100;

/** RFC 9110 token characters: what a header name may contain. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** A header value fetch accepts: Latin-1, without NUL, CR or LF. */
const HEADER_VALUE = /^[^\u0000\r\n\u0100-\uffff]*$/;

/** Whether a name is a valid HTTP header name. */
export function isHeaderName(name: string): boolean {
  return HEADER_NAME.test(name);
}

/** Whether a string is a header value `fetch` accepts (Latin-1, no NUL/CR/LF). */
export function isHeaderValue(value: string): boolean {
  return HEADER_VALUE.test(value);
}

function isSignal(value: unknown): value is AbortSignal {
  // Duck-typed so signals from another realm (jsdom, a worker's polyfill) are accepted too.
  const s = value as AbortSignal | null;
  return typeof s === 'object' && s !== null && typeof s.aborted === 'boolean' && typeof s.addEventListener === 'function' && typeof s.removeEventListener === 'function';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const delayMs = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_TIMER_MS, `must be at most ${MAX_TIMER_MS} ms (the longest timer)`));

/** Timeout per attempt: a positive number of ms a timer can hold. */
export const TimeoutSchema = v.pipe(
  v.number('timeout must be a number of ms'),
  v.finite('timeout must be a finite number of ms'),
  v.gtValue(0, 'timeout must be a positive number of ms'),
  v.maxValue(MAX_TIMER_MS, `timeout must be at most ${MAX_TIMER_MS} ms (the longest timer)`),
);

/** Retry overrides, or `false`. Unknown keys are rejected (a typo would silently keep the default). */
export const RetryOptionsSchema = v.union([
  v.literal(false),
  v.strictObject({
    maxRetries: v.optional(v.pipe(v.number(), v.integer('maxRetries must be a whole number'), v.minValue(0), v.maxValue(100))),
    statuses: v.optional(v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(599))), v.maxLength(100))),
    baseDelayMs: v.optional(delayMs),
    maxDelayMs: v.optional(delayMs),
    maxRetryAfterMs: v.optional(delayMs),
  }),
]);

/** Extra headers: a plain object (or a `Headers`) of valid names and Latin-1 values without CR/LF, at most 100. */
export const HeadersSchema = v.pipe(
  v.custom<Record<string, unknown> | Headers>((x) => isPlainObject(x) || x instanceof Headers, 'headers must be a plain object of header names and string values'),
  v.transform((x): Record<string, unknown> => (x instanceof Headers ? Object.fromEntries(x.entries()) : x)),
  v.check((x) => Object.keys(x).length <= MAX_CALL_HEADERS, `at most ${MAX_CALL_HEADERS} headers`),
  v.record(
    v.pipe(v.string(), v.regex(HEADER_NAME, 'invalid header name')),
    v.pipe(v.string('header values must be strings'), v.regex(HEADER_VALUE, 'header values must be Latin-1 text without CR, LF or NUL'), v.maxLength(16_384)),
  ),
);

/** The per-call options. `undefined` means none; `null`, arrays and other values are rejected. */
export const CallOptionsSchema = v.optional(
  v.pipe(
    v.custom<Record<string, unknown>>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), 'options must be an object'),
    v.object(
    {
      signal: v.optional(v.custom<AbortSignal>(isSignal, 'signal must be an AbortSignal')),
      timeout: v.optional(TimeoutSchema),
      headers: v.optional(HeadersSchema),
      retry: v.optional(RetryOptionsSchema),
      validateResponse: v.optional(v.picklist(['compatible', 'strict', 'off'])),
    },
      'options must be an object',
    ),
  ),
);

/** The output of {@link CallOptionsSchema}. */
export type ParsedCallOptions = v.InferOutput<typeof CallOptionsSchema>;

/** A union's issues in place of the union's own, at the union's path (theirs are relative to it). */
function flatten(issues: readonly v.BaseIssue<unknown>[]): v.BaseIssue<unknown>[] {
  return issues.flatMap((i) =>
    i.type === 'union' && i.issues && i.issues.length > 0
      ? flatten(i.issues).map((sub) => (i.path ? { ...sub, path: [...i.path, ...(sub.path ?? [])] as typeof sub.path } : sub))
      : [i],
  );
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'Array';
  return typeof value === 'object' ? 'Object' : typeof value;
}

const cut = (text: string): string => (text.length > 120 ? `${text.slice(0, 120)}…` : text);

/**
 * Issues of a failed options parse, safe to show: values are never quoted (a header value may be a
 * token), and paths are redacted and cut (a header name may be anything).
 */
export function optionIssues(issues: readonly v.BaseIssue<unknown>[], redactor: Redactor | undefined, prefix: string): ValidationIssue[] {
  const seen = new Set<string>();
  const out: ValidationIssue[] = [];
  for (const issue of flatten(issues)) {
    const raw = [prefix, ...(issue.path ?? []).map((p) => String(p.key))].filter(Boolean).join('.');
    const path = cut(redactor ? redactor.text(raw) : raw);
    // valibot's default messages quote the value; ours (and any without "received") do not.
    const message = issue.message.includes('received')
      ? `Invalid ${issue.kind === 'schema' ? 'type' : issue.type.replace(/_/g, ' ')}: expected ${cut(issue.expected ?? 'a different value')}, received ${typeName(issue.input)}`
      : issue.message;
    const key = `${path}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path, message, ...(issue.expected ? { expected: cut(issue.expected) } : {}) });
  }
  return out;
}

/**
 * Check a provider factory's options with a valibot schema: the parsed output, or a
 * RequestValidationError naming every bad option (values never quoted). One builder for every
 * client's options, so each says "invalid options" the same way.
 *
 * @example
 * const { login } = parseClientOptions('b2motor', v.looseObject({ login: v.string() }), options);
 */
export function parseClientOptions<S extends v.GenericSchema>(provider: string, schema: S, raw: unknown, what = 'options'): v.InferOutput<S> {
  const result = v.safeParse(schema, raw);
  if (result.success) return result.output;
  throw invalidOptions(provider, optionIssues(result.issues, undefined, ''), what);
}

/**
 * The one error for input refused before sending (by the pipeline, or by a provider's own check
 * or helper): `<provider> <label>: invalid input: <the first issues>. Nothing was sent.`, with
 * every issue in `issues`. Issue messages say what is wrong, never the value.
 *
 * @param label - what the message names (a helper's name); default `endpoint`.
 * @example
 * throw invalidInput('quince', 'services.add', [{ path: 'array.0.Name', message: 'Required' }], 'addAll');
 */
export function invalidInput(provider: string, endpoint: string, issues: ValidationIssue[], label = endpoint): RequestValidationError {
  return new RequestValidationError(`${provider} ${label}: invalid input: ${summarizeIssues(issues)}. Nothing was sent.`, { provider, endpoint, issues });
}

/** The one error for bad client or factory options: every issue named, no value quoted. @internal */
export function invalidOptions(provider: string, issues: ValidationIssue[], what = 'options'): RequestValidationError {
  return new RequestValidationError(`${provider}: invalid ${what}: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`, { provider, issues });
}
