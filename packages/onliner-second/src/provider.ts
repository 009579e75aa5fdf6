// The Onliner Second provider: its three hosts, endpoints and error classifier.
import { defineProvider } from '@x/core';
import { classifyOnlinerSecond } from './classify';
import { endpoints } from './endpoints/index';

/** Default hosts: second.api, the B2B OAuth token host and the image upload host (fact sheet §1). */
export const ONLINER_SECOND_HOSTS = {
  main: 'https://second.api.onliner.by',
  auth: 'https://b2bapi.onliner.by',
  upload: 'https://upload.api.onliner.by',
} as const;

/** Onliner "Second" API for shops' discounted-goods listings (Onliner's internal name: baralog). */
export const onlinerSecondProvider = /* @__PURE__ */ defineProvider({
  name: 'onliner-second',
  title: 'Onliner Second API',
  baseURL: ONLINER_SECOND_HOSTS.main,
  hosts: { auth: ONLINER_SECOND_HOSTS.auth, upload: ONLINER_SECOND_HOSTS.upload },
  endpoints,
  classify: classifyOnlinerSecond,
  // `client_secret` in case anyone puts it in a body; tokens and Authorization are covered by core.
  sensitiveNames: ['client_secret', 'clientSecret'],
  headers: { accept: 'application/json' },
  auth: {
    basic: { type: 'http', scheme: 'basic', description: 'client_id and client_secret, for the token endpoint only.' },
    bearer: { type: 'oauth2', flow: 'clientCredentials', tokenEndpoint: 'oauth.token', description: 'An access token from the client-credentials grant, as `Authorization: Bearer`.' },
    uploadToken: { type: 'apiKey', in: 'query', name: 'token', description: 'The same access token, in the query of an image upload.' },
  },
});
