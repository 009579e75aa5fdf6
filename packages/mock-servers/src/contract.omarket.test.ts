// O!Market: its documented examples and wire fixtures against the SDK and the mock (fixture-matrix.test-helper.ts).
import { it } from 'vitest';
// Plain data (no definitions): a static import is safe here.
import { omarketPagingFixtures } from './fixtures/paging';

// The definitions load inside the file, so one that throws while loading fails a test
// (the mutation gate counts that as a kill) instead of leaving the file without tests.
const register = await (async () => {
  const [{ describeFixtureMatrix }, { createOmarket }, { omarketFixtures }, { createOmarketMock, OMARKET_DEMO_SESSION, OMARKET_MOCK_API_KEY }] = await Promise.all([
    import('./fixture-matrix.test-helper'),
    import('@x/omarket'),
    import('./fixtures/omarket'),
    import('./providers/omarket/index'),
  ]);
  return () =>
  describeFixtureMatrix({
    provider: 'omarket',
    fixtures: omarketFixtures,
    paging: omarketPagingFixtures,
    create: createOmarketMock,
    // The seeded demo session survives mock resets (see providers/index.ts).
    client: (urls) => createOmarket({ apiKey: OMARKET_MOCK_API_KEY, baseURL: urls.main, tokenStore: { get: () => ({ ...OMARKET_DEMO_SESSION }), set: () => undefined } }),
    // The example cases check results through msw, which cannot carry a GET body: the documented
    // filter goes as POST there (as in providers/index.ts); the fixtures check the GET it sends.
    contractClient: (urls) =>
      createOmarket({ apiKey: OMARKET_MOCK_API_KEY, baseURL: urls.main, tokenStore: { get: () => ({ ...OMARKET_DEMO_SESSION }), set: () => undefined }, documentedFilterVia: 'POST' }),
    credentials: async () => ({ values: { 'x-api-key': OMARKET_MOCK_API_KEY, authorization: OMARKET_DEMO_SESSION.accessToken } }),
  });
})().catch((error: unknown) => error);

if (typeof register === 'function') register();
else it('the provider definitions load', () => {
  throw register;
});
