// defineProvider: a provider's hosts, endpoint registry, error classifier and encoding conventions.
import type { AnyEndpoint, Classifier } from './define-endpoint';
import { checkEndpoint, isEndpoint } from './define-endpoint';
import type { FormEncodingOptions } from './encode';
import type { RetryPolicy } from './retry';

/** A tree of endpoints; keys become method names (`basket.add` → `client.basket.add`). */
export interface Registry {
  readonly [name: string]: AnyEndpoint | Registry;
}

/** Dotted keys of every endpoint in a registry (`'search.product' | 'basket.add' | ...`). */
export type OperationKey<R> = {
  [K in keyof R & string]: R[K] extends AnyEndpoint ? K : R[K] extends Registry ? `${K}.${OperationKey<R[K]>}` : never;
}[keyof R & string];

/** The endpoint at a dotted key. */
export type EndpointAt<R, K extends string> = K extends `${infer Head}.${infer Rest}`
  ? Head extends keyof R
    ? EndpointAt<R[Head], Rest>
    : never
  : K extends keyof R
    ? R[K] extends AnyEndpoint
      ? R[K]
      : never
    : never;

/** A provider's static facts. */
export interface ProviderConfig<R extends Registry> {
  /** Short code name, used in error messages and mock routes (`b2motor`). */
  name: string;
  /** Human name. */
  title: string;
  /** Default base URL of the main host. */
  baseURL: string;
  /** Default base URLs of other named hosts (`auth`, `upload`). */
  hosts?: Readonly<Record<string, string>>;
  /** The endpoint registry. */
  endpoints: R;
  /** Turns provider envelopes and error bodies into error specs; runs after any endpoint classifier. */
  classify?: Classifier;
  /** Query and form conventions (array format, booleans). */
  encoding?: FormEncodingOptions;
  /** Provider-specific retry overrides. */
  retry?: Partial<RetryPolicy>;
  /** Extra parameter / field names that hold secrets (beyond the built-in list). */
  sensitiveNames?: readonly string[];
  /** Headers sent on every request (e.g. `Accept: application/json`). */
  headers?: Readonly<Record<string, string>>;
  /**
   * How each auth strategy that endpoints name (`auth: ['apiKey']`) travels: one scheme, or
   * several sent together (b2motor's login and password). Facts for documentation and OpenAPI;
   * clients still build the strategies, with the secrets, at creation.
   */
  auth?: Readonly<Record<string, AuthSchemeInfo | readonly AuthSchemeInfo[]>>;
}

/** Where one credential travels (no values): an OpenAPI security scheme in provider terms. */
export type AuthSchemeInfo =
  /** A key in a header or a query parameter. */
  | { type: 'apiKey'; in: 'header' | 'query'; name: string; description?: string }
  /** HTTP `Authorization: Basic` or `Bearer`. */
  | { type: 'http'; scheme: 'basic' | 'bearer'; description?: string }
  /** An OAuth2 client-credentials token, fetched from one of the provider's own endpoints (its dotted key). */
  | { type: 'oauth2'; flow: 'clientCredentials'; tokenEndpoint: string; description?: string };

/**
 * The provider facts a call needs, without the endpoint registry: a client built from these can
 * only reach the endpoints the app imports (a provider made by `defineProvider` qualifies too).
 */
export type ProviderInfo = Pick<ProviderConfig<Registry>, 'name' | 'baseURL' | 'hosts' | 'classify' | 'encoding' | 'retry' | 'sensitiveNames' | 'headers'>;

/** One registered operation. */
export interface Operation {
  /** Dotted key, e.g. `basket.add`. */
  key: string;
  endpoint: AnyEndpoint;
}

/** A provider: its config plus the flattened operation index. */
export interface Provider<R extends Registry = Registry> extends Readonly<ProviderConfig<R>> {
  readonly kind: 'provider';
  /** Every endpoint with its dotted key, in declaration order. */
  readonly operations: readonly Operation[];
  /** The endpoint at a dotted key (throws for an unknown key). */
  endpoint<K extends OperationKey<R>>(key: K): EndpointAt<R, K>;
  /** The dotted key of an endpoint of this provider. */
  keyOf(endpoint: AnyEndpoint): string;
}

/**
 * Declare a provider once: hosts, registry and the classifier that turns its error envelopes
 * (b2motor `status: 0`, O!Market `resultCode: "FAIL"`, Quince `success: false`, 7offers `error`)
 * into typed errors.
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineProvider<const R extends Registry>(config: ProviderConfig<R>): Provider<R> {
  const operations: Operation[] = [];
  const keys = new Map<AnyEndpoint, string>();
  const walk = (node: Registry, prefix: string): void => {
    for (const [name, value] of Object.entries(node)) {
      const key = prefix ? `${prefix}.${name}` : name;
      if (isEndpoint(value)) {
        if (keys.has(value)) throw new TypeError(`defineProvider ${config.name}: endpoint registered twice (${keys.get(value)} and ${key})`);
        if (value.host && !config.hosts?.[value.host]) {
          throw new TypeError(`defineProvider ${config.name}: ${key} uses unknown host "${value.host}"`);
        }
        checkEndpoint(value);
        operations.push({ key, endpoint: value });
        keys.set(value, key);
      } else {
        walk(value, key);
      }
    }
  };
  walk(config.endpoints, '');
  if (config.auth) checkAuth(config.name, config.auth, operations);
  const byKey = new Map(operations.map((op) => [op.key, op.endpoint]));
  return Object.freeze({
    ...config,
    kind: 'provider' as const,
    operations: Object.freeze(operations),
    endpoint(key: string) {
      const found = byKey.get(key);
      if (!found) throw new TypeError(`${config.name} has no endpoint "${key}". Known: ${[...byKey.keys()].join(', ')}`);
      return found;
    },
    keyOf(endpoint: AnyEndpoint) {
      const key = keys.get(endpoint);
      if (!key) throw new TypeError(`Endpoint ${endpoint.method} ${endpoint.path} is not registered with ${config.name}`);
      return key;
    },
  }) as Provider<R>;
}

/** Endpoints may only name declared strategies, and an OAuth2 token endpoint must be registered. */
function checkAuth(name: string, auth: NonNullable<ProviderConfig<Registry>['auth']>, operations: readonly Operation[]): void {
  for (const { key, endpoint } of operations) {
    for (const strategy of endpoint.auth || []) {
      if (!Object.hasOwn(auth, strategy)) throw new TypeError(`defineProvider ${name}: ${key} uses auth "${strategy}", which is not declared in auth (${Object.keys(auth).join(', ')})`);
    }
  }
  for (const [strategy, info] of Object.entries(auth)) {
    for (const scheme of [info].flat() as AuthSchemeInfo[]) {
      if (scheme.type === 'oauth2' && !operations.some((op) => op.key === scheme.tokenEndpoint)) {
        throw new TypeError(`defineProvider ${name}: auth "${strategy}" names token endpoint "${scheme.tokenEndpoint}", which is not registered`);
      }
    }
  }
}
