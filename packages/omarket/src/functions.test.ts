// Standalone functions (issue 10): the list matches the registry, a function sends exactly what
// the convenient client's method sends, and the session and ad helpers work over the
// configuration-only client, sharing its tokens with every function called with it.
import { describe, expect, it, vi } from 'vitest';
import { createCore, isRequestValidationError } from '@x/core/provider';
import { jsonResponse as json, scriptedFetch, type RecordedRequest } from '@x/core/testing';
import { describeEndpointFunctions } from '../../core/test/functions-kit';
import { ok, page } from '../test/fake-fetch';
import * as functions from './functions';
import { adsList, categoriesList, createAd, createOmarket, createOmarketCore, editAd, login, logout, omarketProvider, type AdFields, type OmarketCoreOptions } from './index';

const KEY = 'test-api-key-0123456789abcdef';
const BASE = 'https://omarket.test';
const UUID = '15f83777-df64-4819-8996-78eda3066a14';
const LOGIN = '/api/market-auth/auth/msisdn-password/';
const REFRESH = '/api/market-auth/refresh-token/';

function core(handler: (call: RecordedRequest) => Response, options: Partial<OmarketCoreOptions> = {}) {
  const fetch = scriptedFetch((_request, call) => handler(call));
  return { core: createOmarketCore({ apiKey: KEY, baseURL: BASE, fetch, retry: false, ...options }), calls: fetch.calls };
}

describeEndpointFunctions(omarketProvider, functions);

describe('omarket over createOmarketCore', () => {
  it('adsList(core) sends what omarket.ads.list() sends', async () => {
    const tokens = { accessToken: 'access-token-aaaaaaaa', refreshToken: 'refresh-token-bbbbbbbb' };
    const viaCore = core(() => page([]), { tokens });
    const viaClient = scriptedFetch(() => page([]));
    const client = createOmarket({ apiKey: KEY, baseURL: BASE, fetch: viaClient, retry: false, tokens });
    expect(await adsList(viaCore.core, { page: 2 })).toEqual(await client.ads.list({ page: 2 }));
    const shape = (c: RecordedRequest) => [c.method, c.url, c.headers['x-api-key'], c.headers.authorization];
    expect(viaCore.calls.map(shape)).toEqual(viaClient.calls.map(shape));
  });

  it('login(core) stores the tokens every function then uses; a refresh goes through the same client; logout forgets them', async () => {
    const now = Date.UTC(2026, 0, 1);
    let clock = now;
    const onTokens = vi.fn();
    const { core: omarket, calls } = core(
      (call) => (call.path === LOGIN ? json({ access_token: 'access-1111', refresh_token: 'refresh-2222' }) : call.path === REFRESH ? json({ access_token: 'access-3333' }) : ok([])),
      { onTokens, runtime: { now: () => clock } },
    );
    const tokens = await login(omarket, { msisdn: '996709920328', password: 'secret-pass' });
    expect(tokens).toEqual({ accessToken: 'access-1111', refreshToken: 'refresh-2222', expiresAt: now + 30 * 60_000 });
    expect(await omarket.tokens.current()).toEqual(tokens);
    expect(onTokens).toHaveBeenCalledWith(tokens);
    await categoriesList(omarket);
    clock = now + 30 * 60_000;
    await categoriesList(omarket);
    expect(calls.map((c) => [c.path, c.headers.authorization])).toEqual([
      [LOGIN, undefined],
      ['/api/ads-board/v1/category/list', 'access-1111'],
      [REFRESH, undefined],
      ['/api/ads-board/v1/category/list', 'access-3333'],
    ]);
    await logout(omarket);
    expect(onTokens).toHaveBeenLastCalledWith(undefined);
    expect(await categoriesList(omarket).catch((e: unknown) => e)).toMatchObject({ reason: 'not_logged_in' });
  });

  it('createAd(core) and editAd(core) run the same flows as the client methods', async () => {
    const fields: AdFields = { title: 'Toyota', category: 2, location: 1, price: 1000, currency: 'som', filters: [{ filter_id: 11, value: '4304' }] };
    const { core: omarket, calls } = core((call) => (call.method === 'POST' ? ok(UUID) : ok({ id: 1, uuid: UUID, title: 'Car', status: 'moderate' }, 'Updated')), {
      tokens: { accessToken: 'access-token-aaaaaaaa' },
      validateResponses: 'off',
    });
    expect(await createAd(omarket, fields)).toMatchObject({ uuid: UUID, status: 'moderate' });
    const ad = { uuid: UUID, title: 'Toyota', price: 1000, currency: 'som', category: { id: 2 }, location: { id: 1 }, filters: [{ filter_id: 11, value: '4304' }] };
    await editAd(omarket, ad as never, { price: 990 });
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(['POST /api/ads-board/v1/ads/initial/', `PUT /api/ads-board/v1/ads/${UUID}/`, `PUT /api/ads-board/v1/ads/${UUID}/`]);
    expect(calls[2]!.json).toEqual({ ...fields, price: 990 });
  });

  it('editAd refuses an ad it cannot read the fields of (a bare uuid object, an ad card) with a typed error, before anything is sent', async () => {
    const { core: omarket, calls } = core(() => ok({}), { tokens: { accessToken: 'access-token-aaaaaaaa' } });
    for (const ad of [{ uuid: UUID }, { uuid: UUID, title: 'Car', category: 'Авто', filters: [] }, { uuid: UUID, category: { id: 2 }, location: { id: 1 } }]) {
      const error = await editAd(omarket, ad as never, { price: 990 }).catch((e: unknown) => e);
      expect(isRequestValidationError(error)).toBe(true);
      expect((error as Error).message).toContain('ad: give the ad');
    }
    expect(calls).toHaveLength(0);
  });

  it('a helper refuses a client of another provider with a typed error, before anything is sent', async () => {
    const fetch = scriptedFetch(() => ok([]));
    const other = createCore({ name: 'b2motor', baseURL: 'https://other.test' }, { fetch });
    const attempts = [
      () => login(other as never, { msisdn: '996709920328', password: 'secret-pass' }),
      () => logout(other as never),
      () => createAd(other as never, { title: 'x' } as never),
      () => editAd(other as never, UUID, { price: 1 }),
    ];
    for (const attempt of attempts) {
      const error = await attempt().catch((e: unknown) => e);
      expect(isRequestValidationError(error)).toBe(true);
      expect((error as Error).message).toContain('must be a omarket client');
    }
    expect(fetch.calls).toHaveLength(0);
  });

  it('createOmarketCore checks its options with a typed error that never quotes the key', () => {
    const attempt = (options: Partial<OmarketCoreOptions>) => {
      try {
        createOmarketCore({ apiKey: KEY, ...options } as OmarketCoreOptions);
      } catch (error) {
        return error as Error & { issues: Array<{ path: string; message: string }> };
      }
      throw new Error('expected a RequestValidationError');
    };
    const error = attempt({ apiKey: ` ${KEY}\n`, authScheme: 'Token' as 'raw', tokens: { accessToken: 'a' }, tokenStore: { get: () => undefined, set: () => undefined } });
    expect(isRequestValidationError(error)).toBe(true);
    expect(error.issues.map((i) => i.path)).toEqual(['apiKey', 'authScheme', 'tokens']);
    expect(error.message).toContain('apiKey must not contain line breaks or surrounding spaces');
    expect(JSON.stringify(error)).not.toContain(KEY.slice(4));
    // The lifetime check only applies to a refreshAheadMs the caller gave.
    expect(() => createOmarketCore({ apiKey: KEY, accessTokenTtlMs: 30_000 })).not.toThrow();
    expect(attempt({ accessTokenTtlMs: 30_000, refreshAheadMs: 30_000 }).issues.map((i) => i.path)).toEqual(['refreshAheadMs']);
  });
});
