// What every b2motor call needs and nothing more: name, host, error classifier and encoding
// conventions. The endpoint registry (provider.ts) adds the endpoints for mocks and tooling.
import type { ProviderInfo } from '@x/core/provider';
import { classifyB2motor } from './classify';

/** The b2motor provider without its endpoint registry: what a configuration-only client holds. */
export const b2motorInfo = {
  name: 'b2motor',
  // The doc says http; the only public client uses https successfully (fact sheet Q14).
  baseURL: 'https://b2motor.ru/api/webservice',
  classify: classifyB2motor,
  // basketId[0]=…&basketId[1]=… as documented.
  encoding: { arrayFormat: 'indexed', booleans: 'digits' },
} as const satisfies ProviderInfo;
