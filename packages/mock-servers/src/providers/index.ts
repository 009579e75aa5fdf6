// Every provider the mock servers know, with an SDK client factory for the contract matrix.
// Adding a provider is one entry here.
import { createB2motor } from '@x/b2motor';
import { createOnlinerSecond } from '@x/onliner-second';
import { createQuince } from '@x/quince';
import type { MockOptions, ProviderMock } from '../mock';
import { createB2motorMock } from './b2motor/index';
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
} as const satisfies Record<string, MockProviderEntry>;

/** Names of the providers the mock servers know. */
export type MockProviderName = keyof typeof mockProviders;
