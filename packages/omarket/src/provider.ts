// The O!Market ads-board provider: its call facts (info.ts) plus the endpoint registry and the auth
// facts, for mocks, contract tests, OpenAPI and the convenient client.
import { defineProvider, mergeEntries } from '@x/core/provider';
import { endpoints } from './endpoints/index';
import { omarketInfo } from './info';

export { OMARKET_STAGING_URL } from './info';

/** O!Market ads-board API (the classifieds of the Kyrgyz operator O!). */
export const omarketProvider = /* @__PURE__ */ defineProvider(
  /* @__PURE__ */ mergeEntries(omarketInfo, {
    title: 'O!Market ads board',
    endpoints,
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
  } as const),
);
