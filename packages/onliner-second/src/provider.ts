// The Onliner Second provider: its call facts (info.ts) plus the endpoint registry and the auth
// facts, for the mocks, contract tests, OpenAPI and the convenient client.
import { defineProvider, mergeEntries } from '@x/core/provider';
import { endpoints } from './endpoints/index';
import { onlinerSecondInfo } from './info';

export { ONLINER_SECOND_HOSTS } from './info';

/** Onliner "Second" API for shops' discounted-goods listings (Onliner's internal name: baralog). */
export const onlinerSecondProvider = /* @__PURE__ */ defineProvider(
  /* @__PURE__ */ mergeEntries(onlinerSecondInfo, {
    title: 'Onliner Second API',
    endpoints,
    auth: {
      basic: { type: 'http', scheme: 'basic', description: 'client_id and client_secret, for the token endpoint only.' },
      bearer: { type: 'oauth2', flow: 'clientCredentials', tokenEndpoint: 'oauth.token', description: 'An access token from the client-credentials grant, as `Authorization: Bearer`.' },
      uploadToken: { type: 'apiKey', in: 'query', name: 'token', description: 'The same access token, in the query of an image upload.' },
    },
  } as const),
);
