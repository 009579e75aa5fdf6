// Standalone functions and helpers (issue 10): the list matches the registry, a function sends
// exactly what the convenient client's method sends, and the convenient client is the whole
// registry plus the helpers (no hand-written list that a new endpoint could miss).
import { describe, expect, it } from 'vitest';
import { getPath, isEndpointMethod, isRequestValidationError } from '@x/core/provider';
import { createTestRuntime, scriptedFetch } from '@x/core/testing';
import { describeEndpointFunctions } from '../../core/test/functions-kit';
import * as functions from './functions';
import { addAllFolders, addAllServices, createQuince, createQuinceCore, listAllServices, quinceProvider, servicesFoldersList, servicesList, updateAllServices } from './index';
import { ok } from '../test/fake-fetch';

const BASE = 'https://tenant.quince.test';
const AUTH = { header: 'Authorization', value: 'Bearer unit-test-key' } as const;

describeEndpointFunctions(quinceProvider, functions);

describe('quince standalone functions', () => {
  it('servicesList(core, ...) sends what quince.services.list(...) sends', async () => {
    const viaCore = scriptedFetch(ok([{ Id: 1, Name: 'A' }]));
    const viaClient = scriptedFetch(ok([{ Id: 1, Name: 'A' }]));
    const core = createQuinceCore({ baseURL: BASE, auth: AUTH, fetch: viaCore });
    const quince = createQuince({ baseURL: BASE, auth: AUTH, fetch: viaClient });
    const input = { filter: { ParentFolder: null }, page: 2 };
    expect(await servicesList(core, input)).toEqual(await quince.services.list(input));
    expect(viaCore.calls.map((c) => [c.method, c.url, c.json, c.headers.authorization])).toEqual(viaClient.calls.map((c) => [c.method, c.url, c.json, c.headers.authorization]));
  });

  it('createQuinceCore checks its options like createQuince, never quoting the auth value', () => {
    for (const create of [createQuinceCore, createQuince]) {
      let error: unknown;
      try {
        create({ baseURL: `${BASE}/api/v2`, auth: { header: 'X-Key', value: 'secret-value\n' } });
      } catch (e) {
        error = e;
      }
      expect(isRequestValidationError(error)).toBe(true);
      expect((error as { issues: Array<{ path: string }> }).issues.map((i) => i.path).sort()).toEqual(['auth.value', 'baseURL']);
      expect(JSON.stringify(error) + String(error)).not.toContain('secret-value');
    }
  });

  it('the helpers are functions of their own over the core client', async () => {
    const fetch = scriptedFetch(ok([{ id: 1 }, { id: 2 }]), ok([{ id: 3 }]), ok([{ Id: 7, Name: 'F' }]));
    const core = createQuinceCore({ baseURL: BASE, auth: AUTH, fetch, runtime: createTestRuntime() });
    const result = await addAllServices(core, [{ Name: 'a' }, { Name: 'b' }, { Name: 'c' }], { chunkSize: 2 });
    expect(result).toMatchObject({ ok: true, ids: [1, 2, 3] });
    const folders: number[] = [];
    for await (const folder of listAllServices(core)) folders.push(folder.Id);
    expect(folders).toEqual([7]);
    expect(fetch.calls.map((c) => c.url)).toEqual([`${BASE}/api/v2/service/add`, `${BASE}/api/v2/service/add`, `${BASE}/api/v2/service/list`]);
  });

  it('a batch helper refuses a client of another provider before anything is sent', async () => {
    for (const client of [undefined, { provider: 'b2motor' }]) {
      const error = await addAllFolders(client as never, [{ Name: 'x' }]).catch((e: unknown) => e);
      expect(isRequestValidationError(error)).toBe(true);
      expect((error as Error).message).toMatch(/^quince services\.folders\.addAll: the first argument must be a quince client/);
    }
    const bad = await updateAllServices(undefined as never, [{ id: 1 }]).catch((e: unknown) => e);
    expect(isRequestValidationError(bad)).toBe(true);
  });
});

describe('createQuince is the whole registry plus the helpers', () => {
  const quince = createQuince({ baseURL: BASE, auth: AUTH, fetch: scriptedFetch(ok([])) });

  it('has every registry operation as a method calling that endpoint', () => {
    // A newly declared endpoint appears here without anyone listing it.
    for (const { key, endpoint } of quinceProvider.operations) {
      const method = getPath(quince, key);
      expect(isEndpointMethod(method), key).toBe(true);
      expect((method as { endpoint: unknown }).endpoint, key).toBe(endpoint);
    }
  });

  it('adds listAll / addAll / updateAll to each group, and nothing else', () => {
    expect(Object.keys(quince.services).sort()).toEqual(['add', 'addAll', 'folders', 'list', 'listAll', 'update', 'updateAll']);
    expect(Object.keys(quince.services.folders).sort()).toEqual(['add', 'addAll', 'list', 'listAll', 'update', 'updateAll']);
    expect(servicesFoldersList.endpoint).toBe(quince.services.folders.list.endpoint);
  });
});
