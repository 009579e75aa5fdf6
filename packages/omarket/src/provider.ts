// The O!Market ads-board provider: host, endpoints, error classifier and conventions.
import { defineProvider } from '@x/core';
import { classifyOmarket } from './classify';
import { endpoints } from './endpoints/index';

/** The only documented host: staging (no production host is documented for the ads-board). */
export const OMARKET_STAGING_URL = 'https://staging-api-market.o.kg';

/** O!Market ads-board API (the classifieds of the Kyrgyz operator O!). */
export const omarketProvider = /* @__PURE__ */ defineProvider({
  name: 'omarket',
  title: 'O!Market ads board',
  baseURL: OMARKET_STAGING_URL,
  endpoints,
  classify: classifyOmarket,
  encoding: { arrayFormat: 'repeat', booleans: 'words' },
  // `password2` is caught by the built-in pattern; the OTP code is short-lived but still private.
  sensitiveNames: ['otp'],
  // Fact sheet Q1/Q2: the header name and the token scheme are not documented; these are the SDK defaults.
  auth: {
    apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key', description: 'The partner API key, on every call (header name configurable: `apiKeyHeader`).' },
    token: {
      type: 'apiKey',
      in: 'header',
      name: 'Authorization',
      description: 'The user access token from login/check-otp/refresh-token, raw (default) or as `Bearer <token>` (`authScheme`).',
    },
  },
});
