// The standalone function of one resource operation, generated from the resource declaration.
// A pure call: an app that does not import the function drops the call and all it would build.
import { endpointFunction, type AnyEndpoint, type EndpointFunction } from '@x/core/provider';
import { SEVEN_OFFERS } from './info';
import { operationEndpoint, OPERATIONS, type AnyResource, type Operation, type OperationBuilder, type ResourceEndpoints } from './resource';

/** The endpoint of operation `N` of resource `D`. */
export type ResourceEndpointAt<D extends AnyResource, N extends keyof ResourceEndpoints<D>> = ResourceEndpoints<D>[N] extends infer E extends AnyEndpoint ? E : never;

/**
 * The standalone function of operation `name` of a resource at registry key `key`
 * (`resourceFunction('offer', offerResource, 'list')` is `offerList`). It calls the very endpoint
 * the registry holds for `<key>.<name>` (endpoints are built once per resource). Documented paths
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
  const operation = OPERATIONS.find(([op]) => op === name);
  return operationFunction(key, resource, name, operation ? operation[2] : undefined);
}

/**
 * `resourceFunction` with the operation's builder given, so the bundle holds that builder only:
 * how `functions.ts` declares the default resources' functions. @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function operationFunction<D extends AnyResource, const N extends keyof ResourceEndpoints<D> & string>(
  key: string,
  resource: D,
  name: N,
  build: OperationBuilder | undefined,
): EndpointFunction<ResourceEndpointAt<D, N>, typeof SEVEN_OFFERS> {
  const action = name === 'deleteViaPost' ? 'delete' : name;
  if (!build || !(resource.actions as readonly string[]).includes(action)) throw new TypeError(`resourceFunction: ${resource.slug} has no ${name} operation`);
  return endpointFunction(SEVEN_OFFERS, `${key}.${name}`, operationEndpoint(resource, name as Operation, build) as ResourceEndpointAt<D, N>);
}
