// Type tests for 7offers' reason union (vitest typecheck mode).
import { describe, expectTypeOf, test } from 'vitest';
import { isAuthError, isSevenOffersError, type SevenOffersError, type SevenOffersReason } from './index';

describe('SevenOffersReason', () => {
  test('is exactly the documented statuses, the two catch-alls and the fallback', () => {
    expectTypeOf<SevenOffersReason>().toEqualTypeOf<
      'bad_request' | 'unauthorized' | 'forbidden' | 'not_found' | 'method_not_allowed' | 'server_error' | 'not_implemented' | 'error_in_body' | 'http_error' | 'provider_error'
    >();
  });

  test('isSevenOffersError narrows reason, alone and with the class guards', () => {
    const e: unknown = undefined;
    if (isSevenOffersError(e)) {
      expectTypeOf(e).toEqualTypeOf<SevenOffersError>();
      expectTypeOf(e.reason).toEqualTypeOf<SevenOffersReason | undefined>();
      // @ts-expect-error not a 7offers reason
      void (e.reason === 'teapot');
      if (isAuthError(e)) expectTypeOf(e.reason).toEqualTypeOf<SevenOffersReason | undefined>();
    }
  });
});
