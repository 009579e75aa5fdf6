import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { isApiError, isAuthError, isNotFoundError, isRequestValidationError, isResponseValidationError } from '@x/core/provider';
import { createTestRuntime, scriptedFetch, type ScriptedAnswer } from '@x/core/testing';
import { pagedList } from '../test/fake-fetch';
import { createSevenOffers, type SevenOffersOptions } from './client';
import { fieldErrors } from './classify';
import { unverifiedResources } from './endpoints/index';
import type { ResourceSet } from './provider';
import { defineResource, wireId } from './resource';

const BASE = 'https://7offers.test/api';
const KEY = 'adv-5f2c9e7a1b';

function setup<const R extends ResourceSet = {}>(answers: ScriptedAnswer[] = [{ body: { objects: [] } }], options: SevenOffersOptions<R> = {}) {
  const fetch = scriptedFetch(...answers);
  const client = createSevenOffers<R>({ apiKey: KEY, baseURL: BASE, fetch, runtime: createTestRuntime(), ...options });
  return { client, fetch };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('createSevenOffers options', () => {
  it.each([
    [{ apiKey: '' }, 'apiKey'],
    [{ apiKey: 'two words' }, 'apiKey'],
    [{ baseURL: 'ftp://7offers.ru' }, 'baseURL'],
    [{ baseURL: 'not a url' }, 'baseURL'],
    [{ deleteVia: 'PATCH' }, 'deleteVia'],
    [{ trailingSlash: 'yes' }, 'trailingSlash'],
    [{ arrayFormat: 'json' }, 'arrayFormat'],
    [{ resources: { api: unverifiedResources.offer } }, 'resources.api'],
    [{ resources: { 'bad-key': unverifiedResources.offer } }, 'resources.bad-key'],
    [{ resources: { offer: { slug: 'offer' } } }, 'resources.offer'],
  ])('rejects %o before anything is sent', (options, path) => {
    const fetch = scriptedFetch({ body: {} });
    let thrown: unknown;
    try {
      createSevenOffers({ fetch, ...(options as object) });
    } catch (error) {
      thrown = error;
    }
    expect(isRequestValidationError(thrown)).toBe(true);
    expect((thrown as { issues: Array<{ path: string }> }).issues.map((i) => i.path)).toEqual([path]);
    expect(fetch.calls).toEqual([]);
  });

  it('never echoes a rejected key', () => {
    let thrown: unknown;
    try {
      createSevenOffers({ apiKey: 'secret key-with-space' });
    } catch (error) {
      thrown = error;
    }
    expect(JSON.stringify(thrown)).not.toContain('secret');
    expect(String(thrown)).not.toContain('secret');
  });

  it('defaults to the assumed production host', async () => {
    const fetch = scriptedFetch({ body: { objects: [] } });
    await createSevenOffers({ fetch }).geo.list();
    expect(fetch.calls[0]?.url).toBe('https://7offers.ru/api/geo/');
  });
});

describe('requests on the wire', () => {
  it('puts api_key in the query of GET and in the form body of POST/PUT/DELETE, as the document says', async () => {
    const { client, fetch } = setup([{ body: { objects: [] } }, { status: 201, body: { created: 7 } }, { body: { updated: 7 } }, { body: { deleted: 7 } }]);
    await client.goal.list({ offer_id: 1 });
    await client.goal.create({ offer_id: 1, title: 'Sale' });
    await client.goal.update(7, { title: 'Renamed' });
    await client.goal.delete(7);
    expect(fetch.calls.map((c) => [`${c.method} ${c.path}`, c.body ?? null])).toEqual([
      [`GET /api/goal/?offer_id=1&api_key=${KEY}`, null],
      ['POST /api/goal/', `offer_id=1&title=Sale&api_key=${KEY}`],
      ['POST /api/goal/7', `title=Renamed&api_key=${KEY}`],
      ['DELETE /api/goal/7', `api_key=${KEY}`],
    ]);
    for (const call of fetch.calls) {
      expect(Object.values(call.headers).join(' ')).not.toContain(KEY);
      if (call.method !== 'GET') expect(call.headers['content-type']).toBe('application/x-www-form-urlencoded');
    }
  });

  it('refuses update(id, {}) before sending', async () => {
    const { client, fetch } = setup([{ body: { updated: 7 } }]);
    const error = await client.goal.update(7, {}).catch((e: unknown) => e);
    expect(isRequestValidationError(error)).toBe(true);
    expect(String((error as Error).message)).toContain('at least one field');
    const undefinedOnly = await client.goal.update(7, { title: undefined }).catch((e: unknown) => e);
    expect(isRequestValidationError(undefinedOnly)).toBe(true);
    expect(fetch.calls).toHaveLength(0);
  });

  it('sends guest calls without a key', async () => {
    const fetch = scriptedFetch({ body: { objects: [] } });
    await createSevenOffers({ baseURL: BASE, fetch }).goal.list({ offer_id: 3 });
    expect(fetch.calls[0]?.parsedURL.search).toBe('?offer_id=3');
  });

  it('takes a same-origin base URL (an app behind its own proxy), as every SDK does', async () => {
    const seen: string[] = [];
    const fetch = (async (input: RequestInfo | URL) => {
      seen.push(String(input));
      return new Response('{"objects":[]}', { headers: { 'content-type': 'application/json' } });
    }) as typeof globalThis.fetch;
    await createSevenOffers({ baseURL: '/proxy/7offers', fetch }).goal.list({ offer_id: 3 });
    expect(seen).toEqual(['/proxy/7offers/goal/?offer_id=3']);
  });

  it('form-encodes bodies, with arrays as name[]', async () => {
    const { client, fetch } = setup([{ status: 201, body: { created: 9 } }]);
    await client.goal.create({ offer_id: 2, title: 'Покупка & оплата', geo: ['RU', 'BY'], active: true });
    const call = fetch.calls[0]!;
    expect(call.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(call.body).toBe(`offer_id=2&title=%D0%9F%D0%BE%D0%BA%D1%83%D0%BF%D0%BA%D0%B0+%26+%D0%BE%D0%BF%D0%BB%D0%B0%D1%82%D0%B0&geo[]=RU&geo[]=BY&active=1&api_key=${KEY}`);
  });

  it('takes another array format and drops the trailing slash when asked', async () => {
    const { client, fetch } = setup([{ status: 201, body: { created: 9 } }], { arrayFormat: 'indexed', trailingSlash: false });
    await client.goal.create({ geo: ['RU', 'BY'] });
    expect(fetch.calls[0]?.parsedURL.pathname).toBe('/api/goal');
    expect(fetch.calls[0]?.body).toBe(`geo[0]=RU&geo[1]=BY&api_key=${KEY}`);
  });

  it('passes undocumented filters through, checked as form values', async () => {
    const { client, fetch } = setup();
    await client.goal.list({ offer_id: 1, search: 'sale', status: ['1', '2'] });
    expect(fetch.calls[0]?.parsedURL.search).toBe(`?offer_id=1&search=sale&status[]=1&status[]=2&api_key=${KEY}`);
    const error = await rejection(client.goal.list({ nested: { a: 1 } } as never));
    expect(isRequestValidationError(error)).toBe(true);
    expect(fetch.calls).toHaveLength(1);
  });

  it('deletes through the POST alias per call or per client', async () => {
    const { client, fetch } = setup([{ body: { deleted: 3 } }]);
    await client.goal.delete(3, { via: 'POST' });
    await client.goal.delete(4);
    const viaPost = setup([{ body: { deleted: 5 } }], { deleteVia: 'POST' });
    await viaPost.client.goal.delete(5);
    expect([...fetch.calls, ...viaPost.fetch.calls].map((c) => `${c.method} ${c.parsedURL.pathname}`)).toEqual(['POST /api/goal/del/3', 'DELETE /api/goal/4', 'POST /api/goal/del/5']);
    // The key is the only body parameter of a delete (POST/PUT/DELETE parameters go in the body).
    expect(fetch.calls[0]?.body).toBe(`api_key=${KEY}`);
  });

  it('returns the wire envelopes', async () => {
    const { client } = setup([
      { body: { objects: [{ id: 1, offer_id: '2', title: 'A' }], total_count: '1', per_page: 100, page: 1 } },
      { body: { object: { id: 1, offer_id: 2, title: 'A', extra: 'kept' } } },
      { status: 201, body: { created: 1 } },
      { body: { updated: '1' } },
      { body: { deleted: 1 } },
    ]);
    expect(await client.goal.list()).toEqual({ objects: [{ id: 1, offer_id: 2, title: 'A' }], total_count: 1, per_page: 100, page: 1 });
    expect(await client.goal.view(1)).toEqual({ object: { id: 1, offer_id: 2, title: 'A', extra: 'kept' } });
    expect(await client.goal.create({ title: 'A' })).toEqual({ created: 1 });
    expect(await client.goal.update(1, { title: 'B' })).toEqual({ updated: '1' });
    expect(await client.goal.delete(1)).toEqual({ deleted: 1 });
  });
});

describe('input checked before sending', () => {
  it.each([[5], [9], [101], ['abc'], [10.5]])('rejects per_page=%s', async (perPage) => {
    const { client, fetch } = setup();
    const error = await rejection(client.goal.list({ per_page: perPage }));
    expect(isRequestValidationError(error)).toBe(true);
    expect((error as { issues: Array<{ path: string }> }).issues[0]?.path).toBe('per_page');
    expect(fetch.calls).toEqual([]);
  });

  it('accepts per_page from 10 to 100 and rejects page 0', async () => {
    const { client, fetch } = setup();
    await client.goal.list({ per_page: 10 });
    await client.goal.list({ per_page: '100' });
    expect(isRequestValidationError(await rejection(client.goal.list({ page: 0 })))).toBe(true);
    expect(fetch.calls).toHaveLength(2);
  });

  it.each([[0], [-1], [1.5], [''], ['a/b'], [undefined]])('rejects the id %o', async (id) => {
    const { client, fetch } = setup();
    expect(isRequestValidationError(await rejection(client.goal.view(id as never)))).toBe(true);
    expect(isRequestValidationError(await rejection(client.goal.delete(id as never)))).toBe(true);
    expect(fetch.calls).toEqual([]);
  });

  it('rejects update fields that are not an object or that carry the id', async () => {
    const { client, fetch } = setup();
    expect(isRequestValidationError(await rejection(client.goal.update(1, 'title' as never)))).toBe(true);
    expect(isRequestValidationError(await rejection(client.goal.update(1, { id: 2 } as never)))).toBe(true);
    expect(isRequestValidationError(await rejection(client.goal.delete(1, { via: 'PUT' as never })))).toBe(true);
    expect(isRequestValidationError(await rejection(client.goal.create({ offer_id: 'x' })))).toBe(true);
    expect(fetch.calls).toEqual([]);
  });
});

describe('errors', () => {
  it('turns each documented status into a typed error with a stable reason', async () => {
    const statuses: Array<[number, string, (e: unknown) => boolean]> = [
      [400, 'bad_request', isApiError],
      [401, 'unauthorized', isAuthError],
      [403, 'forbidden', isApiError],
      [404, 'not_found', isNotFoundError],
      [405, 'method_not_allowed', isApiError],
      [501, 'not_implemented', isApiError],
    ];
    for (const [status, reason, guard] of statuses) {
      const { client } = setup([{ status, body: { error: `E${status}` } }]);
      const error = await rejection(client.goal.create({ title: 'x' }));
      expect(guard(error), String(status)).toBe(true);
      expect(error).toMatchObject({ status, reason, providerMessage: `E${status}`, provider: '7offers', endpoint: 'goal.create' });
    }
  });

  it('keeps field messages and treats an error in a 200 as a failure', async () => {
    const { client } = setup([{ status: 400, body: { error: { offer_id: ['Offers not found'] } } }, { status: 200, body: { error: 'Database is busy' } }]);
    const first = await rejection(client.goal.list({ offer_id: -123 }));
    expect(fieldErrors(first)).toEqual({ offer_id: ['Offers not found'] });
    expect(first).toMatchObject({ status: 400, reason: 'bad_request', providerMessage: 'offer_id: Offers not found' });
    const second = await rejection(client.goal.list());
    expect(second).toMatchObject({ status: 200, reason: 'error_in_body', providerMessage: 'Database is busy' });
  });

  it('accepts 201 and 200 for create, nothing else', async () => {
    const { client } = setup([{ status: 201, body: { created: 1 } }, { status: 200, body: { created: 2 } }, { status: 202, body: { created: 3 } }]);
    expect(await client.goal.create({ title: 'a' })).toEqual({ created: 1 });
    expect(await client.goal.create({ title: 'b' })).toEqual({ created: 2 });
    expect(await rejection(client.goal.create({ title: 'c' }))).toMatchObject({ status: 202, reason: 'http_error' });
  });

  it('retries reads on 500 but never writes', async () => {
    const { client, fetch } = setup([{ status: 500, body: { error: 'Oops' } }, { body: { objects: [] } }]);
    await client.goal.list();
    expect(fetch.calls).toHaveLength(2);
    const writes = setup([{ status: 500, body: { error: 'Oops' } }, { status: 201, body: { created: 1 } }]);
    expect(await rejection(writes.client.goal.create({ title: 'x' }))).toMatchObject({ reason: 'server_error' });
    expect(writes.fetch.calls).toHaveLength(1);
  });
});

describe('all(): every object of a list', () => {
  it('steps page until objects is empty, with nothing lost or repeated', async () => {
    const { client, fetch } = setup([pagedList(25)]);
    const ids: unknown[] = [];
    for await (const goal of client.goal.all({ offer_id: 1, per_page: 10 })) ids.push(goal.id);
    expect(ids).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(fetch.calls.map((c) => c.parsedURL.searchParams.get('page'))).toEqual(['1', '2', '3', '4']);
    expect(fetch.calls.every((c) => c.parsedURL.searchParams.get('per_page') === '10' && c.parsedURL.searchParams.get('offer_id') === '1')).toBe(true);
  });

  it('starts at a given page and honours maxItems and maxPages', async () => {
    const { client, fetch } = setup([pagedList(45)]);
    expect((await client.goal.all({ per_page: 10, page: 4 }).toArray()).map((g) => g.id)).toEqual([31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45]);
    expect((await client.goal.all({ per_page: 10 }, { maxItems: 12 }).toArray())).toHaveLength(12);
    const pages: number[] = [];
    for await (const page of client.goal.all({ per_page: 10 }, { maxPages: 2 }).pages()) pages.push(page.page!);
    expect(pages).toEqual([1, 2]);
    expect(fetch.calls.map((c) => c.parsedURL.searchParams.get('page'))).toEqual(['4', '5', '6', '1', '2', '1', '2']);
  });

  it('stops after one answer without paging fields (an unpaged list)', async () => {
    const { client, fetch } = setup([{ body: { objects: [{ id: 1 }, { id: 2 }] } }]);
    expect((await client.goal.all().toArray()).map((g) => g.id)).toEqual([1, 2]);
    expect(fetch.calls).toHaveLength(1);
  });

  it('makes one call for a resource declared unpaged', async () => {
    const { client, fetch } = setup([{ body: { objects: [{ id: 1, title: 'A' }, { id: 2, title: 'B' }] } }], { resources: { category: unverifiedResources.category } });
    expect((await client.category.all().toArray()).map((c) => c.title)).toEqual(['A', 'B']);
    expect(fetch.calls[0]?.parsedURL.search).toBe(`?api_key=${KEY}`);
  });

  it('refuses to loop when the server ignores page', async () => {
    const { client, fetch } = setup([{ body: { objects: [{ id: 1 }], total_count: 50, per_page: 10, page: 1 } }]);
    const seen: unknown[] = [];
    const error = await rejection(
      (async () => {
        for await (const goal of client.goal.all({ per_page: 10 })) seen.push(goal.id);
      })(),
    );
    expect(isResponseValidationError(error)).toBe(true);
    expect(seen).toEqual([1]);
    expect(fetch.calls).toHaveLength(2);
  });

  it('rejects filters that are not an object at once', () => {
    const { client } = setup();
    expect(() => client.goal.all('offer_id=1' as never)).toThrow(/Expected an object of filters/);
  });
});

describe('resources', () => {
  it('has only the methods of the declared actions', () => {
    const { client } = setup();
    expect(Object.keys(client.geo).sort()).toEqual(['all', 'definition', 'list', 'slug', 'view']);
    expect(Object.keys(client.goal).sort()).toEqual(['all', 'create', 'definition', 'delete', 'list', 'slug', 'update', 'view']);
    expect('offer' in client).toBe(false);
  });

  it('adds opt-in and custom resources, which may replace a default one', async () => {
    const webhook = defineResource({ slug: 'webhook', title: 'webhooks', item: v.object({ id: wireId, url: v.string() }), fields: v.object({ url: v.string() }), actions: ['create'], paginated: false });
    const goals = defineResource({ slug: 'goals', title: 'goals', item: v.looseObject({ id: wireId }), actions: ['list'], paginated: true });
    const { client, fetch } = setup([{ status: 201, body: { created: 1 } }, { body: { objects: [] } }], { resources: { ...unverifiedResources, webhook, goal: goals } });
    await client.webhook.create({ url: 'https://example.test/hook' });
    await client.goal.list();
    expect(fetch.calls.map((c) => c.parsedURL.pathname)).toEqual(['/api/webhook/', '/api/goals/']);
    expect(isRequestValidationError(await rejection(client.webhook.create({} as never)))).toBe(true);
    expect(Object.keys(client.api).sort()).toEqual(['category', 'geo', 'goal', 'lead', 'news', 'offer', 'promo', 'stat', 'webhook']);
  });

  it('resource(slug) offers all five actions and lets the provider decide', async () => {
    const { client, fetch } = setup([{ status: 405, body: { error: 'Method not allowed' } }]);
    const geo = client.resource<{ id: number; name: string }>('geo');
    expect(client.resource('geo')).toBe(geo);
    const error = await rejection(geo.create({ name: 'Atlantis' }));
    expect(error).toMatchObject({ status: 405, reason: 'method_not_allowed', endpoint: 'geo.create' });
    expect(fetch.calls[0]?.body).toBe(`name=Atlantis&api_key=${KEY}`);
    expect(isRequestValidationError(await rejection(geo.list({ per_page: 500 })))).toBe(true);
    expect(fetch.calls).toHaveLength(1);
  });

  it('resource(slug) rejects a slug that is not one path segment', () => {
    const { client } = setup();
    for (const slug of ['', 'a/b', '../x', 'a b']) expect(() => client.resource(slug)).toThrow(/invalid resource slug/);
  });
});
