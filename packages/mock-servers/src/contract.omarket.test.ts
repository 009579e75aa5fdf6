// O!Market: its documented examples and wire fixtures against the SDK and the mock (fixture-matrix.ts).
import { createOmarket } from '@x/omarket';
import { omarketFixtures } from './fixtures/omarket';
import { describeFixtureMatrix } from './fixture-matrix';
import { createOmarketMock, OMARKET_DEMO_SESSION, OMARKET_MOCK_API_KEY } from './providers/omarket/index';

describeFixtureMatrix({
  provider: 'omarket',
  fixtures: omarketFixtures,
  create: createOmarketMock,
  // The seeded demo session survives mock resets (see providers/index.ts).
  client: (urls) => createOmarket({ apiKey: OMARKET_MOCK_API_KEY, baseURL: urls.main, tokenStore: { get: () => ({ ...OMARKET_DEMO_SESSION }), set: () => undefined } }),
  credentials: async () => ({ values: { 'x-api-key': OMARKET_MOCK_API_KEY, authorization: OMARKET_DEMO_SESSION.accessToken } }),
});
