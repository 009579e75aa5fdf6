import { describe, expect, it } from 'vitest';
import { jsonResponse as json, scriptedFetch } from './testing';
import { toy } from '../test/toy-provider';
import { createClient, isResponseValidationError, paginate } from './provider';

function pages(make: (page: number, body: Record<string, unknown>) => unknown) {
  return scriptedFetch(async (request) => {
    const url = new URL(request.url);
    const body = request.method === 'POST' ? ((await request.json()) as Record<string, unknown>) : {};
    const page = Number(url.searchParams.get('page') ?? body.page ?? 1);
    return json(make(page, body));
  });
}

describe('paginate', () => {
  it('follows next page numbers until null', async () => {
    const fetch = pages((page) => ({ result: { next: page < 3 ? page + 1 : null, results: [page * 10, page * 10 + 1] } }));
    const api = createClient(toy, { fetch });
    const items: number[] = [];
    for await (const item of paginate(api.paged.next, { q: 'x' })) items.push(item);
    expect(items).toEqual([10, 11, 20, 21, 30, 31]);
    expect(fetch.calls.map((c) => new URL(c.url).search)).toEqual(['?page=1&q=x', '?page=2&q=x', '?page=3&q=x']);
  });

  it('stops at page.last', async () => {
    const fetch = pages((page) => ({ offers: [`o${page}`], page: { current: page, last: 2 } }));
    const api = createClient(toy, { fetch });
    expect(await paginate(api.paged.last).toArray()).toEqual(['o1', 'o2']);
    expect(fetch.calls).toHaveLength(2);
  });

  it('fixed page size: exactly a full page needs one more (empty) request; a short page ends', async () => {
    for (const [total, requests] of [
      [0, 1],
      [3, 2],
      [4, 2],
      [6, 3],
      [7, 3],
    ] as const) {
      const all = Array.from({ length: total }, (_, i) => i);
      const fetch = pages((page) => ({ data: all.slice((page - 1) * 3, page * 3) }));
      const api = createClient(toy, { fetch });
      expect(await paginate(api.paged.fixed, { filter: { parent: null } }).toArray(), `total ${total}`).toEqual(all);
      expect(fetch.calls, `total ${total}`).toHaveLength(requests);
      expect(JSON.parse(fetch.calls[0]?.body ?? '')).toEqual({ page: 1, filter: { parent: null } });
    }
  });

  it('steps until an empty page', async () => {
    const fetch = pages((page) => ({ objects: page <= 2 ? [`a${page}`, `b${page}`] : [] }));
    const api = createClient(toy, { fetch });
    expect(await paginate(api.paged.empty).toArray()).toEqual(['a1', 'b1', 'a2', 'b2']);
    expect(fetch.calls).toHaveLength(3);
  });

  it('honours maxItems, maxPages, a start page, and yields pages', async () => {
    const fetch = pages((page) => ({ objects: [`a${page}`, `b${page}`] }));
    const api = createClient(toy, { fetch });
    expect(await paginate(api.paged.empty, {}, { maxItems: 3 }).toArray()).toEqual(['a1', 'b1', 'a2']);
    expect(await paginate(api.paged.empty, { page: 5 }, { maxPages: 2 }).toArray()).toEqual(['a5', 'b5', 'a6', 'b6']);
    const seen = [];
    for await (const page of paginate(api.paged.empty, {}, { maxPages: 2 }).pages()) seen.push(page.objects.length);
    expect(seen).toEqual([2, 2]);
  });

  it('stops when the provider repeats a page number instead of looping', async () => {
    const fetch = pages(() => ({ result: { next: 1, results: [1] } }));
    const api = createClient(toy, { fetch });
    expect(await paginate(api.paged.next).toArray()).toEqual([1]);
  });

  it('with an echoed page number: stops on an unpaged answer, refuses a server that ignores page', async () => {
    const unpaged = pages(() => ({ objects: ['a', 'b'] }));
    expect(await paginate(createClient(toy, { fetch: unpaged }).paged.echo).toArray()).toEqual(['a', 'b']);
    expect(unpaged.calls).toHaveLength(1);
    const stuck = pages(() => ({ objects: ['a'], page: 1 }));
    const error = await paginate(createClient(toy, { fetch: stuck }).paged.echo).toArray().catch((e: unknown) => e);
    expect(isResponseValidationError(error)).toBe(true);
    expect(stuck.calls).toHaveLength(2);
    const fine = pages((page) => ({ objects: page <= 2 ? [`p${page}`] : [], page }));
    expect(await paginate(createClient(toy, { fetch: fine }).paged.echo).toArray()).toEqual(['p1', 'p2']);
  });

  it('rejects endpoints without pagination', () => {
    const api = createClient(toy, {});
    expect(() => paginate(api.items.get as never)).toThrow('not a paged endpoint');
  });
});
