import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { compileParser } from './fast-parse';
import { flag, integer, numeric, numericString, openEnum, toCompatible, toStrict, type AnySchema } from './schema';

type Tree = { name: string; children?: Tree[] | undefined };
const tree: v.GenericSchema<Tree> = v.object({ name: v.string(), children: v.optional(v.array(v.lazy(() => tree))) });

/** Schemas of the kinds the providers declare, and the kinds the compiled parser leaves to valibot. */
const schemas: Record<string, AnySchema> = {
  page: v.object({
    count: integer(),
    next: v.nullable(v.string()),
    results: v.array(
      v.looseObject({
        id: v.number(),
        title: v.string(),
        price: v.optional(numeric()),
        status: openEnum(['active', 'closed']),
        tags: v.optional(v.array(v.string())),
        owner: v.nullish(v.object({ name: v.string(), phone: v.optional(numericString()) })),
      }),
    ),
  }),
  shapes: v.object({
    kind: v.picklist(['a', 'b']),
    one: v.literal(1),
    either: v.union([v.number(), v.string(), v.null()]),
    checked: v.pipe(v.string(), v.minLength(2), v.maxLength(5)),
    flagged: v.optional(flag()),
    inner: v.strictObject({ x: v.boolean() }),
    rest: v.optional(v.objectWithRest({ a: v.string() }, v.number())),
    map: v.optional(v.record(v.string(), v.number())),
    pair: v.optional(v.tuple([v.string(), v.number()])),
    any: v.optional(v.unknown()),
    exact: v.exactOptional(v.string()),
  }),
  defaults: v.object({
    a: v.optional(v.string(), 'x'),
    b: v.fallback(v.number(), 0),
    c: v.nullable(v.string(), 'n'),
  }),
  recursive: tree,
  list: v.array(v.union([v.object({ id: v.number() }), v.object({ name: v.string() })])),
};

/** Values near a schema: mostly its shape, now and then a wrong type, a missing or an extra key. */
function near(schema: AnySchema, depth = 0): fc.Arbitrary<unknown> {
  const s = schema as any;
  const junk = fc.oneof(fc.constant(null), fc.boolean(), fc.constantFrom('', '12', ' 7 ', 'x', 'active', 'other'), fc.integer({ min: -3, max: 3 }), fc.constant(Number.NaN));
  if (depth > 4) return junk;
  const mix = (arb: fc.Arbitrary<unknown>) => fc.oneof({ arbitrary: arb, weight: 8 }, { arbitrary: junk, weight: 1 });
  if (s.pipe) return mix(fc.oneof(near(s.pipe[0], depth), fc.constantFrom('3', '1', '0', 'abc', '2.5', ' 4')));
  switch (s.type) {
    case 'string':
      return mix(fc.string({ maxLength: 6 }));
    case 'number':
      return mix(fc.oneof(fc.integer(), fc.double({ noNaN: false })));
    case 'boolean':
      return mix(fc.boolean());
    case 'picklist':
      return mix(fc.constantFrom(...s.options, 'zzz'));
    case 'literal':
      return mix(fc.constant(s.literal));
    case 'optional':
    case 'nullable':
    case 'nullish':
    case 'exact_optional':
      return fc.oneof(fc.constant(undefined), fc.constant(null), near(s.wrapped, depth));
    case 'array':
      return mix(fc.array(near(s.item, depth + 1), { maxLength: 4 }));
    case 'union':
      return fc.oneof(...s.options.map((o: AnySchema) => near(o, depth)));
    case 'lazy':
      return near(s.getter(undefined), depth + 1);
    case 'object':
    case 'loose_object':
    case 'strict_object':
    case 'object_with_rest': {
      const entries = Object.fromEntries(Object.entries(s.entries as Record<string, AnySchema>).map(([k, e]) => [k, near(e, depth + 1)]));
      const known = fc.record(entries, { requiredKeys: Object.keys(entries).filter((_, i) => i % 2 === 0) });
      const extra = fc.dictionary(fc.constantFrom('extra', 'more', '__proto__', 'constructor', 'id'), junk, { maxKeys: 2 });
      // Extra keys through JSON, as a response arrives: `__proto__` becomes an own key there.
      return mix(fc.tuple(known, extra, fc.boolean()).map(([k, e, withExtra]) => (withExtra ? { ...k, ...JSON.parse(JSON.stringify(e)) } : { ...k })));
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

describe('compileParser', () => {
  for (const [name, schema] of Object.entries(schemas)) {
    for (const [mode, variant] of [
      ['as declared', schema],
      ['compatible', toCompatible(schema)],
      ['strict', toStrict(schema)],
    ] as const) {
      it(`${name} (${mode}): every success is valibot's output, the input is never changed`, () => {
        const parse = compileParser(variant);
        let fast = 0;
        fc.assert(
          fc.property(near(variant), (value) => {
            const before = structuredClone(value);
            const result = parse(value);
            const reference = v.safeParse(variant, value);
            expect(value).toStrictEqual(before);
            if (result) {
              fast++;
              expect(reference.success).toBe(true);
              expect(result.output).toStrictEqual(reference.output);
            }
          }),
          { seed: 0x10a, numRuns: 250 },
        );
        // The compiled path does take most values (not everything left to valibot).
        if (name !== 'defaults') expect(fast).toBeGreaterThan(0);
      });
    }
  }

  it('returns an unchanged valid value itself, and copies only what a transform changed', () => {
    const schema = toCompatible(schemas.page!);
    const parse = compileParser(schema);
    const plain = { count: 2, next: null, results: [{ id: 1, title: 'a', status: 'active', extra: true }, { id: 2, title: 'b', status: 'new', owner: null }] };
    expect(parse(plain)?.output).toBe(plain);
    const wire = { count: '2', next: null, results: plain.results };
    const out = parse(wire)?.output as typeof plain;
    expect(out).toStrictEqual({ ...plain });
    expect(out).not.toBe(wire);
    expect(out.results).toBe(plain.results);
    expect(wire.count).toBe('2');
  });

  it('leaves invalid values, arrays in place of objects and reserved keys to valibot', () => {
    const parse = compileParser(toCompatible(v.object({ a: v.string() })));
    expect(parse({ a: 1 })).toBeUndefined();
    expect(parse([1])).toBeUndefined();
    expect(parse(Object.assign(Object.create(null), { a: 'x' }))).toBeUndefined();
    const reserved = JSON.parse('{"a":"x","__proto__":{"polluted":true}}');
    expect(parse(reserved)?.output).toStrictEqual({ a: 'x' });
    expect(compileParser(toStrict(v.object({ a: v.string() })))({ a: 'x', b: 1 })).toBeUndefined();
  });
});
