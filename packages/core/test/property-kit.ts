// Shared property-test kit for the provider packages (issue 9): hostile values, inputs derived from
// documented examples, call options, and a runner that counts how each generated call ended.
// Test-only: it lives outside `src`, so it is not published; providers import it by relative path.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRequestValidationError, isSdkError } from '../src/provider';
import { captureObservations, expectNoSecret, secretForms, type Observations, type RecordedRequest, type ScriptedAnswer, type ScriptedFetch } from '../src/testing';

/** Generated calls per endpoint: 500 by default (the whole suite stays well under a minute); `PROPERTY_RUNS=5000` for a deeper run. */
export const RUNS_PER_ENDPOINT = Number(process.env.PROPERTY_RUNS ?? 500);

/** The fixed seed of every property run in the repository. */
export const PROPERTY_SEED = 20_260_909;

let deep: unknown = 'leaf';
for (let i = 0; i < 200; i++) deep = { d: deep };
/** An object nested 200 levels deep. */
export const DEEP_OBJECT = deep;

const LONG = 'A1b2'.repeat(500);

/** Values no documented field accepts, or that break encoders: wrong types, extremes, hostile text and keys. */
export function hostileValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom<unknown>(
      Infinity,
      -Infinity,
      Number.NaN,
      0,
      -0,
      -1,
      -123,
      1.5,
      1e21,
      1.7e183,
      2 ** 53 + 2,
      1e-7,
      '',
      ' ',
      'Infinity',
      'NaN',
      '1e+21',
      '-1',
      '0',
      '000',
      '.',
      '..',
      '../x',
      'a/b',
      '\r\n',
      'a\r\nb',
      'Set-Cookie: x=1\r\n',
      'a\u0000b',
      'tab\there',
      '\ud800',
      'x\udc00y',
      '😀',
      null,
      undefined,
      true,
      false,
      [],
      {},
      [[]],
      new Date(Number.NaN),
      new Date(0),
      LONG,
      DEEP_OBJECT,
    ),
    fc.constant(null).map(() => JSON.parse('{"__proto__":{"offer_id":5,"id":5}}') as unknown),
    fc.constant(null).map(() => JSON.parse('{"constructor":{"prototype":{"x":1}}}') as unknown),
    fc.string({ maxLength: 12 }),
    fc.string({ unit: 'grapheme', maxLength: 6 }),
    fc.integer(),
    fc.double(),
    fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 4 })), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('a', 'id', '__proto__', 'constructor', 'x y'), fc.oneof(fc.integer(), fc.string({ maxLength: 4 })), { maxKeys: 3 }),
  );
}

type Path = Array<string | number>;

function paths(value: unknown, prefix: Path = [], out: Path[] = [], depth = 0): Path[] {
  if (depth > 8 || value === null || typeof value !== 'object' || value instanceof Blob || value instanceof Date) return out;
  for (const key of Object.keys(value)) {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    out.push(path);
    paths((value as Record<string, unknown>)[key], path, out, depth + 1);
  }
  return out;
}

function clone<T>(value: T): T {
  if (value === null || typeof value !== 'object' || value instanceof Blob || value instanceof Date) return value;
  if (Array.isArray(value)) return value.map(clone) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = clone(v);
  return out as T;
}

/** Define an own property (also `__proto__`) without invoking setters. */
function put(target: Record<string | number, unknown>, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
}

/**
 * Inputs derived from documented examples: an example as is, with one field replaced by a
 * hostile value or removed, with an extra (possibly forbidden) key, or a hostile value instead of
 * the whole input.
 */
export function derivedInput(examples: readonly unknown[]): fc.Arbitrary<unknown> {
  const example = fc.nat({ max: examples.length - 1 }).map((i) => clone(examples[i]));
  const replaced = fc.tuple(fc.nat({ max: examples.length - 1 }), fc.nat(), hostileValue(), fc.boolean()).map(([i, n, value, remove]) => {
    const input = clone(examples[i]);
    const all = paths(input);
    if (all.length === 0) return input;
    const path = all[n % all.length]!;
    let parent = input as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (remove && !Array.isArray(parent)) delete parent[last];
    else put(parent, last, value);
    return input;
  });
  const extra = fc.tuple(fc.nat({ max: examples.length - 1 }), fc.nat(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'unknown_field', 'id'), hostileValue()).map(([i, n, key, value]) => {
    const input = clone(examples[i]);
    const objects = [input, ...paths(input).map((p) => p.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], input))].filter(
      (o): o is Record<string, unknown> => o !== null && typeof o === 'object' && !Array.isArray(o) && !(o instanceof Blob),
    );
    if (objects.length > 0) put(objects[n % objects.length]!, key, value);
    return input;
  });
  return fc.oneof({ arbitrary: example, weight: 3 }, { arbitrary: replaced, weight: 5 }, { arbitrary: extra, weight: 2 }, { arbitrary: hostileValue(), weight: 1 });
}

/** Documented per-call options, and hostile ones (wrong types, CR/LF or non-Latin-1 headers, out-of-range timeouts). */
export function callOptions(): fc.Arbitrary<unknown> {
  const valid = fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 6 },
    fc.record({ timeout: fc.integer({ min: 1_000, max: 60_000 }) }),
    fc.constant({ headers: { 'x-request-id': 'abc-123' } }),
    fc.constant(null).map(() => ({ signal: new AbortController().signal })),
    fc.constant({ retry: false }),
  );
  const hostile = fc.constantFrom<unknown>(
    null,
    'opts',
    { signal: 'nope' },
    { signal: {} },
    { headers: 'abc' },
    { headers: ['x', 'y'] },
    { headers: { 'x-a': 'a\r\nb' } },
    { headers: { 'bad name': 'x' } },
    { headers: { 'x-a': 'ü€' } },
    { headers: { 'x-a': 5 } },
    { timeout: 2 ** 31 },
    { timeout: -1 },
    { timeout: Number.NaN },
    { timeout: Infinity },
    { timeout: '100' },
    { retry: 'never' },
    { retry: { maxRetries: -1 } },
  );
  return fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: hostile, weight: 1 });
}

/** How generated calls ended. */
export interface Outcomes {
  /** Generated calls. */
  generated: number;
  /** Sent a request the documented wire form accepts, and resolved. */
  sent: number;
  /** RequestValidationError with nothing sent. */
  rejected: number;
  /** Anything else (counted, and the property fails on the first). */
  other: number;
}

/** One endpoint under test: how to call it, documented examples, and what its wire form must look like. */
export interface EndpointCase<C> {
  /** The operation key (`basket.add`). */
  key: string;
  /** Call the operation with a generated input and options. */
  call: (client: C, input: any, options: any) => Promise<unknown>;
  /** Documented valid inputs the generator starts from. */
  examples: readonly unknown[];
  /** Assert the recorded request is in the documented wire form (throw when not). */
  wire: (request: RecordedRequest) => void;
  /** A documented success answer of the endpoint. */
  answer: ScriptedAnswer;
  /** JSON bodies may carry `null` (a documented "none", e.g. Quince `ParentFolder`). */
  allowJsonNull?: boolean;
}

/**
 * Generic wire checks: a JSON body parses and has no `null` (what Infinity/NaN become), no `.`/`..`
 * path segment. Numeric query and form values are checked per endpoint (text such as a brand may
 * legitimately read "1e+21").
 */
export function assertWireBasics(request: RecordedRequest, allowJsonNull = false): void {
  const type = request.headers['content-type'] ?? '';
  if (type.startsWith('application/json') && request.body !== undefined) {
    const walk = (x: unknown, at: string): void => {
      if (x === null && !allowJsonNull) throw new Error(`JSON null at ${at || 'the body'} (Infinity/NaN or a missing value sent as null)`);
      if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) walk(v, at ? `${at}.${k}` : k);
    };
    walk(JSON.parse(request.body as string), '');
  }
  for (const segment of request.parsedURL.pathname.split('/')) expect(segment === '.' || segment === '..').toBe(false);
}

/** Active timers of this process (to check that no call leaves one behind). */
export function activeTimers(): number {
  return process.getActiveResourcesInfo().filter((name) => name === 'Timeout').length;
}

/**
 * Run one endpoint's property: `numRuns` generated inputs and call options. Each call must either
 * resolve after sending requests that `wire` accepts, or throw a RequestValidationError with nothing
 * sent. Returns the counts; fails on the first call that ends otherwise.
 */
export async function runEndpointProperty<C>(
  setup: (answer: ScriptedAnswer) => { client: C; fetch: ScriptedFetch },
  endpoint: EndpointCase<C>,
  options: { numRuns: number; seed?: number; hostileOptions?: boolean },
): Promise<Outcomes> {
  const counts: Outcomes = { generated: 0, sent: 0, rejected: 0, other: 0 };
  const { client, fetch } = setup(endpoint.answer);
  const timersBefore = activeTimers();
  const optionsArb = options.hostileOptions === false ? fc.constant(undefined) : callOptions();
  await fc.assert(
    fc.asyncProperty(derivedInput(endpoint.examples), optionsArb, async (input, callOpts) => {
      counts.generated++;
      const before = fetch.calls.length;
      let error: unknown;
      let resolved = false;
      try {
        await endpoint.call(client, input, callOpts);
        resolved = true;
      } catch (e) {
        error = e;
      }
      const sent = fetch.calls.slice(before);
      if (resolved && sent.length > 0) {
        for (const request of sent) {
          assertWireBasics(request, endpoint.allowJsonNull);
          endpoint.wire(request);
        }
        counts.sent++;
        return;
      }
      if (!resolved && isRequestValidationError(error) && sent.length === 0) {
        expect(JSON.stringify(error).length).toBeLessThan(20_000);
        counts.rejected++;
        return;
      }
      counts.other++;
      const what = resolved ? 'resolved without sending' : `${isSdkError(error) ? error.name : (error as Error)?.constructor?.name}: ${String((error as Error)?.message ?? error).slice(0, 300)}`;
      throw new Error(`${endpoint.key}: ended as ${what}; ${sent.length} request(s) sent`);
    }),
    { seed: options.seed ?? PROPERTY_SEED, numRuns: options.numRuns, endOnFailure: true },
  );
  expect(activeTimers(), `${endpoint.key}: timers left behind`).toBeLessThanOrEqual(timersBefore);
  return counts;
}

/** Add up outcomes and print one summary line per provider (the numbers the closing note needs). */
export function summarize(provider: string, perEndpoint: Record<string, Outcomes>): Outcomes {
  const total: Outcomes = { generated: 0, sent: 0, rejected: 0, other: 0 };
  for (const o of Object.values(perEndpoint)) {
    total.generated += o.generated;
    total.sent += o.sent;
    total.rejected += o.rejected;
    total.other += o.other;
  }
  const rows = Object.entries(perEndpoint)
    .map(([key, o]) => `${key} ${o.generated}/${o.sent}/${o.rejected}/${o.other}`)
    .join(', ');
  console.log(`[input property] ${provider}: ${total.generated} generated inputs, ${total.sent} sent, ${total.rejected} RequestValidationError, ${total.other} other (per endpoint generated/sent/rejected/other: ${rows})`);
  return total;
}

// ── Credentials never leave (issue 9) ─────────────────────────────────────────────────────────────

/** Every error kind a leak property can trigger. */
export const ALL_ERROR_KINDS = ['4xx', '5xx', 'envelope-200', 'network', 'timeout', 'response-validation', 'request-validation'] as const;
/** One error kind. */
export type ErrorKind = (typeof ALL_ERROR_KINDS)[number];
/** The kinds every provider's leak property triggers by default: all of them. */
export const ERROR_KINDS: readonly ErrorKind[] = ALL_ERROR_KINDS;

/** A random credential: 12–40 printable ASCII characters (some need percent-encoding). */
export function secretArb(): fc.Arbitrary<string> {
  const chars = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789-_.~+/=:@!*';
  return fc.array(fc.constantFrom(...chars.split('')), { minLength: 12, maxLength: 40 }).map((c) => `S${c.join('')}`);
}

/**
 * A failure body echoing the secrets in every place a provider might: messages, codes, reasons,
 * object keys, nested bodies, in every form (raw, URL-encoded, base64, md5). `errorAsText` makes
 * `error` a string (OAuth style) instead of an object of field messages.
 */
export function echoBody(forms: readonly string[], errorAsText: boolean, status: number): Record<string, unknown> {
  const text = forms.join(' ');
  const url = `https://host.test/path?userpassw=${forms[0]}&api_key=${forms[0]}&token=${forms[0]}`;
  return {
    success: false,
    status: 0,
    resultCode: 'ERROR',
    errorCode: status === 200 ? `E ${url}` : forms[0],
    errorMessage: `Rejected ${text} at ${url}`,
    code: forms[0],
    message: `Bad credentials ${text}`,
    error: errorAsText ? forms[0] : { [forms[0]!]: [text], nested: { deeper: [{ [forms[1] ?? 'k']: text }] } },
    error_description: `The credential ${text} is invalid`,
    details: { echo: text, url },
    reason: text,
    errors: { [forms[0]!]: [text] },
    [forms[forms.length - 1]!]: { value: text },
  };
}

/** Headers echoing the secrets (header values must be ASCII: the generated secrets are). */
export function echoHeaders(forms: readonly string[]): Record<string, string> {
  return { 'x-echo': forms.join(' '), 'www-authenticate': `Bearer error="invalid_token", realm="${forms[0]}"`, 'set-cookie': `session=${forms[0]}` };
}

/** Every form of every secret (raw, URL-encoded, base64, md5). */
export function allForms(secrets: readonly string[], md5: boolean): string[] {
  return secrets.flatMap((s) => secretForms(s, { md5 }).map((f) => f.text));
}

/** The failing answer of one error kind, echoing the secrets. */
export function failingAnswer(kind: ErrorKind, forms: readonly string[], errorAsText: boolean, status4xx: number, status5xx: number): ScriptedAnswer {
  const headers = echoHeaders(forms);
  switch (kind) {
    case '4xx':
      return { status: status4xx, body: echoBody(forms, errorAsText, status4xx), headers };
    case '5xx':
      return { status: status5xx, body: echoBody(forms, errorAsText, status5xx), headers };
    case 'envelope-200':
      return { status: 200, body: echoBody(forms, errorAsText, 200), headers };
    case 'network': {
      const cause = Object.assign(new Error(`read ECONNRESET https://host.test/?token=${forms.join(' ')}`), { code: 'ECONNRESET' });
      return new TypeError(`fetch failed for ${forms.join(' ')}`, { cause });
    }
    case 'timeout':
      return (request) =>
        new Promise((_, reject) => {
          // Like a real fetch: an attempt aborted before this answer was reached rejects at once
          // (an 'abort' listener added after the abort never fires, and the call would hang).
          const abort = () => reject(new DOMException(`aborted ${forms.join(' ')}`, 'AbortError'));
          if (request.signal.aborted) abort();
          else request.signal.addEventListener('abort', abort, { once: true });
        });
    case 'response-validation':
      // A 200 that does not match any documented success shape, full of secrets.
      return { status: 200, body: [[forms.join(' ')], { [forms[0]!]: forms }], headers };
    case 'request-validation':
      return { status: 200, body: {} };
  }
}

/** One provider's leak property. */
export interface LeakCase<C> {
  /** Random credentials (each value a secret). */
  secrets: fc.Arbitrary<Record<string, string>>;
  /** Also the forms users cannot see directly but that travel: `user:password` for Basic, tokens the fake issues. */
  secretList: (secrets: Record<string, string>) => string[];
  /** Look for md5 forms too (b2motor). */
  md5?: boolean;
  /** The error kinds to trigger (default: all of {@link ERROR_KINDS}). */
  kinds?: readonly ErrorKind[];
  /** Build a client on `fetch` (which answers every API request with the failing answer) with the observation hooks and logger. */
  setup: (secrets: Record<string, string>, failing: ScriptedAnswer, seen: Observations) => { client: C; fetch: ScriptedFetch };
  /** Call an operation; `invalid` asks for an input that is refused before sending (it may quote the secrets). */
  call: (client: C, options: Record<string, unknown>, invalid: string | undefined) => Promise<unknown>;
}

/**
 * Random credentials × every error kind × echo shapes: the call must fail with an SdkError, and
 * no credential (raw, URL-encoded, base64, md5) may appear in any serialisation of the error or in
 * any hook or logger line. Returns how many runs ended in each error kind.
 */
export async function runLeakProperty<C>(leak: LeakCase<C>, numRuns: number): Promise<Record<string, number>> {
  const ended: Record<string, number> = {};
  await fc.assert(
    fc.asyncProperty(
      leak.secrets,
      fc.constantFrom(...(leak.kinds ?? ERROR_KINDS)),
      fc.boolean(),
      fc.constantFrom(400, 401, 403, 404, 422, 429),
      fc.constantFrom(500, 502, 503),
      async (secrets, kind, errorAsText, status4xx, status5xx) => {
        const list = leak.secretList(secrets);
        const forms = allForms(list, leak.md5 ?? false);
        const seen = captureObservations();
        const { client } = leak.setup(secrets, failingAnswer(kind, forms, errorAsText, status4xx, status5xx), seen);
        const options = kind === 'timeout' ? { timeout: 20, retry: false } : {};
        // The configured credential (first in the list) in an invalid input: tokens not issued yet are unknown to the client.
        const invalid = kind === 'request-validation' ? `${list[0]}\r\n\ud800` : undefined;
        const error = await leak.call(client, options, invalid).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(isSdkError(error), `${kind}: ${String(error)}`).toBe(true);
        if (kind === 'request-validation') expect(isRequestValidationError(error)).toBe(true);
        const name = (error as { kind: string }).kind;
        ended[name] = (ended[name] ?? 0) + 1;
        expectNoSecret(error, list, { lines: seen.lines, md5: leak.md5 });
      },
    ),
    { seed: PROPERTY_SEED, numRuns, endOnFailure: true },
  );
  return ended;
}

/**
 * One vitest suite per provider: each endpoint's generated inputs end as a documented request or a
 * RequestValidationError with nothing sent (both outcomes seen), and the summary counts nothing else.
 */
export function describeEndpointProperties<C>(
  provider: string,
  setup: (answer: ScriptedAnswer) => { client: C; fetch: ScriptedFetch },
  cases: readonly EndpointCase<C>[],
  runsPerEndpoint: number = RUNS_PER_ENDPOINT,
): void {
  describe(`${provider}: generated inputs become documented requests or RequestValidationError (issue 9)`, () => {
    const results: Record<string, Outcomes> = {};
    for (const endpoint of cases) {
      it(endpoint.key, async () => {
        results[endpoint.key] = await runEndpointProperty(setup, endpoint, { numRuns: runsPerEndpoint });
        expect(results[endpoint.key]!.sent).toBeGreaterThan(0);
        expect(results[endpoint.key]!.rejected).toBeGreaterThan(0);
      }, 60_000);
    }
    it('summary', () => {
      const total = summarize(provider, results);
      expect(total.generated).toBe(cases.length * runsPerEndpoint);
      expect(total.other).toBe(0);
    });
  });
}
