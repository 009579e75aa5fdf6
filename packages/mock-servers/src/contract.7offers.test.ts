// 7offers: its documented examples and wire fixtures against the SDK and the mock (fixture-matrix.test-helper.ts).
import { describe, expect, it } from 'vitest';

// The definitions load inside the file, so one that throws while loading fails a test
// (the mutation gate counts that as a kill) instead of leaving the file without tests.
const register = await (async () => {
  const [{ describeFixtureMatrix }, { createSevenOffers, unverifiedResources }, { sevenOffersFixtures }, { createSevenOffersMock, defaultSevenOffersKeys }] = await Promise.all([
    import('./fixture-matrix.test-helper'),
    import('@x/7offers'),
    import('./fixtures/7offers'),
    import('./providers/7offers/index'),
  ]);
  return () => {
  describeFixtureMatrix({
    provider: '7offers',
    fixtures: sevenOffersFixtures,
    create: createSevenOffersMock,
    client: (urls) => createSevenOffers({ apiKey: defaultSevenOffersKeys.advertiser, baseURL: urls.main, resources: unverifiedResources }).api,
    credentials: async () => ({ values: { api_key: defaultSevenOffersKeys.advertiser } }),
  });
  // Seed 003: goals are added and edited by advertisers ("Начало работы"); 403 is "no permission for
  // this method on this resource" (status table, lines 105-115). A webmaster's key lists goals, but
  // its writes are refused; the documented forms of goal-create / goal-update / goal-delete.
  describe('contract: 7offers goal writes are the advertiser\'s (seed 003)', () => {
    const writes = [
      { method: 'POST', path: '/goal/', form: 'offer_id=1&title=Регистрация' },
      { method: 'POST', path: '/goal/1', form: 'title=Покупка' },
      { method: 'DELETE', path: '/goal/1', form: '' },
    ];
    // Paths below the mock's base URL (https://7offers.ru/api, fact sheet §1).
    for (const write of writes) {
      it(`${write.method} /api${write.path} with a webmaster's key: 403, and with no key: 401`, async () => {
        const mock = createSevenOffersMock();
        const send = (key: string | undefined) => {
          const form = [write.form, key === undefined ? '' : `api_key=${key}`].filter(Boolean).join('&');
          const url = new URL(`${mock.baseURLs.main}${write.path}`);
          return mock.handle({ method: write.method, url, headers: new Headers({ 'content-type': 'application/x-www-form-urlencoded' }), body: new TextEncoder().encode(form), host: 'main', path: write.path });
        };
        expect((await send(defaultSevenOffersKeys.webmaster)).status).toBe(403);
        expect((await send(undefined)).status).toBe(401);
        const list = new URL(`${mock.baseURLs.main}/goal/?api_key=${defaultSevenOffersKeys.webmaster}`);
        expect((await mock.handle({ method: 'GET', url: list, headers: new Headers(), body: undefined, host: 'main', path: '/goal/' })).status).toBe(200);
      });
    }
  });
  };
})().catch((error: unknown) => error);

if (typeof register === 'function') register();
else it('the provider definitions load', () => {
  throw register;
});
