import { describe, expect, it, vi } from 'vitest';
import { isApiError, isAuthError, isNetworkError, isRequestValidationError, isTimeoutError, paginate } from '@x/core/provider';
import { createTestRuntime, jsonResponse as json, networkFailure, scriptedFetch, type RecordedRequest, type ScriptedAnswer } from '@x/core/testing';
import { ok, page } from '../test/fake-fetch';
import { draftUuidOf } from './ad-helpers';
import { createOmarket, type OmarketOptions } from './client';
import type { AdFields } from './schemas/input';

const KEY = 'test-api-key-0123456789abcdef';
const BASE = 'https://omarket.test';
const TOKENS = { accessToken: 'access-token-aaaaaaaa', refreshToken: 'refresh-token-bbbbbbbb' };
const UUID = '15f83777-df64-4819-8996-78eda3066a14';

function client(handler: (call: RecordedRequest) => Response | Promise<Response>, options: Partial<OmarketOptions> = {}) {
  const fetch = scriptedFetch((_request, call) => handler(call));
  const omarket = createOmarket({ apiKey: KEY, baseURL: BASE, fetch, retry: false, tokens: TOKENS, ...options } as OmarketOptions);
  return { omarket, calls: fetch.calls };
}

function thrown(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

const adResult = { id: 1, uuid: UUID, title: 'Car' };

describe('createOmarket options', () => {
  it('rejects bad options before anything is built, without echoing the key', () => {
    const cases: Array<[Partial<OmarketOptions>, string]> = [
      [{ apiKey: '' }, 'apiKey'],
      [{ apiKey: ` ${KEY}` }, 'apiKey'],
      [{ apiKeyHeader: 'x api key' }, 'apiKeyHeader'],
      [{ authScheme: 'Token' as 'raw' }, 'authScheme'],
      [{ tokens: { accessToken: '' } }, 'tokens.accessToken'],
      [{ tokenStore: { get: () => undefined, set: () => undefined } }, 'tokens'],
      [{ accessTokenTtlMs: 0 }, 'accessTokenTtlMs'],
      [{ refreshAheadMs: 30 * 60_000 }, 'refreshAheadMs'],
    ];
    for (const [options, path] of cases) {
      let error: unknown;
      try {
        createOmarket({ apiKey: KEY, tokens: TOKENS, ...options } as OmarketOptions);
      } catch (e) {
        error = e;
      }
      expect(isRequestValidationError(error), path).toBe(true);
      expect((error as { issues: Array<{ path: string }> }).issues.map((i) => i.path)).toContain(path);
      expect(JSON.stringify(error)).not.toContain(KEY);
    }
  });
});

describe('headers', () => {
  it('sends the API key on every call and the raw token on ads-board calls only', async () => {
    const { omarket, calls } = client((call) => (call.path.startsWith('/api/market-auth/') ? json({ success: 'SUCCESS' }) : ok([])));
    await omarket.categories.list();
    await omarket.auth.register({ msisdn: '996555123456', password: 'pw-123456', password2: 'pw-123456' });
    expect(calls[0]).toMatchObject({ method: 'GET', path: '/api/ads-board/v1/category/list' });
    expect(calls[0]!.headers).toMatchObject({ 'x-api-key': KEY, authorization: TOKENS.accessToken });
    expect(calls[1]!.headers['x-api-key']).toBe(KEY);
    expect(calls[1]!.headers.authorization).toBeUndefined();
  });

  it('takes another API key header and the Bearer scheme', async () => {
    const { omarket, calls } = client(() => ok([]), { apiKeyHeader: 'API_KEY', authScheme: 'Bearer' });
    await omarket.categories.list();
    expect(calls[0]!.headers).toMatchObject({ api_key: KEY, authorization: `Bearer ${TOKENS.accessToken}` });
    expect(calls[0]!.headers['x-api-key']).toBeUndefined();
  });

  it('refuses a protected call without tokens, before sending anything', async () => {
    const { omarket, calls } = client(() => ok([]), { tokens: undefined });
    const error = await thrown(omarket.ads.list());
    expect(isAuthError(error)).toBe(true);
    expect(error).toMatchObject({ reason: 'not_logged_in' });
    expect(calls).toHaveLength(0);
  });
});

describe('login and logout', () => {
  it('stores the tokens with an expiry 30 minutes ahead, tells onTokens, and uses them', async () => {
    const now = Date.UTC(2026, 0, 1);
    const onTokens = vi.fn();
    const { omarket, calls } = client(
      (call) => (call.path === '/api/market-auth/auth/msisdn-password/' ? json({ access_token: 'fresh-access-1111', refresh_token: 'fresh-refresh-2222' }) : ok([])),
      { tokens: undefined, onTokens, runtime: { now: () => now } },
    );
    const tokens = await omarket.login({ msisdn: '996709920328', password: 'secret-pass' });
    expect(tokens).toEqual({ accessToken: 'fresh-access-1111', refreshToken: 'fresh-refresh-2222', expiresAt: now + 30 * 60_000 });
    expect(onTokens).toHaveBeenCalledWith(tokens);
    expect(await omarket.tokens.current()).toEqual(tokens);
    expect(calls[0]!.json).toEqual({ msisdn: '996709920328', password: 'secret-pass' });
    expect(calls[0]!.headers.authorization).toBeUndefined();
    await omarket.categories.list();
    expect(calls[1]!.headers.authorization).toBe('fresh-access-1111');

    await omarket.logout();
    expect(onTokens).toHaveBeenLastCalledWith(undefined);
    expect(await thrown(omarket.categories.list())).toMatchObject({ reason: 'not_logged_in' });
  });

  it('turns a refused login into an AuthError and keeps the password out of it', async () => {
    const { omarket } = client(() => json({ message: 'Invalid msisdn or password' }, 400), { tokens: undefined });
    const error = await thrown(omarket.login({ msisdn: '996709920328', password: 'my-secret-password' }));
    expect(isAuthError(error)).toBe(true);
    expect(error).toMatchObject({ status: 400, reason: 'wrong_credentials', providerMessage: 'Invalid msisdn or password' });
    expect(JSON.stringify(error)).not.toContain('my-secret-password');
    expect(await (error as { tokens?: unknown }).tokens).toBeUndefined();
  });

  it('rejects malformed credentials before sending (and never echoes the password)', async () => {
    const { omarket, calls } = client(() => json({}));
    const bad = await thrown(omarket.login({ msisdn: '0700111000', password: 'pw' }));
    expect(isRequestValidationError(bad)).toBe(true);
    const mismatch = await thrown(omarket.auth.register({ msisdn: '996555123456', password: 'first-secret', password2: 'second-secret' }));
    expect(isRequestValidationError(mismatch)).toBe(true);
    expect((mismatch as { issues: Array<{ path: string }> }).issues[0]!.path).toBe('password2');
    expect(JSON.stringify(mismatch)).not.toMatch(/first-secret|second-secret/);
    expect(calls).toHaveLength(0);
  });
});

describe('endpoints on the wire', () => {
  it('uploads an image as multipart and removes it with a JSON DELETE', async () => {
    const { omarket, calls } = client((call) => (call.method === 'POST' ? ok({ url: 'https://media.test/ads/x.JPEG' }, 'Uploaded') : ok('Successfully deleted')));
    const image = new File([new Uint8Array([1, 2, 3])], 'car.jpg', { type: 'image/jpeg' });
    const uploaded = await omarket.ads.uploadImage({ uuid: UUID, image });
    expect(uploaded.result.url).toBe('https://media.test/ads/x.JPEG');
    const form = calls[0]!.form!;
    expect(calls[0]!.path).toBe(`/api/ads-board/v1/ads/${UUID}/upload-image/`);
    expect((form.get('image') as File).name).toBe('car.jpg');
    expect((form.get('image') as File).size).toBe(3);
    await omarket.ads.removeImage({ uuid: UUID, url: uploaded.result.url });
    expect(calls[1]).toMatchObject({ method: 'DELETE', path: `/api/ads-board/v1/ads/${UUID}/remove-image/`, json: { url: 'https://media.test/ads/x.JPEG' } });
  });

  it('filters with the peer-proven POST by default and the documented path on request', async () => {
    // A scripted fetch cannot receive a GET body: the POST variant of the documented filter here.
    const { omarket, calls } = client(() => page([]), { documentedFilterVia: 'POST' });
    await omarket.ads.filter();
    await omarket.ads.filter({ page: 2, main_filters: { category_id: '2', q: 'Lada' }, category_filters: [{ filter_id: 15, value: { from: 3.9, to: 5 } }, { filter_id: 11, value: [23, '64'] }] });
    await omarket.ads.filterDocumented({ main_filters: { category_id: 2 } });
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'POST /api/ads-board/trusted/ads-filter-old/',
      'POST /api/ads-board/trusted/ads-filter-old/?page=2',
      'POST /api/ads-board/v1/trusted/ads-filter/',
    ]);
    expect(calls[0]!.json).toEqual({ main_filters: {} });
    expect(calls[1]!.json).toEqual({ main_filters: { category_id: 2, q: 'Lada' }, category_filters: [{ filter_id: 15, value: { from: 3.9, to: 5 } }, { filter_id: 11, value: ['23', '64'] }] });
    // The documented filter requires a category.
    expect(isRequestValidationError(await thrown(omarket.ads.filterDocumented({ main_filters: {} } as never)))).toBe(true);
  });

  it('sends the documented filter as POST behind a same-origin base URL too (a relative request URL)', async () => {
    const seen: string[] = [];
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(`${init?.method ?? 'GET'} ${String(input)}`);
      return page([]);
    }) as typeof globalThis.fetch;
    const omarket = createOmarket({ apiKey: KEY, baseURL: '/proxy/omarket', fetch, retry: false, tokens: TOKENS, documentedFilterVia: 'POST' } as OmarketOptions);
    await omarket.ads.filterDocumented({ main_filters: { category_id: 2 } });
    expect(seen).toEqual(['POST /proxy/omarket/api/ads-board/v1/trusted/ads-filter/']);
  });

  it('rejects an empty status list and unknown statuses for my-ads', async () => {
    const { omarket, calls } = client(() => page([]));
    expect(isRequestValidationError(await thrown(omarket.user.myAds({ statuses: [] })))).toBe(true);
    expect(isRequestValidationError(await thrown(omarket.user.myAds({ statuses: ['initial' as 'active'] })))).toBe(true);
    await omarket.user.myAds({ statuses: ['moderate'], page: 1 });
    expect(calls).toEqual([expect.objectContaining({ method: 'POST', path: '/api/ads-board/v1/user/my-ads/?page=1', json: { statuses: ['moderate'] } })]);
  });

  it('walks result.next with paginate, and the FAQ page without an envelope', async () => {
    const { omarket, calls } = client((call) => {
      if (call.path.startsWith('/api/ads-board/faq/')) return json({ count: 1, next: null, previous: null, results: [{ id: 30, title: 'T', content: '<p>x</p>' }] });
      const n = Number(call.parsedURL.searchParams.get('page') ?? 1);
      return ok({ count: 3, next: n < 3 ? String(n + 1) : null, previous: n > 1 ? n - 1 : null, results: [{ ...adResult, id: n }] });
    });
    const ids: number[] = [];
    for await (const ad of paginate(omarket.ads.list, {}, { validateResponse: 'off' })) ids.push((ad as { id: number }).id);
    expect(ids).toEqual([1, 2, 3]);
    expect((await paginate(omarket.faq.list).toArray()).map((e) => e.id)).toEqual([30]);
    expect(calls.map((c) => c.path)).toEqual(['/api/ads-board/v1/ads/list/?page=1', '/api/ads-board/v1/ads/list/?page=2', '/api/ads-board/v1/ads/list/?page=3', '/api/ads-board/faq/?page=1']);
  });

  it('pages through next/previous given as URLs (Django REST style), with response validation on', async () => {
    const HOST = 'https://staging-api-market.o.kg/api/ads-board/faq/';
    const entry = (id: number) => ({ id, title: `Q${id}`, content: '<p>A</p>' });
    const { omarket, calls } = client((call) => {
      const n = Number(call.parsedURL.searchParams.get('page') ?? 1);
      // DRF links: page 1's `previous` is null, page 2's is the bare URL (no ?page), the last `next` is null.
      if (n === 1) return json({ count: 3, next: `${HOST}?page=2`, previous: null, results: [entry(1)] });
      if (n === 2) return json({ count: 3, next: `${HOST}?page=3`, previous: HOST, results: [entry(2)] });
      return json({ count: 3, next: null, previous: `${HOST}?page=2`, results: [entry(3)] });
    });
    const pages = [];
    for await (const p of paginate(omarket.faq.list).pages()) pages.push(p);
    expect(pages.flatMap((p) => p.results.map((e) => e.id))).toEqual([1, 2, 3]);
    expect(pages.map((p) => [p.next, p.previous])).toEqual([
      [`${HOST}?page=2`, null],
      [`${HOST}?page=3`, HOST],
      [null, `${HOST}?page=2`],
    ]);
    expect(calls.map((c) => c.path)).toEqual(['/api/ads-board/faq/?page=1', '/api/ads-board/faq/?page=2', '/api/ads-board/faq/?page=3']);
  });

  it('accepts next/previous as an integer, a numeric string, a URL or null in the ads-board envelope too', async () => {
    const answers = [2, '2', 'https://staging-api-market.o.kg/api/ads-board/v1/ads/list/?page=2', null];
    const { omarket } = client(() => ok({ count: 0, next: answers.shift(), previous: null, results: [] }));
    const nexts = [];
    for (let i = 0; i < 4; i++) nexts.push((await omarket.ads.list()).result.next);
    expect(nexts).toEqual([2, 2, 'https://staging-api-market.o.kg/api/ads-board/v1/ads/list/?page=2', null]);
    // Anything else is still a wrong type.
    const bad = client(() => ok({ count: 0, next: 'two', previous: null, results: [] }));
    expect(await thrown(bad.omarket.ads.list())).toMatchObject({ kind: 'response_validation' });
  });

  it('reads "Image not found" in an HTTP 200 as a NotFoundError', async () => {
    const { omarket } = client(() => json({ result: 'Image not found', resultCode: 'FAIL', details: '', errorCode: 0 }));
    const error = await thrown(omarket.ads.removeImage({ uuid: UUID, url: 'https://media.test/nope' }));
    expect(error).toMatchObject({ kind: 'not_found', status: 200, reason: 'image_not_found', providerMessage: 'Image not found' });
  });

  it('keeps no piece of a token in a long plain-text error that carries it across character 300', async () => {
    // Text cut at 300 characters before redaction kept the token's first 15 characters.
    const token = 'f3a9c1e7b2d84a6f9e0c5b7d1a3e8f2c';
    const { omarket } = client(() => new Response(`${'Internal error, token='.padEnd(285, '.')}${token} rejected`, { status: 500, headers: { 'content-type': 'text/plain' } }), {
      tokens: { accessToken: token, refreshToken: TOKENS.refreshToken },
    });
    const error = await thrown(omarket.categories.list());
    expect(isApiError(error)).toBe(true);
    const { message, providerMessage } = error as { message: string; providerMessage: string };
    expect(providerMessage.startsWith('Internal error, token=')).toBe(true);
    const text = [message, providerMessage, JSON.stringify(error), JSON.stringify((error as { toJSON(): unknown }).toJSON())].join('\n');
    for (let i = 0; i + 8 <= token.length; i++) expect(text, token.slice(i, i + 8)).not.toContain(token.slice(i, i + 8));
  });
});

describe('createAd', () => {
  const fields: AdFields = { title: 'Toyota', category: 2, location: 1, price: 1000, currency: 'som', filters: [{ filter_id: 11, value: '4304' }] };

  it('creates a draft, then sets its fields, and returns the ad', async () => {
    // The full ad shape is checked by the contract tests; here only the flow matters.
    const { omarket, calls } = client((call) => (call.method === 'POST' ? ok(UUID) : ok({ ...adResult, status: 'moderate' }, 'Updated')), { validateResponses: 'off' });
    const ad = await omarket.createAd(fields);
    expect(ad).toMatchObject({ uuid: UUID, status: 'moderate' });
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(['POST /api/ads-board/v1/ads/initial/', `PUT /api/ads-board/v1/ads/${UUID}/`]);
    expect(calls[1]!.json).toEqual(fields);
  });

  it('checks the fields before creating a draft', async () => {
    const { omarket, calls } = client(() => ok(UUID));
    const error = await thrown(omarket.createAd({ title: '', category: 2, location: 1, colour: 'red' } as never));
    expect(isRequestValidationError(error)).toBe(true);
    expect((error as { issues: Array<{ path: string }> }).issues.map((i) => i.path).sort()).toEqual(['colour', 'currency', 'filters', 'price', 'title']);
    expect(calls).toHaveLength(0);
  });

  it('deletes the empty draft again when the provider rejects the update', async () => {
    const { omarket, calls } = client((call) => (call.method === 'POST' ? ok(UUID) : call.method === 'PUT' ? json({ error: 'category: 99 does not exist' }, 400) : ok([], 'Deleted')));
    const error = await thrown(omarket.createAd({ ...fields, category: 99 }));
    expect(isApiError(error)).toBe(true);
    expect(error).toMatchObject({ status: 400, providerMessage: 'category: 99 does not exist' });
    expect(calls.map((c) => c.method)).toEqual(['POST', 'PUT', 'DELETE']);
  });

  it('leaves the ad alone when the update may have been applied (network failure)', async () => {
    const { omarket, calls } = client((call) => {
      if (call.method === 'POST') return ok(UUID);
      throw networkFailure('ECONNRESET');
    });
    const error = await thrown(omarket.createAd(fields));
    expect(isNetworkError(error)).toBe(true);
    expect(calls.map((c) => c.method)).toEqual(['POST', 'PUT']);
    expect(draftUuidOf(error)).toBe(UUID);
    expect(error).toMatchObject({ details: { draftUuid: UUID } });
  });

  /** A client that retries (the default policy) with instant backoff and a short timeout. */
  function retrying(...answers: ScriptedAnswer[]) {
    const fetch = scriptedFetch(...answers);
    const omarket = createOmarket({ apiKey: KEY, baseURL: BASE, fetch, tokens: TOKENS, timeout: 20, runtime: createTestRuntime() });
    return { omarket, calls: fetch.calls };
  }
  /** Never answers: the attempt times out, though the server may have applied it. */
  const hang: ScriptedAnswer = (request) => new Promise<Response>((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true }));

  it('does not replay the update after a timeout, so a later 400 cannot delete an ad whose update was applied', async () => {
    // Before: the update (safe) was retried after the timeout; the replay got a 400 and the helper
    // deleted the draft although the first update may have been applied.
    const { omarket, calls } = retrying(ok(UUID), hang, json({ error: 'already in moderation' }, 400), ok([], 'Deleted'));
    const error = await thrown(omarket.createAd(fields));
    expect(isTimeoutError(error)).toBe(true);
    expect(calls.map((c) => c.method)).toEqual(['POST', 'PUT']);
    // Nothing is lost: the error names the draft, which was kept.
    expect(draftUuidOf(error)).toBe(UUID);
    expect((error as Error).message).toContain(UUID);
    expect(JSON.stringify(error)).toContain(`"draftUuid":"${UUID}"`);
  });

  it('keeps the draft after a 5xx (the update may have been applied) and sends the update once', async () => {
    const { omarket, calls } = retrying(ok(UUID), json({ detail: 'Bad gateway' }, 502), ok([], 'Deleted'));
    const error = await thrown(omarket.createAd(fields));
    expect(isApiError(error)).toBe(true);
    expect(error).toMatchObject({ status: 502, details: { draftUuid: UUID } });
    expect(calls.map((c) => c.method)).toEqual(['POST', 'PUT']);
  });

  it('deletes the draft after a single 4xx answer, even on a retrying client', async () => {
    const { omarket, calls } = retrying(ok(UUID), json({ error: 'category: 99 does not exist' }, 400), ok([], 'Deleted'));
    const error = await thrown(omarket.createAd({ ...fields, category: 99 }));
    expect(error).toMatchObject({ status: 400, providerMessage: 'category: 99 does not exist' });
    expect(draftUuidOf(error)).toBeUndefined();
    expect(calls.map((c) => c.method)).toEqual(['POST', 'PUT', 'DELETE']);
  });

  it('names the draft when the update was rejected but deleting the draft failed', async () => {
    const { omarket, calls } = retrying(ok(UUID), json({ error: 'category: 99 does not exist' }, 400), networkFailure('ECONNRESET'));
    const error = await thrown(omarket.createAd({ ...fields, category: 99 }));
    expect(error).toMatchObject({ status: 400, details: { draftUuid: UUID } });
    expect(calls.map((c) => c.method)).toEqual(['POST', 'PUT', 'DELETE']);
  });

  it('keeps the draft when the credentials, not the fields, were refused', async () => {
    const { omarket, calls } = retrying(ok(UUID), json({ detail: 'API key is missing or invalid.' }, 403));
    const error = await thrown(omarket.createAd(fields));
    expect(error).toMatchObject({ kind: 'auth', reason: 'api_key_rejected', details: { draftUuid: UUID } });
    expect(calls.map((c) => c.method)).toEqual(['POST', 'PUT']);
  });
});

describe('ads.update follows seed 002 ("минимальные поля … а вообще можно обновлять все поля")', () => {
  const minimal: AdFields = { title: 'UBUNTU CAR AD [BIG SALE]', price: 1010101, currency: 'som', category: 2, filters: [{ filter_id: 11, value: '4304' }], location: 1 };

  it('sends fields beyond the minimal set, such as old_price', async () => {
    const { omarket, calls } = client(() => ok({ ...adResult, status: 'moderate' }, 'Updated'), { validateResponses: 'off' });
    await omarket.ads.update({ uuid: UUID, ...minimal, old_price: 1200000, opening_at: '2022-09-16T11:00:00', commentary: 'x' });
    expect(calls[0]!.json).toEqual({ ...minimal, old_price: 1200000, opening_at: '2022-09-16T11:00:00', commentary: 'x' });
  });

  it('requires the whole minimal set (title, price, currency, category, filters, location)', async () => {
    const { omarket, calls } = client(() => ok(adResult));
    const error = await thrown(omarket.ads.update({ uuid: UUID, title: 'x', category: 2, location: 1 } as never));
    expect(isRequestValidationError(error)).toBe(true);
    expect((error as { issues: Array<{ path: string }> }).issues.map((i) => i.path).sort()).toEqual(['currency', 'filters', 'price']);
    expect(calls).toHaveLength(0);
  });
});

describe('ads.filterDocumented sends the documented GET with a JSON body (seed 002)', () => {
  it('goes over node:http on Node, with the body, to the documented path', async () => {
    const { createServer } = await import('node:http');
    const seen: Array<{ method?: string; url?: string; body: string; type?: string }> = [];
    const server = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (c: string) => (body += c));
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, body, type: req.headers['content-type'] });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ result: { count: 0, next: null, previous: null, results: [] }, resultCode: 'SUCCESS', details: '', errorCode: 0 }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as { port: number }).port;
      const omarket = createOmarket({ apiKey: KEY, tokens: TOKENS, baseURL: `http://127.0.0.1:${port}`, retry: false });
      await omarket.ads.filterDocumented({ main_filters: { category_id: 2 }, category_filters: [{ filter_id: 11, value: ['23'] }] });
      expect(seen).toEqual([
        { method: 'GET', url: '/api/ads-board/v1/trusted/ads-filter/', body: JSON.stringify({ main_filters: { category_id: 2 }, category_filters: [{ filter_id: 11, value: ['23'] }] }), type: 'application/json' },
      ]);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('is refused before sending where node:http is missing, with the way out named', async () => {
    const proc = globalThis.process as { getBuiltinModule?: unknown };
    const saved = proc.getBuiltinModule;
    proc.getBuiltinModule = undefined;
    try {
      const { omarket, calls } = client(() => page([]));
      const error = await thrown(omarket.ads.filterDocumented({ main_filters: { category_id: 2 } }));
      expect(isRequestValidationError(error)).toBe(true);
      expect(String((error as Error).message)).toContain("documentedFilterVia: 'POST'");
      expect(calls).toHaveLength(0);
    } finally {
      proc.getBuiltinModule = saved;
    }
  });
});
