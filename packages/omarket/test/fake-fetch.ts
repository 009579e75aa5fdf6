// O!Market's ads-board envelopes, as responses for `scriptedFetch` from `@x/core/testing`.
import { jsonResponse } from '@x/core/testing';

/** The ads-board success envelope. */
export function ok(result: unknown, details = ''): Response {
  return jsonResponse({ result, resultCode: 'SUCCESS', details, errorCode: 0 });
}

/** A page in the envelope. */
export function page(results: unknown[], next: number | null = null): Response {
  return ok({ count: results.length, next, previous: null, results });
}
