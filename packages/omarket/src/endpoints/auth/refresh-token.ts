import * as v from 'valibot';
import { defineEndpoint } from '@x/core/provider';

/** POST market-auth/refresh-token/: a new access token for a refresh token. */
export const authRefreshToken = /* @__PURE__ */ defineEndpoint({
  method: 'POST',
  path: '/api/market-auth/refresh-token/',
  summary: 'Exchange the refresh token for a new access token (the client does this by itself).',
  docs: 'seed 002 "Refresh Token"',
  request: {
    body: v.object({
      refresh_token: v.pipe(v.string('refresh_token must be a string'), v.minLength(1, 'refresh_token must not be empty')),
    }),
  },
  response: v.object({
    access_token: v.string(),
    /** Not documented; kept when the provider rotates it (the Kotlin peer stores one if it comes back). */
    refresh_token: v.optional(v.string()),
  }),
  // Not safe: refresh tokens may rotate (one that comes back is kept), so replaying a refresh the
  // server did process would send a used token and end the session. Retried only when the request
  // provably never left (connection refused, DNS).
  safe: false,
  auth: ['apiKey'],
});
