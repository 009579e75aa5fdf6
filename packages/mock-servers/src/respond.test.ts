import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { serializeResponse, toJson } from './respond';
import { serializeResponseBytes } from './respond-bytes';

const deepFreeze = <T>(value: T): T => {
  if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
};

describe('toJson', () => {
  it('gives exactly JSON.stringify for any JSON-like value, frozen or not, asked twice', () => {
    const item = fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.constant(Number.NaN), fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.constant(undefined), fc.constant(null))));
    fc.assert(
      fc.property(fc.array(item, { maxLength: 6 }), fc.boolean(), fc.boolean(), (list, freezeItems, freezeList) => {
        const value = freezeItems ? list.map((x) => deepFreeze(x)) : list;
        if (freezeList) Object.freeze(value);
        expect(toJson(value)).toBe(JSON.stringify(value));
        expect(toJson(value)).toBe(JSON.stringify(value));
        const bytes = serializeResponseBytes({ status: 200, body: value }).body;
        expect(bytes?.toString('utf8')).toBe(JSON.stringify(value));
        expect(serializeResponseBytes({ status: 200, body: value }).body).toEqual(bytes);
      }),
      { seed: 0x1405, numRuns: 300 },
    );
  });

  it('never serves a stale text: objects that can change are not cached', () => {
    const open = { a: 1 };
    const shallow = Object.freeze({ nested: { b: 1 } });
    const withGetter = Object.freeze(Object.defineProperty({}, 'n', { enumerable: true, get: (() => { let n = 0; return () => ++n; })() }));
    const list = [open, shallow, withGetter];
    expect(toJson(list)).toBe('[{"a":1},{"nested":{"b":1}},{"n":1}]');
    open.a = 2;
    shallow.nested.b = 2;
    expect(toJson(list)).toBe('[{"a":2},{"nested":{"b":2}},{"n":2}]');
  });

  it('keeps toJSON and class instances to JSON.stringify', () => {
    class Point {
      constructor(readonly x: number) {}
    }
    const date = Object.freeze(new Date(0));
    const items = [Object.freeze(new Point(1)), date, Object.freeze({ toJSON: () => 'custom' })];
    expect(toJson(items)).toBe(JSON.stringify(items));
  });

  it('serializeResponseBytes is serializeResponse encoded, for text, JSON and no body', () => {
    for (const response of [{ status: 200, body: 'plain ж' }, { status: 201, body: { a: [1, 'ж'] }, headers: { 'x-a': '1' } }, { status: 204, body: { a: 1 } }, { status: 200 }]) {
      const text = serializeResponse(response);
      const bytes = serializeResponseBytes(response);
      expect(bytes.headers).toEqual(text.headers);
      expect(bytes.body?.toString('utf8')).toBe(text.body);
    }
  });

  it('is what serializeResponse answers with', () => {
    const offers = [Object.freeze({ brand: 'Febi', price: 233, description: 'Антифриз' }), Object.freeze({ brand: 'Hepu', price: 231, description: 'Антифриз' })];
    expect(serializeResponse({ status: 200, body: offers })).toEqual({ body: JSON.stringify(offers), headers: { 'content-type': 'application/json; charset=utf-8' } });
  });
});
