import * as v from 'valibot';
import { defineEndpoint } from '@x/core/provider';
import { msisdn, password } from '../../schemas/input';

/** POST market-auth/auth/msisdn-password/: exchange a phone number and password for tokens. */
export const authLogin = /* @__PURE__ */ defineEndpoint({
  method: 'POST',
  path: '/api/market-auth/auth/msisdn-password/',
  summary: 'Log in with msisdn and password; returns an access token (30 min) and a refresh token.',
  docs: 'seed 002 "Логин"',
  request: {
    body: /* @__PURE__ */ v.object({
      /** `996` + 9 digits. */
      msisdn,
      password,
    }),
  },
  response: /* @__PURE__ */ v.object({
    /** Opaque (base64 JSON, not a JWT); valid 30 minutes. Never decode it. */
    access_token: /* @__PURE__ */ v.string(),
    /** 32 hex characters. */
    refresh_token: /* @__PURE__ */ v.string(),
  }),
  // A replay only issues another token pair.
  safe: true,
  auth: ['apiKey'],
});
