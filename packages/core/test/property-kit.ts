// Shared property-test kit for the provider packages (issue 9): hostile values, inputs derived from
// documented examples, call options, and a runner that counts how each generated call ended.
// Test-only: it lives outside `src`, so it is not published; providers import it by relative path.
import fc from 'fast-check';
import { expect } from 'vitest';
import { isRequestValidationError, isSdkError } from '../src/index';
import type { RecordedRequest, ScriptedAnswer, ScriptedFetch } from '../src/testing';

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
