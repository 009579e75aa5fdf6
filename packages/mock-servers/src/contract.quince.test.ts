// Quince: its documented examples and wire fixtures against the SDK and the mock (fixture-matrix.ts).
import { createQuince } from '@x/quince';
import { quinceFixtures } from './fixtures/quince';
import { describeFixtureMatrix } from './fixture-matrix';
import { createQuinceMock, QUINCE_DEMO_AUTH } from './providers/quince/index';

describeFixtureMatrix({
  provider: 'quince',
  fixtures: quinceFixtures,
  create: createQuinceMock,
  client: (urls) => createQuince({ baseURL: urls.main ?? '', auth: { header: QUINCE_DEMO_AUTH.header, value: QUINCE_DEMO_AUTH.value } }),
  credentials: async () => ({ values: { [QUINCE_DEMO_AUTH.header.toLowerCase()]: QUINCE_DEMO_AUTH.value } }),
});
