// b2motor: its documented examples and wire fixtures against the SDK and the mock (fixture-matrix.ts).
import { createB2motor } from '@x/b2motor';
import { md5Hex } from '@x/b2motor/endpoints';
import { b2motorFixtures } from './fixtures/b2motor';
import { describeFixtureMatrix } from './fixture-matrix';
import { createB2motorMock } from './providers/b2motor/index';

describeFixtureMatrix({
  provider: 'b2motor',
  fixtures: b2motorFixtures,
  create: createB2motorMock,
  client: (urls) => createB2motor({ login: 'demo', password: 'demo', baseURL: urls.main }),
  credentials: async () => ({ values: { userlogin: 'demo', userpassw: md5Hex('demo') } }),
});
