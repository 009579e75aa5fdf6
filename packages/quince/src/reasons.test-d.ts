// Type tests for Quince's reason union (vitest typecheck mode).
import { describe, expectTypeOf, test } from 'vitest';
import { isNotFoundError, isQuinceError, isUnknownIdsError, QUINCE_REASONS, type QuinceError, type QuinceReason } from './index';

describe('QuinceReason', () => {
  test('is exactly the listed reasons', () => {
    expectTypeOf<QuinceReason>().toEqualTypeOf<'unauthorized' | 'unknown_ids' | 'rejected' | 'token_refresh_failed' | 'provider_error'>();
    expectTypeOf(QUINCE_REASONS).toEqualTypeOf<readonly ['unauthorized', 'unknown_ids', 'rejected', 'token_refresh_failed', 'provider_error']>();
  });

  test('isQuinceError narrows reason; isUnknownIdsError to the one reason', () => {
    const e: unknown = undefined;
    if (isQuinceError(e)) {
      expectTypeOf(e).toEqualTypeOf<QuinceError>();
      expectTypeOf(e.reason).toEqualTypeOf<QuinceReason | undefined>();
      // @ts-expect-error not a Quince reason
      void (e.reason === 'access_denied');
      if (isNotFoundError(e)) expectTypeOf(e.reason).toEqualTypeOf<QuinceReason | undefined>();
    }
    if (isUnknownIdsError(e)) expectTypeOf(e.reason).toEqualTypeOf<'unknown_ids'>();
  });
});
