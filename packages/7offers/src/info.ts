// What every 7offers call needs and nothing more: name, host, error classifier and the form
// conventions. The resources and their endpoints (provider.ts) add the registry for mocks and tooling.
import type { ArrayFormat, ProviderInfo } from '@x/core/provider';
import { classifySevenOffers } from './classify';

/** The provider's name in errors, logs and mock routes. */
export const SEVEN_OFFERS = '7offers';

/** The assumed production base URL (the docs never print the host; `7offers.ru/apidocs` hosts them). */
export const SEVEN_OFFERS_BASE_URL = 'https://7offers.ru/api';

/**
 * The 7offers provider without its endpoint registry, for a given array format: what a
 * configuration-only client holds.
 */
export function sevenOffersInfo(arrayFormat: ArrayFormat = 'brackets') {
  return {
    name: SEVEN_OFFERS,
    baseURL: SEVEN_OFFERS_BASE_URL,
    classify: classifySevenOffers,
    // Form bodies "without additional serialisation": flat fields, arrays as name[] (an assumption).
    encoding: { arrayFormat, booleans: 'digits' },
  } as const satisfies ProviderInfo;
}
