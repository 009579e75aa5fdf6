// What every Quince call needs and nothing more: name, placeholder host and error classifier. The
// endpoint registry (provider.ts) adds the endpoints for mocks and tooling.
import type { ProviderInfo } from '@x/core/provider';
import { classifyQuince } from './classify';

/**
 * Placeholder base URL. The real host is not documented (fact sheet Q8) and `createQuince`
 * requires `baseURL`, so this is never used by the client; `.invalid` can never resolve (RFC 2606).
 * The mocks answer on it when no other base URL is given.
 */
export const QUINCE_PLACEHOLDER_BASE_URL = 'https://quince.invalid';

/** The Quince provider without its endpoint registry: what a configuration-only client holds. */
export const quinceInfo = {
  name: 'quince',
  baseURL: QUINCE_PLACEHOLDER_BASE_URL,
  classify: classifyQuince,
} as const satisfies ProviderInfo;
