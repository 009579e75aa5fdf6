// How Onliner says "failed" (fact sheet Q5, Q9): second.api answers 403 {code: "access_denied",
// message} for a missing, wrong or expired token (not 401), and 422 {message, errors: {field:
// [text]}} for invalid parameters. The token endpoint speaks OAuth 2 ({error, error_description}).
import { asRecord, fieldMessages, kindFromStatus, type Classifier, type ClassifyContext, type ErrorSpec } from '@x/core/provider';

/** The code second.api sends with a 403 when the bearer token is missing, wrong or expired. */
export const ACCESS_DENIED = 'access_denied';

/**
 * The OAuth 2 bearer-token code (RFC 6750 §3.1) for an expired, revoked or malformed token. Not in
 * the provider's documents, but a 403 carrying it means the same as `access_denied`: get a new
 * token once and replay the call (decision 0017).
 */
export const INVALID_TOKEN = 'invalid_token';


/** `{field: [messages]}` when the body carries field errors in the documented shape. */
export function fieldErrors(body: unknown): Record<string, string[]> | undefined {
  const errors = asRecord(asRecord(body)?.errors);
  return errors ? (fieldMessages(errors) ?? {}) : undefined;
}

/** Provider-wide classifier for second.api and the upload host. */
export const classifyOnlinerSecond: Classifier = (c: ClassifyContext): ErrorSpec | undefined => {
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
 * are ApiErrors. The provider's exact bodies are undocumented.
 */
export const classifyOAuthError: Classifier = (c: ClassifyContext): ErrorSpec | undefined => {
  if (c.ok) return undefined;
  const body = asRecord(c.body);
  const error = typeof body?.error === 'string' ? body.error : undefined;
  if (error === undefined) return c.status === 401 || c.status === 403 ? { kind: 'auth', reason: 'invalid_client', message: typeof body?.message === 'string' ? body.message : undefined } : undefined;
  const description = typeof body?.error_description === 'string' ? body.error_description : undefined;
  const auth = error === 'invalid_client' || error === 'unauthorized_client' || c.status === 401;
  return { kind: auth ? 'auth' : kindFromStatus(c.status), code: error, message: description ?? error, reason: error };
};
