// Type tests for b2motor's reason union (vitest typecheck mode).
import { describe, expectTypeOf, test } from 'vitest';
import { B2MOTOR_REASONS, isAuthError, isB2motorError, isB2motorLineError, type ApiError, type B2motorError, type B2motorReason } from './index';

describe('B2motorReason', () => {
  test('is exactly the listed reasons', () => {
    expectTypeOf<B2motorReason>().toEqualTypeOf<'wrong_credentials' | 'rejected' | 'partial_failure' | 'provider_error'>();
    expectTypeOf(B2MOTOR_REASONS).toEqualTypeOf<readonly ['wrong_credentials', 'rejected', 'partial_failure', 'provider_error']>();
  });

  test('isB2motorError narrows reason, alone and with the class guards', () => {
    const e: unknown = undefined;
    if (isB2motorError(e)) {
      expectTypeOf(e).toEqualTypeOf<B2motorError>();
      expectTypeOf(e.reason).toEqualTypeOf<B2motorReason | undefined>();
      // @ts-expect-error not a b2motor reason
      void (e.reason === 'wrong_otp');
      if (isAuthError(e)) expectTypeOf(e.reason).toEqualTypeOf<B2motorReason | undefined>();
    }
    if (isB2motorLineError(e)) expectTypeOf(e.reason).toEqualTypeOf<B2motorReason | undefined>();
    expectTypeOf<ApiError['reason']>().toEqualTypeOf<string | undefined>();
  });
});
