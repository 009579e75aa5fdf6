// The Quince provider: endpoints, the `success: false` classifier, and no usable default host.
import { defineProvider } from '@x/core/provider';
import { classifyQuince } from './classify';
import { endpoints } from './endpoints/index';

/**
 * Placeholder base URL. The real host is not documented (fact sheet Q8) and `createQuince`
 * requires `baseURL`, so this is never used by the client; `.invalid` can never resolve (RFC 2606).
 * The mocks answer on it when no other base URL is given.
 */
export const QUINCE_PLACEHOLDER_BASE_URL = 'https://quince.invalid';

/** QUINCE (quincefin) API, "Services" section: services and service folders. */
export const quinceProvider = defineProvider({
  name: 'quince',
  title: 'QUINCE API: services',
  baseURL: QUINCE_PLACEHOLDER_BASE_URL,
  endpoints,
  classify: classifyQuince,
  // Fact sheet Q8: neither the header nor the value format is documented; callers configure both.
  auth: {
    quince: { type: 'apiKey', in: 'header', name: 'Authorization', description: 'Tenant-specific: the header name and value are not documented and are configured in `createQuince({ auth })`.' },
  },
});
