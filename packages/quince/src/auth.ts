// Quince's auth is not documented anywhere (fact sheet Q8), so it is pluggable: one static header,
// a function that returns headers, or any core AuthStrategy. Every header it sets is a secret.
import * as v from 'valibot';
import { headersAuth, type AuthStrategy } from '@x/core/provider';

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

function isStrategy(auth: unknown): auth is AuthStrategy {
  return typeof auth === 'object' && auth !== null && typeof (auth as AuthStrategy).apply === 'function' && typeof (auth as AuthStrategy).name === 'string';
}

/** Why `auth` cannot be left out. */
export const AUTH_REQUIRED = 'auth is required: the Quince docs do not say how to authenticate, so give the header your tenant uses';
const SHAPE = 'auth must be { header, value }, a function returning headers, or an AuthStrategy';
const HEADER = 'auth.header must be a header name (letters, digits, "-")';
const VALUE = 'auth.value must be a non-empty string';

/**
 * The `auth` option: a headers function, an AuthStrategy, or `{ header, value }` (its problems
 * reported at `auth.header` / `auth.value`). Messages never echo the value (it is the secret).
 */
export const QuinceAuthSchema = /* @__PURE__ */ v.union(
  [
    /* @__PURE__ */ v.custom<QuinceHeadersFunction>((x) => typeof x === 'function', SHAPE),
    /* @__PURE__ */ v.custom<AuthStrategy>(isStrategy, SHAPE),
    /* @__PURE__ */ v.object(
      {
        header: /* @__PURE__ */ v.pipe(/* @__PURE__ */ v.string(HEADER), /* @__PURE__ */ v.regex(HEADER_NAME, HEADER)),
        value: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.string(VALUE),
          /* @__PURE__ */ v.nonEmpty(VALUE),
          /* @__PURE__ */ v.regex(/^[^\r\n]*$/, 'auth.value must not contain line breaks'),
        ),
      },
      SHAPE,
    ),
  ],
  SHAPE,
);

/**
 * The AuthStrategy for a (checked) `auth` option. Core's `headersAuth` marks every header it sets
 * as sensitive and scrubs its value (and the credential after a scheme such as `Bearer`).
 */
export function quinceAuthStrategy(auth: QuinceAuth): AuthStrategy {
  if (isStrategy(auth)) return auth;
  if (typeof auth === 'function') return headersAuth('quince', auth);
  return headersAuth('quince', () => ({ [auth.header]: auth.value }), { headerNames: [auth.header] });
}
