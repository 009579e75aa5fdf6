// Every SDK re-exports the same list from core (`@x/core/public`): errors, guards and paginate,
// so the READMEs' "every error is re-exported" holds for each of them.
import { describe, expect, it } from 'vitest';
import * as shared from '@x/core/public';
import * as b2motor from '@x/b2motor';
import * as omarket from '@x/omarket';
import * as onlinerSecond from '@x/onliner-second';
import * as quince from '@x/quince';
import * as sevenOffers from '@x/7offers';

const sdks: Record<string, Record<string, unknown>> = { b2motor, omarket, 'onliner-second': onlinerSecond, quince, '7offers': sevenOffers };

describe('the shared re-exports', () => {
  it('lists at least the errors, guards and paginate the READMEs promise', () => {
    expect(Object.keys(shared).sort()).toEqual(
      expect.arrayContaining(['NotFoundError', 'isNotFoundError', 'isRateLimitError', 'isAbortError', 'paginate', 'ApiError', 'AuthError', 'isApiError', 'isAuthError', 'RequestValidationError', 'isRequestValidationError']),
    );
  });

  for (const [name, sdk] of Object.entries(sdks)) {
    it(`${name} exports every one of them, the same objects as core`, () => {
      const missing = Object.keys(shared).filter((key) => !(key in sdk));
      expect(missing, `${name} misses`).toEqual([]);
      for (const [key, value] of Object.entries(shared)) expect(sdk[key], `${name}.${key}`).toBe(value);
    });
  }
});
