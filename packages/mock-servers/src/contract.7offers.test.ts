// 7offers: its documented examples and wire fixtures against the SDK and the mock (fixture-matrix.test-helper.ts).
import { it } from 'vitest';

// The definitions load inside the file, so one that throws while loading fails a test
// (the mutation gate counts that as a kill) instead of leaving the file without tests.
const register = await (async () => {
  const [{ describeFixtureMatrix }, { createSevenOffers, unverifiedResources }, { sevenOffersFixtures }, { createSevenOffersMock, defaultSevenOffersKeys }] = await Promise.all([
    import('./fixture-matrix.test-helper'),
    import('@x/7offers'),
    import('./fixtures/7offers'),
    import('./providers/7offers/index'),
  ]);
  return () =>
  describeFixtureMatrix({
    provider: '7offers',
    fixtures: sevenOffersFixtures,
    create: createSevenOffersMock,
    client: (urls) => createSevenOffers({ apiKey: defaultSevenOffersKeys.advertiser, baseURL: urls.main, resources: unverifiedResources }).api,
    credentials: async () => ({ values: { api_key: defaultSevenOffersKeys.advertiser } }),
  });
})().catch((error: unknown) => error);

if (typeof register === 'function') register();
else it('the provider definitions load', () => {
  throw register;
});
