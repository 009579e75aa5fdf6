import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toy } from '../test/toy-provider';
import { createClient, isAbortError, isRequestValidationError, queryAuth, type ClientOptions } from './provider';
import { MAX_TIMER_MS } from './options';
import { createTestRuntime, jsonResponse, scriptedFetch } from './testing';

/** Timers alive in this process (what kept it running 30 s after 100 bad calls). */
const timers = (): number => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

function toyClient(options: ClientOptions = {}) {
  const fetch = scriptedFetch((_, r) =>
    r.parsedURL.pathname.startsWith('/api/items/') ? jsonResponse({ id: '1', color: 'red' }) : r.parsedURL.pathname === '/api/items' ? jsonResponse({ id: '2' }, 201) : jsonResponse({ ok: true }),
  );
  const api = createClient(toy, { fetch, runtime: createTestRuntime(), ...options }, { auth: [queryAuth('creds', { user: 'demo', passw: 's3cret-pass' })] });
  return { api, fetch };
}

type Outcome = 'sent' | 'request_validation' | 'abort';
async function outcome(run: () => Promise<unknown>, sent: () => number): Promise<Outcome> {
  try {
    await run();
    return 'sent';
  } catch (error) {
    if (isRequestValidationError(error) && sent() === 0) return 'request_validation';
    if (isAbortError(error) && sent() === 0) return 'abort';
    throw error;
  }
}

describe('call options are validated before anything is sent (issue 9)', () => {
  const cases: Array<[string, unknown]> = [
    ['options = null', null],
    ['options = "x"', 'x'],
    ['options = []', []],
    ["signal: 'nope'", { signal: 'nope' }],
    ['signal: {}', { signal: {} }],
    ['non-Latin-1 header value', { headers: { 'x-a': 'ключ' } }],
    ['CR/LF in a header value', { headers: { 'x-a': 'a\r\nx-injected: 1' } }],
    ['NUL in a header value', { headers: { 'x-a': 'a\u0000' } }],
    ['invalid header name', { headers: { 'bad name': 'x' } }],
    ['empty header name', { headers: { '': 'x' } }],
    ['non-string header value', { headers: { 'x-a': 1 } }],
    ["headers: 'abc'", { headers: 'abc' }],
    ['headers: array of pairs', { headers: [['x-a', 'b']] }],
    ['101 headers', { headers: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`x-${i}`, 'v'])) }],
    ['timeout above 2^31−1 ms', { timeout: MAX_TIMER_MS + 1 }],
    ['timeout 1e21', { timeout: 1e21 }],
    ['negative timeout', { timeout: -1 }],
    ['NaN timeout', { timeout: Number.NaN }],
    ['timeout as a string', { timeout: '100' }],
    ['retry: true', { retry: true }],
    ['retry.maxRetries 1.5', { retry: { maxRetries: 1.5 } }],
    ['retry.maxRetries 1e9', { retry: { maxRetries: 1e9 } }],
    ['retry.baseDelayMs above the timer limit', { retry: { baseDelayMs: MAX_TIMER_MS + 1 } }],
    ['retry.statuses not numbers', { retry: { statuses: ['500'] } }],
    ['retry with a typo', { retry: { maxRetry: 1 } }],
    ['validateResponse unknown', { validateResponse: 'STRICT' }],
  ];
  for (const [name, options] of cases) {
    it(`${name}: RequestValidationError, nothing sent, no timer left`, async () => {
      const { api, fetch } = toyClient();
      const before = timers();
      const error = await (api.items.create as (i: unknown, o: unknown) => Promise<unknown>)({ name: 'x' }, options).catch((e: unknown) => e);
      expect(isRequestValidationError(error), String(error)).toBe(true);
      expect((error as Error).message).toMatch(/invalid call options: .*Nothing was sent/);
      expect(fetch.calls).toHaveLength(0);
      expect(timers()).toBe(before);
    });
  }

  it('never quotes a header value (it may be a token) and cuts a huge header name', async () => {
    const { api } = toyClient();
    const error = (await api.items.get({ id: '1' }, { headers: { ['n'.repeat(10_000) + ' ']: 'tok\nen-Secret' } }).catch((e: unknown) => e)) as Error;
    expect(error.message).not.toContain('tok');
    expect(error.message.length).toBeLessThan(600);
  });

  it('100 calls with signal: "nope" leave no timer behind', async () => {
    const { api } = toyClient();
    const before = timers();
    await Promise.all(Array.from({ length: 100 }, () => api.items.get({ id: '1' }, { signal: 'nope' as never }).catch(() => undefined)));
    expect(timers()).toBe(before);
  });

  it('accepts the largest timer and a Headers instance, and sends them', async () => {
    const { api, fetch } = toyClient();
    await api.items.get({ id: '1' }, { timeout: MAX_TIMER_MS, headers: new Headers({ 'x-a': 'b' }) as never, retry: { maxRetries: 0 } });
    expect(fetch.calls[0]!.headers['x-a']).toBe('b');
  });

  it('client options get the same checks', () => {
    for (const options of [{ timeout: MAX_TIMER_MS + 1 }, { headers: 'abc' }, { headers: { 'x-a': 'a\nb' } }, { retry: { maxRetries: -1 } }, { retry: true }]) {
      expect(() => createClient(toy, options as ClientOptions), JSON.stringify(options)).toThrow(/invalid client options/);
    }
  });

  it('property: generated options of every type either send a request or are a RequestValidationError with nothing sent; no timer left', async () => {
    const anything = fc.anything({ maxDepth: 2, withBigInt: true, withDate: true, withNullPrototype: true, withBoxedValues: true, withSparseArray: true });
    const signal = fc.oneof(
      anything,
      fc.boolean().map((aborted) => {
        const c = new AbortController();
        if (aborted) c.abort();
        return c.signal;
      }),
    );
    const valid = <T,>(arb: fc.Arbitrary<T>, good: fc.Arbitrary<unknown>) => fc.oneof({ weight: 3, arbitrary: good }, { weight: 1, arbitrary: arb });
    const timeout = fc.oneof(anything, fc.double(), fc.integer(), fc.integer({ min: 1, max: MAX_TIMER_MS }), fc.constantFrom(MAX_TIMER_MS, MAX_TIMER_MS + 1, 1e21, 0, -1, 0.5, Number.NaN, Number.POSITIVE_INFINITY));
    const headerName = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('x-a', 'X-Trace-Id', 'bad name', 'ü', '', 'prefer'));
    const headerValue = fc.oneof(fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom('a\r\nb', 'ü', 'ok', '€', ' padded '), anything);
    const headers = fc.oneof(anything, fc.string({ maxLength: 20 }), fc.dictionary(headerName, headerValue, { maxKeys: 4 }), fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 3 }));
    const delay = fc.oneof(fc.integer({ min: -2, max: MAX_TIMER_MS + 2 }), fc.double(), anything);
    const retry = fc.oneof(
      anything,
      fc.constantFrom(false, true),
      fc.record(
        { maxRetries: fc.oneof(fc.integer({ min: -2, max: 200 }), fc.double(), anything), baseDelayMs: delay, maxDelayMs: delay, maxRetryAfterMs: delay, statuses: fc.oneof(fc.array(fc.integer({ min: 0, max: 700 }), { maxLength: 4 }), anything) },
        { requiredKeys: [] },
      ),
    );
    const validateResponse = fc.oneof(anything, fc.constantFrom('compatible', 'strict', 'off', 'STRICT'));
    // Each field mostly valid, sometimes anything, so both outcomes are well represented.
    const fields = {
      signal: valid(signal, fc.constant(new AbortController().signal)),
      timeout: valid(timeout, fc.integer({ min: 1, max: MAX_TIMER_MS })),
      headers: valid(headers, fc.dictionary(fc.constantFrom('x-a', 'x-b', 'prefer'), fc.string({ unit: 'grapheme-ascii', maxLength: 8 }), { maxKeys: 2 })),
      retry: valid(retry, fc.constantFrom(false, { maxRetries: 0 }, { baseDelayMs: 10 })),
      validateResponse: valid(validateResponse, fc.constantFrom('compatible', 'strict', 'off')),
    };
    const options = fc.oneof(
      { weight: 1, arbitrary: anything },
      { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
      { weight: 8, arbitrary: fc.record(fields, { requiredKeys: [] }) },
    );
    const counts: Record<Outcome, number> = { sent: 0, request_validation: 0, abort: 0 };
    const { api, fetch } = toyClient();
    const before = timers();
    await fc.assert(
      fc.asyncProperty(options, fc.boolean(), async (o, unsafe) => {
        const sentBefore = fetch.calls.length;
        const call = unsafe ? () => (api.items.create as (i: unknown, o: unknown) => Promise<unknown>)({ name: 'x' }, o) : () => (api.items.get as (i: unknown, o: unknown) => Promise<unknown>)({ id: '1' }, o);
        const result = await outcome(call, () => fetch.calls.length - sentBefore);
        counts[result]++;
        if (result === 'sent' && fetch.calls.length - sentBefore !== 1) return false;
        return timers() === before;
      }),
      { seed: 0x0917, numRuns: 300 },
    );
    console.info(`call options property: 300 generated inputs → ${JSON.stringify(counts)}`);
    expect(counts.sent).toBeGreaterThan(50);
    expect(counts.request_validation).toBeGreaterThan(50);
    expect(counts.sent + counts.request_validation + counts.abort).toBe(300);
  }, 60_000);
});

describe('unpaired surrogates in path, query and form fields (issue 9)', () => {
  const lone = ['\uD800', '\uDBFF', '\uDC00x', 'a\uDFFF', '😀'.slice(0, 1)];
  it('are a RequestValidationError naming the field, nothing sent', async () => {
    for (const bad of lone) {
      const { api, fetch } = toyClient();
      for (const [run, path] of [
        [() => api.items.get({ id: bad }), 'id'],
        [() => api.items.get({ id: '1', expand: ['ok', bad] }), 'expand.1'],
        [() => api.sendForm({ name: bad, list: [1] }), 'name'],
        [() => api.sendForm({ name: 'x', list: [1], nested: { a: bad } }), 'nested.a'],
        [() => api.upload({ file: new Blob(['x']), meta: { type: 'photo' }, [bad]: 1 } as never), undefined],
      ] as const) {
        const error = await run().catch((e: unknown) => e);
        expect(isRequestValidationError(error), `${JSON.stringify(bad)} ${path}: ${String(error)}`).toBe(true);
        if (path) expect((error as { issues: Array<{ path: string }> }).issues[0]!.path).toBe(path);
      }
      expect(fetch.calls).toHaveLength(0);
    }
  });

  it('property: generated text is sent when well-formed and rejected when not, never a raw URIError', async () => {
    const unit = fc.oneof(fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF', '😀', 'a', '/', '%', ' ', '&', '='), fc.string({ maxLength: 1 }));
    const text = fc.string({ unit, minLength: 1, maxLength: 12 });
    const counts = { sent: 0, request_validation: 0 };
    const { api, fetch } = toyClient();
    await fc.assert(
      fc.asyncProperty(text, fc.constantFrom('path', 'query', 'form'), async (s, where) => {
        const before = fetch.calls.length;
        const run = where === 'path' ? () => api.items.get({ id: s }) : where === 'query' ? () => api.items.get({ id: '1', expand: [s] }) : () => api.sendForm({ name: s, list: [1] });
        const result = await outcome(run, () => fetch.calls.length - before);
        if (result === 'abort') return false;
        counts[result]++;
        // An empty id is the schema's own rejection (minLength 1); everything else hinges on well-formedness.
        const acceptable = (s as unknown as { isWellFormed(): boolean }).isWellFormed() && !(where === 'path' && s === '');
        return (result === 'sent') === acceptable;
      }),
      { seed: 0xd800, numRuns: 600 },
    );
    console.info(`surrogate property: 600 generated inputs → ${JSON.stringify(counts)}`);
    expect(counts.request_validation).toBeGreaterThan(50);
    expect(counts.sent).toBeGreaterThan(50);
  }, 30_000);
});
