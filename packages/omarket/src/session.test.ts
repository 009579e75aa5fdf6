// The token lifecycle: refresh ahead of expiry, refresh-and-replay on 403, one shared refresh,
// typed failures that never clobber newer tokens, pluggable stores, and no secret in any output.
import { describe, expect, it, vi } from 'vitest';
import { isAuthError, isTimeoutError, memoryTokenStore, type TokenSet } from '@x/core/provider';
import { setTimeout as delay } from 'node:timers/promises';
import { createTestRuntime, jsonResponse as json, networkFailure, scriptedFetch, type RecordedRequest } from '@x/core/testing';
import { ok } from '../test/fake-fetch';
import { isOmarketError } from './classify';
import { createOmarket, type OmarketOptions } from './client';

const KEY = 'test-api-key-0123456789abcdef';
const START = Date.UTC(2026, 0, 1);
const MIN = 60_000;
const REFRESH = '/api/market-auth/refresh-token/';
const LOGIN = '/api/market-auth/auth/msisdn-password/';
const CATEGORIES = '/api/ads-board/v1/category/list';

/**
 * A fake provider: tokens it has issued are valid, others get 403 (as the peers expect). Refresh
 * tokens in `refreshTokens` are accepted and yield access-N tokens.
 */
function provider(options: { refreshDelayMs?: number; refreshAnswer?: () => Response; rotate?: boolean } = {}) {
  const valid = new Set<string>(['access-0-valid']);
  const refreshTokens = new Set<string>(['refresh-token-0000']);
  let issued = 0;
  const handler = async (call: RecordedRequest): Promise<Response> => {
    if (call.path === REFRESH) {
      if (options.refreshDelayMs) await delay(options.refreshDelayMs);
      if (options.refreshAnswer) return options.refreshAnswer();
      const token = (call.json as { refresh_token: string }).refresh_token;
      if (!refreshTokens.has(token)) return json({ message: `no such ${token} refresh token found` }, 400);
      const access = `access-${++issued}-fresh`;
      valid.add(access);
      if (!options.rotate) return json({ access_token: access });
      const next = `refresh-token-${issued}-rotated`;
      refreshTokens.add(next);
      return json({ access_token: access, refresh_token: next });
    }
    if (call.path === LOGIN) {
      const access = `access-login-${++issued}`;
      valid.add(access);
      refreshTokens.add('refresh-token-login');
      return json({ access_token: access, refresh_token: 'refresh-token-login' });
    }
    if (!valid.has(call.headers.authorization ?? '')) return json({ detail: 'Invalid or expired token.' }, 403);
    return ok([]);
  };
  return { handler, valid, refreshTokens };
}

function setup(handler: (call: RecordedRequest) => Promise<Response> | Response, tokens: TokenSet, extra: Partial<OmarketOptions> = {}) {
  let now = START;
  const fetch = scriptedFetch((_request, call) => handler(call));
  const omarket = createOmarket({ apiKey: KEY, baseURL: 'https://omarket.test', fetch, retry: false, runtime: { now: () => now }, tokens, ...extra } as OmarketOptions);
  return {
    omarket,
    calls: fetch.calls,
    advance(ms: number) {
      now += ms;
    },
    count: (path: string) => fetch.calls.filter((c) => c.path === path).length,
  };
}

describe('refresh ahead of expiry', () => {
  it('refreshes once the token is within refreshAheadMs of its expiry, not before', async () => {
    const p = provider();
    const s = setup(p.handler, { accessToken: 'access-0-valid', refreshToken: 'refresh-token-0000', expiresAt: START + 30 * MIN });
    s.advance(30 * MIN - 61_000);
    await s.omarket.categories.list();
    expect(s.count(REFRESH)).toBe(0);
    s.advance(2_000);
    await s.omarket.categories.list();
    expect(s.calls.map((c) => c.path)).toEqual([CATEGORIES, REFRESH, CATEGORIES]);
    expect(s.calls[2]!.headers.authorization).toBe('access-1-fresh');
    // The refresh carried only the API key.
    expect(s.calls[1]!.headers.authorization).toBeUndefined();
    expect(s.calls[1]!.headers['x-api-key']).toBe(KEY);
    expect(await s.omarket.tokens.current()).toEqual({ accessToken: 'access-1-fresh', refreshToken: 'refresh-token-0000', expiresAt: START + 30 * MIN - 59_000 + 30 * MIN });
  });

  it('shares one refresh between 100 concurrent calls', async () => {
    const p = provider({ refreshDelayMs: 20 });
    const s = setup(p.handler, { accessToken: 'access-0-valid', refreshToken: 'refresh-token-0000', expiresAt: START - 1 });
    await Promise.all(Array.from({ length: 100 }, () => s.omarket.categories.list()));
    expect(s.count(REFRESH)).toBe(1);
    expect(s.count(CATEGORIES)).toBe(100);
    expect(s.calls.filter((c) => c.path === CATEGORIES).every((c) => c.headers.authorization === 'access-1-fresh')).toBe(true);
  });
});

describe('refresh and replay on the provider\'s 403', () => {
  it('refreshes once and replays the call', async () => {
    const p = provider();
    const onTokens = vi.fn();
    // No expiry known (tokens restored from elsewhere): only the provider can say it is stale.
    const s = setup(p.handler, { accessToken: 'access-stale', refreshToken: 'refresh-token-0000' }, { onTokens });
    await s.omarket.categories.list();
    expect(s.calls.map((c) => `${c.path} ${c.headers.authorization ?? '-'}`)).toEqual([`${CATEGORIES} access-stale`, `${REFRESH} -`, `${CATEGORIES} access-1-fresh`]);
    expect(onTokens).toHaveBeenCalledTimes(1);
    expect(onTokens.mock.calls[0]![0]).toMatchObject({ accessToken: 'access-1-fresh', refreshToken: 'refresh-token-0000' });
  });

  it('100 concurrent calls rejected with 403 cause exactly one refresh, then all succeed', async () => {
    const p = provider({ refreshDelayMs: 5 });
    const s = setup(p.handler, { accessToken: 'access-stale', refreshToken: 'refresh-token-0000' });
    await Promise.all(Array.from({ length: 100 }, () => s.omarket.categories.list()));
    expect(s.count(REFRESH)).toBe(1);
    expect(s.count(CATEGORIES)).toBe(200);
  });

  it('does not loop: a token rejected again after the refresh is an AuthError', async () => {
    const s = setup(
      (call) => (call.path === REFRESH ? json({ access_token: 'access-also-rejected' }) : json({ detail: 'Invalid or expired token.' }, 403)),
      { accessToken: 'access-stale', refreshToken: 'refresh-token-0000' },
    );
    const error = await s.omarket.categories.list().catch((e: unknown) => e);
    expect(isAuthError(error)).toBe(true);
    expect(error).toMatchObject({ status: 403, reason: 'token_rejected' });
    expect(s.calls.map((c) => c.path)).toEqual([CATEGORIES, REFRESH, CATEGORIES]);
  });

  it('does not refresh when the API key is what was rejected', async () => {
    const s = setup(() => json({ detail: 'API key is missing or invalid.' }, 403), { accessToken: 'access-0-valid', refreshToken: 'refresh-token-0000' });
    const error = await s.omarket.categories.list().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'auth', reason: 'api_key_rejected' });
    expect(s.calls.map((c) => c.path)).toEqual([CATEGORIES]);
  });

  it('keeps a rotated refresh token when the provider sends one', async () => {
    const p = provider({ rotate: true });
    const s = setup(p.handler, { accessToken: 'access-stale', refreshToken: 'refresh-token-0000' });
    await s.omarket.categories.list();
    expect(await s.omarket.tokens.current()).toMatchObject({ accessToken: 'access-1-fresh', refreshToken: 'refresh-token-1-rotated' });
  });
});

describe('refresh failures', () => {
  it('a refresh the provider fails without a reason of its own (500) is an AuthError with reason token_refresh_failed, an OmarketReason', async () => {
    const p = provider({ refreshAnswer: () => json({ detail: 'Server Error' }, 500) });
    const s = setup(p.handler, { accessToken: 'access-stale', refreshToken: 'refresh-token-0000' });
    const error = await s.omarket.categories.list().catch((e: unknown) => e);
    expect(isAuthError(error)).toBe(true);
    expect(error).toMatchObject({ status: 500, reason: 'token_refresh_failed', endpoint: 'auth.refreshToken' });
    expect(isOmarketError(error)).toBe(true);
  });

  it('an unknown refresh token ends the session: AuthError "log in again", tokens cleared, no more doomed refreshes', async () => {
    const p = provider();
    const onTokens = vi.fn();
    const refreshToken = 'refresh-token-revoked-9999';
    const s = setup(p.handler, { accessToken: 'access-stale', refreshToken }, { onTokens });
    const error = await s.omarket.categories.list().catch((e: unknown) => e);
    expect(isAuthError(error)).toBe(true);
    expect(error).toMatchObject({ status: 400, reason: 'unknown_refresh_token', endpoint: 'auth.refreshToken' });
    expect((error as Error).message).toMatch(/log in again/);
    expect((error as Error).message).toContain('no such [REDACTED] refresh token found');
    expect(JSON.stringify(error)).not.toContain(refreshToken);
    expect(s.calls.map((c) => c.path)).toEqual([CATEGORIES, REFRESH]);
    // The rejected tokens are gone, and the app is told so it can drop what it persisted.
    expect(await s.omarket.tokens.current()).toBeUndefined();
    expect(onTokens).toHaveBeenCalledTimes(1);
    expect(onTokens).toHaveBeenLastCalledWith(undefined);
    // The next call does not send the same refresh token again: nothing is sent at all.
    const next = await s.omarket.categories.list().catch((e: unknown) => e);
    expect(next).toMatchObject({ kind: 'auth', reason: 'not_logged_in' });
    expect(s.calls.map((c) => c.path)).toEqual([CATEGORIES, REFRESH]);
    // Logging in again recovers.
    await s.omarket.login({ msisdn: '996709920328', password: 'pw-123456' });
    await s.omarket.categories.list();
    expect(s.calls.map((c) => c.path)).toEqual([CATEGORIES, REFRESH, LOGIN, CATEGORIES]);
  });

  it('100 concurrent calls on a revoked refresh token make one refresh and clear the tokens once', async () => {
    const p = provider({ refreshDelayMs: 5 });
    const onTokens = vi.fn();
    const s = setup(p.handler, { accessToken: 'access-stale', refreshToken: 'refresh-token-revoked-9999', expiresAt: START - 1 }, { onTokens });
    const errors = await Promise.all(Array.from({ length: 100 }, () => s.omarket.categories.list().catch((e: unknown) => e)));
    expect(errors.every((e) => isAuthError(e) && e.reason === 'unknown_refresh_token')).toBe(true);
    expect(s.count(REFRESH)).toBe(1);
    expect(s.count(CATEGORIES)).toBe(0);
    expect(onTokens.mock.calls).toEqual([[undefined]]);
  });

  it('a refresh that timed out is not sent again (the server may have used the refresh token)', async () => {
    const fetch = scriptedFetch((request, call) => {
      if (call.path !== REFRESH) return ok([]);
      // Never answers: the attempt times out, though the server may well have processed it.
      return new Promise<Response>((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true }));
    });
    const omarket = createOmarket({
      apiKey: KEY,
      baseURL: 'https://omarket.test',
      fetch,
      timeout: 20,
      runtime: createTestRuntime({ now: START }),
      tokens: { accessToken: 'access-0-valid', refreshToken: 'refresh-token-0000', expiresAt: START - 1 },
    });
    const error = await omarket.categories.list().catch((e: unknown) => e);
    expect(isTimeoutError(error)).toBe(true);
    expect(fetch.calls.map((c) => c.path)).toEqual([REFRESH]);
    // A timeout says nothing about the token: it is kept for the next try.
    expect(await omarket.tokens.current()).toMatchObject({ refreshToken: 'refresh-token-0000' });
  });

  it('a refresh that provably never left (connection refused) is retried', async () => {
    const p = provider();
    let refused = false;
    const fetch = scriptedFetch((_request, call) => {
      if (call.path === REFRESH && !refused) {
        refused = true;
        return networkFailure('ECONNREFUSED');
      }
      return p.handler(call);
    });
    const omarket = createOmarket({ apiKey: KEY, baseURL: 'https://omarket.test', fetch, runtime: createTestRuntime({ now: START }), tokens: { accessToken: 'access-stale', refreshToken: 'refresh-token-0000' } });
    await omarket.categories.list();
    expect(fetch.calls.map((c) => c.path)).toEqual([CATEGORIES, REFRESH, REFRESH, CATEGORIES]);
  });

  it('without a refresh token, an expired token is an AuthError no_refresh_token and nothing is sent', async () => {
    const s = setup(provider().handler, { accessToken: 'access-0-valid', expiresAt: START - 1 });
    const error = await s.omarket.categories.list().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'auth', reason: 'no_refresh_token' });
    expect(s.calls).toHaveLength(0);
  });

  it('a failed refresh never overwrites tokens stored meanwhile by a login', async () => {
    const p = provider({ refreshDelayMs: 30, refreshAnswer: () => json({ message: 'no such x refresh token found' }, 400) });
    const s = setup(p.handler, { accessToken: 'access-stale', refreshToken: 'refresh-token-0000' });
    const call = s.omarket.categories.list().catch((e: unknown) => e);
    await delay(5);
    const login = await s.omarket.login({ msisdn: '996709920328', password: 'pw-123456' });
    expect(isAuthError(await call)).toBe(true);
    expect(await s.omarket.tokens.current()).toEqual(login);
  });

  it('a successful refresh that loses the race to a login keeps the login\'s tokens', async () => {
    const p = provider({ refreshDelayMs: 30 });
    const s = setup(p.handler, { accessToken: 'access-stale', refreshToken: 'refresh-token-0000' });
    const call = s.omarket.categories.list();
    await delay(5);
    const login = await s.omarket.login({ msisdn: '996709920328', password: 'pw-123456' });
    await call;
    expect(await s.omarket.tokens.current()).toEqual(login);
    // The replay used the newest token.
    expect(s.calls.at(-1)!.headers.authorization).toBe(login.accessToken);
  });
});

describe('token stores', () => {
  it('an async store shared by two clients: one refresh is seen by both', async () => {
    const p = provider();
    const inner = memoryTokenStore({ accessToken: 'access-stale', refreshToken: 'refresh-token-0000' });
    const writes: Array<TokenSet | undefined> = [];
    const store = {
      get: async () => inner.get(),
      set: async (tokens: TokenSet | undefined) => {
        writes.push(tokens);
        await inner.set(tokens);
      },
    };
    const fetch = scriptedFetch((_request, call) => p.handler(call));
    const a = createOmarket({ apiKey: KEY, baseURL: 'https://omarket.test', fetch, tokenStore: store });
    const b = createOmarket({ apiKey: KEY, baseURL: 'https://omarket.test', fetch, tokenStore: store });
    await a.categories.list();
    await b.categories.list();
    expect(fetch.calls.map((c) => `${c.path} ${c.headers.authorization ?? '-'}`)).toEqual([
      `${CATEGORIES} access-stale`,
      `${REFRESH} -`,
      `${CATEGORIES} access-1-fresh`,
      `${CATEGORIES} access-1-fresh`,
    ]);
    expect(writes).toHaveLength(1);
  });
});

describe('secrets', () => {
  it('never appear in errors, toJSON, hooks or logs', async () => {
    const p = provider();
    const lines: string[] = [];
    const seen: string[] = [];
    const refreshToken = 'refresh-token-unknown-7777';
    const s = setup(p.handler, { accessToken: 'access-token-secret-5555', refreshToken }, {
      hooks: {
        onRequest: (info) => seen.push(JSON.stringify(info)),
        onResponse: (info) => seen.push(JSON.stringify(info)),
        onError: (info) => seen.push(JSON.stringify({ ...info, error: info.error.toJSON(), message: info.error.message })),
      },
      logger: {
        debug: (message, meta) => lines.push(`${message} ${JSON.stringify(meta)}`),
        warn: (message, meta) => lines.push(`${message} ${JSON.stringify(meta)}`),
      },
    });
    const errors: unknown[] = [];
    errors.push(await s.omarket.categories.list().catch((e: unknown) => e));
    errors.push(await s.omarket.login({ msisdn: '996709920328', password: 'password-secret-3333' }).then(() => s.omarket.auth.refreshToken({ refresh_token: 'refresh-token-echoed-1212' })).catch((e: unknown) => e));
    errors.push(await s.omarket.auth.register({ msisdn: '996555123456', password: 'password-secret-3333', password2: 'nope-secret-4444' }).catch((e: unknown) => e));
    const text = [
      ...errors.map((e) => `${String(e)} ${(e as Error).stack ?? ''} ${JSON.stringify(e)} ${JSON.stringify((e as Error).cause ?? null)}`),
      ...seen,
      ...lines,
    ].join('\n');
    expect(errors.every((e) => e instanceof Error)).toBe(true);
    expect(seen.length).toBeGreaterThan(3);
    expect(lines.length).toBeGreaterThan(3);
    for (const secret of [KEY, 'access-token-secret-5555', refreshToken, 'password-secret-3333', 'nope-secret-4444', 'refresh-token-echoed-1212', 'access-login-1', 'refresh-token-login']) {
      expect(text, secret).not.toContain(secret);
    }
  });
});
