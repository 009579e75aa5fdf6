// The standalone function of one resource operation, generated from the resource declaration.
// A pure call: an app that does not import the function drops the call and all it would build.
import { endpointFunction, type AnyEndpoint, type EndpointFunction } from '@x/core';
import { SEVEN_OFFERS } from './info';
import { resourceEndpoints, type AnyResource, type ResourceEndpoints } from './resource';

/** The endpoint of operation `N` of resource `D`. */
export type ResourceEndpointAt<D extends AnyResource, N extends keyof ResourceEndpoints<D>> = ResourceEndpoints<D>[N] extends infer E extends AnyEndpoint ? E : never;

/**
 * The standalone function of operation `name` of a resource at registry key `key`
 * (`resourceFunction('goal', goalResource, 'list')` is `goalList`). It calls the very endpoint the
 * registry holds for `<key>.<name>` (endpoints are built once per resource). Documented paths
 * (trailing slash on collections) only; `resourceClient(core, resource, { trailingSlash })` for the other.
 *
 * @example
 * export const offerList = resourceFunction('offer', offerResource, 'list');
 */
/* @__NO_SIDE_EFFECTS__ */
export function resourceFunction<D extends AnyResource, const N extends keyof ResourceEndpoints<D> & string>(
  key: string,
  resource: D,
  name: N,
): EndpointFunction<ResourceEndpointAt<D, N>, typeof SEVEN_OFFERS> {
  const endpoint = (resourceEndpoints(resource) as Record<string, unknown>)[name];
  if (!endpoint) throw new TypeError(`resourceFunction: ${resource.slug} has no ${name} operation`);
  return endpointFunction(SEVEN_OFFERS, `${key}.${name}`, endpoint as ResourceEndpointAt<D, N>);
}
