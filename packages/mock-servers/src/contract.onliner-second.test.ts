// Onliner Second: its documented examples and wire fixtures against the SDK and the mock (fixture-matrix.ts).
import { createOnlinerSecond } from '@x/onliner-second';
import { onlinerSecondFixtures } from './fixtures/onliner-second';
import { describeFixtureMatrix } from './fixture-matrix';
import { createOnlinerSecondMock } from './providers/onliner-second/index';

const basic = `Basic ${Buffer.from('demo-client:demo-secret').toString('base64')}`;

describeFixtureMatrix({
  provider: 'onliner-second',
  fixtures: onlinerSecondFixtures,
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
