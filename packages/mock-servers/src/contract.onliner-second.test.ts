// Onliner Second: its documented examples and wire fixtures against the SDK and the mock (fixture-matrix.test-helper.ts).
import { it } from 'vitest';
// Plain data (no definitions): a static import is safe here.
import { onlinerSecondPagingFixtures } from './fixtures/paging';

const basic = `Basic ${Buffer.from('demo-client:demo-secret').toString('base64')}`;

// The definitions load inside the file, so one that throws while loading fails a test
// (the mutation gate counts that as a kill) instead of leaving the file without tests.
const register = await (async () => {
  const [{ describeFixtureMatrix }, { createOnlinerSecond }, { onlinerSecondFixtures }, { createOnlinerSecondMock }] = await Promise.all([
    import('./fixture-matrix.test-helper'),
    import('@x/onliner-second'),
    import('./fixtures/onliner-second'),
    import('./providers/onliner-second/index'),
  ]);
  return () =>
  describeFixtureMatrix({
    provider: 'onliner-second',
    fixtures: onlinerSecondFixtures,
    paging: onlinerSecondPagingFixtures,
    create: createOnlinerSecondMock,
    client: (urls) => createOnlinerSecond({ clientId: 'demo-client', clientSecret: 'demo-secret', baseURL: urls.main, authURL: urls.auth, uploadURL: urls.upload }),
    // A bearer token minted by the mock under test (second.api and the upload host take it).
    credentials: async (send) => {
      const answer = await send('auth', {
        method: 'POST',
        pathAndQuery: '/oauth/token',
        headers: { authorization: basic, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: 'grant_type=client_credentials',
      });
      const token = (JSON.parse(answer.text) as { access_token: string }).access_token;
      return { values: { authorization: `Bearer ${token}`, token }, basic };
    },
  });
})().catch((error: unknown) => error);

if (typeof register === 'function') register();
else it('the provider definitions load', () => {
  throw register;
});
