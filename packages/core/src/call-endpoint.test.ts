import { createServer } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse as json, networkFailure, scriptedFetch } from './testing';
import { toy } from '../test/toy-provider';
import {
  apiKeyAuth,
  createClient,
  isAbortError,
  isApiError,
  isAuthError,
  isAuthSetupError,
  isNetworkError,
  isNotFoundError,
  isRateLimitError,
  isRequestValidationError,
  isResponseValidationError,
  isTimeoutError,
  queryAuth,
  TokenManager,
  tokenAuth,
  type ClientOptions,
  type ErrorInfo,
  type RequestInfo,
} from './provider';
import { createTestRuntime } from './testing';

function client(fetchImpl: typeof fetch, options: ClientOptions = {}, auth = [queryAuth('creds', { user: 'demo', passw: 's3cret-pass' })]) {
  const runtime = createTestRuntime();
  return { runtime, api: createClient(toy, { fetch: fetchImpl, runtime, ...options }, { auth }) };
}

describe('serialize: input validation', () => {
  it('rejects invalid input with a typed error and sends nothing', async () => {
    const fetch = scriptedFetch(json({}));
    const { api } = client(fetch);
    const error = await api.items.create({ name: '' }).catch((e: unknown) => e);
    expect(isRequestValidationError(error)).toBe(true);
    expect(error).toMatchObject({ endpoint: 'items.create', issues: [{ path: 'name' }] });
    expect((error as Error).message).toContain('Nothing was sent');
    expect(fetch.calls).toHaveLength(0);
  });

  it('rejects unknown fields instead of dropping them silently', async () => {
    const fetch = scriptedFetch(json({ id: '1' }, 201));
    const { api } = client(fetch);
    // @ts-expect-error: `nmae` is a typo the types catch; the runtime must too.
    const error = await api.items.create({ nmae: 'x', name: 'y' }).catch((e: unknown) => e);
    expect(isRequestValidationError(error)).toBe(true);
    expect(error).toMatchObject({ issues: [expect.objectContaining({ path: 'nmae' })] });
    expect(fetch.calls).toHaveLength(0);
  });

  it('never echoes a sensitive value in validation issues', async () => {
    const fetch = scriptedFetch(json({}));
    const { api } = client(fetch);
    const error = await api.items.create({ name: 'ok', password: 12345678 as unknown as string }).catch((e: unknown) => e);
    expect(isRequestValidationError(error)).toBe(true);
    expect(JSON.stringify(error)).not.toContain('12345678');
  });
});

describe('serialize: encodings', () => {
  it('fills the path, encodes the query and adds query credentials', async () => {
    const fetch = scriptedFetch(json({ id: 'a b', color: 'red' }));
    const { api } = client(fetch);
    const item = await api.items.get({ id: 'a b/c', expand: ['x', 'y'] });
    expect(item).toEqual({ id: 'a b', color: 'red' });
    expect(fetch.calls[0]?.url).toBe('https://toy.test/api/items/a%20b%2Fc?expand[]=x&expand[]=y&user=demo&passw=s3cret-pass');
    expect(fetch.calls[0]?.headers.accept).toBe('application/json');
  });

  it('sends JSON with explicit nulls, and non-object bodies under `body`', async () => {
    const fetch = scriptedFetch(json({ data: [] }), json({ accepted: 2 }));
    const { api } = client(fetch);
    await api.paged.fixed({ filter: { parent: null } });
    expect(JSON.parse(fetch.calls[0]?.body ?? '')).toEqual({ filter: { parent: null } });
    expect(await api.sendList({ body: [{ id: 'a' }, { id: 'b' }] })).toEqual({ accepted: 2 });
    expect(fetch.calls[1]?.body).toBe('[{"id":"a"},{"id":"b"}]');
    expect(fetch.calls[1]?.headers['content-type']).toBe('application/json');
  });

  it('form-encodes with brackets and multipart-encodes files', async () => {
    const fetch = scriptedFetch(json({ ok: true }), json({ url: 'u' }));
    const { api } = client(fetch);
    await api.sendForm({ name: 'a b', list: [1, 2], nested: { a: 'x' } });
    expect(fetch.calls[0]?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(fetch.calls[0]?.body).toBe('name=a+b&list[]=1&list[]=2&nested[a]=x');
    await api.upload({ file: new File(['hello'], 'a.jpg', { type: 'image/jpeg' }), meta: { type: 'photo' } });
    const form = fetch.calls[1]?.form;
    expect(form?.get('meta[type]')).toBe('photo');
    expect((form?.get('file') as File).name).toBe('a.jpg');
  });
});

describe('send: retries by the `safe` flag', () => {
  it('retries a safe endpoint on 503 with jittered exponential backoff, then succeeds', async () => {
    const fetch = scriptedFetch(json({}, 503), json({}, 503), json({ id: '1', color: 'green' }));
    const { api, runtime } = client(fetch);
    expect(await api.items.get({ id: '1' })).toEqual({ id: '1', color: 'green' });
    expect(fetch.calls).toHaveLength(3);
    // random() = 0.5 → half fixed + half of the rest: 300 → 225, 600 → 450.
    expect(runtime.sleeps).toEqual([225, 450]);
  });

  it('gives up after 2 retries with the last error', async () => {
    const fetch = scriptedFetch(json({ message: 'down' }, 502));
    const { api } = client(fetch);
    const error = await api.items.get({ id: '1' }).catch((e: unknown) => e);
    expect(isApiError(error)).toBe(true);
    expect(error).toMatchObject({ status: 502, providerMessage: 'down' });
    expect(fetch.calls).toHaveLength(3);
  });

  it('honours Retry-After in seconds and as an HTTP date', async () => {
    const runtime = createTestRuntime({ now: Date.UTC(2026, 0, 1, 12, 0, 0) });
    const date = new Date(Date.UTC(2026, 0, 1, 12, 0, 7)).toUTCString();
    const fetch = scriptedFetch(json({}, 429, { 'retry-after': '2' }), json({}, 503, { 'retry-after': date }), json({ id: '1', color: 'red' }));
    const api = createClient(toy, { fetch, runtime }, {});
    await api.items.get({ id: '1' });
    expect(runtime.sleeps).toEqual([2000, 5000]);
  });

  it('stops when Retry-After exceeds the cap, as a RateLimitError carrying the wait', async () => {
    const fetch = scriptedFetch(json({}, 429, { 'retry-after': '3600' }));
    const { api } = client(fetch);
    const error = await api.items.get({ id: '1' }).catch((e: unknown) => e);
    expect(isRateLimitError(error)).toBe(true);
    expect(error).toMatchObject({ retryAfterMs: 3_600_000 });
    expect(fetch.calls).toHaveLength(1);
  });

  it('never retries an unsafe endpoint after the request left', async () => {
    const fetch = scriptedFetch(json({}, 503));
    const { api } = client(fetch);
    await expect(api.items.create({ name: 'x' })).rejects.toMatchObject({ status: 503 });
    expect(fetch.calls).toHaveLength(1);
    const lost = scriptedFetch(networkFailure('ECONNRESET'));
    const { api: api2 } = client(lost);
    const error = await api2.items.create({ name: 'x' }).catch((e: unknown) => e);
    expect(isNetworkError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'ECONNRESET', requestSent: true });
    expect(lost.calls).toHaveLength(1);
  });

  it('retries an unsafe endpoint when the request provably never left (DNS, refused)', async () => {
    const fetch = scriptedFetch(networkFailure('ENOTFOUND'), networkFailure('ECONNREFUSED'), json({ id: '9' }, 201));
    const { api } = client(fetch);
    expect(await api.items.create({ name: 'x' })).toEqual({ id: '9' });
    expect(fetch.calls).toHaveLength(3);
  });

  it('sees a real refused connection as never sent', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer();
      s.listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const runtime = createTestRuntime();
    const api = createClient(toy, { baseURL: `http://127.0.0.1:${port}`, runtime }, {});
    const error = await api.items.create({ name: 'x' }).catch((e: unknown) => e);
    expect(isNetworkError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'ECONNREFUSED', requestSent: false });
    expect(runtime.sleeps).toHaveLength(2);
  });

  it('times out each attempt and retries safe calls', async () => {
    const slow = (request: Request) =>
      new Promise<Response>((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason)));
    const fetch = scriptedFetch(slow, slow, json({ id: '1', color: 'red' }));
    const { api } = client(fetch, { timeout: 150 });
    expect(await api.items.get({ id: '1' })).toEqual({ id: '1', color: 'red' });
    expect(fetch.calls).toHaveLength(3);
    const fetch2 = scriptedFetch(slow);
    const { api: api2 } = client(fetch2, { timeout: 20 });
    const error = await api2.items.create({ name: 'x' }).catch((e: unknown) => e);
    expect(isTimeoutError(error)).toBe(true);
    expect(error).toMatchObject({ timeoutMs: 20 });
    expect(fetch2.calls).toHaveLength(1);
  });

  it('aborts in flight and during the backoff wait, and before starting', async () => {
    const hang = (request: Request) =>
      new Promise<Response>((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason)));
    const controller = new AbortController();
    const { api } = client(scriptedFetch(hang));
    const pending = api.items.get({ id: '1' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    expect(isAbortError(await pending.catch((e: unknown) => e))).toBe(true);

    const waiting = new AbortController();
    const fetch = scriptedFetch(json({}, 503));
    let slept = 0;
    const runtime = {
      // A backoff wait that only ends when aborted.
      sleep: (_ms: number, signal?: AbortSignal) =>
        new Promise<void>((_, reject) => {
          slept++;
          signal?.addEventListener('abort', () => reject(signal.reason));
        }),
    };
    const api2 = createClient(toy, { fetch, runtime }, {});
    const during = api2.items.get({ id: '1' }, { signal: waiting.signal }).catch((e: unknown) => e);
    await vi.waitFor(() => expect(slept).toBe(1));
    waiting.abort();
    expect(isAbortError(await during)).toBe(true);
    expect(fetch.calls).toHaveLength(1);

    const already = AbortSignal.abort();
    const none = scriptedFetch(json({}));
    const { api: api3 } = client(none);
    expect(isAbortError(await api3.items.get({ id: '1' }, { signal: already }).catch((e: unknown) => e))).toBe(true);
    expect(none.calls).toHaveLength(0);
  });

  it('lets a call opt out of retries', async () => {
    const fetch = scriptedFetch(json({}, 503));
    const { api } = client(fetch);
    await expect(api.items.get({ id: '1' }, { retry: false })).rejects.toMatchObject({ status: 503 });
    expect(fetch.calls).toHaveLength(1);
  });
});

describe('deserialize: classification and validation', () => {
  it('maps statuses to the error tree', async () => {
    const cases: Array<[number, (e: unknown) => boolean]> = [
      [401, isAuthError],
      [404, isNotFoundError],
      [429, isRateLimitError],
      [400, isApiError],
    ];
    for (const [status, guard] of cases) {
      const { api } = client(scriptedFetch(json({ error: 'nope', code: 'E1' }, status)), { retry: false });
      const error = await api.items.get({ id: '1' }).catch((e: unknown) => e);
      expect(guard(error), `status ${status}`).toBe(true);
      expect(error).toMatchObject({ status, code: 'E1', providerMessage: 'nope', provider: 'toy', endpoint: 'items.get' });
    }
  });

  it('turns a failure inside a 200 into a typed error through the provider classifier', async () => {
    const { api } = client(scriptedFetch(json({ success: false, error: { code: 'X', message: 'bad things' } })));
    const error = await api.envelope().catch((e: unknown) => e);
    expect(isApiError(error)).toBe(true);
    expect(error).toMatchObject({ status: 200, code: 'X', providerMessage: 'bad things', reason: 'envelope_failure' });
  });

  it('treats a non-declared success status as an error (201 expected)', async () => {
    const { api } = client(scriptedFetch(json({ id: '1' }, 200)));
    await expect(api.items.create({ name: 'x' })).rejects.toMatchObject({ kind: 'api', status: 200 });
  });

  it('compatible mode keeps unknown fields and enum values; strict rejects them; both reject wrong types', async () => {
    const body = { id: '1', color: 'blue', extra: true };
    const { api } = client(scriptedFetch(json(body)));
    expect(await api.items.get({ id: '1' })).toEqual(body);
    const strict = await api.items.get({ id: '1' }, { validateResponse: 'strict' }).catch((e: unknown) => e);
    expect(isResponseValidationError(strict)).toBe(true);
    expect((strict as { issues: Array<{ path: string }> }).issues.map((i) => i.path).sort()).toEqual(['color', 'extra']);
    const { api: wrong } = client(scriptedFetch(json({ id: 1, color: 'red' })));
    const error = await wrong.items.get({ id: '1' }).catch((e: unknown) => e);
    expect(isResponseValidationError(error)).toBe(true);
    expect(error).toMatchObject({ status: 200, body: { id: 1, color: 'red' }, issues: [{ path: 'id' }] });
    const { api: off } = client(scriptedFetch(json({ id: 1 })), { validateResponses: 'off' });
    expect(await off.items.get({ id: '1' })).toEqual({ id: 1 });
  });
});

describe('auth', () => {
  it('refreshes a rejected token once and replays the call; a second rejection is an AuthError (no loop)', async () => {
    let issued = 0;
    const tokens = new TokenManager({ fetchToken: async () => ({ accessToken: `token-number-${++issued}` }) });
    const fetch = scriptedFetch(
      (r) => (r.headers.get('authorization') === 'Bearer token-number-2' ? json({ id: '1', color: 'red' }) : json({}, 401)),
    );
    const api = createClient(toy, { fetch, runtime: createTestRuntime() }, { auth: [tokenAuth({ tokens })] });
    expect(await api.items.get({ id: '1' })).toEqual({ id: '1', color: 'red' });
    expect(fetch.calls.map((c) => c.headers.authorization)).toEqual(['Bearer token-number-1', 'Bearer token-number-2']);

    const never = scriptedFetch(json({ error: 'no' }, 401));
    const stuck = createClient(toy, { fetch: never, runtime: createTestRuntime() }, { auth: [tokenAuth({ tokens })] });
    const error = await stuck.items.get({ id: '1' }).catch((e: unknown) => e);
    expect(isAuthError(error)).toBe(true);
    expect(never.calls).toHaveLength(2);
  });

  it('picks auth strategies per endpoint', async () => {
    const fetch = scriptedFetch(json({ id: '1', color: 'red' }));
    const api = createClient(toy, { fetch }, { auth: [apiKeyAuth({ key: 'key-1234567', in: 'header', param: 'x-api-key' })] });
    await api.items.get({ id: '1' });
    expect(fetch.calls[0]?.headers['x-api-key']).toBe('key-1234567');
  });
});

describe('redaction', () => {
  it('keeps every credential out of errors, toJSON, causes, hooks and logs', async () => {
    const secrets = ['s3cret-pass', 'key-abcdefgh', 'tok-0123456789'];
    const seen: string[] = [];
    const tokens = new TokenManager({ fetchToken: async () => ({ accessToken: 'tok-0123456789' }) });
    const failing = scriptedFetch(
      json({ message: 'bad key key-abcdefgh for user', password: 's3cret-pass' }, 400),
      networkFailure('ECONNRESET'),
    );
    const api = createClient(
      toy,
      {
        fetch: failing,
        runtime: createTestRuntime(),
        hooks: {
          onRequest: (i: RequestInfo) => seen.push(JSON.stringify(i)),
          onResponse: (i) => seen.push(JSON.stringify(i)),
          onError: (i: ErrorInfo) => seen.push(JSON.stringify(i), i.error.message),
        },
        logger: { debug: (m, meta) => seen.push(m, JSON.stringify(meta)), warn: (m, meta) => seen.push(m, JSON.stringify(meta)) },
      },
      {
        auth: [
          queryAuth('creds', { user: 'demo', passw: 's3cret-pass' }),
          apiKeyAuth({ key: 'key-abcdefgh', in: 'header', param: 'x-api-key' }),
          tokenAuth({ tokens }),
        ],
      },
    );
    const apiError = await api.items.create({ name: 'x', password: 's3cret-pass' }).catch((e: unknown) => e);
    const netError = await api.items.create({ name: 'x' }).catch((e: unknown) => e);
    for (const error of [apiError, netError]) {
      const e = error as Error;
      seen.push(e.message, JSON.stringify(e), String(e.stack), JSON.stringify((e.cause as Error | undefined)?.message ?? ''));
    }
    expect(seen.length).toBeGreaterThan(6);
    const all = seen.join('\n');
    for (const secret of secrets) expect(all).not.toContain(secret);
    expect(all).toContain('[REDACTED]');
    expect(all).toContain('toy items.create failed with HTTP 400: bad key [REDACTED] for user');
  });
});

describe('redaction of response validation issues', () => {
  it('never quotes a value found under a sensitive name, even one the SDK has not seen', async () => {
    const { api } = client(scriptedFetch(json({ id: 'fresh-token-0123456789', color: 'red', access_token: 42 })));
    const error = await api.items.get({ id: '1' }, { validateResponse: 'strict' }).catch((e: unknown) => e);
    expect(isResponseValidationError(error)).toBe(true);
    expect((error as { issues: Array<{ path: string; message: string }> }).issues).toContainEqual({ path: 'access_token', message: 'Invalid value' });
    expect(JSON.stringify(error) + String(error)).not.toContain('42');
  });
});

describe('review fixes: typed errors, nothing sent, nothing leaked', () => {
  it('rejects credentials in a base URL without quoting them; masks them in URLs anyway', () => {
    let error: unknown;
    try {
      createClient(toy, { baseURL: 'https://proxyuser:proxy-pa55word@toy.test/api' });
    } catch (e) {
      error = e;
    }
    expect(isRequestValidationError(error)).toBe(true);
    expect(JSON.stringify(error) + String(error)).not.toContain('pa55word');
    expect(() => createClient(toy, { baseURL: '/api/toy' })).not.toThrow();
  });

  it('never quotes a token from a body that fails validation as a whole (form-encoded)', async () => {
    const fetch = scriptedFetch(new Response('access_token=f00dfacecafe0123&expires_in=3600', { status: 200 }));
    const { api } = client(fetch);
    const error = await api.items.get({ id: '1' }).catch((e: unknown) => e);
    expect(isResponseValidationError(error)).toBe(true);
    expect(JSON.stringify(error) + String(error)).not.toContain('f00dfacecafe0123');
  });

  it('shortens long provider messages only after redacting them', async () => {
    const text = `${'x'.repeat(290)} s3cret-pass-0123456789abcdef and more`;
    const { api } = client(scriptedFetch(new Response(text, { status: 500 })), { retry: false }, [queryAuth('creds', { passw: 's3cret-pass-0123456789abcdef' })]);
    const error = await api.items.get({ id: '1' }).catch((e: unknown) => e);
    const all = JSON.stringify(error) + String(error);
    expect(all).not.toMatch(/s3cret|0123456789abcdef/);
    expect((error as Error).message.length).toBeLessThan(400);
  });

  it('scrubs short keys (5 characters) and custom auth header names', async () => {
    const fetch = scriptedFetch(json({ message: 'key ab12x is not valid' }, 400));
    const api = createClient(toy, { fetch, retry: false }, { auth: [apiKeyAuth({ key: 'ab12x', in: 'header', param: 'X-Shop' })] });
    const seen: string[] = [];
    const hooked = createClient(toy, { fetch, retry: false, hooks: { onRequest: (i) => seen.push(JSON.stringify(i)) } }, { auth: [apiKeyAuth({ key: 'ab12x', in: 'header', param: 'X-Shop' })] });
    const error = await api.items.get({ id: '1' }).catch((e: unknown) => e);
    await hooked.items.get({ id: '1' }).catch(() => undefined);
    expect(JSON.stringify(error) + String(error) + seen.join()).not.toContain('ab12x');
  });

  it('types whatever auth code throws: aborts as AbortError, the rest as a secret-free AuthSetupError (nothing was sent)', async () => {
    const boom = { name: 'boom', apply: () => { throw new TypeError('Invalid header value "Bearer tok-secret-value"'); } };
    const api = createClient(toy, { fetch: scriptedFetch(json({})) }, { auth: [boom] });
    const error = await api.items.get({ id: '1' }).catch((e: unknown) => e);
    expect(isAuthSetupError(error)).toBe(true);
    expect(isAuthError(error)).toBe(false);
    expect(error).toMatchObject({ kind: 'auth_setup', reason: 'auth_setup_failed', provider: 'toy', endpoint: 'items.get' });
    expect(JSON.stringify(error) + String(error)).not.toContain('tok-secret-value');

    let release!: () => void;
    const tokens = new TokenManager({ fetchToken: () => new Promise((resolve) => (release = () => resolve({ accessToken: 'late-token' }))) });
    const slow = createClient(toy, { fetch: scriptedFetch(json({ id: '1', color: 'red' })) }, { auth: [tokenAuth({ tokens })] });
    const controller = new AbortController();
    const pending = slow.items.get({ id: '1' }, { signal: controller.signal }).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 0));
    controller.abort();
    expect(isAbortError(await pending)).toBe(true);
    release();
  });

  it('rejects bad per-call timeouts and retry overrides before sending', async () => {
    const fetch = scriptedFetch(json({}));
    const { api } = client(fetch);
    for (const options of [{ timeout: 0 }, { timeout: Number.NaN }, { timeout: -5 }, { retry: { maxRetries: -1 } }, { retry: { baseDelayMs: Number.NaN } }]) {
      expect(isRequestValidationError(await api.items.create({ name: 'x' }, options).catch((e: unknown) => e)), JSON.stringify(options)).toBe(true);
    }
    expect(fetch.calls).toHaveLength(0);
    expect(() => createClient(toy, { timeout: 0 })).toThrow('timeout must be a positive number');
  });
});
