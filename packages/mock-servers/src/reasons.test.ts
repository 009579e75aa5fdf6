// Every documented error answer of every provider mock, through its SDK (msw): the error carries
// exactly the reason the example lists (none when it lists none: an Onliner 404), that reason is one
// of the SDK's documented reasons, and the SDK's guard (`isB2motorError`, ...) accepts the error, so
// `error.reason` is typed as the provider's union.
import { describe, expect, it } from 'vitest';
import { B2MOTOR_REASONS, isB2motorError } from '@x/b2motor';
import { isOmarketError } from '@x/omarket';
import { isOnlinerSecondError, ONLINER_SECOND_REASONS } from '@x/onliner-second';
import { isQuinceError, QUINCE_REASONS } from '@x/quince';
import { isSevenOffersError } from '@x/7offers';
import { getPath, isApiError, type SdkError } from '@x/core/provider';
import { inputFromExample } from './contract';
import { mockProviders, type MockProviderEntry, type MockProviderName } from './providers/index';
import { useMsw } from './setup-msw.test-helper';

/** Each SDK's guard, and its reason list where the SDK exports one as a tuple. */
const SDKS: Record<MockProviderName, { guard: (error: unknown) => boolean; reasons?: readonly string[] }> = {
  b2motor: { guard: isB2motorError, reasons: B2MOTOR_REASONS },
  'onliner-second': { guard: isOnlinerSecondError, reasons: ONLINER_SECOND_REASONS },
  quince: { guard: isQuinceError, reasons: QUINCE_REASONS },
  omarket: { guard: isOmarketError },
  '7offers': { guard: isSevenOffersError },
};

const API_KINDS = new Set(['api', 'auth', 'not_found', 'rate_limit']);
const subjects = (Object.entries(mockProviders) as Array<[MockProviderName, MockProviderEntry]>).map(([name, entry]) => {
  const mock = entry.create();
  return { name, mock, client: entry.client({ ...mock.baseURLs }) };
});
useMsw(...subjects.flatMap((s) => s.mock.handlers));

for (const { name, mock, client } of subjects) {
  describe(`${name}: documented error answers carry a documented reason`, () => {
    const cases = mock.definition.provider.operations.flatMap(({ key, endpoint }) =>
      mock.examplesFor(key).flatMap((example) => (example.error && API_KINDS.has(example.error.kind) ? [{ key, endpoint, example, error: example.error }] : [])),
    );

    it('has documented error answers, most with a reason', () => {
      expect(cases.length).toBeGreaterThan(0);
      const without = cases.filter((c) => c.error.reason === undefined).map((c) => `${c.key} ${c.example.name}`);
      // The only documented answers the SDKs map to no reason (read `error.status` / `error.code`).
      expect(without).toEqual(name === 'onliner-second' ? ['importReport.get not-found'] : []);
    });

    for (const { key, endpoint, example, error } of cases) {
      it(`${key} ${example.name}: reason ${String(error.reason)}`, async () => {
        const method = getPath(client, key) as (input: unknown, options: unknown) => Promise<unknown>;
        const input = inputFromExample(endpoint, example, mock.definition.authParams ?? []);
        const thrown = await method(input, { headers: { prefer: `example=${example.name}` }, retry: false }).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(isApiError(thrown), String(thrown)).toBe(true);
        expect(thrown).toMatchObject({ kind: error.kind, provider: name });
        expect((thrown as { reason?: unknown }).reason).toBe(error.reason);
        expect(SDKS[name].guard(thrown), `${(thrown as SdkError).message}`).toBe(true);
        const reasons = SDKS[name].reasons;
        if (reasons && error.reason !== undefined) expect(reasons).toContain(error.reason);
      });
    }
  });
}
