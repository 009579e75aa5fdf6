// Standalone functions (issue 10): the list matches the registry, a function sends exactly what
// the convenient client's method sends, the helpers work over the configuration-only client and
// share its token, and `offersSend` alone skips the offer rules that `sendOffers` checks.
import { describe, expect, it } from 'vitest';
import { createTestRuntime, jsonResponse } from '@x/core/testing';
import { bind, createCore, isRequestValidationError, paginate } from '@x/core/provider';
import { describeEndpointFunctions } from '../../core/test/functions-kit';
import { fakeOnliner, offersPage, validOffer } from '../test/fake-api';
import * as functions from './functions';
import { closeOffers, createOnlinerSecond, createOnlinerSecondCore, offersList, offersSend, onlinerSecondProvider, sendOffers, uploadAndWait, waitForImport } from './index';

const credentials = { clientId: 'client-id-0123', clientSecret: 'client-secret-0123456789' };

describeEndpointFunctions(onlinerSecondProvider, functions);

describe('onliner-second over createOnlinerSecondCore', () => {
  it('offersList(core, ...) sends what onliner.offers.list(...) sends', async () => {
    const viaCore = fakeOnliner(() => jsonResponse(offersPage(['a']), 200));
    const viaClient = fakeOnliner(() => jsonResponse(offersPage(['a']), 200));
    const core = createOnlinerSecondCore({ ...credentials, fetch: viaCore.fetch });
    const client = createOnlinerSecond({ ...credentials, fetch: viaClient.fetch });
    expect(await offersList(core, { limit: 10 })).toEqual(await client.offers.list({ limit: 10 }));
    const shape = (r: { method: string; url: string; headers: Record<string, string> }) => [r.method, r.url, r.headers.authorization];
    expect(viaCore.requests.map(shape)).toEqual(viaClient.requests.map(shape));
    expect(viaCore.requests.map((r) => r.parsedURL.pathname)).toEqual(['/oauth/token', '/shop/offers']);
  });

  it('bind(core, offersList) is a method paginate walks', async () => {
    const fake = fakeOnliner((request) => {
      const current = Number(request.parsedURL.searchParams.get('page') ?? 1);
      return jsonResponse(offersPage([`o${current}`], current, 2), 200);
    });
    const core = createOnlinerSecondCore({ ...credentials, fetch: fake.fetch });
    const ids: string[] = [];
    for await (const offer of paginate(bind(core, offersList), { limit: 1 })) ids.push(offer.id);
    expect(ids).toEqual(['o1', 'o2']);
    expect(fake.tokenRequests).toBe(1);
  });

  it('the helpers take the same client and share its token', async () => {
    const uploaded = { id: 'img1', hash: 'd8b6900306954b8268cf58c4119ad106', images: { x80: 'https://content.onliner.by/x80.jpeg' }, created_at: '2014-07-29 18:01:48', errors: [], status: 'processed', url: 'https://upload.api.onliner.by/upload/img1' };
    const fake = fakeOnliner((request) => {
      const path = request.parsedURL.pathname;
      if (path === '/shop/offers' && request.method === 'DELETE') return jsonResponse({ updated_offers: ['1'] }, 200);
      if (path.endsWith('/errors')) return jsonResponse([], 200);
      if (path.startsWith('/shop/import-report/')) return jsonResponse({ id: 'imp1', status: 'processed', total: 1, errors: 0, error_message: null }, 200);
      if (path === '/upload') return jsonResponse(uploaded, 200);
      return jsonResponse({ id: 'imp1' }, 202);
    });
    const core = createOnlinerSecondCore({ ...credentials, fetch: fake.fetch, retry: false, runtime: createTestRuntime() });
    expect(await waitForImport(core, 'imp1')).toMatchObject({ report: { status: 'processed' }, offerErrors: [] });
    expect(await closeOffers(core, ['1', '2'])).toEqual({ updated_offers: ['1'], skipped: ['2'] });
    expect(await uploadAndWait(core, new Blob(['x'], { type: 'image/jpeg' }))).toEqual({ x80: 'https://content.onliner.by/x80.jpeg' });
    expect(fake.tokenRequests).toBe(1);
  });

  it('sendOffers checks the documented offer rules before sending; offersSend leaves them to the provider', async () => {
    const fake = fakeOnliner(() => jsonResponse({ id: 'imp1' }, 202));
    const core = createOnlinerSecondCore({ ...credentials, fetch: fake.fetch, retry: false });
    const unknownTown = { ...validOffer(), location: { geo_town_id: 1 } };
    const error = await sendOffers(core, { body: [unknownTown] }).catch((e: unknown) => e);
    expect(isRequestValidationError(error)).toBe(true);
    expect((error as Error).message).toMatch(/^onliner-second offers\.send: invalid input: body\.0\.location\.geo_town_id/);
    expect(fake.requests).toHaveLength(0);
    expect(await sendOffers(core, { body: [validOffer()] })).toEqual({ id: 'imp1' });
    expect(await offersSend(core, { body: [unknownTown] })).toEqual({ id: 'imp1' });
    expect(fake.apiRequests.map((r) => (r.json as Array<{ location: unknown }>)[0]!.location)).toEqual([validOffer().location, { geo_town_id: 1 }]);
  });

  it('a helper refuses a client of another provider with a typed error, before anything is sent', async () => {
    const fake = fakeOnliner(() => jsonResponse({}, 200));
    const other = createCore({ name: 'b2motor', baseURL: 'https://other.test' }, { fetch: fake.fetch });
    for (const call of [() => waitForImport(other as never, 'imp1'), () => closeOffers(other as never, ['1']), () => uploadAndWait(other as never, new Blob(['x'])), () => sendOffers(other as never, { body: [validOffer()] })]) {
      const error = await call().catch((e: unknown) => e);
      expect(isRequestValidationError(error)).toBe(true);
      expect((error as Error).message).toContain('must be a onliner-second client');
    }
    expect(fake.requests).toHaveLength(0);
  });

  it('createOnlinerSecondCore checks its options with a typed error that never quotes the secret', () => {
    const secret = credentials.clientSecret;
    const error = (() => {
      try {
        createOnlinerSecondCore({ clientId: ' ', clientSecret: secret, authURL: `https://user:${secret}@host`, tokenMarginMs: -1 });
      } catch (e) {
        return e as Error & { issues: Array<{ path: string }> };
      }
    })();
    expect(isRequestValidationError(error)).toBe(true);
    expect(error!.issues.map((i) => i.path)).toEqual(['clientId', 'tokenMarginMs']);
    expect(JSON.stringify(error)).not.toContain(secret);
    expect(() => createOnlinerSecondCore({ ...credentials, uploadURL: 'ftp://x' })).toThrow(/uploadURL must be an absolute http\(s\) URL/);
  });
});
