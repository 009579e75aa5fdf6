import { describe, expect, it } from 'vitest';
import { isAuthError, isAuthSetupError, isNetworkError, NetworkError, ApiError } from './errors';
import { apiKeyAuth, headersAuth, memoryTokenStore, TokenManager, type TokenSet } from './auth';
import { Redactor } from './redact';

function manager(options: { now?: () => number; fail?: () => unknown; delayMs?: number } = {}) {
  const fetched: string[] = [];
  let n = 0;
  const tokens = new TokenManager({
    runtime: { now: options.now ?? (() => 0) },
    refreshMarginMs: 1000,
    async fetchToken(current, reason) {
      fetched.push(reason);
      await new Promise((r) => setTimeout(r, options.delayMs ?? 5));
      if (options.fail) throw options.fail();
      return { accessToken: `access-${++n}`, expiresAt: 60_000, refreshToken: current?.refreshToken ?? 'refresh-1' };
    },
  });
  return { tokens, fetched };
}

describe('TokenManager', () => {
  it('fetches once for 100 concurrent callers (single flight)', async () => {
    const { tokens, fetched } = manager();
    const all = await Promise.all(Array.from({ length: 100 }, () => tokens.getToken()));
    expect(new Set(all)).toEqual(new Set(['access-1']));
    expect(fetched).toEqual(['missing']);
  });

  it('refreshes ahead of expiry (within the margin) and not before', async () => {
    let now = 0;
    const { tokens, fetched } = manager({ now: () => now });
    await tokens.getToken();
    now = 58_999;
    expect(await tokens.getToken()).toBe('access-1');
    now = 59_000;
    expect(await tokens.getToken()).toBe('access-2');
    expect(fetched).toEqual(['missing', 'expiring']);
  });

  it('invalidate refreshes once for many rejected callers, and not when a newer token exists', async () => {
    const { tokens, fetched } = manager();
    const old = await tokens.getToken();
    const results = await Promise.all(Array.from({ length: 20 }, () => tokens.invalidate(old)));
    expect(results.every(Boolean)).toBe(true);
    expect(fetched).toEqual(['missing', 'rejected']);
    await tokens.invalidate(old);
    expect(fetched).toHaveLength(2);
  });

  it('a failed refresh is an AuthError and leaves the stored tokens alone', async () => {
    const store = memoryTokenStore({ accessToken: 'kept', expiresAt: 0 });
    const failing = new TokenManager({
      store,
      runtime: { now: () => 10 },
      fetchToken: async () => {
        throw new ApiError('nope', { status: 400, provider: 'p', endpoint: 'auth.refresh', providerMessage: 'no such token' });
      },
    });
    const error = await failing.getToken().catch((e: unknown) => e);
    expect(isAuthError(error)).toBe(true);
    expect(error).toMatchObject({ providerMessage: 'no such token', endpoint: 'auth.refresh' });
    expect(await store.get()).toEqual({ accessToken: 'kept', expiresAt: 0 });
  });

  it('network failures during refresh stay network errors', async () => {
    const { tokens } = manager({ fail: () => new NetworkError('down', { requestSent: false }) });
    expect(isNetworkError(await tokens.getToken().catch((e: unknown) => e))).toBe(true);
  });

  it('never overwrites tokens stored (by a login) while a refresh was in flight', async () => {
    const changes: Array<TokenSet | undefined> = [];
    let release!: () => void;
    const tokens = new TokenManager({
      onTokens: (t) => void changes.push(t),
      fetchToken: () => new Promise<TokenSet>((resolve) => (release = () => resolve({ accessToken: 'stale-refresh' }))),
    });
    const pending = tokens.getToken();
    await new Promise((r) => setTimeout(r, 0));
    await tokens.set({ accessToken: 'fresh-login' });
    release();
    expect(await pending).toBe('fresh-login');
    expect((await tokens.current())?.accessToken).toBe('fresh-login');
    expect(changes.map((c) => c?.accessToken)).toEqual(['fresh-login']);
  });

  it('an aborted caller does not cancel the shared refresh for others', async () => {
    const { tokens, fetched } = manager({ delayMs: 20 });
    const controller = new AbortController();
    const a = tokens.getToken(controller.signal).catch((e: unknown) => e);
    const b = tokens.getToken();
    controller.abort(new Error('gone'));
    expect(await a).toEqual(new Error('gone'));
    expect(await b).toBe('access-1');
    expect(fetched).toHaveLength(1);
  });
});

describe('TokenManager with a slow (async) store', () => {
  it('starts one refresh even when store reads resolve after a refresh finished', async () => {
    let stored: TokenSet | undefined = { accessToken: 'old', expiresAt: 0 };
    // Each read returns the value as it was when the read started, 15 ms later.
    const store = {
      get: () => {
        const snapshot = stored;
        return new Promise<TokenSet | undefined>((r) => setTimeout(() => r(snapshot), 15));
      },
      set: (t: TokenSet | undefined) => {
        stored = t;
      },
    };
    let fetched = 0;
    const tokens = new TokenManager({
      store,
      runtime: { now: () => 10 },
      fetchToken: async () => ({ accessToken: `new-${++fetched}`, expiresAt: 10_000_000 }),
    });
    const first = tokens.getToken();
    await new Promise((r) => setTimeout(r, 5));
    const second = tokens.getToken(); // its read started before the refresh stored new tokens
    const rejected = tokens.invalidate('old');
    expect(await Promise.all([first, second, rejected])).toEqual(['new-1', 'new-1', true]);
    expect(fetched).toBe(1);
  });
});

describe('TokenManager and logout', () => {
  it('a logout during an in-flight refresh is not undone', async () => {
    let release!: () => void;
    const tokens = new TokenManager({ fetchToken: () => new Promise<TokenSet>((resolve) => (release = () => resolve({ accessToken: 'refreshed' }))) });
    const pending = tokens.getToken().catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 0));
    await tokens.set(undefined);
    release();
    const error = await pending;
    // Nothing was refused by a provider: the SDK's own setup failed, so not an AuthError.
    expect(isAuthSetupError(error)).toBe(true);
    expect(isAuthError(error)).toBe(false);
    expect(error).toMatchObject({ kind: 'auth_setup', reason: 'logged_out' });
    expect(error).not.toHaveProperty('status');
    expect(await tokens.current()).toBeUndefined();
  });
});

describe('headersAuth', () => {
  it('marks the header names it sets as sensitive and scrubs their values', async () => {
    const redactor = new Redactor();
    const target = { query: [] as Array<[string, string]>, headers: new Headers() };
    await headersAuth('h', () => ({ 'X-Tenant-Key': 'Bearer k-abcdef' })).apply(target, { redactor });
    expect(target.headers.get('x-tenant-key')).toBe('Bearer k-abcdef');
    expect(redactor.headers(target.headers)).toEqual({ 'x-tenant-key': '[REDACTED]' });
    expect(redactor.text('k-abcdef')).toBe('[REDACTED]');
  });
  it('turns a throwing or malformed headers function into a secret-free AuthSetupError', async () => {
    const redactor = new Redactor();
    const target = { query: [] as Array<[string, string]>, headers: new Headers() };
    const thrown = await Promise.resolve()
      .then(() =>
        headersAuth('h', () => {
          throw new Error('vault said no to s3cret-value');
        }).apply(target, { redactor }),
      )
      .catch((e: unknown) => e);
    expect(thrown).toMatchObject({ name: 'AuthSetupError', kind: 'auth_setup', reason: 'auth_headers_failed' });
    expect(String(thrown) + JSON.stringify(thrown)).not.toContain('s3cret-value');
    const invalid = await Promise.resolve()
      .then(() => headersAuth('h', () => ({ 'X-Key': 5 as unknown as string })).apply(target, { redactor }))
      .catch((e: unknown) => e);
    expect(invalid).toMatchObject({ name: 'AuthSetupError', kind: 'auth_setup', reason: 'auth_headers_invalid' });
  });
});

describe('apiKeyAuth in the body (issue 12: 7offers puts POST/PUT/DELETE parameters in the body)', () => {
  it('writes the key into the form body of writes and the query of reads, never both', async () => {
    const { createClient, defineEndpoint, defineProvider } = await import('./provider');
    const { scriptedFetch, jsonResponse, createTestRuntime } = await import('./testing');
    const v = await import('valibot');
    const provider = defineProvider({
      name: 'p',
      title: 'p',
      baseURL: 'https://p.test',
      endpoints: {
        read: defineEndpoint({ method: 'GET', path: '/r', summary: 'r', response: v.unknown(), safe: true }),
        write: defineEndpoint({ method: 'POST', path: '/w', summary: 'w', encoding: 'form', request: { body: v.object({ name: v.string() }) }, response: v.unknown(), safe: false }),
        remove: defineEndpoint({ method: 'DELETE', path: '/d', summary: 'd', response: v.unknown(), safe: false }),
        json: defineEndpoint({ method: 'POST', path: '/j', summary: 'j', request: { body: v.object({ name: v.string() }) }, response: v.unknown(), safe: false }),
      },
    });
    const fetch = scriptedFetch(jsonResponse({}));
    const client = createClient(provider, { fetch, runtime: createTestRuntime() }, { auth: [apiKeyAuth({ key: 'k3y', in: 'body', param: 'api_key' })] });
    await client.read();
    await client.write({ name: 'a b' });
    await client.remove();
    await client.json({ name: 'x' });
    expect(fetch.calls.map((c) => [c.method, new URL(c.url).search, c.body ?? null, c.headers['content-type'] ?? null])).toEqual([
      ['GET', '?api_key=k3y', null, null],
      ['POST', '', 'name=a+b&api_key=k3y', 'application/x-www-form-urlencoded'],
      ['DELETE', '', 'api_key=k3y', 'application/x-www-form-urlencoded'],
      ['POST', '?api_key=k3y', '{"name":"x"}', 'application/json'],
    ]);
  });
});
