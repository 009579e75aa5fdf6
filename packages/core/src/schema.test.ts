import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { booleanish, flag, integer, numeric, numericString, openEnum, toCompatible, toStrict, toStrictInput } from './schema';

const schema = v.object({
  id: v.number(),
  status: openEnum(['active', 'closed']),
  tags: v.optional(v.array(v.object({ name: v.string() }))),
  meta: v.nullable(v.object({ a: v.string() })),
  open: v.looseObject({ k: v.string() }),
  rows: v.pipe(v.array(v.object({ x: v.number() })), v.minLength(0)),
});

const known = { id: 1, status: 'active', tags: [{ name: 't' }], meta: { a: 'x' }, open: { k: 'v' }, rows: [{ x: 1 }] };

describe('response modes', () => {
  it('strict rejects unknown keys at any depth and unknown enum values', () => {
    expect(v.safeParse(toStrict(schema), known).success).toBe(true);
    for (const bad of [
      { ...known, extra: 1 },
      { ...known, tags: [{ name: 't', extra: 1 }] },
      { ...known, meta: { a: 'x', extra: 1 } },
      { ...known, open: { k: 'v', extra: 1 } },
      { ...known, rows: [{ x: 1, y: 2 }] },
      { ...known, status: 'archived' },
    ]) {
      expect(v.safeParse(toStrict(schema), bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('compatible keeps unknown keys and enum values but rejects wrong types', () => {
    const input = { ...known, extra: 1, status: 'archived', tags: [{ name: 't', more: true }] };
    expect(v.parse(toCompatible(schema), input)).toEqual(input);
    expect(v.safeParse(toCompatible(schema), { ...known, id: '1' }).success).toBe(false);
    expect(v.safeParse(toCompatible(schema), { ...known, status: 5 }).success).toBe(false);
  });

  it('input mode rejects unknown keys of plain objects and keeps loose ones open', () => {
    expect(v.safeParse(toStrictInput(schema), { ...known, open: { k: 'v', more: 1 } }).success).toBe(true);
    expect(v.safeParse(toStrictInput(schema), { ...known, typo: 1 }).success).toBe(false);
  });

  it('walks every wrapper, union, variant, record, tuple and lazy schema, keeping defaults and messages', () => {
    const item = v.object({ n: v.number() });
    const wide = v.object({
      a: v.nullish(item, { n: 1 }),
      b: v.undefinedable(item),
      c: v.exactOptional(item),
      d: v.nonOptional(v.optional(item)),
      e: v.nonNullable(v.nullable(item)),
      f: v.nonNullish(v.nullish(item)),
      g: v.union([item, v.string()]),
      h: v.variant('k', [v.object({ k: v.literal('x'), n: v.number() })]),
      i: v.record(v.string(), item),
      j: v.tuple([item]),
      l: v.lazy(() => item),
      m: v.optional(item, { n: 2 }),
      o: v.array(item, 'rows must be a list'),
    });
    const ok = { a: { n: 1 }, b: { n: 1 }, c: { n: 1 }, d: { n: 1 }, e: { n: 1 }, f: { n: 1 }, g: { n: 1 }, h: { k: 'x', n: 1 }, i: { z: { n: 1 } }, j: [{ n: 1 }], l: { n: 1 }, o: [] };
    expect(v.parse(toStrict(wide), ok)).toEqual({ ...ok, m: { n: 2 } });
    for (const key of Object.keys(ok) as Array<keyof typeof ok>) {
      if (key === 'o') continue;
      const value = ok[key] as unknown;
      const extra = key === 'i' ? { z: { n: 1, x: 1 } } : key === 'j' ? [{ n: 1, x: 1 }] : { ...(value as object), x: 1 };
      expect(v.safeParse(toStrict(wide), { ...ok, [key]: extra }).success, key).toBe(false);
      expect(v.parse(toCompatible(wide), { ...ok, [key]: extra })[key]).toEqual(extra);
    }
    expect(v.parse(toCompatible(wide), { ...ok, a: undefined }).a).toEqual({ n: 1 });
    const bad = v.safeParse(toStrict(wide), { ...ok, o: 'x' });
    expect(bad.issues?.[0]?.message).toBe('rows must be a list');
  });

  it('rebuilt schemas keep their Standard Schema interface bound to themselves', async () => {
    const strict = toStrict(v.object({ n: v.number() }));
    expect((await strict['~standard'].validate({ n: 1, x: 1 })).issues).toHaveLength(1);
    expect((await toCompatible(v.strictObject({ n: v.number() }))['~standard'].validate({ n: 1, x: 1 })).issues).toBeUndefined();
  });

  it('leaves a schema with nothing to change as it is', () => {
    const flat = v.array(v.string());
    expect(toStrict(flat)).toBe(flat);
    expect(toCompatible(v.union([v.string(), v.number()]))).toBeDefined();
  });

  it('caches transformed schemas', () => {
    expect(toStrict(schema)).toBe(toStrict(schema));
  });
});

describe('wire scalars', () => {
  it('numeric / integer accept numbers and numeric strings', () => {
    expect(v.parse(numeric(), '1.5')).toBe(1.5);
    expect(v.parse(integer(), 7)).toBe(7);
    expect(v.safeParse(integer(), '1.5').success).toBe(false);
    expect(v.safeParse(numeric(), 'abc').success).toBe(false);
    expect(v.safeParse(numeric(), '').success).toBe(false);
  });
  it('numericString keeps leading zeros and stringifies numbers', () => {
    expect(v.parse(numericString(), '0007')).toBe('0007');
    expect(v.parse(numericString(), 6)).toBe('6');
  });
  it('flag and booleanish read every wire form', () => {
    expect([true, false, 1, 0, '1', '0'].map((x) => v.parse(flag(), x))).toEqual([1, 0, 1, 0, 1, 0]);
    expect(['true', 'false', '1', '0', true].map((x) => v.parse(booleanish(), x))).toEqual([true, false, true, false, true]);
    expect(v.safeParse(flag(), 2).success).toBe(false);
  });
});
