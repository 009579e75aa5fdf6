// Quince: its documented examples and wire fixtures against the SDK and the mock (fixture-matrix.test-helper.ts).
import { it } from 'vitest';
// Plain data (no definitions): a static import is safe here.
import { quincePagingFixtures } from './fixtures/paging';

// The definitions load inside the file, so one that throws while loading fails a test
// (the mutation gate counts that as a kill) instead of leaving the file without tests.
const register = await (async () => {
  const [{ describeFixtureMatrix }, { createQuince }, { quinceFixtures }, { createQuinceMock, QUINCE_DEMO_AUTH }] = await Promise.all([
    import('./fixture-matrix.test-helper'),
    import('@x/quince'),
    import('./fixtures/quince'),
    import('./providers/quince/index'),
  ]);
  return () =>
  describeFixtureMatrix({
    provider: 'quince',
    fixtures: quinceFixtures,
    paging: quincePagingFixtures,
    create: createQuinceMock,
    client: (urls) => createQuince({ baseURL: urls.main ?? '', auth: { header: QUINCE_DEMO_AUTH.header, value: QUINCE_DEMO_AUTH.value } }),
    credentials: async () => ({ values: { [QUINCE_DEMO_AUTH.header.toLowerCase()]: QUINCE_DEMO_AUTH.value } }),
  });
})().catch((error: unknown) => error);

if (typeof register === 'function') register();
else it('the provider definitions load', () => {
  throw register;
});
