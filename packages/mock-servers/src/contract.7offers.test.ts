// 7offers: its documented examples and wire fixtures against the SDK and the mock (fixture-matrix.ts).
import { createSevenOffers, unverifiedResources } from '@x/7offers';
import { sevenOffersFixtures } from './fixtures/7offers';
import { describeFixtureMatrix } from './fixture-matrix';
import { createSevenOffersMock, defaultSevenOffersKeys } from './providers/7offers/index';

describeFixtureMatrix({
  provider: '7offers',
  fixtures: sevenOffersFixtures,
  create: createSevenOffersMock,
  client: (urls) => createSevenOffers({ apiKey: defaultSevenOffersKeys.advertiser, baseURL: urls.main, resources: unverifiedResources }).api,
  credentials: async () => ({ values: { api_key: defaultSevenOffersKeys.advertiser } }),
});
