// Type tests for Onliner's reason union (vitest typecheck mode).
import { describe, expectTypeOf, test } from 'vitest';
import { isAuthError, isOnlinerSecondError, ONLINER_SECOND_REASONS, type OnlinerSecondError, type OnlinerSecondReason } from './index';

describe('OnlinerSecondReason', () => {
  test('is exactly the listed reasons', () => {
    expectTypeOf<OnlinerSecondReason>().toEqualTypeOf<
      | 'access_denied'
      | 'invalid_token'
      | 'validation_failed'
      | 'image_processing_failed'
      | 'invalid_request'
      | 'invalid_client'
      | 'invalid_grant'
      | 'unauthorized_client'
      | 'unsupported_grant_type'
      | 'invalid_scope'
      | 'token_refresh_failed'
      | 'provider_error'
    >();
    expectTypeOf(ONLINER_SECOND_REASONS).toEqualTypeOf<
      readonly [
        'access_denied',
        'invalid_token',
        'validation_failed',
        'image_processing_failed',
        'invalid_request',
        'invalid_client',
        'invalid_grant',
        'unauthorized_client',
        'unsupported_grant_type',
        'invalid_scope',
        'token_refresh_failed',
        'provider_error',
      ]
    >();
  });

  test('isOnlinerSecondError narrows reason, alone and with the class guards', () => {
    const e: unknown = undefined;
    if (isOnlinerSecondError(e)) {
      expectTypeOf(e).toEqualTypeOf<OnlinerSecondError>();
      expectTypeOf(e.reason).toEqualTypeOf<OnlinerSecondReason | undefined>();
      // @ts-expect-error not an Onliner reason
      void (e.reason === 'unauthorized');
      if (isAuthError(e)) expectTypeOf(e.reason).toEqualTypeOf<OnlinerSecondReason | undefined>();
    }
  });
});
