// The 7offers provider: its call facts (info.ts) plus the endpoints of a set of resources, for
// mocks, contract tests, OpenAPI and the convenient client.
import { defineProvider, mergeEntries, type ArrayFormat, type Provider, type Registry } from '@x/core/provider';
import { defaultResources } from './endpoints/index';
import { sevenOffersInfo } from './info';
import { resourceEndpoints, type AnyResource, type ResourceEndpoints } from './resource';

export { SEVEN_OFFERS, SEVEN_OFFERS_BASE_URL } from './info';

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

/**
 * The endpoint registry of a resource set. A resource's endpoints are built once per
 * `trailingSlash` and shared, so the registry holds the very endpoints the standalone functions call.
 */
/* @__NO_SIDE_EFFECTS__ */
export function sevenOffersEndpoints<const R extends ResourceSet>(resources: R, options: Pick<SevenOffersProviderOptions, 'trailingSlash'> = {}): EndpointsOf<R> {
  const endpoints: Record<string, unknown> = {};
  for (const [key, resource] of Object.entries(resources)) endpoints[key] = resourceEndpoints(resource, { trailingSlash: options.trailingSlash });
  return Object.freeze(endpoints) as EndpointsOf<R>;
}

/* @__NO_SIDE_EFFECTS__ */
function providerOf<R extends Registry>(endpoints: R, arrayFormat: ArrayFormat | undefined): Provider<R> {
  return defineProvider(
    mergeEntries(sevenOffersInfo(arrayFormat), {
      title: '7offers CPA network API (BETA)',
      endpoints,
      // Guests send no key (their endpoints say `authOptional`); the key's role decides the rest.
      auth: { apiKey: { type: 'apiKey', in: 'query', name: 'api_key', description: 'The account API key (webmaster or advertiser role), from the profile page.' } },
    } as const),
  ) as unknown as Provider<R>;
}

/**
 * A 7offers provider for a set of resources: each resource becomes a group of endpoints
 * (`goal.list`, `goal.view` ...), all classified by `classifySevenOffers`.
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineSevenOffersProvider<const R extends ResourceSet>(resources: R, options: SevenOffersProviderOptions = {}): Provider<EndpointsOf<R>> {
  return providerOf(sevenOffersEndpoints(resources, options), options.arrayFormat);
}

/** The endpoints of the default resources (`geo.list`, `goal.view`, `goal.deleteViaPost` ...). */
export const endpoints = /* @__PURE__ */ sevenOffersEndpoints(defaultResources);

/** The provider of the default resources (`geo`, `goal`). */
export const sevenOffersProvider = /* @__PURE__ */ providerOf(endpoints, undefined);
