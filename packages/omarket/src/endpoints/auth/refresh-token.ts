import * as v from 'valibot';
import { defineEndpoint } from '@x/core/provider';

/** POST market-auth/refresh-token/: a new access token for a refresh token. */
export const authRefreshToken = /* @__PURE__ */ defineEndpoint({
  method: 'POST',
  path: '/api/market-auth/refresh-token/',
  summary: 'Exchange the refresh token for a new access token (the client does this by itself).',
  docs: 'seed 002 "Refresh Token"',
  request: {
    body: /* @__PURE__ */ v.object({
      refresh_token: /* @__PURE__ */ v.pipe(/* @__PURE__ */ v.string('refresh_token must be a string'), /* @__PURE__ */ v.minLength(1, 'refresh_token must not be empty')),
    }),
  },
  response: /* @__PURE__ */ v.object({
    access_token: /* @__PURE__ */ v.string(),
    /** Not documented; kept when the provider rotates it (the Kotlin peer stores one if it comes back). */
    refresh_token: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  }),
  // Not safe: refresh tokens may rotate (one that comes back is kept), so replaying a refresh the
  // server did process would send a used token and end the session. Retried only when the request
  // provably never left (connection refused, DNS).
  safe: false,
  auth: ['apiKey'],
});
