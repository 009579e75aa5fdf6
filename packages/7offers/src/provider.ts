// The 7offers provider: host, error classifier and form conventions, for any set of resources.
import { defineProvider, type ArrayFormat, type Provider, type Registry } from '@x/core/provider';
import { classifySevenOffers } from './classify';
import { defaultResources } from './endpoints/index';
import { resourceEndpoints, type AnyResource, type ResourceEndpoints } from './resource';

/** Resources by registry key (the client's property names). */
export type ResourceSet = { readonly [key: string]: AnyResource };

type AsRegistry<T> = T extends Registry ? T : never;

/** The endpoint registry of a resource set: `{ goal: { list, view, ... } }`. */
export type EndpointsOf<R extends ResourceSet> = AsRegistry<{ readonly [K in keyof R]: ResourceEndpoints<R[K]> }>;

/** How the provider of a resource set is built. */
export interface SevenOffersProviderOptions {
  /** Collection URLs end with a slash (`/api/goal/`, default) or not. */
  trailingSlash?: boolean | undefined;
  /** How arrays are written in queries and form bodies (default `brackets`: `name[]=a&name[]=b`). */
  arrayFormat?: ArrayFormat | undefined;
}

/** The provider's name in errors, logs and mock routes. */
export const SEVEN_OFFERS = '7offers';

/** The assumed production base URL (the docs never print the host; `7offers.ru/apidocs` hosts them). */
export const SEVEN_OFFERS_BASE_URL = 'https://7offers.ru/api';

/**
 * A 7offers provider for a set of resources: each resource becomes a group of endpoints
 * (`goal.list`, `goal.view` ...), all classified by `classifySevenOffers`.
 */
export function defineSevenOffersProvider<const R extends ResourceSet>(resources: R, options: SevenOffersProviderOptions = {}): Provider<EndpointsOf<R>> {
  const endpoints: Record<string, unknown> = {};
  for (const [key, resource] of Object.entries(resources)) endpoints[key] = resourceEndpoints(resource, { trailingSlash: options.trailingSlash });
  return defineProvider({
    name: SEVEN_OFFERS,
    title: '7offers CPA network API (BETA)',
    baseURL: SEVEN_OFFERS_BASE_URL,
    endpoints: endpoints as Registry,
    classify: classifySevenOffers,
    // Form bodies "without additional serialisation": flat fields, arrays as name[] (an assumption).
    encoding: { arrayFormat: options.arrayFormat ?? 'brackets', booleans: 'digits' },
    // Guests send no key (their endpoints say `authOptional`); the key's role decides the rest.
    auth: { apiKey: { type: 'apiKey', in: 'query', name: 'api_key', description: 'The account API key (webmaster or advertiser role), from the profile page.' } },
  }) as unknown as Provider<EndpointsOf<R>>;
}

/** The provider of the default resources (`geo`, `goal`). */
export const sevenOffersProvider = defineSevenOffersProvider(defaultResources);

/** The endpoints of the default resources (`geo.list`, `goal.view`, `goal.deleteViaPost` ...). */
export const endpoints = sevenOffersProvider.endpoints;
