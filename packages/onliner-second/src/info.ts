// What every Onliner Second call needs and nothing more: name, the three hosts, the error
// classifier and the conventions. The endpoint registry (provider.ts) adds the endpoints for the
// mocks, contract tests and tooling.
import type { ProviderInfo } from '@x/core/provider';
import { classifyOnlinerSecond } from './classify';

/** Default hosts: second.api, the B2B OAuth token host and the image upload host (fact sheet §1). */
export const ONLINER_SECOND_HOSTS = {
  main: 'https://second.api.onliner.by',
  auth: 'https://b2bapi.onliner.by',
  upload: 'https://upload.api.onliner.by',
} as const;

/** The Onliner Second provider without its endpoint registry: what a configuration-only client holds. */
export const onlinerSecondInfo = {
  name: 'onliner-second',
  baseURL: ONLINER_SECOND_HOSTS.main,
  hosts: { auth: ONLINER_SECOND_HOSTS.auth, upload: ONLINER_SECOND_HOSTS.upload },
  classify: classifyOnlinerSecond,
  // `client_secret` in case anyone puts it in a body; tokens and Authorization are covered by core.
  sensitiveNames: ['client_secret', 'clientSecret'],
  headers: { accept: 'application/json' },
} as const satisfies ProviderInfo;
