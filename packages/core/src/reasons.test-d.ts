// Type tests for the reason guard (vitest typecheck mode).
import { describe, expectTypeOf, test } from 'vitest';
import { ApiError, AuthError, GENERIC_REASON, isAuthError, providerErrorGuard, type Classifier, type ErrorSpec, type ProviderApiError, type ProviderErrorGuard } from './provider';

const REASONS = ['wrong_key', 'gone', GENERIC_REASON] as const;
type ToyReason = (typeof REASONS)[number];
const isToyError = providerErrorGuard('toy', REASONS);

describe('providerErrorGuard', () => {
  test('narrows reason to the listed union, and keeps the error class when combined with a class guard', () => {
    expectTypeOf(isToyError).toEqualTypeOf<ProviderErrorGuard<ToyReason>>();
    const e: unknown = undefined;
    if (isToyError(e)) {
      expectTypeOf(e.reason).toEqualTypeOf<'wrong_key' | 'gone' | 'provider_error' | undefined>();
      expectTypeOf(e).toEqualTypeOf<ProviderApiError<ToyReason>>();
      expectTypeOf(e.status).toEqualTypeOf<number>();
      if (isAuthError(e)) {
        expectTypeOf(e).toMatchTypeOf<AuthError>();
        expectTypeOf(e.reason).toEqualTypeOf<ToyReason | undefined>();
      }
    }
  });

  test('ApiError defaults keep reason a string', () => {
    expectTypeOf<ApiError['reason']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ApiError<unknown, 'a'>['reason']>().toEqualTypeOf<'a' | undefined>();
  });

  test('a typed classifier may only set listed reasons, and is still a Classifier', () => {
    const typed: Classifier<ToyReason> = () => ({ reason: 'gone' });
    expectTypeOf(typed).toMatchTypeOf<Classifier>();
    // @ts-expect-error not a toy reason
    const wrong: ErrorSpec<ToyReason> = { reason: 'teapot' };
    void wrong;
  });
});
