import * as v from 'valibot';
import { defineEndpoint, integer } from '@x/core/provider';
import { classifyOAuthError } from '../../classify';

/** POST https://b2bapi.onliner.by/oauth/token: OAuth 2 client credentials (Basic auth, form body). */
export const oauthToken = /* @__PURE__ */ defineEndpoint({
  method: 'POST',
  path: '/oauth/token',
  host: 'auth',
  summary: 'Obtain an access token with the client credentials grant (Basic auth with Client ID and Client Secret).',
  docs: 'onliner-b2b-api docs/oauth20.md "Авторизация"; response fields as in docs/importers/auth.md (fact sheet §3)',
  request: {
    body: /* @__PURE__ */ v.object({
      /** Always `client_credentials` (the only grant the API offers). */
      grant_type: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.literal('client_credentials'), 'client_credentials'),
    }),
  },
  encoding: 'form',
  response: /* @__PURE__ */ v.object({
    /** The bearer token for second.api and the upload host. */
    access_token: /* @__PURE__ */ v.string(),
    /** Lifetime in seconds; differs per application type, so always read it (fact sheet Q13). */
    expires_in: /* @__PURE__ */ integer(),
    /** `Bearer` (assumed from the importer flow; oauth20.md does not list the fields). */
    token_type: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  }),
  // Asking for another token has no effect beyond the new token.
  safe: true,
  auth: ['basic'],
  classify: classifyOAuthError,
});
