import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REDACTED, REDACTION_LIMITS, Redactor, TRUNCATED, redactionWork } from './redact';
import { captureObservations, expectNoSecret, findSecrets, jsonResponse, scriptedFetch, createTestRuntime } from './testing';
import { apiKeyAuth, createClient } from './provider';
import { toy } from '../test/toy-provider';

/** Units of work one call does (characters scanned, nodes walked). */
function workOf(run: () => unknown): number {
  const before = redactionWork();
  run();
  return redactionWork() - before;
}

describe('Redactor: keys, depth and size', () => {
  const key = 'AKx9/zz-0001';
  const r = new Redactor();
  r.addSecret(key);

  it('scrubs secrets used as object keys and keeps colliding keys apart', () => {
    const out = r.value({ error: { [key]: ['bad'], [`${key}!`]: 1, [encodeURIComponent(key)]: 2 } });
    expect(JSON.stringify(out)).not.toContain(key);
    expect(out).toEqual({ error: { [REDACTED]: ['bad'], [`${REDACTED}!`]: 1, [`${REDACTED}#2`]: 2 } });
  });

  it('replaces what lies below the depth limit instead of passing it through', () => {
    let deep: unknown = { token: 'x', note: key };
    for (let i = 0; i < 100; i++) deep = { child: deep };
    const text = JSON.stringify(r.value(deep));
    expect(text).not.toContain(key);
    expect(text).toContain(TRUNCATED);
    expect(text.split('child').length - 1).toBe(REDACTION_LIMITS.maxDepth);
  });

  it('stops after the node budget and marks the cut', () => {
    const big = Array.from({ length: REDACTION_LIMITS.maxNodes + 10 }, () => key);
    const out = r.value(big) as unknown[];
    expect(out.length).toBeLessThanOrEqual(REDACTION_LIMITS.maxNodes + 1);
    expect(out.at(-1)).toBe(TRUNCATED);
    expect(out.every((x) => x === REDACTED || x === TRUNCATED)).toBe(true);
  });

  it('cuts circular references and never touches the prototype through a __proto__ key', () => {
    const a: Record<string, unknown> = { name: key };
    a.self = a;
    const withProto = JSON.parse(`{"__proto__": {"polluted": "${key}"}}`);
    expect(r.value(a)).toEqual({ name: REDACTED, self: '[Circular]' });
    const out = r.value(withProto) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.hasOwn(out, '__proto__')).toBe(true);
    expect(JSON.stringify(out)).not.toContain(key);
  });

  it('scrubs base64, base64url, JSON-escaped and lower-case percent forms, and upper-case md5-like echoes', () => {
    const s = new Redactor();
    s.addSecret('ab/cd+ef==');
    s.addSecret('0123456789abcdef0123456789abcdef');
    const text = `${btoa('ab/cd+ef==')} ${btoa('ab/cd+ef==').replace(/=+$/, '')} ab\\/cd+ef== ab%2fcd%2bef%3d%3d 0123456789ABCDEF0123456789ABCDEF`;
    expect(s.text(text)).toBe([REDACTED, REDACTED, REDACTED, REDACTED, REDACTED].join(' '));
  });

  it('masks sensitive JSON fragments in raw text: numbers, strings cut off at the end, escaped quotes', () => {
    const s = new Redactor();
    expect(s.text('{"password": 123456, "a": 1}')).toBe(`{"password": ${REDACTED}, "a": 1}`);
    expect(s.text('{"token": null, "x": "y"}')).toBe('{"token": null, "x": "y"}');
    expect(s.text('{"access_token":"abc\\"def","n":1}')).toBe(`{"access_token":"${REDACTED}","n":1}`);
    expect(s.text('{"refresh_token":"abcdef')).toBe(`{"refresh_token":"${REDACTED}`);
    expect(s.text('x=token=abc&y=1')).toBe(`x=token=${REDACTED}&y=1`);
  });
});

describe('Redactor: linear work (counted, not timed)', () => {
  const r = new Redactor(['userlogin']);
  for (const s of ['0123456789abcdef0123456789abcdef', 'tok-Zz09/+==', 'Basic dXNlcjpwYXNz']) r.addSecret(s);
  /** Adversarial shapes that made the old regexes quadratic. */
  const shapes: Record<string, (n: number) => string> = {
    'letter/digit run': (n) => 'a1'.repeat(n / 2),
    'run then =': (n) => `${'b'.repeat(n - 1)}=`,
    'near-secrets': (n) => '0123456789abcdef0123456789abcdeX'.repeat(n / 32),
    'quotes and colons': (n) => '"a":"a'.repeat(n / 6),
    'unterminated sensitive strings': (n) => '"token":"'.repeat(n / 9),
    'bracket names': (n) => 'a[b]['.repeat(n / 5),
    'urls': (n) => 'http://x?a=b&'.repeat(n / 13),
  };
  for (const [name, make] of Object.entries(shapes)) {
    it(`does work proportional to the input for ${name}`, () => {
      const small = workOf(() => r.message(make(32_000)));
      const large = workOf(() => r.message(make(320_000)));
      // Ten times the input: about ten times the work (quadratic would be a hundred).
      expect(large / small).toBeLessThan(12);
      expect(large).toBeLessThan(320_000 * 12);
    }, 30_000);
  }
});

describe('Redactor: property, no known secret survives in any form', () => {
  const secretArb = fc.string({ unit: fc.constantFrom(...'abcXYZ019-_./+=:% '.split('')), minLength: 6, maxLength: 24 }).filter((s) => s.trim() === s && s.trim().length >= 6);
  it('scrubs secrets wherever generated text and objects put them', () => {
    let runs = 0;
    fc.assert(
      fc.property(secretArb, fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('"token":"', '=', '&', ':', '%', '\\')), { maxLength: 12 }), fc.nat(5), (secret, noise, form) => {
        runs++;
        const r = new Redactor();
        r.addSecret(secret);
        const variants = [secret, encodeURIComponent(secret), encodeURIComponent(secret).replace(/%20/g, '+'), btoa(secret), JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret).toLowerCase()];
        const planted = variants[form % variants.length]!;
        const text = [...noise, planted, ...noise].join('');
        const body = { [planted]: { nested: [text], [text]: planted } };
        const out = { text: r.text(text), message: r.message(`https://h/p?${planted}=${planted} ${text}`), body: r.value(body) };
        return findSecrets(out, [secret]).length === 0;
      }),
      { seed: 0x9e37, numRuns: 300 },
    );
    expect(runs).toBe(300);
  }, 30_000);
});

describe('leak harness on a real pipeline error', () => {
  it('passes on an SDK error built from a response that echoes the key everywhere', async () => {
    const key = 'key-Zq81/+x==';
    const echo = { error: { message: `bad key ${key}`, [key]: [key], code: 'E1', nested: { api_key: key, text: encodeURIComponent(key) } } };
    const fetch = scriptedFetch(jsonResponse(echo, 400, { 'x-echo': key }));
    const seen = captureObservations();
    const api = createClient(toy, { fetch, hooks: seen.hooks, logger: seen.logger, runtime: createTestRuntime() }, { auth: [apiKeyAuth({ key, in: 'query', param: 'k' })] });
    const error = await api.items.get({ id: '1' }).catch((e: unknown) => e);
    expect(seen.lines.length).toBeGreaterThan(0);
    expectNoSecret(error, [key], { lines: seen.lines });
  });
});
