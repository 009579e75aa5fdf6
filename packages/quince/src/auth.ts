// Quince's auth is not documented anywhere (fact sheet Q8), so it is pluggable: one static header,
// a function that returns headers, or any core AuthStrategy. Every header it sets is a secret.
import { AuthError, headersAuth, type AuthStrategy, type Redactor, type ValidationIssue } from '@x/core';

/** One header with a fixed value, e.g. `{ header: 'Authorization', value: 'Bearer <key>' }`. */
export interface QuinceHeaderAuth {
  /** Header name. */
  header: string;
  /** Header value (a secret: it is redacted from errors, hooks and logs). */
  value: string;
}

/** Headers computed before each request (a rotating token, a signature...). */
export type QuinceHeadersFunction = () => Record<string, string> | Promise<Record<string, string>>;

/**
 * How the client authenticates. The scheme is unverified, so the SDK has no default:
 * - `{ header, value }`: one static header;
 * - a function returning headers, called before every request;
 * - any `AuthStrategy` from `@x/core` (e.g. `tokenAuth` with a `TokenManager`).
 */
export type QuinceAuth = QuinceHeaderAuth | QuinceHeadersFunction | AuthStrategy;

/** RFC 9110 token characters: what a header name may contain. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Remember a header value as a secret, and also the credential after an auth scheme
 * (`Bearer <token>`): a provider that echoes the bare token must not leak it either.
 */
function registerSecret(redactor: Redactor, value: string): void {
  redactor.addSecret(value);
  const scheme = /^[A-Za-z][\w.+-]*\s+(\S.*)$/.exec(value.trim());
  if (scheme?.[1]) redactor.addSecret(scheme[1]);
}

function isStrategy(auth: unknown): auth is AuthStrategy {
  return typeof auth === 'object' && auth !== null && typeof (auth as AuthStrategy).apply === 'function' && typeof (auth as AuthStrategy).name === 'string';
}

/** Problems with the `auth` option, as validation issues (never echoing the secret). */
export function checkAuthOption(auth: unknown): ValidationIssue[] {
  if (auth === undefined || auth === null) {
    return [{ path: 'auth', message: 'auth is required: the Quince docs do not say how to authenticate, so give the header your tenant uses' }];
  }
  if (typeof auth === 'function' || isStrategy(auth)) return [];
  if (typeof auth !== 'object') return [{ path: 'auth', message: 'auth must be { header, value }, a function returning headers, or an AuthStrategy' }];
  const { header, value } = auth as Partial<QuinceHeaderAuth>;
  const issues: ValidationIssue[] = [];
  if (typeof header !== 'string' || !HEADER_NAME.test(header)) issues.push({ path: 'auth.header', message: 'auth.header must be a header name (letters, digits, "-")' });
  if (typeof value !== 'string' || value === '') issues.push({ path: 'auth.value', message: 'auth.value must be a non-empty string' });
  else if (/[\r\n]/.test(value)) issues.push({ path: 'auth.value', message: 'auth.value must not contain line breaks' });
  return issues;
}

/**
 * The AuthStrategy for a (checked) `auth` option. Header names it sets become sensitive in the
 * client's redactor, so hooks and logs mask them even when the value is short.
 */
export function quinceAuthStrategy(auth: QuinceAuth, redactor: Redactor): AuthStrategy {
  if (isStrategy(auth)) return auth;
  if (typeof auth === 'function') {
    const sensitive = new Set<string>();
    return headersAuth('quince', async () => {
      let headers: unknown;
      try {
        headers = await auth();
      } catch (error) {
        // The function's own error may carry its secret: keep only the error's name.
        throw new AuthError(`quince: the auth headers function failed (${error instanceof Error ? error.name : 'non-error thrown'})`, {
          status: 0,
          provider: 'quince',
          reason: 'auth_headers_failed',
        });
      }
      if (!headers || typeof headers !== 'object' || Array.isArray(headers)) {
        throw new AuthError('quince: the auth headers function must return an object of header names and string values', { status: 0, provider: 'quince', reason: 'auth_headers_invalid' });
      }
      const out: Record<string, string> = {};
      for (const [name, value] of Object.entries(headers as Record<string, unknown>)) {
        if (!HEADER_NAME.test(name) || typeof value !== 'string' || /[\r\n]/.test(value)) {
          throw new AuthError(`quince: the auth headers function returned an invalid header "${HEADER_NAME.test(name) ? name : '?'}"`, {
            status: 0,
            provider: 'quince',
            reason: 'auth_headers_invalid',
          });
        }
        registerSecret(redactor, value);
        if (!sensitive.has(name.toLowerCase())) {
          sensitive.add(name.toLowerCase());
          redactor.addSensitiveName(name);
        }
        out[name] = value;
      }
      return out;
    });
  }
  redactor.addSensitiveName(auth.header);
  registerSecret(redactor, auth.value);
  const strategy = headersAuth('quince', () => ({ [auth.header]: auth.value }));
  return { name: strategy.name, headerNames: [auth.header], apply: (target, ctx) => strategy.apply(target, ctx) };
}
