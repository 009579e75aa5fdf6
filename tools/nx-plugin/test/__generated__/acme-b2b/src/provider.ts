// The Acme B2B API provider: host, endpoint registry and (to come) its error classifier.
import { defineProvider } from '@x/core/provider';
import { endpoints } from './endpoints/index';

/** Acme B2B API. */
export const acmeB2bProvider = /* @__PURE__ */ defineProvider({
  name: 'acme-b2b',
  title: 'Acme B2B API',
  baseURL: 'https://api.acme.test/v1',
  endpoints,
  // classify: how the provider's error envelopes become typed errors, once the documents say.
  // auth: where credentials travel, once the documents say.
});
