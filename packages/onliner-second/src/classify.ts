// How Onliner says "failed" (fact sheet Q5, Q9): second.api answers 403 {code: "access_denied",
// message} for a missing, wrong or expired token (not 401), and 422 {message, errors: {field:
// [text]}} for invalid parameters. The token endpoint speaks OAuth 2 ({error, error_description}).
import { asRecord, fieldMessages, GENERIC_REASON, kindFromStatus, providerErrorGuard, TOKEN_REFRESH_FAILED, type ApiError, type Classifier, type ClassifyContext, type ErrorSpec } from '@x/core/provider';

/** The code second.api sends with a 403 when the bearer token is missing, wrong or expired. */
export const ACCESS_DENIED = 'access_denied';

/**
 * The OAuth 2 bearer-token code (RFC 6750 §3.1) for an expired, revoked or malformed token. Not in
 * the provider's documents, but a 403 carrying it means the same as `access_denied`: get a new
 * token once and replay the call (decision 0017).
 */
export const INVALID_TOKEN = 'invalid_token';

/** The token endpoint's error codes that OAuth 2 defines (RFC 6749 §5.2); they become the `reason` as sent. */
const OAUTH_ERRORS = ['invalid_request', 'invalid_client', 'invalid_grant', 'unauthorized_client', 'unsupported_grant_type', 'invalid_scope'] as const;

/**
 * Every `reason` an Onliner (second.api) error can carry (`OnlinerSecondReason`); narrow with
 * `isOnlinerSecondError`:
 * - `access_denied`: 403 `{code: "access_denied"}`, the token is missing, wrong or expired (an
 *   AuthError, after one token refresh and replay);
 * - `invalid_token`: the same refusal in OAuth 2 bearer words (RFC 6750), not in the documents;
 * - `validation_failed`: 422 with field errors (`error.details.fields`);
 * - `image_processing_failed`: the upload host could not process an image (`uploadAndWait`);
 * - `invalid_request`, `invalid_client`, `invalid_grant`, `unauthorized_client`,
 *   `unsupported_grant_type`, `invalid_scope`: the token endpoint's OAuth 2 error (RFC 6749 §5.2);
 *   `invalid_client` (wrong Client ID or Secret) and `unauthorized_client` are AuthErrors;
 * - `token_refresh_failed`: the token request failed without one of those (a 5xx, an answer that
 *   failed validation);
 * - `provider_error`: any other OAuth 2 code (kept in `error.code`), or core's fallback.
 *
 * Any other failure (404, 5xx of second.api) has no reason: read `error.status` and `error.code`.
 */
export const ONLINER_SECOND_REASONS = [
  ACCESS_DENIED,
  INVALID_TOKEN,
  'validation_failed',
  'image_processing_failed',
  // OAUTH_ERRORS, written out: a spread here would keep this list in every bundle.
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'invalid_scope',
  TOKEN_REFRESH_FAILED,
  GENERIC_REASON,
] as const;

/** One of `ONLINER_SECOND_REASONS`. */
export type OnlinerSecondReason = (typeof ONLINER_SECOND_REASONS)[number];

/** An Onliner ApiError (or AuthError, NotFoundError...), its `reason` an `OnlinerSecondReason`. */
export type OnlinerSecondError = ApiError<unknown, OnlinerSecondReason>;

/**
 * Whether an error is an Onliner API error, narrowing `error.reason` to `OnlinerSecondReason | undefined`.
 *
 * @example
 * catch (error) { if (isOnlinerSecondError(error) && error.reason === 'validation_failed') console.log(error.details) }
 */
export const isOnlinerSecondError = /* @__PURE__ */ providerErrorGuard('onliner-second', ONLINER_SECOND_REASONS);

function isOAuthError(code: string): code is (typeof OAUTH_ERRORS)[number] {
  return (OAUTH_ERRORS as readonly string[]).includes(code);
}

/** `{field: [messages]}` when the body carries field errors in the documented shape. */
export function fieldErrors(body: unknown): Record<string, string[]> | undefined {
  const errors = asRecord(asRecord(body)?.errors);
  return errors ? (fieldMessages(errors) ?? {}) : undefined;
}

/** Provider-wide classifier for second.api and the upload host. */
export const classifyOnlinerSecond: Classifier<OnlinerSecondReason> = (c: ClassifyContext): ErrorSpec<OnlinerSecondReason> | undefined => {
  if (c.ok) return undefined;
  const body = asRecord(c.body);
  const code = typeof body?.code === 'string' || typeof body?.code === 'number' ? body.code : body?.error === INVALID_TOKEN ? INVALID_TOKEN : undefined;
  // The whole text: core redacts before it shortens, so a cut here could leave half a secret.
  const message = typeof body?.message === 'string' ? body.message : typeof c.body === 'string' ? c.body : undefined;
  if (c.status === 403 && code === ACCESS_DENIED) {
    // The client refreshes its token once and replays the call before this reaches the caller.
    return { kind: 'auth', code, message, reason: ACCESS_DENIED };
  }
  if ((c.status === 403 || c.status === 401) && code === INVALID_TOKEN) {
    const description = typeof body?.error_description === 'string' ? body.error_description : undefined;
    return { kind: 'auth', code, message: message ?? description, reason: INVALID_TOKEN };
  }
  const fields = c.status === 422 ? fieldErrors(c.body) : undefined;
  if (fields) {
    const summary = Object.entries(fields)
      .map(([field, messages]) => `${field}: ${messages.join(', ')}`)
      .join('; ');
    return { kind: 'api', code, message: summary ? `${message ?? 'Validation failed'} (${summary})` : message, reason: 'validation_failed', details: { fields } };
  }
  return { kind: kindFromStatus(c.status), code, message };
};

/**
 * The token endpoint's errors, as OAuth 2 (RFC 6749 §5.2) writes them: `invalid_client` (wrong
 * Client ID or Secret) is an AuthError; other codes (`invalid_request`, `unsupported_grant_type`)
 * are ApiErrors. The reason is the code when RFC 6749 defines it, `provider_error` otherwise (the
 * code stays in `error.code`). The provider's exact bodies are undocumented.
 */
export const classifyOAuthError: Classifier<OnlinerSecondReason> = (c: ClassifyContext): ErrorSpec<OnlinerSecondReason> | undefined => {
  if (c.ok) return undefined;
  const body = asRecord(c.body);
  const error = typeof body?.error === 'string' ? body.error : undefined;
  if (error === undefined) return c.status === 401 || c.status === 403 ? { kind: 'auth', reason: 'invalid_client', message: typeof body?.message === 'string' ? body.message : undefined } : undefined;
  const description = typeof body?.error_description === 'string' ? body.error_description : undefined;
  const auth = error === 'invalid_client' || error === 'unauthorized_client' || c.status === 401;
  return { kind: auth ? 'auth' : kindFromStatus(c.status), code: error, message: description ?? error, reason: isOAuthError(error) ? error : GENERIC_REASON };
};
