// How 7offers says "failed": a body with an `error` field (a string, or field → messages), in any
// HTTP status, 200 included (seed 003: "if the answer has no error field, the request succeeded").
import { asRecord, fieldMessages, GENERIC_REASON, isApiError, providerErrorGuard, type ApiError, type Classifier, type ClassifyContext, type ErrorSpec } from '@x/core/provider';

/** The stable `reason` of each documented failure status. */
export const SEVEN_OFFERS_REASONS = {
  /** 400: bad request parameters; see `fieldErrors(error)`. */
  400: 'bad_request',
  /** 401: the API key is wrong (or a key is needed). An AuthError. */
  401: 'unauthorized',
  /** 403: this account's role may not call this method on this resource. */
  403: 'forbidden',
  /** 404: no object with that id. A NotFoundError. */
  404: 'not_found',
  /** 405: the resource does not support this method. */
  405: 'method_not_allowed',
  /** 500: the provider's own failure (retried for reads). */
  500: 'server_error',
  /** 501: the method is announced but not implemented yet (BETA, "coming soon"). */
  501: 'not_implemented',
} as const;

/** A stable reason a 7offers error carries; narrow an error's `reason` to it with `isSevenOffersError`. */
export type SevenOffersReason =
  | (typeof SEVEN_OFFERS_REASONS)[keyof typeof SEVEN_OFFERS_REASONS]
  /** An `error` field inside a 2xx answer. */
  | 'error_in_body'
  /** Any other failing status. */
  | 'http_error'
  /** Core's fallback when a reason could not be kept. */
  | typeof GENERIC_REASON;

/** A 7offers ApiError (or AuthError, NotFoundError...), its `reason` a `SevenOffersReason`. */
export type SevenOffersError = ApiError<unknown, SevenOffersReason>;

/**
 * Whether an error is a 7offers API error, narrowing `error.reason` to `SevenOffersReason | undefined`.
 *
 * @example
 * catch (error) { if (isSevenOffersError(error) && error.reason === 'not_implemented') console.log('not there yet') }
 */
export const isSevenOffersError = /* @__PURE__ */ providerErrorGuard<SevenOffersReason>('7offers', /* @__PURE__ */ Object.values(SEVEN_OFFERS_REASONS), ['error_in_body', 'http_error', GENERIC_REASON]);

/** What `error.details` holds for a 7offers failure. */
export interface SevenOffersErrorDetails {
  /** The `error` field as sent: a message, or field → messages. */
  error: unknown;
  /** Field → messages, when `error` was an object of them (`{ offer_id: ['Offers not found'] }`). */
  fields?: Record<string, string[]>;
}


function summarize(fields: Record<string, string[]>): string {
  return Object.entries(fields)
    .map(([field, messages]) => `${field}: ${messages.join('; ')}`)
    .join(', ');
}

/**
 * Provider-wide classifier. A failing status or an `error` field makes an error: 401 an AuthError,
 * 404 a NotFoundError, the rest ApiErrors, each with a stable `reason` (`SEVEN_OFFERS_REASONS`).
 * Field messages are kept in `details.fields`.
 */
export const classifySevenOffers: Classifier<SevenOffersReason> = (c: ClassifyContext): ErrorSpec<SevenOffersReason> | undefined => {
  const body = asRecord(c.body);
  const hasError = body !== undefined && 'error' in body && body.error !== undefined && body.error !== null;
  if (c.ok && !hasError) return undefined;
  const error = hasError ? body.error : undefined;
  const fields = fieldMessages(error, { strict: true });
  // The whole text: core redacts before it shortens, so a cut here could leave half a secret.
  const message = typeof error === 'string' ? error : fields ? summarize(fields) : error !== undefined ? JSON.stringify(error) : typeof c.body === 'string' ? c.body : undefined;
  const known = (SEVEN_OFFERS_REASONS as Record<number, SevenOffersReason>)[c.status];
  const reason: SevenOffersReason = c.ok ? 'error_in_body' : (known ?? (c.status >= 500 ? 'server_error' : 'http_error'));
  const kind = c.status === 401 ? 'auth' : c.status === 404 ? 'not_found' : c.status === 429 ? 'rate_limit' : 'api';
  const details: SevenOffersErrorDetails | undefined = error === undefined ? undefined : { error, ...(fields ? { fields } : {}) };
  return { kind, reason, message, details };
};

/**
 * The field messages of a 7offers error (`{ offer_id: ['Offers not found'] }`), or `undefined`
 * when the error has none.
 *
 * @example
 * catch (error) { fieldErrors(error)?.per_page?.[0] }
 */
export function fieldErrors(error: unknown): Record<string, string[]> | undefined {
  if (!isApiError(error)) return undefined;
  return (asRecord(error.details) as SevenOffersErrorDetails | undefined)?.fields;
}

/** Whether an error is a 7offers API error with this `reason` (`'forbidden'`, `'not_implemented'` ...). */
export function hasReason(error: unknown, reason: SevenOffersReason): boolean {
  return isSevenOffersError(error) && error.reason === reason;
}
