// Provider mocks by name, loaded on demand: `x-mock --provider b2motor` imports the b2motor SDK
// and mock only, not every provider. `mockProviders` (providers/index.ts) is the eager form with
// SDK client factories, for the contract matrix.
import type { ProviderMock } from '../provider-mock';
import type { MockOptions } from '../types';
import type { MockProviderName } from './index';

type Factory = (options?: MockOptions) => ProviderMock<any, any, any>;

const loaders: Record<MockProviderName, () => Promise<Factory>> = {
  b2motor: () => import('./b2motor/index').then((m) => m.createB2motorMock as Factory),
  quince: () => import('./quince/index').then((m) => m.createQuinceMock as Factory),
  'onliner-second': () => import('./onliner-second/index').then((m) => m.createOnlinerSecondMock as Factory),
  omarket: () => import('./omarket/index').then((m) => m.createOmarketMock as Factory),
  '7offers': () => import('./7offers/index').then((m) => m.createSevenOffersMock as Factory),
};

/** Names of the providers the mock servers know, without loading any of them. */
export const providerNames = Object.keys(loaders) as MockProviderName[];

/** Load one provider's mock factory (its SDK, mock and state modules). */
export async function loadProviderMock(name: string): Promise<Factory> {
  const load = (loaders as Record<string, (() => Promise<Factory>) | undefined>)[name];
  if (!load) throw new Error(`Unknown provider "${name}". Known: ${providerNames.join(', ')}`);
  return load();
}
