import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOnlinerSecond, isAuthError, paginate, type OfferInput } from '@x/onliner-second';
import type { Runtime } from '@x/core/provider';
import { createMockServer, type MockServer } from '../../index';

let server: MockServer;
beforeAll(async () => {
  server = await createMockServer({ providers: ['onliner-second'], port: 0 });
});
afterAll(() => server.close());

const mock = () => server.mocks['onliner-second']!;

/** Real HTTP, but the SDK's pauses move the mock's clock instead of waiting. */
const runtime: Partial<Runtime> = {
  async sleep(ms) {
    mock().clock.advance(ms);
  },
};

function client() {
  return createOnlinerSecond({
    clientId: 'demo-client',
    clientSecret: 'demo-secret',
    baseURL: server.urlFor('onliner-second'),
    authURL: server.urlFor('onliner-second', 'auth'),
    uploadURL: server.urlFor('onliner-second', 'upload'),
    runtime,
  });
}

const offer = (id: string, photos?: Array<Record<string, string>>): OfferInput => ({
  id,
  product: { category: 'Ноутбуки', vendor: 'Lenovo', model: `ThinkPad ${id}` },
  price: { amount: '899.99', currency: 'BYN' },
  location: { geo_town_id: 12370 },
  contact: { name: 'Ольга', phones: ['+375291112233'], call_time: [10, 20] },
  condition: 8,
  description: 'Уценка: царапина на крышке',
  ...(photos ? { photos } : {}),
});

describe('Onliner Second over the local HTTP mock server', () => {
  it('mounts the three hosts under /onliner-second', () => {
    expect(mock().baseURLs).toMatchObject({ main: 'https://second.api.onliner.by' });
    expect(server.urlFor('onliner-second', 'auth')).toBe(`${server.url}/onliner-second/_auth`);
    expect(server.urlFor('onliner-second', 'upload')).toBe(`${server.url}/onliner-second/_upload`);
  });

  it('runs upload → send → wait → list → close over real HTTP', async () => {
    const onliner = client();
    const photo = await onliner.uploadImage(new File([new Uint8Array([0xff, 0xd8, 0x00, 0xff, 0xd9])], 'laptop.jpg', { type: 'image/jpeg' }));
    expect(photo.x80).toMatch(/^https:\/\/content\.onliner\.by\/baralog\//);

    const { id } = await onliner.offers.send({ body: [offer('tp-1', [photo]), offer('tp-2'), offer('tp-3'), { ...offer('tp-4'), description: '' }] });
    const { report, offerErrors } = await onliner.waitForImport(id);
    expect(report).toMatchObject({ id, status: 'processed', total: 4, errors: 1 });
    expect(offerErrors).toEqual([{ id: 'tp-4', errors: { description: ['Добавьте описание к объявлению'] } }]);

    const ids: string[] = [];
    for await (const item of paginate(onliner.offers.list, { limit: 2 })) ids.push(item.id);
    expect(ids).toEqual(['offer1', 'offer2', 'tp-1', 'tp-2', 'tp-3']);
    expect(mock().journal.for('offers.list').map((e) => e.query)).toEqual([
      { page: '1', limit: '2' },
      { page: '2', limit: '2' },
      { page: '3', limit: '2' },
    ]);

    expect(await onliner.closeOffers(['tp-1', 'tp-4'])).toEqual({ updated_offers: ['tp-1'], skipped: ['tp-4'] });
    expect(mock().journal.count('oauth.token')).toBe(1);
  });

  it('answers the printed curl line (the token endpoint) and takes the token on second.api', async () => {
    const curl = mock().definition.curl(server.urlFor('onliner-second'));
    const url = /'(http[^']+)'/.exec(curl)![1]!;
    const tokenResponse = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Basic ${btoa('demo-client:demo-secret')}`, accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    });
    expect(tokenResponse.status).toBe(200);
    const token = (await tokenResponse.json()) as { access_token: string; expires_in: number; token_type: string };
    expect(token).toMatchObject({ expires_in: 3600, token_type: 'Bearer' });
    expect(token.access_token).toMatch(/^[0-9a-f]{40}$/);

    // Content-Type on a GET (as the docs' examples send it) is harmless.
    const list = await fetch(`${server.urlFor('onliner-second')}/shop/offers?limit=1`, {
      headers: { authorization: `Bearer ${token.access_token}`, accept: 'application/json', 'content-type': 'application/json' },
    });
    expect(list.status).toBe(200);
    expect(await list.json()).toMatchObject({ total: expect.any(Number), page: { limit: 1, items: 1, current: 1 } });

    // The query form of the token is not honoured on second.api: only the header is.
    const query = await fetch(`${server.urlFor('onliner-second')}/shop/offers?access_token=${token.access_token}`);
    expect(query.status).toBe(403);
    expect(await query.json()).toEqual({ code: 'access_denied', message: 'Требуется авторизация' });

    const wrong = await fetch(url, { method: 'POST', headers: { authorization: `Basic ${btoa('demo-client:nope')}` }, body: 'grant_type=client_credentials' });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: 'invalid_client' });
  });

  it('gives upload tasks a polling URL on the server it was reached through', async () => {
    const { access_token } = await client().oauth.token();
    const form = new FormData();
    form.append('meta[type]', 'baralog-photo');
    form.append('file', new File(['img'], 'x.jpg', { type: 'image/jpeg' }));
    const upload = await fetch(`${server.urlFor('onliner-second', 'upload')}/upload?token=${access_token}`, { method: 'POST', body: form, headers: { accept: 'application/json' } });
    expect(upload.status).toBe(202);
    const task = (await upload.json()) as { url: string; status: string };
    expect(task.status).toBe('uploaded');
    expect(task.url.startsWith(`${server.urlFor('onliner-second', 'upload')}/upload/`)).toBe(true);
    const polled = await fetch(task.url, { headers: { accept: 'application/json' } });
    expect(polled.status).toBe(200);
  });

  it('serves scenarios by Prefer header', async () => {
    const error = await client()
      .offers.list({}, { headers: { prefer: 'example=access-denied' } })
      .catch((e: unknown) => e);
    expect(isAuthError(error)).toBe(true);
    const res = await fetch(`${server.urlFor('onliner-second', 'upload')}/upload/PhTrlafxvBUPudeM`, { headers: { prefer: 'example=nope' } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { mockError: string }).mockError).toContain('example=image-processing-error');
  });
});
