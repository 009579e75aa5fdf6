// Standalone functions (issue 10): one per operation of the default resources, generated from the
// declarations and matching the registry key for key; a function sends exactly what the
// convenient client sends; `resourceClient` serves any resource over the same core client.
import { describe, expect, it } from 'vitest';
import { isRequestValidationError } from '@x/core/provider';
import { scriptedFetch } from '@x/core/testing';
import { describeEndpointFunctions } from '../../core/test/functions-kit';
import * as functions from './functions';
import { createSevenOffers, createSevenOffersCore, goalCreate, goalList, goalUpdate, offerResource, resourceClient, resourceFunction, sevenOffersProvider } from './index';
import { endpoints } from './provider';

const BASE = 'https://7offers.test/api';
const KEY = 'fn-key-123';

describeEndpointFunctions(sevenOffersProvider, functions);

describe('7offers standalone functions', () => {
  it('the registry and the functions share the endpoints, built once per resource', () => {
    expect(sevenOffersProvider.endpoints).toBe(endpoints);
    expect(goalList.endpoint).toBe(endpoints.goal.list);
    expect(createSevenOffers({ resources: { offer: offerResource } }).provider.endpoints.goal.list).toBe(goalList.endpoint);
  });

  it('goalList / goalCreate / goalUpdate send what the convenient client sends', async () => {
    const answers = [{ body: { objects: [{ id: 1 }] } }, { status: 201, body: { created: 7 } }, { body: { updated: 7 } }];
    const viaCore = scriptedFetch(...answers);
    const viaClient = scriptedFetch(...answers);
    const core = createSevenOffersCore({ apiKey: KEY, baseURL: BASE, fetch: viaCore });
    const client = createSevenOffers({ apiKey: KEY, baseURL: BASE, fetch: viaClient });
    expect(await goalList(core, { offer_id: 1 })).toEqual(await client.goal.list({ offer_id: 1 }));
    expect(await goalCreate(core, { offer_id: 1, title: 'Sale', geo: ['RU', 'BY'] })).toEqual(await client.goal.create({ offer_id: 1, title: 'Sale', geo: ['RU', 'BY'] }));
    expect(await goalUpdate(core, { id: 7, title: 'New' })).toEqual(await client.goal.update(7, { title: 'New' }));
    const wire = (f: typeof viaCore) => f.calls.map((c) => [c.method, c.url, c.body ?? null]);
    expect(wire(viaCore)).toEqual(wire(viaClient));
    expect(viaCore.calls[1]?.body).toBe(`offer_id=1&title=Sale&geo[]=RU&geo[]=BY&api_key=${KEY}`);
  });

  it('createSevenOffersCore checks its options, never quoting the key', () => {
    for (const [options, path] of [[{ apiKey: 'two words secret' }, 'apiKey'], [{ baseURL: 'ftp://x.test' }, 'baseURL'], [{ arrayFormat: 'json' }, 'arrayFormat']] as const) {
      let error: unknown;
      try {
        createSevenOffersCore(options as never);
      } catch (e) {
        error = e;
      }
      expect(isRequestValidationError(error)).toBe(true);
      expect((error as { issues: Array<{ path: string }> }).issues.map((i) => i.path)).toEqual([path]);
      expect(JSON.stringify(error) + String(error)).not.toContain('secret');
    }
  });

  it('arrayFormat of the core reaches the form body', async () => {
    const fetch = scriptedFetch({ status: 201, body: { created: 1 } });
    await goalCreate(createSevenOffersCore({ baseURL: BASE, fetch, arrayFormat: 'indexed' }), { geo: ['RU', 'BY'] });
    expect(fetch.calls[0]?.body).toBe('geo[0]=RU&geo[1]=BY');
  });

  it('resourceFunction makes the function of any declared operation, and refuses a missing one', async () => {
    const offerList = resourceFunction('offer', offerResource, 'list');
    const fetch = scriptedFetch({ body: { objects: [{ id: 3, title: 'A' }], page: 1 } });
    const page = await offerList(createSevenOffersCore({ baseURL: BASE, fetch }), { category_id: 2 });
    expect(page.objects[0]?.title).toBe('A');
    expect(fetch.calls[0]?.url).toBe(`${BASE}/offer/?category_id=2`);
    expect(() => resourceFunction('offer', offerResource, 'delete' as never)).toThrow(/offer has no delete operation/);
  });

  it('resourceClient: the friendly methods of one resource over the core client', async () => {
    const fetch = scriptedFetch({ body: { objects: [{ id: 1 }], page: 1 } }, { body: { objects: [], page: 2 } }, { body: { deleted: 4 } });
    const core = createSevenOffersCore({ apiKey: KEY, baseURL: BASE, fetch });
    const offers = resourceClient(core, offerResource, { trailingSlash: false });
    expect((await offers.all({ category_id: 2 }).toArray()).map((o) => o.id)).toEqual([1]);
    const goals = resourceClient(core, createSevenOffers().goal.definition, { deleteVia: 'POST' });
    expect(await goals.delete(4)).toEqual({ deleted: 4 });
    expect(fetch.calls.map((c) => `${c.method} ${c.parsedURL.pathname}`)).toEqual(['GET /api/offer', 'GET /api/offer', 'POST /api/goal/del/4']);
    expect('create' in offers && 'delete' in offers).toBe(false);
  });
});
