import { afterEach, describe, expect, it } from 'vitest';
import {
  createOnlinerSecond,
  isApiError,
  isAuthError,
  isRequestValidationError,
  paginate,
  type OfferInput,
  type OnlinerSecondOptions,
} from '@x/onliner-second';
import type { Runtime } from '@x/core/provider';
import { createMockClock } from '../../clock';
import { createOnlinerSecondMock, LOW_PRICE_REASON, OFFER_ERROR_TEXTS } from '../../onliner-second';
import { useMsw } from '../../setup-msw.test-helper';

const clock = createMockClock({ frozen: true, start: Date.UTC(2026, 2, 2, 9, 0, 0) });
const mock = createOnlinerSecondMock({ clock });
const msw = useMsw(...mock.handlers);
afterEach(() => mock.reset());

/** The SDK's clock is the mock's: every backoff pause moves the mock's time forward at once. */
const sharedRuntime: Partial<Runtime> = {
  now: () => clock.now(),
  async sleep(ms, signal) {
    if (signal?.aborted) throw signal.reason;
    clock.advance(ms);
    await new Promise((resolve) => setTimeout(resolve, 0));
  },
};

const credentials = { clientId: 'demo-client', clientSecret: 'demo-secret' };
const make = (options: Partial<OnlinerSecondOptions> = {}) => createOnlinerSecond({ ...credentials, runtime: sharedRuntime, ...options });

function offer(id: string, changes: { category?: string; model?: string; description?: string; amount?: number | string; town?: number } = {}): OfferInput {
  return {
    id,
    product: { category: changes.category ?? 'Велосипеды', vendor: 'Orbea', model: changes.model ?? `Alma H50 ${id}` },
    price: { amount: changes.amount ?? 1250, currency: 'BYN' },
    location: { geo_town_id: changes.town ?? 17030 },
    contact: { name: 'Александр', phones: ['+375295181888'], call_time: [9, 18] },
    condition: 9,
    description: changes.description ?? `Велосипед ${id}, почти новый`,
    delivery: { available_for_country: true },
  };
}

const tokenRequests = () => mock.journal.count('oauth.token');

describe('Onliner Second flows through the SDK (msw)', () => {
  it('send → waitForImport → errors → list across pages → moderation → close (skipped ids reported)', async () => {
    const client = make();
    const batch = [
      offer('bike-1'),
      offer('bike-2'),
      offer('bike-3', { amount: 0.5 }),
      offer('phone-1', { category: 'Мобильные телефоны' }),
      offer('no-desc', { description: '   ' }),
      offer('no-model', { model: '' }),
      offer('tyres', { category: 'Шины' }),
    ];
    const { id } = await client.offers.send({ body: batch });
    expect(id).toMatch(/^[0-9a-f]{24}$/);
    expect(mock.state.imports.findFirst((q) => q.where({ id }))?.status).toBe('pending');

    const { report, offerErrors } = await client.waitForImport(id);
    expect(report).toEqual({ id, status: 'processed', total: 7, errors: 3, error_message: 'Ошибка валидации' });
    expect(offerErrors).toEqual([
      { id: 'no-desc', errors: { description: [OFFER_ERROR_TEXTS.description] } },
      { id: 'no-model', errors: { 'product.model': ['Укажите товар'] } },
      { id: 'tyres', errors: { 'product.category': ['Раздел не подключен'] } },
    ]);
    // The import went pending (1 s) → processing (2 s) → processed while the SDK backed off 1 s, 1.5 s, 2.25 s.
    const sentAt = mock.journal.last('offers.send')!.at;
    expect(mock.journal.for('importReport.get').map((e) => e.at - sentAt)).toEqual([0, 1000, 2500, 4750]);

    // Seeded offer1 (correction) and offer2 (approved), then the four saved offers in moderation.
    const pages: Array<{ current: number; ids: string[] }> = [];
    for await (const page of paginate(client.offers.list, { limit: 2 }).pages()) {
      pages.push({ current: page.page.current, ids: page.offers.map((o) => `${o.id}:${o.status}`) });
      expect(page.total).toBe(6);
      expect(page.page).toMatchObject({ limit: 2, last: 3 });
    }
    expect(pages).toEqual([
      { current: 1, ids: ['offer1:correction', 'offer2:approved'] },
      { current: 2, ids: ['bike-1:pending', 'bike-2:pending'] },
      { current: 3, ids: ['bike-3:pending', 'phone-1:pending'] },
    ]);

    // A minute later moderation has decided: the 0.50 BYN bike is sent back for correction.
    clock.advance(60_000);
    const all = await paginate(client.offers.list, { limit: 50 }).toArray();
    expect(Object.fromEntries(all.map((o) => [o.id, o.status]))).toEqual({
      offer1: 'correction',
      offer2: 'approved',
      'bike-1': 'approved',
      'bike-2': 'approved',
      'bike-3': 'correction',
      'phone-1': 'approved',
    });
    expect(all.find((o) => o.id === 'bike-3')?.reason).toEqual(LOW_PRICE_REASON);

    const closed = await client.closeOffers(['bike-1', 'offer1', 'no-desc', 'nobody-knows', 'bike-1']);
    expect(closed).toEqual({ updated_offers: ['bike-1', 'offer1'], skipped: ['no-desc', 'nobody-knows'] });
    // Closing again is skipped silently too: the offer is no longer in a closable state.
    expect(await client.closeOffers(['bike-1', 'bike-2'])).toEqual({ updated_offers: ['bike-2'], skipped: ['bike-1'] });
    const after = await client.offers.list({ limit: 50 });
    expect(after.offers.filter((o) => o.status === 'closed').map((o) => o.id)).toEqual(['offer1', 'bike-1', 'bike-2']);

    // One token for the whole flow; the DELETE carried its JSON body.
    expect(tokenRequests()).toBe(1);
    expect(mock.journal.last('offers.close')?.body).toEqual({ offer_ids: ['bike-1', 'bike-2'] });
  });

  it('uploads an image, waits for it and sends it as an offer photo', async () => {
    const client = make();
    const photo = await client.uploadImage(new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9])], 'bike.jpg', { type: 'image/jpeg' }));
    expect(Object.keys(photo)).toEqual(['1280x1280', 'x80', 'mobile_list']);
    expect(photo['1280x1280']).toMatch(/^https:\/\/content\.onliner\.by\/baralog\/\d+\/x1280\/[0-9a-f]{32}\.jpeg$/);
    const upload = mock.journal.last('upload.image')!;
    expect(upload.query).toEqual({ token: '[REDACTED]' });
    expect(upload.body).toEqual({ meta: { type: 'baralog-photo' }, file: { file: 'bike.jpg', size: 9, type: 'image/jpeg' } });
    expect(mock.journal.count('upload.status')).toBeGreaterThan(0);

    const { id } = await client.offers.send({ body: [{ ...offer('with-photo'), photos: [photo] }] });
    const { report, offerErrors } = await client.waitForImport(id);
    expect(report).toMatchObject({ status: 'processed', total: 1, errors: 0 });
    expect(offerErrors).toEqual([]);
    expect(mock.state.offers.findFirst((q) => q.where({ id: 'with-photo' }))?.data.photos).toEqual([photo]);
  });

  it('refuses photos from other hosts before sending; the mock rejects them per offer when the check is off', async () => {
    const foreign = { ...offer('foreign-photo'), photos: [{ x80: 'https://example.com/a.jpeg' }] };
    const error = await make().offers.send({ body: [foreign] }).catch((e: unknown) => e);
    expect(isRequestValidationError(error)).toBe(true);
    expect(mock.journal.count()).toBe(0);

    const unchecked = make({ validateOffers: false });
    const { id } = await unchecked.offers.send({ body: [foreign, offer('far-away', { town: 12345 })] });
    const { offerErrors } = await unchecked.waitForImport(id);
    expect(offerErrors).toEqual([
      { id: 'foreign-photo', errors: { photos: [OFFER_ERROR_TEXTS.photos] } },
      { id: 'far-away', errors: { 'location.geo_town_id': [OFFER_ERROR_TEXTS.town] } },
    ]);
  });

  it('fetches exactly one new token when the token expires mid-flow on the provider side', async () => {
    // The SDK keeps real time, so it still trusts its token when the mock's clock says it expired.
    const client = make({ runtime: {} });
    await client.offers.list();
    expect(tokenRequests()).toBe(1);
    clock.advance(3600_000);
    const page = await client.offers.list();
    expect(page.total).toBe(2);
    expect(tokenRequests()).toBe(2);
    expect(mock.journal.for('offers.list').map((e) => e.status)).toEqual([200, 403, 200]);
    await client.importReport.get({ id: 'jFY' });
    expect(tokenRequests()).toBe(2);
  });

  it('renews the token ahead of expires_in when its own clock says so (no 403 at all)', async () => {
    mock.state.settings.expiresIn = 600;
    const client = make();
    await client.offers.list();
    clock.advance(600_000 - 60_000);
    await client.offers.list();
    expect(tokenRequests()).toBe(2);
    expect(mock.journal.entries.map((e) => e.status)).not.toContain(403);
    const tokens = mock.state.tokens.findMany();
    expect(tokens.map((t) => t.expiresAt - tokens[0]!.expiresAt)).toEqual([0, 540_000]);
  });

  it('recovers from one expired-token answer; gives up after access-denied twice', async () => {
    const client = make();
    mock.prefer('offers.list', { example: 'expired-token' });
    expect((await client.offers.list()).total).toBe(2);
    expect(tokenRequests()).toBe(2);

    mock.prefer('importReport.get', { example: 'access-denied' }, { times: 2 });
    const error = await client.importReport.get({ id: 'jFY' }).catch((e: unknown) => e);
    expect(isAuthError(error)).toBe(true);
    expect(error).toMatchObject({ status: 403, code: 'access_denied', providerMessage: 'Требуется авторизация' });
    expect(tokenRequests()).toBe(3);
  });

  it('asks for exactly one token for 50 concurrent calls', async () => {
    const client = make();
    const pages = await Promise.all(Array.from({ length: 50 }, (_, i) => client.offers.list({ page: (i % 3) + 1, limit: 1 })));
    expect(pages.map((p) => p.page.current)).toEqual(Array.from({ length: 50 }, (_, i) => (i % 3) + 1));
    expect(tokenRequests()).toBe(1);
    expect(mock.journal.count('offers.list')).toBe(50);
  });

  it('rejects wrong credentials at the token endpoint as an AuthError', async () => {
    const wrong = make({ clientSecret: 'not-the-secret' });
    const error = await wrong.offers.list().catch((e: unknown) => e);
    expect(isAuthError(error)).toBe(true);
    expect(error).toMatchObject({ status: 401, code: 'invalid_client', endpoint: 'oauth.token' });
    expect(mock.journal.count('offers.list')).toBe(0);
  });

  it('reports a failed import (stateful and by scenario)', async () => {
    const client = make();
    mock.state.settings.failNextImport = 'Ошибка обработки импорта';
    const { id } = await client.offers.send({ body: [offer('x1')] });
    const result = await client.waitForImport(id);
    expect(result.report).toEqual({ id, status: 'failed', total: 0, errors: 0, error_message: 'Ошибка обработки импорта' });
    expect(result.offerErrors).toEqual([]);
    expect(mock.state.offers.findFirst((q) => q.where({ id: 'x1' }))).toBeUndefined();

    const next = await client.offers.send({ body: [offer('x2')] });
    mock.prefer('importReport.get', { example: 'import-failed' });
    expect((await client.waitForImport(next.id)).report.status).toBe('failed');
  });

  it('reports image processing errors (stateful and by scenario)', async () => {
    const client = make();
    const empty = await client.uploadImage(new File([], 'empty.jpg', { type: 'image/jpeg' })).catch((e: unknown) => e);
    expect(isApiError(empty)).toBe(true);
    expect(empty).toMatchObject({ reason: 'image_processing_failed', providerMessage: 'Файл пустой или не является изображением' });

    mock.prefer('upload.status', { example: 'image-processing-error' });
    const scenario = await client.uploadImage(new File(['jpeg'], 'a.jpg', { type: 'image/jpeg' })).catch((e: unknown) => e);
    expect(scenario).toMatchObject({ reason: 'image_processing_failed', providerMessage: 'Не удалось обработать изображение' });
  });

  it('answers validation errors in the provider\'s shape and Russian texts', async () => {
    const client = make();
    mock.prefer('offers.list', { example: 'validation-errors' });
    const listed = await client.offers.list().catch((e: unknown) => e);
    expect(listed).toMatchObject({ status: 422, reason: 'validation_failed', details: { fields: { limit: ['Максимум 50'] } } });

    // What the SDK never sends, sent by hand: offer_ids as an object, limit 0.
    const { access_token } = await client.oauth.token();
    const headers = { authorization: `Bearer ${access_token}`, accept: 'application/json', 'content-type': 'application/json' };
    const close = await fetch('https://second.api.onliner.by/shop/offers', { method: 'DELETE', headers, body: JSON.stringify({ offer_ids: { 0: 'bike-1' } }) });
    expect(close.status).toBe(422);
    expect(await close.json()).toEqual({ message: 'Validation failed', errors: { offer_ids: ['Значение поля должно быть последовательным индексированным массивом'] } });
    const list = await fetch('https://second.api.onliner.by/shop/offers?page=x&limit=0', { headers });
    expect(await list.json()).toEqual({ message: 'Validation failed', errors: { page: ['Значение поля должно быть целым числом'], limit: ['Минимум 1'] } });
    const unknown = await fetch('https://second.api.onliner.by/shop/import-report/nope', { headers });
    expect(unknown.status).toBe(404);
  });

  it('never lets the client secret or a token into errors, toJSON, hooks, logs or the journal', async () => {
    const secret = 'very-secret-client-secret-42';
    const accounts = [{ clientId: 'leak-test', clientSecret: secret, categories: ['Велосипеды'] }];
    const leakMock = createOnlinerSecondMock({ accounts, clock, baseURL: 'https://leak.second.test', hosts: { auth: 'https://leak.auth.test', upload: 'https://leak.upload.test' } });
    msw.use(...leakMock.handlers);
    {
      const seen: unknown[] = [];
      const options = {
        baseURL: 'https://leak.second.test',
        authURL: 'https://leak.auth.test',
        uploadURL: 'https://leak.upload.test',
        runtime: sharedRuntime,
        hooks: { onRequest: (i: unknown) => void seen.push(i), onResponse: (i: unknown) => void seen.push(i), onError: (i: unknown) => void seen.push(i) },
        logger: { debug: (m: string, meta?: unknown) => void seen.push(m, meta), warn: (m: string, meta?: unknown) => void seen.push(m, meta) },
      };
      const client = createOnlinerSecond({ clientId: 'leak-test', clientSecret: secret, ...options });
      const errors: unknown[] = [];
      const keep = (e: unknown) => void errors.push(e);
      await client.offers.list();
      await client.uploadImage(new File(['jpeg'], 'a.jpg', { type: 'image/jpeg' }), {});
      leakMock.prefer('offers.list', { example: 'access-denied' }, { times: 2 });
      await client.offers.list().catch(keep);
      await client.importReport.get({ id: 'unknown' }).catch(keep);
      await client.offers.send({ body: [offer('x', { town: 1 })] }).catch(keep);
      await client.offers.list({ limit: 99 }).catch(keep);
      leakMock.prefer('upload.status', { example: 'image-processing-error' });
      await client.uploadImage(new File(['jpeg'], 'b.jpg'), {}).catch(keep);
      await createOnlinerSecond({ clientId: 'leak-test', clientSecret: `${secret}-wrong`, ...options }).offers.list().catch(keep);
      expect(errors).toHaveLength(6);

      const tokens = leakMock.state.tokens.findMany().map((t) => t.token);
      // The first one, and the one fetched after the first access-denied answer.
      expect(tokens).toHaveLength(2);
      const basic = btoa(`leak-test:${secret}`);
      const everything = JSON.stringify({
        errors: errors.map((e) => ({ json: e, message: (e as Error).message, stack: (e as Error).stack, cause: String((e as Error).cause) })),
        seen,
        journal: leakMock.journal.entries,
      });
      for (const needle of [secret, basic, ...tokens]) expect(everything).not.toContain(needle);
      // The journal did see the requests, with the credentials masked.
      expect(everything).toContain('"authorization":"[REDACTED]"');
      expect(everything).toContain('"token":"[REDACTED]"');
    }
  });
});
