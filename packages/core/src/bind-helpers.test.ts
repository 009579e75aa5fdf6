// bindHelpers (issue 10): helpers join the convenient client without anyone listing its endpoint
// methods, so a newly declared endpoint is a method at run time, and a name clash fails loudly.
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as v from 'valibot';
import { bindHelpers, bindRegistry, createCore, defineEndpoint, type ClientCore } from './provider';
import { scriptedFetch } from './testing';

const read = defineEndpoint({ method: 'GET', path: '/things', summary: 'List things.', response: v.object({ n: v.number() }), safe: true });
const write = defineEndpoint({ method: 'POST', path: '/things', summary: 'Add a thing.', request: { body: v.object({ name: v.string() }) }, response: v.object({ n: v.number() }), safe: false });
const registry = { things: { list: read, add: write, nested: { list: read } } } as const;

const info = { name: 'toy', baseURL: 'https://toy.test' } as const;
const countThings = async (core: ClientCore<'toy'>, times: number) => times * (await bindRegistry(core, registry).things.list()).n;

describe('bindHelpers', () => {
  it('keeps every member of the client and adds the helpers, bound to the same client', async () => {
    const fetch = scriptedFetch({ body: { n: 2 } });
    const core = createCore(info, { fetch });
    const client = bindHelpers(core, bindRegistry(core, registry), { things: { count: countThings, nested: { count: countThings } } });
    expect(Object.keys(client.things).sort()).toEqual(['add', 'count', 'list', 'nested']);
    expect(Object.keys(client.things.nested).sort()).toEqual(['count', 'list']);
    expect(client.things.list.key).toBe('things.list');
    expect(await client.things.count(3)).toBe(6);
    expect(fetch.calls).toHaveLength(1);
    expect(Object.isFrozen(client.things)).toBe(true);
    expectTypeOf(client.things.count).toEqualTypeOf<(times: number) => Promise<number>>();
    expectTypeOf(client.things.nested.list).toEqualTypeOf(bindRegistry(core, registry).things.nested.list);
  });

  it('refuses a helper named like a member of the client, or a group where a method is', () => {
    const core = createCore(info, { fetch: scriptedFetch({ body: {} }) });
    const client = bindRegistry(core, registry);
    expect(() => bindHelpers(core, client, { things: { list: countThings } })).toThrow(/"things.list" is already a member/);
    expect(() => bindHelpers(core, client, { things: { add: { count: countThings } } })).toThrow(/"things.add" is a method of the client, not a group/);
  });
});
