import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NodeRequestHeaders } from './node-headers';

const fromRaw = (raw: readonly string[]): Headers => {
  const headers = new Headers();
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string);
  return headers;
};

// Names as node:http delivers them (tokens, any case), values without CR/LF/NUL (latin1: node hands over each byte as one character).
const name = fc.constantFrom('Content-Type', 'content-type', 'Prefer', 'PREFER', 'Cookie', 'cookie', 'X-Api-Key', 'Authorization', 'Accept', 'x-a');
const value = fc.string({ unit: fc.constantFrom('a', 'B', ' ', '\t', ',', ';', '=', '\u00d0', '\u00b6', '1') });
const rawList = fc.array(fc.tuple(name, value), { maxLength: 8 }).map((pairs) => pairs.flat());

describe('NodeRequestHeaders', () => {
  it('answers get, iteration and every other read exactly as a Headers built from the same raw list', () => {
    fc.assert(
      fc.property(rawList, fc.array(name, { maxLength: 4 }), (raw, asked) => {
        const expected = fromRaw(raw);
        const lazy = new NodeRequestHeaders(raw);
        for (const n of [...asked, 'cookie', 'content-type']) expect(lazy.get(n)).toBe(expected.get(n));
        expect(lazy).toBeInstanceOf(Headers);
        expect([...lazy]).toEqual([...expected]);
        for (const n of asked) expect([lazy.has(n), lazy.get(n)]).toEqual([expected.has(n), expected.get(n)]);
        expect([...new Headers(new NodeRequestHeaders(raw))]).toEqual([...new Headers(expected)]);
        const seen: string[] = [];
        new NodeRequestHeaders(raw).forEach((v, k) => seen.push(`${k}=${v}`));
        expect(seen).toEqual([...expected].map(([k, v]) => `${k}=${v}`));
      }),
      { seed: 0x14ed, numRuns: 200 },
    );
  });

  it('over the fast lane\'s header lines (one string), answers as a Headers built from the same lines', () => {
    fc.assert(
      fc.property(rawList, fc.array(name, { maxLength: 4 }), fc.constantFrom(':', ': ', ':\t'), (raw, asked, colon) => {
        const expected = fromRaw(raw);
        const lines: string[] = [];
        for (let i = 0; i < raw.length; i += 2) lines.push(`${raw[i]}${colon}${raw[i + 1]}`);
        const text = lines.join('\r\n');
        for (const n of [...asked, 'cookie', 'content-type']) expect(new NodeRequestHeaders(text).get(n)).toBe(expected.get(n));
        const lazy = new NodeRequestHeaders(text);
        expect(lazy.source()).toBe(text);
        expect([...lazy]).toEqual([...expected]);
        expect(lazy.source()).toBeUndefined();
      }),
      { seed: 0x14ee, numRuns: 200 },
    );
  });

  it('writes go to the full list: set, append and delete after a get', () => {
    const lazy = new NodeRequestHeaders(['Prefer', 'code=503', 'Accept', 'application/json']);
    expect(lazy.get('prefer')).toBe('code=503');
    lazy.append('prefer', 'example=x');
    lazy.delete('accept');
    lazy.set('x-b', '1');
    expect([...lazy]).toEqual([['prefer', 'code=503, example=x'], ['x-b', '1']]);
  });

  it('throws for an invalid name as Headers does', () => {
    expect(() => new NodeRequestHeaders(['a', 'b']).get('bad name')).toThrow(TypeError);
  });
});
