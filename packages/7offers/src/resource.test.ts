import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { defineSevenOffersProvider, endpoints } from './provider';
import { defineResource, isResource, looseFields, resourceEndpoints, wireId } from './resource';
import { geoResource } from './resources/geo';
import { unverifiedResources } from './endpoints/index';

const item = v.looseObject({ id: wireId });

describe('defineResource', () => {
  it('fills access defaults: reads for every role, writes for accounts', () => {
    const resource = defineResource({ slug: 'thing', title: 'things', item, actions: ['list', 'create'], paginated: true });
    expect(isResource(resource)).toBe(true);
    expect(resource.access).toEqual({ list: ['guest', 'webmaster', 'advertiser'], create: ['webmaster', 'advertiser'] });
    expect(resource.filter).toBe(looseFields);
    expect(Object.isFrozen(resource)).toBe(true);
  });

  it.each([
    [{ slug: 'a/b' }, /slug "a\/b"/],
    [{ slug: '' }, /slug ""/],
    [{ actions: [] }, /at least one action/],
    [{ actions: ['list', 'patch'] }, /unknown action "patch"/],
    [{ actions: ['list', 'list'] }, /listed twice/],
    [{ paginated: 'yes' }, /paginated must be true or false/],
    [{ item: v.string() }, /item must be an object schema/],
    [{ filter: v.object({ page: v.number() }) }, /filter must not declare "page"/],
    [{ filter: v.pipe(v.object({}), v.check(() => true)) }, /filter must not be piped/],
    [{ fields: v.object({ id: v.number() }) }, /fields must not declare "id"/],
    [{ access: { list: ['admin'] } }, /unknown role "admin"/],
    [{ access: { delete: ['advertiser'] } }, /access given for "delete"/],
  ])('rejects a broken definition (%o)', (patch, message) => {
    expect(() => defineResource({ slug: 'thing', title: 'things', item, actions: ['list'], paginated: true, ...(patch as object) } as never)).toThrow(message);
  });
});

describe('resourceEndpoints', () => {
  it('produces one endpoint per action, delete in both forms', () => {
    const e = resourceEndpoints(defineResource({ slug: 'goal', title: 'goals', item, actions: ['list', 'view', 'create', 'update', 'delete'], paginated: true }));
    const shape = Object.fromEntries(Object.entries(e).map(([key, ep]) => [key, [ep.method, ep.path, ep.encoding ?? null, ep.safe]]));
    expect(shape).toEqual({
      list: ['GET', '/goal/', null, true],
      view: ['GET', '/goal/{id}', null, true],
      create: ['POST', '/goal/', 'form', false],
      update: ['POST', '/goal/{id}', 'form', false],
      delete: ['DELETE', '/goal/{id}', null, false],
      deleteViaPost: ['POST', '/goal/del/{id}', null, false],
    });
    expect(e.list.pagination).toEqual({ page: 'page', items: 'objects', end: 'empty', echo: 'page' });
    expect(e.create.successStatus).toEqual([201, 200]);
    expect(e.list.successStatus).toBeUndefined();
  });

  it('marks the actions guests may call as authOptional, and only those', () => {
    const e = resourceEndpoints(defineResource({ slug: 'goal', title: 'goals', item, actions: ['list', 'view', 'create', 'delete'], paginated: false, access: { view: ['advertiser'] } }));
    expect(Object.fromEntries(Object.entries(e).map(([key, ep]) => [key, ep.authOptional ?? false]))).toEqual({
      list: true,
      view: false,
      create: false,
      delete: false,
      deleteViaPost: false,
    });
  });

  it('leaves out the actions a resource does not support', () => {
    expect(Object.keys(resourceEndpoints(geoResource))).toEqual(['list', 'view']);
    expect(Object.keys(resourceEndpoints(unverifiedResources.lead))).toEqual(['list']);
  });

  it('drops the trailing slash of collection URLs on request', () => {
    const e = resourceEndpoints(defineResource({ slug: 'geo', title: 'geo', item, actions: ['list', 'create'], paginated: false }), { trailingSlash: false });
    expect([e.list.path, e.create.path]).toEqual(['/geo', '/geo']);
    expect(e.list.pagination).toBeUndefined();
  });

  it('checks per_page (10–100) and page (≥ 1) on paged lists only', () => {
    const paged = resourceEndpoints(defineResource({ slug: 'a', title: 'a', item, filter: v.object({ q: v.optional(v.string()) }), actions: ['list'], paginated: true }));
    const query = paged.list.request!.query!;
    expect(v.safeParse(query, { per_page: '10', page: '2' }).success).toBe(true);
    expect(v.safeParse(query, { per_page: 100 }).success).toBe(true);
    for (const bad of [{ per_page: 9 }, { per_page: 101 }, { per_page: 10.5 }, { page: 0 }]) expect(v.safeParse(query, bad).success).toBe(false);
    const unpaged = resourceEndpoints(defineResource({ slug: 'b', title: 'b', item, filter: v.object({}), actions: ['list'], paginated: false }));
    expect(Object.keys((unpaged.list.request!.query as unknown as { entries: object }).entries)).toEqual([]);
  });

  it('makes every field optional for update and keeps them required for create', () => {
    const e = resourceEndpoints(defineResource({ slug: 'c', title: 'c', item, fields: v.object({ title: v.string() }), actions: ['create', 'update'], paginated: true }));
    expect(v.safeParse(e.create.request!.body!, {}).success).toBe(false);
    expect(v.safeParse(e.update.request!.body!, { title: 'x' }).success).toBe(true);
    // An update without any field is refused (it would change nothing yet answer `updated`).
    expect(v.safeParse(e.update.request!.body!, {}).success).toBe(false);
  });

  it('marks unverified resources in every summary', () => {
    const e = resourceEndpoints(unverifiedResources.offer);
    for (const endpoint of Object.values(e)) expect(endpoint.summary).toContain('Unverified:');
    expect(resourceEndpoints(geoResource).list.summary).not.toContain('Unverified');
  });
});

describe('the provider of a resource set', () => {
  it('registers every resource as a group of endpoints', () => {
    const provider = defineSevenOffersProvider({ geo: geoResource, ...unverifiedResources });
    expect(provider.name).toBe('7offers');
    expect(provider.operations.map((op) => op.key)).toContain('promo.deleteViaPost');
    expect(provider.encoding).toEqual({ arrayFormat: 'brackets', booleans: 'digits' });
    expect(Object.keys(endpoints)).toEqual(['geo', 'goal']);
  });
});
