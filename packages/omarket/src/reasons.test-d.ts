// Type tests for O!Market's reason union (vitest typecheck mode).
import { describe, expectTypeOf, test } from 'vitest';
import { isAuthError, isOmarketError, type OmarketError, type OmarketReason } from './index';

describe('OmarketReason', () => {
  test('is exactly OMARKET_REASONS, the token refresh failure and the fallback', () => {
    expectTypeOf<OmarketReason>().toEqualTypeOf<
      | 'wrong_otp'
      | 'number_exists'
      | 'unknown_refresh_token'
      | 'image_not_found'
      | 'wrong_credentials'
      | 'token_rejected'
      | 'api_key_rejected'
      | 'not_logged_in'
      | 'no_refresh_token'
      | 'token_refresh_failed'
      | 'provider_error'
    >();
  });

  test('isOmarketError narrows reason, alone and with the class guards', () => {
    const e: unknown = undefined;
    if (isOmarketError(e)) {
      expectTypeOf(e).toEqualTypeOf<OmarketError>();
      expectTypeOf(e.reason).toEqualTypeOf<OmarketReason | undefined>();
      // @ts-expect-error not an O!Market reason
      void (e.reason === 'rejected');
      if (isAuthError(e)) expectTypeOf(e.reason).toEqualTypeOf<OmarketReason | undefined>();
    }
  });
});
