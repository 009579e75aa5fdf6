// Every provider the mock servers know, with an SDK client factory for the contract matrix.
// Adding a provider is one entry here.
// The eager registry is for msw users (the contract matrix): load the msw transport with it. The
// server and the CLI use ./load instead and never import this module or msw.
import '../msw';
import { createSevenOffers, unverifiedResources } from '@x/7offers';
import { createB2motor } from '@x/b2motor';
import { createOmarket } from '@x/omarket';
import { createOnlinerSecond } from '@x/onliner-second';
import { createQuince } from '@x/quince';
import type { ProviderMock } from '../provider-mock';
import type { MockOptions } from '../types';
import { createB2motorMock } from './b2motor/index';
import { createSevenOffersMock, defaultSevenOffersKeys } from './7offers/index';
import { createOmarketMock, OMARKET_DEMO_SESSION, OMARKET_MOCK_API_KEY } from './omarket/index';
import { createOnlinerSecondMock } from './onliner-second/index';
import { createQuinceMock, QUINCE_DEMO_AUTH } from './quince/index';

/** What the mock servers and the contract matrix need of a provider. */
export interface MockProviderEntry {
  /** Create a mock instance. */
  create(options?: MockOptions): ProviderMock<any, any, any>;
  /** An SDK client pointed at the given host URLs, with credentials the default mock accepts. */
  client(urls: Readonly<Record<string, string>>): unknown;
}

/** The providers, by name. */
export const mockProviders = {
  b2motor: {
    create: createB2motorMock,
    client: (urls) => createB2motor({ login: 'demo', password: 'demo', baseURL: urls.main }),
  },
  quince: {
    create: createQuinceMock,
    client: (urls) => createQuince({ baseURL: urls.main ?? '', auth: { header: QUINCE_DEMO_AUTH.header, value: QUINCE_DEMO_AUTH.value } }),
  },
  'onliner-second': {
    create: createOnlinerSecondMock,
    client: (urls) => createOnlinerSecond({ clientId: 'demo-client', clientSecret: 'demo-secret', baseURL: urls.main, authURL: urls.auth, uploadURL: urls.upload }),
  },
  omarket: {
    create: createOmarketMock,
    // Always the seeded demo account, whose session survives mock resets: the store ignores the
    // tokens a refresh brings, so no case inherits a token minted by (and lost with) an earlier one.
    client: (urls) =>
      createOmarket({
        apiKey: OMARKET_MOCK_API_KEY,
        baseURL: urls.main,
        tokenStore: { get: () => ({ ...OMARKET_DEMO_SESSION }), set: () => undefined },
        // The contract matrix runs through msw, whose fetch Request cannot hold a GET body: the
        // documented filter goes as POST here (the mock tolerates and marks it). Over HTTP the
        // documented GET is tested in test/omarket.http.test.ts.
        documentedFilterVia: 'POST',
      }),
  },
  '7offers': {
    create: createSevenOffersMock,
    // The raw endpoint tree (`api.goal.list(input)`) with every resource the mock serves, and the
    // advertiser key, whose role may call every method.
    client: (urls) => createSevenOffers({ apiKey: defaultSevenOffersKeys.advertiser, baseURL: urls.main, resources: unverifiedResources }).api,
  },
} as const satisfies Record<string, MockProviderEntry>;

/** Names of the providers the mock servers know. */
export type MockProviderName = keyof typeof mockProviders;
