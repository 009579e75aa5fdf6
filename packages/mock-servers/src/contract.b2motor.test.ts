// b2motor: its documented examples and wire fixtures against the SDK and the mock (fixture-matrix.test-helper.ts).
import { describe, expect, it } from 'vitest';

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
  return () => {
  describeFixtureMatrix({
    provider: 'b2motor',
    fixtures: b2motorFixtures,
    create: createB2motorMock,
    client: (urls) => createB2motor({ login: 'demo', password: 'demo', baseURL: urls.main }),
    credentials: async () => ({ values: { userlogin: 'demo', userpassw: md5Hex('demo') } }),
  });
  // Issue 12: a basket line whose offer id is missing or blank is refused before sending (it used
  // to go out as the text "undefined"); the documented line (basket-add) minus one id.
  describe('contract: b2motor basket.add refuses a line without an offer id before sending', () => {
    const documented = (b2motorFixtures.find((f) => f.name === 'basket-add')!.input.positions as Array<Record<string, unknown>>)[0]!;
    for (const name of ['distributorID', 'storeID', 'code']) {
      for (const value of [undefined, ' ']) {
        it(`${name} ${value === undefined ? 'missing' : 'blank'}: a RequestValidationError, nothing sent`, async () => {
          let sent = 0;
          const fetch = async () => {
            sent++;
            return Response.json({ status: 1 });
          };
          const client = createB2motor({ login: 'demo', password: 'demo', baseURL: 'https://b2motor.test/api/', fetch, retry: false });
          const error: unknown = await client.basket.add({ positions: [{ ...documented, [name]: value }] } as never).then(() => undefined, (e: unknown) => e);
          expect((error as { kind?: string } | undefined)?.kind).toBe('request_validation');
          expect(sent).toBe(0);
        });
      }
    }
  });
  };
})().catch((error: unknown) => error);

if (typeof register === 'function') register();
else it('the provider definitions load', () => {
  throw register;
});
