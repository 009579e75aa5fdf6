// b2motor: its documented examples and wire fixtures against the SDK and the mock (fixture-matrix.test-helper.ts).
import { it } from 'vitest';

// The definitions load inside the file, so one that throws while loading fails a test
// (the mutation gate counts that as a kill) instead of leaving the file without tests.
const register = await (async () => {
  const [{ describeFixtureMatrix }, { createB2motor }, { md5Hex }, { b2motorFixtures }, { createB2motorMock }] = await Promise.all([
    import('./fixture-matrix.test-helper'),
    import('@x/b2motor'),
    import('@x/b2motor/endpoints'),
    import('./fixtures/b2motor'),
    import('./providers/b2motor/index'),
  ]);
  return () =>
  describeFixtureMatrix({
    provider: 'b2motor',
    fixtures: b2motorFixtures,
    create: createB2motorMock,
    client: (urls) => createB2motor({ login: 'demo', password: 'demo', baseURL: urls.main }),
    credentials: async () => ({ values: { userlogin: 'demo', userpassw: md5Hex('demo') } }),
  });
})().catch((error: unknown) => error);

if (typeof register === 'function') register();
else it('the provider definitions load', () => {
  throw register;
});
