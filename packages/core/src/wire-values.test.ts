import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createClient, defineEndpoint, defineProvider, finiteDecimal, inputShapeIssues, isRequestValidationError, positiveId, positiveInteger, singleLineString, wireValueIssues } from './provider';
import { createTestRuntime, scriptedFetch } from './testing';

describe('wire-value schema helpers', () => {
  it('finiteDecimal sends plain decimals and refuses exponent forms, Infinity and NaN', () => {
    const amount = finiteDecimal('amount', { min: 0, maxDecimals: 2, fixed: 2 });
    expect(v.parse(amount, 1250)).toBe('1250.00');
    expect(v.parse(amount, '19.90')).toBe('19.90');
    for (const bad of [1.7e183, 1e21, Infinity, -Infinity, Number.NaN, -1, '1e+21', 'Infinity', '', ' 1', '1.234', 0.001, null, {}]) {
      expect(v.safeParse(amount, bad).success, String(bad)).toBe(false);
    }
    expect(v.parse(finiteDecimal('x'), 1e-7)).toBe('0.0000001');
  });

  it('positiveId keeps digits as text and refuses zero, negatives, Infinity and exponent forms', () => {
    const id = positiveId('id');
    expect(v.parse(id, 12)).toBe('12');
    expect(v.parse(id, '0007')).toBe('0007');
    for (const bad of [0, -1, 1.5, Infinity, Number.NaN, 1e21, '0', '000', '-1', 'Infinity', '1e3', '', '1\r\n', 2 ** 53]) {
      expect(v.safeParse(id, bad).success, String(bad)).toBe(false);
    }
    expect(v.safeParse(positiveInteger('n', { max: 50 }), 51).success).toBe(false);
    expect(v.safeParse(positiveInteger('n'), 1e300).success).toBe(false);
  });

  it('singleLineString refuses CR/LF, NUL, tab and lone surrogates', () => {
    const code = singleLineString('code');
    expect(v.parse(code, 'ABC-1 é 😀')).toBe('ABC-1 é 😀');
    for (const bad of ['a\r\nb', 'a\nb', 'a\u0000', 'a\tb', '\ud800', 'x\udc00y', '', 'a\u007f']) {
      expect(v.safeParse(code, bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('inputShapeIssues finds own __proto__ / constructor keys at any depth and bounds depth', () => {
    const hostile = JSON.parse('{"a":{"b":[{"__proto__":{"x":1}}]},"constructor":1}');
    expect(inputShapeIssues(hostile).map((i) => i.path)).toEqual(['a.b.0.__proto__', 'constructor']);
    let deep: unknown = 1;
    for (let i = 0; i < 100; i++) deep = { d: deep };
    expect(inputShapeIssues(deep)[0]?.message).toMatch(/deeper than 32/);
    expect(inputShapeIssues({ file: new Blob(['x']), when: new Date(0) })).toEqual([]);
  });

  it('wireValueIssues: JSON refuses non-finite numbers, query/form/path also exponent forms and lone surrogates', () => {
    expect(wireValueIssues({ a: 1e21, b: [Infinity] }, 'json').map((i) => i.path)).toEqual(['b.0']);
    expect(wireValueIssues({ a: 1e21, b: 'ok', c: '\ud800' }, 'query').map((i) => i.path)).toEqual(['a', 'c']);
    expect(wireValueIssues({ id: '..' }, 'path').map((i) => i.path)).toEqual(['id']);
  });
});

describe('the pipeline refuses what the wire cannot carry, with nothing sent', () => {
  const provider = defineProvider({
    name: 'toy',
    title: 'Toy',
    baseURL: 'https://api.test',
    endpoints: {
      list: defineEndpoint({ method: 'GET', path: '/items', summary: 'List.', request: { query: v.objectWithRest({ offer_id: v.optional(v.number()) }, v.union([v.string(), v.number()])) }, response: v.unknown(), safe: true }),
      create: defineEndpoint({ method: 'POST', path: '/items', summary: 'Create.', request: { body: v.object({ price: v.number(), name: v.optional(v.string()) }) }, response: v.unknown(), safe: false }),
      form: defineEndpoint({ method: 'POST', path: '/form', summary: 'Form.', encoding: 'form', request: { body: v.looseObject({ n: v.number() }) }, response: v.unknown(), safe: false }),
      view: defineEndpoint({ method: 'GET', path: '/items/{id}', summary: 'View.', request: { path: v.object({ id: v.string() }) }, response: v.unknown(), safe: true }),
    },
  });
  const make = () => {
    const fetch = scriptedFetch({ body: {} });
    return { fetch, api: createClient(provider, { fetch, runtime: createTestRuntime() }) };
  };
  const refused = async (call: Promise<unknown>) => {
    const error = await call.then(() => undefined, (e: unknown) => e);
    expect(isRequestValidationError(error), String(error)).toBe(true);
    return error as { issues: Array<{ path: string }> };
  };

  it('an own __proto__ key in list filters is refused, not read through the prototype', async () => {
    const { fetch, api } = make();
    const error = await refused(api.list(JSON.parse('{"__proto__":{"offer_id":5}}')));
    expect(error.issues[0]!.path).toBe('__proto__');
    await refused(api.create(JSON.parse('{"price":1,"constructor":"x"}')));
    expect(fetch.calls).toHaveLength(0);
  });

  it('Infinity in a JSON body, 1e21 in a form, "..", and lone surrogates are refused', async () => {
    const { fetch, api } = make();
    await refused(api.create({ price: Infinity }));
    await refused(api.form({ n: 1e21 }));
    await refused(api.view({ id: '..' }));
    await refused(api.list({ q: 'a\ud800' }));
    expect(fetch.calls).toHaveLength(0);
    await api.create({ price: 1e21 });
    expect(fetch.calls[0]!.body).toBe('{"price":1e+21}');
  });

  it('sends what was checked: nested fields in the declared order, and no getter read again after the check', async () => {
    const fetch = scriptedFetch({ body: {} });
    const nested = defineProvider({
      name: 'toy',
      title: 'Toy',
      baseURL: 'https://api.test',
      endpoints: { put: defineEndpoint({ method: 'POST', path: '/put', summary: 'Put.', request: { body: v.object({ item: v.object({ a: v.number(), b: v.number() }) }) }, response: v.unknown(), safe: false }) },
    });
    const api = createClient(nested, { fetch, runtime: createTestRuntime() });
    await api.put({ item: { b: 1, a: 2 } });
    expect(fetch.calls[0]!.body).toBe('{"item":{"a":2,"b":1}}');
    let reads = 0;
    const item = {
      b: 1,
      get a() {
        return ++reads;
      },
    };
    await api.put({ item });
    // Every read happens before the check ends; the body carries a value the check saw.
    const readsWhenSent = reads;
    expect(JSON.parse(fetch.calls[1]!.body as string)).toEqual({ item: { a: readsWhenSent, b: 1 } });
    expect(reads).toBe(readsWhenSent);
  });
});
