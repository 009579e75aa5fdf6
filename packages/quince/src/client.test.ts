import { describe, expect, it } from 'vitest';
import { isApiError, isRequestValidationError, type RequestValidationError } from '@x/core/provider';
import { createTestRuntime, scriptedFetch } from '@x/core/testing';
import { createQuince, type QuinceOptions } from './index';
import { fail, ok } from '../test/fake-fetch';

const BASE = 'https://tenant.quince.test';
const AUTH = { header: 'Authorization', value: 'Bearer unit-test-key' } as const;

function client(fetch: typeof globalThis.fetch, extra: Partial<QuinceOptions> = {}) {
  return createQuince({ baseURL: BASE, auth: AUTH, fetch, runtime: createTestRuntime(), ...extra });
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('createQuince options', () => {
  it.each([
    ['no baseURL', { auth: AUTH }, 'baseURL'],
    ['an empty baseURL', { baseURL: ' ', auth: AUTH }, 'baseURL'],
    ['a relative baseURL', { baseURL: '/quince', auth: AUTH }, 'baseURL'],
    ['a non-http baseURL', { baseURL: 'ftp://quince.test', auth: AUTH }, 'baseURL'],
    ['/api/v2 in baseURL', { baseURL: `${BASE}/api/v2/`, auth: AUTH }, 'baseURL'],
    ['credentials in baseURL', { baseURL: 'https://user:pw@quince.test', auth: AUTH }, 'baseURL'],
    ['a query in baseURL', { baseURL: `${BASE}?tenant=1`, auth: AUTH }, 'baseURL'],
    ['no auth', { baseURL: BASE }, 'auth'],
    ['a bad header name', { baseURL: BASE, auth: { header: 'Bad Header', value: 'x' } }, 'auth.header'],
    ['an empty header value', { baseURL: BASE, auth: { header: 'X-Key', value: '' } }, 'auth.value'],
    ['a header value with a line break', { baseURL: BASE, auth: { header: 'X-Key', value: 'a\r\nInjected: 1' } }, 'auth.value'],
    ['a string as auth', { baseURL: BASE, auth: 'key' }, 'auth'],
    ['hosts', { baseURL: BASE, auth: AUTH, hosts: { other: BASE } }, 'hosts'],
  ])('rejects %s with a RequestValidationError', (_, options, path) => {
    const error = thrown(() => createQuince(options as unknown as QuinceOptions));
    expect(isRequestValidationError(error)).toBe(true);
    expect((error as RequestValidationError).issues.map((i) => i.path)).toContain(path);
  });

  it('never echoes a header value it rejects', () => {
    const error = thrown(() => createQuince({ baseURL: BASE, auth: { header: 'X-Key', value: 'secret-value\n' } }));
    expect(JSON.stringify(error)).not.toContain('secret-value');
    expect(String(error)).not.toContain('secret-value');
  });

  it('accepts a header, a headers function and a core AuthStrategy', () => {
    expect(() => createQuince({ baseURL: BASE, auth: AUTH })).not.toThrow();
    expect(() => createQuince({ baseURL: BASE, auth: () => ({ 'X-Key': 'k' }) })).not.toThrow();
    expect(() => createQuince({ baseURL: `${BASE}/tenant-7/`, auth: { name: 'custom', apply: () => undefined } })).not.toThrow();
  });
});

describe('requests on the wire', () => {
  it('POSTs JSON to <baseURL>/api/v2/service/... with the auth header', async () => {
    const fetch = scriptedFetch(ok([]));
    const quince = client(fetch);
    await quince.services.list();
    await quince.services.folders.list({ page: 2 });
    await quince.services.add({ array: [{ Name: 'A' }] });
    expect(fetch.calls.map((c) => [c.method, c.url])).toEqual([
      ['POST', `${BASE}/api/v2/service/list`],
      ['POST', `${BASE}/api/v2/service/folder/list`],
      ['POST', `${BASE}/api/v2/service/add`],
    ]);
    expect(fetch.calls[0]?.headers).toMatchObject({ 'content-type': 'application/json', authorization: 'Bearer unit-test-key' });
    expect(fetch.calls[0]?.json).toEqual({});
    expect(fetch.calls[1]?.json).toEqual({ page: 2 });
  });

  it('keeps a base path under the host (a tenant prefix)', async () => {
    const fetch = scriptedFetch(ok([]));
    await client(fetch, { baseURL: `${BASE}/t/42/` }).services.list();
    expect(fetch.calls[0]?.url).toBe(`${BASE}/t/42/api/v2/service/list`);
  });

  it('sends an explicit ParentFolder: null, and leaves an absent one out', async () => {
    const fetch = scriptedFetch(ok([]));
    const quince = client(fetch);
    await quince.services.list({ filter: { ParentFolder: null } });
    await quince.services.list({ filter: { Archive: true } });
    await quince.services.folders.list({ filter: { ParentFolder: null } });
    expect(fetch.calls[0]?.body).toBe('{"filter":{"ParentFolder":null}}');
    expect(fetch.calls[1]?.json).toEqual({ filter: { Archive: true } });
    expect('ParentFolder' in fetch.calls[1]!.json.filter).toBe(false);
    expect(fetch.calls[2]?.body).toBe('{"filter":{"ParentFolder":null}}');
  });

  it('sends numbers for ids given as numeric strings (the doc example sends "110")', async () => {
    const fetch = scriptedFetch(ok([{ id: 116 }]));
    await client(fetch).services.add({ array: [{ Name: 'Hola_product_0', Article: '5555', ParentFolder: '110' }] });
    expect(fetch.calls[0]?.json).toEqual({ array: [{ Name: 'Hola_product_0', Article: '5555', ParentFolder: 110 }] });
  });

  it('trims UnitName, which must come "without extra characters"', async () => {
    const fetch = scriptedFetch(ok([{ id: 116 }]));
    await client(fetch).services.add({ array: [{ Name: 'Ремонт', UnitName: ' год ' }] });
    expect(fetch.calls[0]?.json.array[0].UnitName).toBe('год');
  });
});

describe('validation before sending', () => {
  const items = (n: number) => Array.from({ length: n }, (_, i) => ({ Name: `S${i}` }));

  it('rejects more than 100 items per call and sends nothing', async () => {
    const fetch = scriptedFetch(ok([]));
    const error = await client(fetch).services.add({ array: items(101) }).catch((e: unknown) => e);
    expect(isRequestValidationError(error)).toBe(true);
    expect((error as Error).message).toMatch(/At most 100 items per call/);
    expect(fetch.calls).toHaveLength(0);
    const folders = await client(fetch).services.folders.update({ array: Array.from({ length: 101 }, (_, i) => ({ Id: i + 1 })) }).catch((e: unknown) => e);
    expect(isRequestValidationError(folders)).toBe(true);
    expect(fetch.calls).toHaveLength(0);
  });

  it('accepts exactly 100 items', async () => {
    const fetch = scriptedFetch(ok([]));
    await client(fetch).services.add({ array: items(100) });
    expect(fetch.calls[0]?.json.array).toHaveLength(100);
  });

  it('rejects an update item without Id and sends nothing', async () => {
    const fetch = scriptedFetch(ok([]));
    const error = await client(fetch)
      .services.update({ array: [{ Id: 111, Name: 'ok' }, { Name: 'no id' } as never] })
      .catch((e: unknown) => e);
    expect(isRequestValidationError(error)).toBe(true);
    expect((error as RequestValidationError).issues).toEqual([expect.objectContaining({ path: 'array.1.id', message: expect.stringMatching(/needs an id/) })]);
    expect(fetch.calls).toHaveLength(0);
  });

  it('sends the documented folder-add example verbatim, "Id": 110 included (decision 0044)', async () => {
    const fetch = scriptedFetch(ok([{ id: 129 }]));
    await client(fetch).services.folders.add({ array: [{ Id: 110, Name: 'Directory_111', ParentFolder: 100 }] });
    expect(JSON.parse(fetch.calls[0]!.body!)).toEqual({ array: [{ Id: 110, Name: 'Directory_111', ParentFolder: 100 }] });
    const error = await client(fetch).services.folders.add({ array: [{ Name: 'x', colour: 'red' } as never] }).catch((e: unknown) => e);
    expect(isRequestValidationError(error)).toBe(true);
    expect(fetch.calls).toHaveLength(1);
  });

  it('sends a service update id as the field table spells it (id), taking Id as an alias', async () => {
    const fetch = scriptedFetch(ok([{ id: 111 }]), ok([{ id: 111 }]));
    await client(fetch).services.update({ array: [{ id: 111, Name: 'Hola_product_0' }] });
    await client(fetch).services.update({ array: [{ Id: 111, Article: '5555' }] });
    expect(fetch.calls.map((c) => JSON.parse(c.body!))).toEqual([{ array: [{ id: 111, Name: 'Hola_product_0' }] }, { array: [{ id: 111, Article: '5555' }] }]);
    const error = await client(fetch).services.update({ array: [{ id: 1, Id: 2 }] }).catch((e: unknown) => e);
    expect(isRequestValidationError(error)).toBe(true);
  });

  it('rejects an empty batch and page 0', async () => {
    const fetch = scriptedFetch(ok([]));
    expect(isRequestValidationError(await client(fetch).services.add({ array: [] }).catch((e: unknown) => e))).toBe(true);
    expect(isRequestValidationError(await client(fetch).services.list({ page: 0 }).catch((e: unknown) => e))).toBe(true);
    expect(fetch.calls).toHaveLength(0);
  });
});

describe('responses', () => {
  it('accepts Id, id and ID, keeps the wire key and always fills in Id', async () => {
    const fetch = scriptedFetch(ok([{ id: 116 }, { Id: 117 }, { ID: '118' }]));
    const result = await client(fetch).services.add({ array: [{ Name: 'a' }, { Name: 'b' }, { Name: 'c' }] });
    expect(result.data).toEqual([
      { id: 116, Id: 116 },
      { Id: 117 },
      { ID: 118, Id: 118 },
    ]);
  });

  it('rejects a list item without any id as a ResponseValidationError', async () => {
    const fetch = scriptedFetch(ok([{ Name: 'no id' }]));
    const error = await client(fetch).services.list().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'response_validation' });
  });

  it('turns success: false on HTTP 200 into an ApiError with the provider code and message', async () => {
    const fetch = scriptedFetch(fail({ code: 'E42', message: 'Неправильний фільтр' }));
    const error = await client(fetch).services.list().catch((e: unknown) => e);
    expect(isApiError(error)).toBe(true);
    expect(error).toMatchObject({ status: 200, code: 'E42', providerMessage: 'Неправильний фільтр', reason: 'rejected' });
  });
});

describe('retries', () => {
  it('retries a list (a safe read, even though it is a POST) on 503', async () => {
    const fetch = scriptedFetch(fail({ code: '503', message: 'busy' }, 503), ok([]));
    const result = await client(fetch).services.list();
    expect(result.data).toEqual([]);
    expect(fetch.calls).toHaveLength(2);
  });

  it('never retries a write', async () => {
    const fetch = scriptedFetch(fail({ code: '503', message: 'busy' }, 503));
    const error = await client(fetch).services.add({ array: [{ Name: 'x' }] }).catch((e: unknown) => e);
    expect(isApiError(error)).toBe(true);
    expect(fetch.calls).toHaveLength(1);
    await client(fetch).services.folders.update({ array: [{ Id: 1, Name: 'x' }] }).catch(() => undefined);
    expect(fetch.calls).toHaveLength(2);
  });
});
