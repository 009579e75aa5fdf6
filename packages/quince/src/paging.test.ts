import { describe, expect, it } from 'vitest';
import { createTestRuntime, scriptedFetch } from '@x/core/testing';
import { createQuince } from './index';
import { ok } from '../test/fake-fetch';

/** A fake provider holding `total` services, answering pages of exactly 100 by `page`. */
function provider(total: number) {
  const all = Array.from({ length: total }, (_, i) => ({ Id: i + 1, Name: `S${i + 1}`, ParentFolder: null }));
  return scriptedFetch((_request, recorded) => {
    const page = (recorded.json?.page as number | undefined) ?? 1;
    return ok(all.slice((page - 1) * 100, page * 100));
  });
}

const quince = (fetch: typeof globalThis.fetch) =>
  createQuince({ baseURL: 'https://tenant.quince.test', auth: { header: 'Authorization', value: 'Bearer page-key' }, fetch, runtime: createTestRuntime() });

async function collect(total: number) {
  const fetch = provider(total);
  const ids: number[] = [];
  for await (const service of quince(fetch).services.listAll({ filter: { ParentFolder: null } })) ids.push(service.Id);
  return { ids, pages: fetch.calls.map((c) => c.json.page), bodies: fetch.calls.map((c) => c.json) };
}

describe('listAll over pages of 100 with no total', () => {
  it.each([
    [0, [1]],
    [1, [1]],
    [99, [1]],
    [100, [1, 2]],
    [101, [1, 2]],
    [200, [1, 2, 3]],
    [250, [1, 2, 3]],
  ])('%i items: every one once, pages %j', async (total, pages) => {
    const result = await collect(total);
    expect(result.ids).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(result.pages).toEqual(pages);
    // The filter travels on every page, with its explicit null.
    expect(result.bodies.every((b) => b.filter.ParentFolder === null)).toBe(true);
  });

  it('iterates folders the same way, and pages() gives whole pages', async () => {
    const fetch = scriptedFetch((_request, recorded) => {
      const page = recorded.json.page as number;
      return ok(page === 1 ? Array.from({ length: 100 }, (_, i) => ({ Id: i + 1, ParentFolder: null, Name: `F${i}` })) : [{ Id: 101, ParentFolder: 1, Name: 'last' }]);
    });
    const client = quince(fetch);
    const folders = await client.services.folders.listAll().toArray();
    expect(folders.map((f) => f.Id)).toEqual(Array.from({ length: 101 }, (_, i) => i + 1));
    expect(fetch.calls.map((c) => c.url)).toEqual(['https://tenant.quince.test/api/v2/service/folder/list', 'https://tenant.quince.test/api/v2/service/folder/list']);
    const sizes: number[] = [];
    for await (const page of client.services.folders.listAll().pages()) sizes.push(page.data.length);
    expect(sizes).toEqual([100, 1]);
  });

  it('starts at a given page and stops at maxItems', async () => {
    const fetch = provider(350);
    const ids = await quince(fetch).services.listAll({ page: 3 }, { maxItems: 120 }).toArray();
    expect(ids.map((s) => s.Id)).toEqual(Array.from({ length: 120 }, (_, i) => 201 + i));
    expect(fetch.calls.map((c) => c.json.page)).toEqual([3, 4]);
  });
});
