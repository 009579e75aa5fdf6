// The O!Market mock: API key and token checks like the provider's, users (register → OTP → login),
// tokens that expire on the mock clock, ads through their statuses with images, paged lists.
import { omarketProvider } from '@x/omarket/endpoints';
import type { RequestHandler } from 'msw';
import { defineProviderMock } from '../../define-provider-mock';
import { createMock, type ProviderMock } from '../../provider-mock';
import type { MockOptions } from '../../types';
import { adResolvers } from './ads';
import { authenticate, authResolvers } from './auth';
import { catalogResolvers } from './catalog';
import { omarketExamples } from './examples';
import { imageResolvers } from './images';
import { OMARKET_DEMO_SESSION, OMARKET_MOCK_API_KEY } from './session';
import { createOmarketState } from './state';
import type { OmarketMockConfig, OmarketState } from './store';
import { badRequest } from './views';

export { OMARKET_DEMO_USER, OMARKET_FAQ_CONTENT, OMARKET_MOCK_ERRORS, omarketExamples } from './examples';
export { OMARKET_ACCESS_TTL_MS, OMARKET_DEMO_SESSION, OMARKET_MOCK_API_KEY, revokeRefreshTokens } from './session';
export { setAdStatus } from './state';
export type { OmarketMockConfig, OmarketState, OmarketUser, StoredAd } from './store';

/** The documented filter path, which the docs call with GET and a JSON body. */
const DOCUMENTED_FILTER_PATH = /^\/?api\/ads-board\/v1\/trusted\/ads-filter\/?$/;

/** Header the mock adds when it served the documented filter's undocumented POST form as its GET (visible in the journal). */
export const OMARKET_SENT_AS_HEADER = 'x-omarket-mock-sent-as';

/** The O!Market mock definition (use `createOmarketMock` for an instance). */
export function omarketMockDefinition(config: OmarketMockConfig) {
  return defineProviderMock({
    provider: omarketProvider,
    examples: omarketExamples,
    // Headers of documented requests that are credentials, not SDK input.
    authParams: ['x-api-key', 'api_key', 'authorization'],
    sensitiveNames: ['otp'],
    createState: ({ clock, random }) => createOmarketState(clock, config, random),

    authenticate,

    errors: {
      // The documented 400s of register and check-otp use `{error}`; the mock answers every invalid request so.
      validation: (issues) => badRequest(`Invalid request: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`),
      status: (status, message) => ({ status, body: { detail: message } }),
    },

    resolvers: { ...authResolvers, ...adResolvers, ...imageResolvers, ...catalogResolvers },

    // The documented filter is a GET with a JSON body and is served as such (node:http reads it;
    // the SDK sends it over node:http). The POST form (`documentedFilterVia: 'POST'`, the only one
    // a browser or msw can carry) is undocumented: tolerated, noted in docHits and marked in the
    // journal's headers (decision 0043).
    rewrite(raw, note) {
      if (raw.method !== 'POST' || !DOCUMENTED_FILTER_PATH.test(raw.path)) return raw;
      note('post-for-get-with-body', 'POST served as the documented GET with a JSON body');
      const headers = new Headers(raw.headers);
      headers.set(OMARKET_SENT_AS_HEADER, 'POST');
      return { ...raw, method: 'GET', headers };
    },
    curl: (base) =>
      `curl -H 'x-api-key: ${config.apiKeys[0] ?? OMARKET_MOCK_API_KEY}' -H 'Authorization: ${OMARKET_DEMO_SESSION.accessToken}' '${base}/api/ads-board/v1/ads/list/'`,
  });
}

/** Options of the O!Market mock. */
export interface OmarketMockOptions extends MockOptions {
  /** API keys the mock accepts (default `OMARKET_MOCK_API_KEY`). */
  apiKeys?: readonly string[];
  /** Items per page of the paged lists (default 10; the provider's is undocumented). */
  pageSize?: number;
  /** The SMS code registrations get: a fixed code (default `'1234'`) or a function. */
  otp?: string | (() => string);
  /** Base of uploaded image URLs (default `https://media.omarket.test`). */
  mediaBaseURL?: string;
}

/** An O!Market mock instance. */
export type OmarketMock = ProviderMock<typeof omarketProvider.endpoints, OmarketState, typeof omarketExamples>;

/**
 * Create an O!Market mock: msw handlers (`mock.handlers`), state, journal, clock and scenarios.
 * The seeded demo account is `OMARKET_DEMO_USER` (logged in as `OMARKET_DEMO_SESSION`).
 *
 * @example
 * const mock = createOmarketMock({ baseURL: 'https://omarket.test' });
 * const server = setupServer(...mock.handlers);
 */
export function createOmarketMock(options: OmarketMockOptions = {}): OmarketMock {
  const { apiKeys = [OMARKET_MOCK_API_KEY], pageSize = 10, otp = '1234', mediaBaseURL = 'https://media.omarket.test', ...mockOptions } = options;
  if (!(Number.isInteger(pageSize) && pageSize > 0)) throw new RangeError('omarket mock: pageSize must be a positive integer');
  const config: OmarketMockConfig = { apiKeys, pageSize, otp: typeof otp === 'function' ? otp : () => otp, mediaBaseURL };
  return createMock(omarketMockDefinition(config), mockOptions);
}

/** msw handlers for O!Market at `baseURL` (default: the staging URL), with a fresh mock behind them. */
export function omarketHandlers(baseURL?: string): RequestHandler[] {
  return createOmarketMock(baseURL ? { baseURL } : {}).handlers;
}
