// How O!Market says "failed": `resultCode: "FAIL"` in any HTTP status (even 200 with errorCode 0),
// `{error}` / `{message}` / `{detail}` bodies, and 401/403 for credentials (fact sheet Q2, Q6, Q7).
import { asRecord, GENERIC_REASON, providerErrorGuard, TOKEN_REFRESH_FAILED } from '@x/core/provider';
import type { ApiError, Classifier, ClassifyContext, ErrorSpec } from '@x/core/provider';

/** Stable, provider-independent reasons on the errors this SDK throws. */
export const OMARKET_REASONS = {
  /** check-otp: "Not match opt code". */
  wrongOtp: 'wrong_otp',
  /** register: the number is already registered. */
  numberExists: 'number_exists',
  /** refresh-token: "no such … refresh token found" (an AuthError). */
  unknownRefreshToken: 'unknown_refresh_token',
  /** remove-image: "Image not found" (a NotFoundError). */
  imageNotFound: 'image_not_found',
  /** login rejected the msisdn / password (an AuthError). */
  wrongCredentials: 'wrong_credentials',
  /** 401/403 on a call that carried a user token: expired, revoked or invalid (an AuthError). */
  tokenRejected: 'token_rejected',
  /** 401/403 on a call that carried only the API key, or a message naming the key (an AuthError). */
  apiKeyRejected: 'api_key_rejected',
  /** A protected call with no tokens in the store: call `login()` first (an AuthError, nothing sent). */
  notLoggedIn: 'not_logged_in',
  /** Tokens without a refresh token expired or were rejected (an AuthError). */
  noRefreshToken: 'no_refresh_token',
} as const;

/**
 * A stable reason an O!Market error carries: one of `OMARKET_REASONS`, `token_refresh_failed` (a
 * token refresh failed without one of those: a 5xx, an answer that failed validation) or
 * `provider_error` (core's fallback when a reason could not be kept). Narrow an error's `reason` to
 * it with `isOmarketError`.
 */
export type OmarketReason = (typeof OMARKET_REASONS)[keyof typeof OMARKET_REASONS] | typeof TOKEN_REFRESH_FAILED | typeof GENERIC_REASON;

/** An O!Market ApiError (or AuthError, NotFoundError...), its `reason` an `OmarketReason`. */
export type OmarketError = ApiError<unknown, OmarketReason>;

/**
 * Whether an error is an O!Market API error, narrowing `error.reason` to `OmarketReason | undefined`.
 *
 * @example
 * catch (error) { if (isOmarketError(error) && error.reason === 'wrong_otp') askForTheCodeAgain() }
 */
export const isOmarketError = /* @__PURE__ */ providerErrorGuard<OmarketReason>('omarket', /* @__PURE__ */ Object.values(OMARKET_REASONS), [TOKEN_REFRESH_FAILED, GENERIC_REASON]);

/**
 * The provider's message, wherever this endpoint puts it: `error` (register, check-otp), `message`
 * (refresh-token, the Kotlin peer's reading), `detail` (Django REST framework's default), the
 * envelope's `result` when it is a string ("Image not found"), then a non-empty `details`.
 */
export function providerMessage(body: unknown): string | undefined {
  // The whole text: core redacts before it shortens, so a cut here could leave half a secret.
  if (typeof body === 'string') return body.trim() === '' ? undefined : body;
  const r = asRecord(body);
  if (!r) return undefined;
  for (const value of [r.error, r.message, r.detail, r.result, r.details]) {
    if (typeof value === 'string' && value !== '') return value;
  }
  // DRF field errors: {"msisdn": ["This field is required."]}.
  for (const [field, value] of Object.entries(r)) {
    if (Array.isArray(value) && typeof value[0] === 'string') return `${field}: ${value[0]}`;
  }
  return undefined;
}

function failedInBody(body: Record<string, unknown> | undefined): boolean {
  if (!body) return false;
  if ('resultCode' in body && body.resultCode !== 'SUCCESS') return true;
  return typeof body.error === 'string' && body.error !== '';
}

const API_KEY_TEXT = /api[\s_-]?key/i;

/** The reason and error kind for a failure, from the endpoint, the status and the message. */
function reasonFor(c: ClassifyContext, message: string): Pick<ErrorSpec<OmarketReason>, 'kind' | 'reason'> {
  const key = c.endpoint;
  const credentials = c.status === 401 || c.status === 403;
  if (credentials && API_KEY_TEXT.test(message)) return { kind: 'auth', reason: OMARKET_REASONS.apiKeyRejected };
  if (key === 'auth.login' && (credentials || c.status === 400)) return { kind: 'auth', reason: OMARKET_REASONS.wrongCredentials };
  // Auth endpoints carry only the API key: a credentials failure there is the key's.
  if (credentials && key.startsWith('auth.')) return { kind: 'auth', reason: OMARKET_REASONS.apiKeyRejected };
  if (credentials) return { kind: 'auth', reason: OMARKET_REASONS.tokenRejected };
  if (key === 'auth.refreshToken' && c.status >= 400 && c.status < 500) return { kind: 'auth', reason: OMARKET_REASONS.unknownRefreshToken };
  if (/no such .* refresh token/i.test(message)) return { kind: 'auth', reason: OMARKET_REASONS.unknownRefreshToken };
  if (/not match o[pt]t/i.test(message)) return { reason: OMARKET_REASONS.wrongOtp };
  if (/уже существует|already exists/i.test(message)) return { reason: OMARKET_REASONS.numberExists };
  if (/image not found/i.test(message)) return { kind: 'not_found', reason: OMARKET_REASONS.imageNotFound };
  return {};
}

/**
 * Provider-wide classifier. A success needs a 2xx status **and** no failure in the body
 * (`resultCode` other than `"SUCCESS"`, or an `error` field). The provider's message is kept
 * verbatim in `providerMessage`; `reason` is one of `OMARKET_REASONS` where one can be mapped.
 */
export const classifyOmarket: Classifier<OmarketReason> = (c: ClassifyContext): ErrorSpec<OmarketReason> | undefined => {
  const body = asRecord(c.body);
  if (c.ok && !failedInBody(body)) return undefined;
  const message = providerMessage(c.body) ?? (body?.resultCode === 'FAIL' ? 'resultCode FAIL' : undefined);
  const { kind, reason } = reasonFor(c, message ?? '');
  const errorCode = body?.errorCode;
  // errorCode is 0 even on FAIL (fact sheet Q6): only a non-zero one is worth reporting as a code.
  const code = (typeof errorCode === 'number' || typeof errorCode === 'string') && errorCode !== 0 && errorCode !== '0' && errorCode !== '' ? errorCode : undefined;
  return {
    ...(kind ? { kind } : {}),
    ...(reason ? { reason } : {}),
    code,
    message,
  };
};
