import { describe, expect, it } from 'vitest';
import { ApiError, AuthError, GENERIC_REASON, NotFoundError, SdkError } from './errors';
import { providerErrorGuard } from './reasons';

const isToyError = providerErrorGuard('toy', ['wrong_key', 'gone', GENERIC_REASON]);

describe('providerErrorGuard', () => {
  it('accepts an ApiError of its provider whose reason is listed or absent, of any ApiError class', () => {
    expect(isToyError(new AuthError('x', { status: 401, provider: 'toy', reason: 'wrong_key' }))).toBe(true);
    expect(isToyError(new NotFoundError('x', { status: 404, provider: 'toy', reason: 'gone' }))).toBe(true);
    expect(isToyError(new ApiError('x', { status: 500, provider: 'toy' }))).toBe(true);
    // A reason that is not a stable code becomes the generic one, which every list holds.
    expect(isToyError(new ApiError('x', { status: 500, provider: 'toy', reason: 'Not A Code' }))).toBe(true);
  });

  it('refuses other providers, unlisted reasons and non-API errors, so the narrowed type holds', () => {
    expect(isToyError(new ApiError('x', { status: 400, provider: 'other', reason: 'gone' }))).toBe(false);
    expect(isToyError(new ApiError('x', { status: 400, provider: 'toy', reason: 'teapot' }))).toBe(false);
    expect(isToyError(new SdkError('network', 'x', { provider: 'toy' }))).toBe(false);
    expect(isToyError(new Error('plain'))).toBe(false);
    expect(isToyError(undefined)).toBe(false);
  });

  it('throws at definition for a list without the generic reason or with an unstable code', () => {
    expect(() => providerErrorGuard('toy', ['wrong_key'])).toThrow(/must include "provider_error"/);
    expect(() => providerErrorGuard('toy', ['Wrong Key', GENERIC_REASON])).toThrow(/"Wrong Key" is not a stable reason/);
  });
});

describe('providerErrorGuard with several lists', () => {
  it('joins them (a map of reasons, then core’s)', () => {
    const isMapped = providerErrorGuard('toy', Object.values({ a: 'wrong_key' } as const), [GENERIC_REASON]);
    expect(isMapped(new ApiError('x', { status: 401, provider: 'toy', reason: 'wrong_key' }))).toBe(true);
    expect(isMapped(new ApiError('x', { status: 500, provider: 'toy', reason: GENERIC_REASON }))).toBe(true);
    expect(isMapped(new ApiError('x', { status: 500, provider: 'toy', reason: 'gone' }))).toBe(false);
  });
});
