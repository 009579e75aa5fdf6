// Store schemas derived from the SDKs' wire schemas (decision 0060): the helper's rules, and proof
// that a field renamed, added or retyped in an SDK schema breaks the mock's store (at compile time,
// checked by the typecheck target through the `@ts-expect-error` lines, and at load time).
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { searchItem } from '@x/b2motor/endpoints';
import { folder, price, service } from '@x/quince/endpoints';
import { importReport, offerState, uploadTask } from '@x/onliner-second/endpoints';
import { createMockClock } from './clock';
import { createB2motorState, defaultB2motorAccounts, offerRules } from './providers/b2motor/state';
import { createOnlinerSecondState, defaultOnlinerSecondAccounts, imageRules } from './providers/onliner-second/state';
import { createQuinceState, serviceRules } from './providers/quince/state';
import { storeSchema, unwrapNullish } from './store-schema';

const lax = v.object({
  name: v.optional(v.nullable(v.string())),
  count: v.union([v.string(), v.number()]),
  note: v.optional(v.string()),
  alias: v.optional(v.string()),
});

describe('storeSchema', () => {
  const store = storeSchema(lax, { name: 'required', count: v.number(), note: 'keep', alias: 'omit' }, { owner: v.string() });

  it('keeps, unwraps, narrows and omits the SDK fields, then adds the mock\'s own', () => {
    expect(Object.keys(store.entries)).toEqual(['name', 'count', 'note', 'owner']);
    expect(v.parse(store, { name: 'a', count: 2, owner: 'o' })).toEqual({ name: 'a', count: 2, owner: 'o' });
    // 'required' drops optional and nullable; the narrowed `count` takes a number only.
    expect(v.safeParse(store, { count: 2, owner: 'o' }).success).toBe(false);
    expect(v.safeParse(store, { name: null, count: 2, owner: 'o' }).success).toBe(false);
    expect(v.safeParse(store, { name: 'a', count: '2', owner: 'o' }).success).toBe(false);
    // 'keep' is the SDK's schema itself.
    expect(store.entries.note).toBe(lax.entries.note);
    expect(v.parse(store, { name: 'a', count: 2, owner: 'o', alias: 'x' })).not.toHaveProperty('alias');
    const row: v.InferOutput<typeof store> = { name: 'a', count: 2, owner: 'o' };
    // @ts-expect-error the narrowed field is a number in the store's type
    const wrong: v.InferOutput<typeof store> = { name: 'a', count: '2', owner: 'o' };
    expect([row, wrong]).toHaveLength(2);
  });

  it('unwraps nested optional / nullable / nullish wrappers, and nothing else', () => {
    const inner = v.pipe(v.string(), v.minLength(1));
    expect(unwrapNullish(v.optional(v.nullable(v.nullish(inner))))).toBe(inner);
    expect(unwrapNullish(inner)).toBe(inner);
  });

  it('reads the object at the head of a pipe (Quince\'s withId)', () => {
    const piped = v.pipe(
      v.object({ Id: v.optional(v.number()), id: v.optional(v.number()), Name: v.optional(v.string()) }),
      v.transform((x) => ({ ...x, Id: x.Id ?? x.id })),
    );
    const stored = storeSchema(piped, { Id: v.number(), id: 'omit', Name: 'required' });
    expect(Object.keys(stored.entries)).toEqual(['Id', 'Name']);
    expect(v.safeParse(stored, { Id: 1 }).success).toBe(false);
  });

  it('refuses an SDK field without a rule, a rule without an SDK field, and an own field named like an SDK field', () => {
    // @ts-expect-error `alias` has no rule
    expect(() => storeSchema(lax, { name: 'keep', count: 'keep', note: 'keep' })).toThrow('storeSchema: no rule for the SDK field(s) alias');
    // @ts-expect-error `nam` is not an SDK field (and `name` has no rule)
    expect(() => storeSchema(lax, { nam: 'keep', count: 'keep', note: 'keep', alias: 'keep' })).toThrow('storeSchema: no rule for the SDK field(s) name; a rule for nam, which the SDK schema does not have');
    // @ts-expect-error `note` is an SDK field: it needs a rule, not an own field
    expect(() => storeSchema(lax, { name: 'keep', count: 'keep', note: 'omit', alias: 'omit' }, { note: v.number() })).toThrow('own field(s) note named like SDK fields');
    // @ts-expect-error a narrowed field must be something the SDK reads: `name` is text, not a number
    expect(() => storeSchema(lax, { name: v.number(), count: 'keep', note: 'keep', alias: 'keep' })).not.toThrow();
    // @ts-expect-error not an object schema
    expect(() => storeSchema(v.string(), {})).toThrow('storeSchema needs an object schema (or a pipe that starts with one), got a string schema');
  });
});

describe('the provider stores follow their SDK', () => {
  it('b2motor: a catalogue offer field renamed, added or retyped in searchItem breaks the store', () => {
    const renamed = v.object({ ...v.omit(searchItem, ['brandID']).entries, brandId: searchItem.entries.brandID });
    // @ts-expect-error the store's rules name brandID, which the SDK no longer has, and miss brandId
    expect(() => storeSchema(renamed, offerRules)).toThrow('no rule for the SDK field(s) brandId; a rule for brandID, which the SDK schema does not have');
    const added = v.object({ ...searchItem.entries, warranty: v.optional(v.string()) });
    // @ts-expect-error no rule for the new field
    expect(() => storeSchema(added, offerRules)).toThrow('no rule for the SDK field(s) warranty');
    const retyped = v.object({ ...searchItem.entries, price: v.string() });
    // @ts-expect-error the store keeps price as a number, which the SDK would no longer read
    expect(() => storeSchema(retyped, offerRules)).not.toThrow();
  });

  it('Quince: a service field renamed in the SDK breaks the store', () => {
    const [head, ...rest] = service.pipe;
    const renamed = v.object({ ...v.omit(head, ['PrintName']).entries, PrintTitle: head.entries.PrintName });
    // @ts-expect-error the store's rules name PrintName and miss PrintTitle
    expect(() => storeSchema(renamed, serviceRules)).toThrow('no rule for the SDK field(s) PrintTitle; a rule for PrintName');
    expect(rest.length).toBeGreaterThan(0);
  });

  it('Onliner Second: an upload task field renamed in the SDK breaks the store', () => {
    const renamed = v.object({ ...v.omit(uploadTask, ['updated_at']).entries, updatedAt: uploadTask.entries.updated_at });
    // @ts-expect-error the store's rules name updated_at and miss updatedAt
    expect(() => storeSchema(renamed, imageRules)).toThrow('no rule for the SDK field(s) updatedAt; a rule for updated_at');
  });

  // The strict store values must be what the lax SDK schemas read: every seeded row parses.
  const reads = (schema: v.GenericSchema, rows: unknown[]) => rows.map((row) => v.safeParse(schema, row)).filter((r) => !r.success).map((r) => v.flatten(r.issues!));

  it('b2motor: every seeded offer is a searchItem the SDK reads', async () => {
    const state = await createB2motorState(createMockClock({ frozen: true }), defaultB2motorAccounts);
    expect(state.offers.all().length).toBeGreaterThan(0);
    expect(reads(searchItem, state.offers.all())).toEqual([]);
  });

  it('Quince: every seeded folder, service and price is one the SDK reads', async () => {
    const state = await createQuinceState();
    expect(state.services.all().length).toBeGreaterThan(0);
    expect(reads(folder, state.folders.all())).toEqual([]);
    expect(reads(service, state.services.all())).toEqual([]);
    expect(reads(price, state.prices.all())).toEqual([]);
  });

  it('Onliner Second: every seeded offer, import and image task is one the SDK reads', async () => {
    const state = await createOnlinerSecondState(createMockClock({ frozen: true }), defaultOnlinerSecondAccounts);
    expect(state.images.all().length).toBeGreaterThan(0);
    expect(reads(offerState, state.offers.all())).toEqual([]);
    expect(reads(importReport, state.imports.all())).toEqual([]);
    expect(reads(uploadTask, state.images.all())).toEqual([]);
  });
});
