import { describe, expect, it } from 'vitest';
import { createTestRuntime, jsonResponse, type RecordedRequest } from '@x/core/testing';
import { isAuthError, isRequestValidationError, paginate, type SdkError } from '@x/core/provider';
import { createOnlinerSecond, type OnlinerSecondOptions } from './client';
import { fakeOnliner, offersPage, validOffer } from '../test/fake-api';

const SECRET = 'client-secret-0123456789abcdef';
const credentials = { clientId: 'client-id-0123', clientSecret: SECRET };

function make(api: Parameters<typeof fakeOnliner>[0], options: Partial<OnlinerSecondOptions> & { expiresIn?: number; tokenDelayMs?: number } = {}) {
  const { expiresIn, tokenDelayMs, ...rest } = options;
  const fake = fakeOnliner(api, { expiresIn, tokenDelayMs });
  const client = createOnlinerSecond({ ...credentials, fetch: fake.fetch, retry: false, ...rest });
  return { fake, client };
}

const listOk = () => jsonResponse(offersPage(['a']), 200);

async function thrown(promise: Promise<unknown>): Promise<SdkError> {
  try {
    await promise;
  } catch (error) {
    return error as SdkError;
  }
  throw new Error('expected a rejection');
}

describe('createOnlinerSecond options', () => {
  it('refuses missing credentials without echoing the secret', () => {
    const error = (() => {
      try {
        createOnlinerSecond({ clientId: '', clientSecret: SECRET, authURL: `https://user:${SECRET}@host` } as OnlinerSecondOptions);
      } catch (e) {
        return e as SdkError;
      }
    })();
    expect(isRequestValidationError(error)).toBe(true);
    expect(error?.message).toContain('clientId is required');
    expect(JSON.stringify(error)).not.toContain(SECRET);
  });

  it('checks every URL and the token margin', () => {
    expect(() => createOnlinerSecond({ ...credentials, baseURL: 'second.api.onliner.by' })).toThrow(/baseURL must be an absolute http\(s\) URL/);
    expect(() => createOnlinerSecond({ ...credentials, uploadURL: 'ftp://x' })).toThrow(/uploadURL/);
    expect(() => createOnlinerSecond({ ...credentials, tokenMarginMs: -1 })).toThrow(/tokenMarginMs/);
    expect(() => createOnlinerSecond({ ...credentials, clientSecret: undefined as unknown as string })).toThrow(/clientSecret is required/);
  });

  it('talks to the three hosts it is given', async () => {
    const { fake, client } = make(() => listOk(), { baseURL: 'http://api.test/second', authURL: 'http://auth.test/b2b', uploadURL: 'http://upload.test' });
    await client.offers.list();
    expect(fake.requests.map((r) => r.url)).toEqual(['http://auth.test/b2b/oauth/token', 'http://api.test/second/shop/offers']);
  });
});

describe('token lifecycle', () => {
  it('asks for a token with Basic auth and a form body, then sends it as a Bearer header', async () => {
    const { fake, client } = make(() => listOk());
    await client.offers.list();
    const [token, list] = fake.requests as [RecordedRequest, RecordedRequest];
    expect(token.method).toBe('POST');
    expect(token.url).toBe('https://b2bapi.onliner.by/oauth/token');
    expect(token.headers.authorization).toBe(`Basic ${btoa(`client-id-0123:${SECRET}`)}`);
    expect(token.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(token.headers.accept).toBe('application/json');
    expect(token.body).toBe('grant_type=client_credentials');
    expect(list.headers.authorization).toBe('Bearer access-token-1');
    expect(list.headers.accept).toBe('application/json');
    // No body, no Content-Type on a GET.
    expect(list.headers['content-type']).toBeUndefined();
  });

  it('reuses the token until expires_in minus the margin, then fetches a new one', async () => {
    const runtime = createTestRuntime();
    const { fake, client } = make(() => listOk(), { runtime, expiresIn: 3600 });
    await client.offers.list();
    runtime.advance(3600_000 - 60_000 - 1);
    await client.offers.list();
    expect(fake.tokenRequests).toBe(1);
    runtime.advance(1);
    await client.offers.list();
    expect(fake.tokenRequests).toBe(2);
    expect(fake.apiRequests.map((r) => r.headers.authorization)).toEqual(['Bearer access-token-1', 'Bearer access-token-1', 'Bearer access-token-2']);
  });

  it('caps the margin at half the lifetime for short-lived tokens', async () => {
    const runtime = createTestRuntime();
    const { fake, client } = make(() => listOk(), { runtime, expiresIn: 60 });
    await client.offers.list();
    runtime.advance(29_999);
    await client.offers.list();
    expect(fake.tokenRequests).toBe(1);
    runtime.advance(1);
    await client.offers.list();
    expect(fake.tokenRequests).toBe(2);
  });

  it('on 403 access_denied fetches one new token and replays the call', async () => {
    const { fake, client } = make((_request, token) =>
      token === 'access-token-1' ? jsonResponse({ code: 'access_denied', message: 'Требуется авторизация' }, 403) : listOk(),
    );
    const page = await client.offers.list();
    expect(page.offers.map((o) => o.id)).toEqual(['a']);
    expect(fake.tokenRequests).toBe(2);
    expect(fake.apiRequests).toHaveLength(2);
  });

  it('gives up with an AuthError when the new token is refused too', async () => {
    const { fake, client } = make(() => jsonResponse({ code: 'access_denied', message: 'Требуется авторизация' }, 403));
    const error = await thrown(client.importReport.get({ id: 'jFY' }));
    expect(isAuthError(error)).toBe(true);
    expect(error).toMatchObject({ status: 403, code: 'access_denied', providerMessage: 'Требуется авторизация', reason: 'access_denied' });
    expect(fake.tokenRequests).toBe(2);
    expect(fake.apiRequests).toHaveLength(2);
  });

  for (const body of [{ code: 'invalid_token', message: 'Token expired' }, { error: 'invalid_token', error_description: 'The access token expired' }]) {
    it(`treats 403 ${JSON.stringify(body)} like access_denied: one new token, one replay (issue 9)`, async () => {
      const { fake, client } = make((_request, token) => (token === 'access-token-1' ? jsonResponse(body, 403) : listOk()));
      const page = await client.offers.list();
      expect(page.offers.map((o) => o.id)).toEqual(['a']);
      expect(fake.tokenRequests).toBe(2);
      expect(fake.apiRequests.map((r) => r.headers.authorization)).toEqual(['Bearer access-token-1', 'Bearer access-token-2']);
    });

    it(`gives up after one replay when ${JSON.stringify(body)} comes back again, also for an unsafe call`, async () => {
      const { fake, client } = make(() => jsonResponse(body, 403));
      const error = await thrown(client.offers.close({ offer_ids: ['a'] }));
      expect(isAuthError(error)).toBe(true);
      expect(error).toMatchObject({ status: 403, code: 'invalid_token', reason: 'invalid_token' });
      expect(fake.tokenRequests).toBe(2);
      expect(fake.apiRequests).toHaveLength(2);
    });
  }

  it('shares one token request between 50 concurrent calls', async () => {
    const { fake, client } = make(() => listOk(), { tokenDelayMs: 20 });
    await Promise.all(Array.from({ length: 50 }, () => client.offers.list()));
    expect(fake.tokenRequests).toBe(1);
    expect(fake.apiRequests).toHaveLength(50);
  });

  it('turns a refused token request into an AuthError that carries no secret', async () => {
    const fake = fakeOnliner(() => listOk());
    const wrong = createOnlinerSecond({
      ...credentials,
      retry: false,
      fetch: async (input, init) => {
        const url = String(input instanceof Request ? input.url : input);
        if (url.endsWith('/oauth/token')) return jsonResponse({ error: 'invalid_client', error_description: 'Client authentication failed' }, 401);
        return fake.fetch(input, init);
      },
    });
    const error = await thrown(wrong.offers.list());
    expect(isAuthError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'invalid_client', endpoint: 'oauth.token' });
    const dump = JSON.stringify(error) + String(error.stack) + error.message;
    expect(dump).not.toContain(SECRET);
    expect(dump).not.toContain(btoa(`client-id-0123:${SECRET}`));
  });

  it('keeps the token in a store the caller gives', async () => {
    const stored: Array<string | undefined> = [];
    const { client } = make(() => listOk(), {
      tokenStore: {
        get: () => undefined,
        set: (tokens) => void stored.push(tokens?.accessToken),
      },
    });
    await client.offers.list();
    expect(stored).toEqual(['access-token-1']);
  });
});

describe('long error texts', () => {
  it('keep no piece of the client secret when it straddles character 300', async () => {
    // Text cut at 300 characters before redaction kept the secret's first 15 characters.
    const { client } = make(() => new Response(`${'Upstream failure, client_secret='.padEnd(285, '.')}${SECRET} refused`, { status: 502, headers: { 'content-type': 'text/plain' } }));
    const error = await thrown(client.offers.list());
    expect(error).toMatchObject({ kind: 'api', status: 502 });
    const { message, providerMessage } = error as SdkError & { providerMessage: string };
    expect(providerMessage.startsWith('Upstream failure, client_secret=')).toBe(true);
    const text = [message, providerMessage, JSON.stringify(error), JSON.stringify(error.toJSON())].join('\n');
    for (let i = 0; i + 8 <= SECRET.length; i++) expect(text, SECRET.slice(i, i + 8)).not.toContain(SECRET.slice(i, i + 8));
  });
});

describe('offers.send', () => {
  it('sends the array as JSON with the amount as a decimal string', async () => {
    const { fake, client } = make(() => jsonResponse({ id: '5a16c41acab2fd0202641102' }, 202));
    const offer = validOffer();
    offer.price.amount = 99.5;
    const answer = await client.offers.send({ body: [offer] });
    expect(answer).toEqual({ id: '5a16c41acab2fd0202641102' });
    const sent = fake.apiRequests[0]!;
    expect(sent.method).toBe('POST');
    expect(sent.parsedURL.pathname).toBe('/shop/offers');
    expect(sent.headers['content-type']).toBe('application/json');
    const body = JSON.parse(sent.body as string);
    expect(body[0].price).toEqual({ amount: '99.50', currency: 'BYN' });
    expect(body[0].location).toEqual({ geo_town_id: 17030 });
  });

  it('refuses what the provider would reject before anything is sent (not even a token request)', async () => {
    const { fake, client } = make(() => jsonResponse({ id: 'x' }, 202));
    const offer = validOffer();
    offer.location.geo_town_id = 12345;
    offer.condition = 12;
    offer.contact.call_time = [8, 24];
    (offer.price as { currency: string }).currency = 'USD';
    offer.photos = [{ '1280x1280': 'https://i.imgur.com/a.jpeg' }];
    const error = await thrown(client.offers.send({ body: [validOffer('ok'), offer] }));
    expect(isRequestValidationError(error)).toBe(true);
    expect((error as SdkError & { issues: Array<{ path: string }> }).issues.map((i) => i.path)).toEqual([
      'body.1.location.geo_town_id',
      'body.1.condition',
      'body.1.contact.call_time.1',
      'body.1.price.currency',
      'body.1.photos.0.1280x1280',
    ]);
    expect(error.message).toContain('Nothing was sent');
    expect(fake.requests).toHaveLength(0);
  });

  it('reports type errors the usual way, also before sending', async () => {
    const { fake, client } = make(() => jsonResponse({ id: 'x' }, 202));
    const offer = validOffer();
    offer.price.amount = 10.005;
    const error = await thrown(client.offers.send({ body: [offer] }));
    expect(isRequestValidationError(error)).toBe(true);
    expect(error.message).toMatch(/body\.0\.price\.amount/);
    const empty = await thrown(client.offers.send({ body: [] }));
    expect(empty.message).toMatch(/at least one offer/);
    expect(fake.requests).toHaveLength(0);
  });

  it('sends an offer the SDK does not know is valid when validateOffers is false', async () => {
    const { fake, client } = make(() => jsonResponse({ id: 'x' }, 202), { validateOffers: false });
    const offer = validOffer();
    offer.location.geo_town_id = 12345;
    await client.offers.send({ body: [offer] });
    expect(JSON.parse(fake.apiRequests[0]!.body as string)[0].location.geo_town_id).toBe(12345);
  });

  it('keeps the endpoint metadata on the checked method', () => {
    const { client } = make(() => listOk());
    expect(client.offers.send.key).toBe('offers.send');
    expect(client.offers.send.endpoint.path).toBe('/shop/offers');
  });
});

describe('other endpoints on the wire', () => {
  it('closes offers with DELETE and a JSON body', async () => {
    const { fake, client } = make(() => jsonResponse({ updated_offers: ['a'] }, 200));
    await client.offers.close({ offer_ids: ['a', 'b'] });
    const sent = fake.apiRequests[0]!;
    expect(sent.method).toBe('DELETE');
    expect(sent.headers['content-type']).toBe('application/json');
    expect(JSON.parse(sent.body as string)).toEqual({ offer_ids: ['a', 'b'] });
  });

  it('pages the offer list with page and limit, and refuses limit > 50', async () => {
    const pages: Record<string, ReturnType<typeof offersPage>> = { '1': offersPage(['a', 'b'], 1, 3), '2': offersPage(['c', 'd'], 2, 3), '3': offersPage(['e'], 3, 3) };
    const { fake, client } = make((request) => jsonResponse(pages[request.parsedURL.searchParams.get('page') ?? '1'], 200));
    const ids: string[] = [];
    for await (const offer of paginate(client.offers.list, { limit: 2 })) ids.push(offer.id);
    expect(ids).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(fake.apiRequests.map((r) => r.parsedURL.search)).toEqual(['?page=1&limit=2', '?page=2&limit=2', '?page=3&limit=2']);
    const error = await thrown(client.offers.list({ limit: 51 }));
    expect(error.message).toMatch(/limit must be at most 50/);
  });

  it('reads the pre-2022 bare array as one page', async () => {
    const { client } = make(() => jsonResponse([{ id: 'offer2', status: 'approved', reason: null }], 200));
    expect(await client.offers.list()).toEqual({ offers: [{ id: 'offer2', status: 'approved', reason: null }], total: 1, page: { limit: 1, items: 1, current: 1, last: 1 } });
  });

  it('uploads multipart to the upload host with the token in the query, and polls without it', async () => {
    const task = { id: 'PhTrlafxvBUPudeM', hash: 'd8b6900306954b8268cf58c4119ad106', images: [], created_at: '2014-07-29 18:01:48', errors: [], status: 'uploaded', url: 'https://upload.api.onliner.by/upload/PhTrlafxvBUPudeM' };
    const { fake, client } = make(() => jsonResponse(task, 202));
    await client.upload.image({ file: new File(['jpeg'], 'a.jpg', { type: 'image/jpeg' }) });
    await client.upload.status({ id: 'PhTrlafxvBUPudeM' });
    const [upload, status] = fake.apiRequests as [RecordedRequest, RecordedRequest];
    expect(upload.parsedURL.origin + upload.parsedURL.pathname).toBe('https://upload.api.onliner.by/upload');
    expect(upload.parsedURL.searchParams.get('token')).toBe('access-token-1');
    expect(upload.headers.authorization).toBeUndefined();
    const form = upload.form!;
    expect(form.get('meta[type]')).toBe('baralog-photo');
    expect((form.get('file') as File).name).toBe('a.jpg');
    expect(status.url).toBe('https://upload.api.onliner.by/upload/PhTrlafxvBUPudeM');
    expect(status.headers.authorization).toBeUndefined();
  });

  it('masks the upload token in hooks', async () => {
    const seen: string[] = [];
    const { client } = make(() => jsonResponse({ id: 'x', hash: 'h', images: [], created_at: '', errors: [], status: 'uploaded', url: '' }, 202), {
      hooks: { onRequest: (info) => void seen.push(info.url, JSON.stringify(info.headers)) },
    });
    await client.upload.image({ file: new Blob(['x']) });
    expect(seen.join(' ')).not.toContain('access-token-1');
    expect(seen.join(' ')).toContain('token=[REDACTED]');
    expect(seen.join(' ')).not.toContain(SECRET);
  });
});
