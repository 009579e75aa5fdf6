// The Quince provider: its call facts (info.ts) plus the endpoint registry and the auth facts,
// for mocks, contract tests, OpenAPI and the convenient client.
import { defineProvider, mergeEntries } from '@x/core/provider';
import { endpoints } from './endpoints/index';
import { quinceInfo } from './info';

export { QUINCE_PLACEHOLDER_BASE_URL } from './info';

/** QUINCE (quincefin) API, "Services" section: services and service folders. */
export const quinceProvider = /* @__PURE__ */ defineProvider(
  /* @__PURE__ */ mergeEntries(quinceInfo, {
    title: 'QUINCE API: services',
    endpoints,
    // Fact sheet Q8: neither the header nor the value format is documented; callers configure both.
    auth: {
      quince: { type: 'apiKey', in: 'header', name: 'Authorization', description: 'Tenant-specific: the header name and value are not documented and are configured in `createQuince({ auth })`.' },
    },
  } as const),
);
