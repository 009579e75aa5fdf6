// createCore: a client that holds configuration only; endpointFunction: one standalone function per
// endpoint over it; createClient: the convenient method tree, built from the same two pieces.
import type { AuthStrategy } from './auth';
import { callEndpoint, type CallOptions, type ClientContext, type Hooks, type Logger, type PreparedRequest } from './call-endpoint';
import type { AnyEndpoint, BodyEncoding, InputOf, InputOptional, OutputOf } from './define-endpoint';
import { isEndpoint } from './define-endpoint';
import type { Provider, ProviderInfo, Registry } from './define-provider';

export type { ProviderInfo } from './define-provider';
import { RequestValidationError, type ValidationIssue } from './errors';
import { HeadersSchema, invalidOptions, parseClientOptions, RetryOptionsSchema, TimeoutSchema } from './options';
import { Redactor } from './redact';
import * as v from 'valibot';
import { defaultRetryPolicy, type RetryPolicy } from './retry';
import { defaultRuntime, type Runtime } from './runtime';
import type { ValidationMode } from './schema';
import { fetchTransport, type Transport } from './transport';

/** Options every client accepts. Provider factories add their own (credentials, flags). */
export interface ClientOptions {
  /** Base URL of the provider's main host (point it at a mock server in tests). */
  baseURL?: string | undefined;
  /** Base URLs of the provider's other hosts, by name. */
  hosts?: Record<string, string> | undefined;
  /** Timeout per attempt in ms (default 30000). */
  timeout?: number | undefined;
  /** Retry overrides, or `false` to never retry. */
  retry?: Partial<RetryPolicy> | false | undefined;
  /** Headers sent on every request. */
  headers?: Record<string, string> | undefined;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch | undefined;
  /** Response validation: `compatible` (default), `strict` or `off`. */
  validateResponses?: ValidationMode | undefined;
  /** Observers; they see redacted data only. */
  hooks?: Hooks | undefined;
  /** Optional logger (e.g. `console`); lines are redacted. */
  logger?: Logger | undefined;
  /** Clock, sleep and randomness (tests inject fakes). */
  runtime?: Partial<Runtime> | undefined;
}

/** What a provider factory passes besides the user's options. */
export interface ClientSetup {
  /** Auth strategies by name; endpoints select them with `auth: [...]`. */
  auth?: readonly AuthStrategy[];
  /** Share a redactor with the auth code that registers secrets. */
  redactor?: Redactor;
  /**
   * Replace the transport: a provider that documents a GET with a body passes `createTransport(options.fetch)`;
   * tests pass fakes. Default: one ofetch call per attempt, which cannot send a GET with a body.
   */
  transport?: Transport;
  /** Per-endpoint body encoding overrides by key (a provider option such as form vs JSON). */
  encodings?: Readonly<Record<string, BodyEncoding>>;
  /** Last touch before sending, after auth: rename a parameter, add a header. Sees credentials; must not log. */
  prepare?: (request: PreparedRequest) => void;
  /**
   * What the provider's helpers need besides the configuration (a token manager, the clock): kept
   * in the client, read back with `coreState`.
   */
  state?: object;
}

const ENDPOINT = Symbol.for('@x/core.endpoint');

/** A method derived from an endpoint. `endpoint` and `key` let `paginate` and tooling find it. */
export type EndpointMethod<E extends AnyEndpoint> = (InputOptional<E> extends true
  ? (input?: InputOf<E>, options?: CallOptions) => Promise<OutputOf<E>>
  : (input: InputOf<E>, options?: CallOptions) => Promise<OutputOf<E>>) & {
  /** The endpoint declaration this method calls. */
  readonly endpoint: E;
  /** Dotted key, e.g. `basket.add`. */
  readonly key: string;
};

/** The method tree of a registry; each method keeps the JSDoc of its registry key. */
export type ClientOf<R> = {
  readonly [K in keyof R]: R[K] extends AnyEndpoint ? EndpointMethod<R[K]> : ClientOf<R[K]>;
};

const CONTEXT = Symbol('@x/core.context');
const STATE = Symbol('@x/core.state');

/**
 * A client that holds configuration only (base URLs, credentials, retries, hooks): pass it to
 * the provider's standalone endpoint functions. It reaches no endpoint by itself, so an app that
 * calls one function bundles one endpoint.
 */
export interface ClientCore<P extends string = string> {
  /** The provider this client talks to (`b2motor`). Functions of another provider refuse it. */
  readonly provider: P;
  /** @internal */
  readonly [CONTEXT]: ClientContext;
}

/**
 * Build a configuration-only client for a provider. Provider packages wrap it
 * (`createB2motorCore(options)`) with their credentials; options are checked here, before any call.
 *
 * @example
 * const core = createCore(info, { baseURL }, { auth: [queryAuth('credentials', { token })] });
 * const parts = await searchProduct(core, { article: 'P999', brand: 'Hepu' });
 */
export function createCore<const P extends string>(provider: ProviderInfo & { name: P }, options: ClientOptions = {}, setup: ClientSetup = {}): ClientCore<P> {
  return Object.freeze({ provider: provider.name, [CONTEXT]: createContext(provider, options, setup), [STATE]: setup.state });
}

/** A standalone endpoint function: `fn(core, input, options)`. `endpoint` and `key` let tooling find it. */
export type EndpointFunction<E extends AnyEndpoint, P extends string = string> = (InputOptional<E> extends true
  ? (core: ClientCore<P>, input?: InputOf<E>, options?: CallOptions) => Promise<OutputOf<E>>
  : (core: ClientCore<P>, input: InputOf<E>, options?: CallOptions) => Promise<OutputOf<E>>) & {
  /** The endpoint declaration this function calls. */
  readonly endpoint: E;
  /** Dotted key, e.g. `basket.add`. */
  readonly key: string;
  /** The provider whose clients it accepts. */
  readonly provider: P;
};

/**
 * Declare the standalone function of one endpoint. Mark the call pure
 * (`/* @__PURE__ *\/ endpointFunction(...)`) so bundlers drop the functions an app does not import.
 *
 * @example
 * export const searchProduct = endpointFunction('b2motor', 'search.product', searchProductEndpoint);
 */
/* @__NO_SIDE_EFFECTS__ */
export function endpointFunction<const P extends string, E extends AnyEndpoint>(provider: P, key: string, endpoint: E): EndpointFunction<E, P> {
  const fn = (core: ClientCore<P>, input?: unknown, options?: unknown) => {
    const ctx = contextOf(core);
    if (!ctx || ctx.provider.name !== provider) return Promise.reject(wrongClient(provider, key, ctx));
    return callEndpoint(ctx, key, endpoint, input, options);
  };
  return describe(fn, endpoint, key, { provider: { value: provider, enumerable: true } }) as unknown as EndpointFunction<E, P>;
}

/**
 * A standalone function bound to one client: the method form `paginate` and callbacks take.
 *
 * @example
 * for await (const offer of paginate(bind(core, listOffers), {})) console.log(offer.id);
 */
export function bind<E extends AnyEndpoint, P extends string>(core: ClientCore<P>, fn: EndpointFunction<E, P>): EndpointMethod<E> {
  const call = fn as unknown as (core: ClientCore<P>, input?: unknown, options?: unknown) => Promise<unknown>;
  return describe((input?: unknown, options?: unknown) => call(core, input, options), fn.endpoint, fn.key) as unknown as EndpointMethod<E>;
}

/** The error for a first argument that is not a client of `provider`: nothing was sent. */
function wrongClient(provider: string, key: string, ctx: ClientContext | undefined): RequestValidationError {
  return new RequestValidationError(`${provider} ${key}: the first argument must be a ${provider} client (from create…Core or create…). Nothing was sent.`, {
    provider,
    endpoint: key,
    issues: [{ path: 'client', message: ctx ? `Expected a ${provider} client, got a ${ctx.provider.name} client` : `Expected a ${provider} client` }],
  });
}

/**
 * The `state` a provider package gave `createCore`, for its helpers (`login(core, ...)`,
 * `waitForImport(core, ...)`), after the check an endpoint function makes: `core` must be a client
 * of `provider` that carries state, or a RequestValidationError is thrown (`key` names the call).
 *
 * @example
 * const { tokens } = coreState<OmarketState>(core, 'omarket', 'login');
 */
export function coreState<T extends object>(core: unknown, provider: string, key: string): T {
  const ctx = contextOf(core);
  if (!ctx || ctx.provider.name !== provider) throw wrongClient(provider, key, ctx);
  // A bare createCore client of this provider lacks what the provider's own factory adds.
  const state = (core as { [STATE]?: T })[STATE];
  if (!state) throw wrongClient(provider, key, undefined);
  return state;
}

function contextOf(core: unknown): ClientContext | undefined {
  return typeof core === 'object' && core !== null && CONTEXT in core ? (core as ClientCore)[CONTEXT] : undefined;
}

/**
 * Build a typed client from a provider: one method per endpoint, in the registry's shape.
 *
 * @example
 * const client = createClient(b2motorProvider, { baseURL }, { auth: [queryAuth('credentials', {...})] });
 * const parts = await client.search.product({ article: 'P999', brand: 'Hepu' });
 */
export function createClient<R extends Registry>(provider: Provider<R>, options: ClientOptions = {}, setup: ClientSetup = {}): ClientOf<R> {
  return bindRegistry(createCore(provider, options, setup), provider.endpoints);
}

/**
 * The method tree of a registry over an existing core client: what `createClient` returns, for
 * provider factories that build their core first (`createB2motor` = this over `createB2motorCore`).
 */
export function bindRegistry<R extends Registry>(core: ClientCore, registry: R): ClientOf<R> {
  const ctx = contextOf(core);
  if (!ctx) throw new TypeError('bindRegistry: expected a client from createCore');
  const build = (node: Registry, prefix: string): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(node)) {
      const key = prefix ? `${prefix}.${name}` : name;
      out[name] = isEndpoint(value) ? bindEndpoint(ctx, key, value) : build(value, key);
    }
    return Object.freeze(out);
  };
  return build(registry, '') as ClientOf<R>;
}

/** The client options core reads, checked with the same schemas as per-call options. */
const ClientOptionsSchema = v.object(
  {
    timeout: v.optional(TimeoutSchema),
    retry: v.optional(RetryOptionsSchema),
    headers: v.optional(HeadersSchema),
    validateResponses: v.optional(v.picklist(['compatible', 'strict', 'off'])),
  },
  'options must be an object',
);

function createContext(provider: ProviderInfo, rawOptions: ClientOptions, setup: ClientSetup): ClientContext {
  const checked = parseClientOptions(provider.name, ClientOptionsSchema, rawOptions ?? {}, 'client options');
  const options: ClientOptions = { ...rawOptions, headers: checked.headers as Record<string, string> | undefined };
  const timeout = options.timeout ?? 30_000;
  const hosts: Record<string, string> = { ...provider.hosts, ...options.hosts };
  const baseURL = options.baseURL ?? provider.baseURL;
  const issues: ValidationIssue[] = [];
  for (const [name, url] of [['baseURL', baseURL], ...Object.entries(hosts).map(([h, u]) => [`hosts.${h}`, u])] as const) {
    const problem = checkBaseURL(url);
    if (problem) issues.push({ path: name, message: problem });
  }
  if (issues.length > 0) {
    throw invalidOptions(provider.name, issues, 'client options');
  }
  const auth = new Map<string, AuthStrategy>();
  for (const strategy of setup.auth ?? []) auth.set(strategy.name, strategy);
  const redactor = setup.redactor ?? new Redactor(provider.sensitiveNames);
  for (const strategy of auth.values()) {
    for (const name of [...(strategy.queryNames ?? []), ...(strategy.headerNames ?? [])]) redactor.addSensitiveName(name);
  }
  return {
    provider,
    baseURL,
    hosts,
    headers: { ...provider.headers, ...options.headers },
    timeout,
    retry: resolveRetryPolicy(provider, options.retry),
    validateResponses: options.validateResponses ?? 'compatible',
    auth,
    transport: setup.transport ?? fetchTransport(options.fetch),
    redactor,
    runtime: { ...defaultRuntime, ...options.runtime },
    hooks: options.hooks ?? {},
    logger: options.logger,
    encodings: setup.encodings ?? {},
    prepare: setup.prepare,
  };
}

/** Why a base URL cannot be used, or undefined. Never quotes the URL (it may hold a password). */
function checkBaseURL(url: string): string | undefined {
  // A same-origin path (`/api/b2motor`) is fine in browsers, behind the app's own proxy.
  if (typeof url === 'string' && url.startsWith('/') && !url.startsWith('//')) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'must be an http(s) URL, or a path starting with /';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'must be an http(s) URL, or a path starting with /';
  if (parsed.username || parsed.password) return 'must not contain credentials (user:password@): fetch refuses them; use the auth options';
  return undefined;
}

function bindEndpoint(ctx: ClientContext, key: string, endpoint: AnyEndpoint): EndpointMethod<AnyEndpoint> {
  return describe((input?: unknown, options?: CallOptions) => callEndpoint(ctx, key, endpoint, input, options), endpoint, key) as EndpointMethod<AnyEndpoint>;
}

function describe<F extends (...args: never[]) => unknown>(fn: F, endpoint: AnyEndpoint, key: string, extra: PropertyDescriptorMap = {}): F {
  return Object.defineProperties(fn, {
    endpoint: { value: endpoint, enumerable: true },
    key: { value: key, enumerable: true },
    [ENDPOINT]: { value: endpoint },
    name: { value: key },
    ...extra,
  });
}

/** Whether a value is a method built by `createClient` or `bind`, or a standalone endpoint function. */
export function isEndpointMethod(value: unknown): value is EndpointMethod<AnyEndpoint> {
  return typeof value === 'function' && ENDPOINT in value;
}

/** Default retry policy merged with the provider's and the client's overrides. */
function resolveRetryPolicy(provider: ProviderInfo, client: Partial<RetryPolicy> | false | undefined): RetryPolicy {
  const merged = { ...defaultRetryPolicy, ...provider.retry, ...(client || {}) };
  return client === false ? { ...merged, maxRetries: 0 } : merged;
}
