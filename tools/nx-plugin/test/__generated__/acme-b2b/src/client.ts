// createAcmeB2b: the Acme B2B API client.
import { createClient, type ClientOf, type ClientOptions } from '@x/core/provider';
import { endpoints } from './endpoints/index';
import { acmeB2bProvider } from './provider';

/** Options of `createAcmeB2b`. */
export type AcmeB2bOptions = ClientOptions;

/** The Acme B2B API client: one method per endpoint of the registry. */
export type AcmeB2bClient = ClientOf<typeof endpoints>;

/**
 * Create a client for the Acme B2B API.
 *
 * @example
 * const acmeB2b = createAcmeB2b({ baseURL: 'http://127.0.0.1:4010/acme-b2b' });
 */
export function createAcmeB2b(options: AcmeB2bOptions = {}): AcmeB2bClient {
  return createClient(acmeB2bProvider, options);
}
