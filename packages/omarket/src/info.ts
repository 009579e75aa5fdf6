// What every O!Market call needs and nothing more: name, host, error classifier and encoding
// conventions. The endpoint registry (provider.ts) adds the endpoints for mocks and tooling.
import type { ProviderInfo } from '@x/core/provider';
import { classifyOmarket } from './classify';

/** The only documented host: staging (no production host is documented for the ads-board). */
export const OMARKET_STAGING_URL = 'https://staging-api-market.o.kg';

/** The O!Market provider without its endpoint registry: what a configuration-only client holds. */
export const omarketInfo = {
  name: 'omarket',
  baseURL: OMARKET_STAGING_URL,
  classify: classifyOmarket,
  encoding: { arrayFormat: 'repeat', booleans: 'words' },
  // `password2` is caught by the built-in pattern; the OTP code is short-lived but still private.
  sensitiveNames: ['otp'],
} as const satisfies ProviderInfo;
