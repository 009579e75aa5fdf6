// The shared types of the mock servers (a leaf: every other file may import it, it imports none of
// them but the clock, random and scenario types): definitions, requests, responses, options.
import type {
  AnyEndpoint,
  EndpointAt,
  ErrorKind,
  OperationKey,
  ParsedRequest,
  Provider,
  Registry,
  ResponseInputOf,
  ValidationIssue,
} from '@x/core/provider';
import type { MockClock } from './clock';
import type { MockRandom } from './random';
import type { Scenario } from './scenarios';

/** What a mock answers. `body` is JSON-serialised unless it is a string. */
export interface MockResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A fault below HTTP semantics that the transport realises (set by fault scenarios). */
  wire?: WireFault;
}

/**
 * Faults each transport realises its own way: node:http with socket operations and partial
 * writes, msw with `Response.error()` and streams (see the README's fault catalogue).
 */
export type WireFault =
  /** Connection reset: node:http sends a TCP RST; msw answers `Response.error()`. */
  | { kind: 'reset' }
  /** Connection closed without a byte of answer; msw answers `Response.error()` (fetch cannot tell these apart). */
  | { kind: 'empty' }
  /** No answer until the client gives up (or the mock resets / the server closes). */
  | { kind: 'no-answer' }
  /** Status and headers promise the whole body; half of it arrives, then the connection closes. */
  | { kind: 'truncated' }
  /** The body in `chunks` pieces, `interval` ms apart. */
  | { kind: 'slow-body'; chunks: number; interval: number };

/** A request as documented: wire names and values (credentials as the docs print them). */
export interface ExampleRequest {
  path?: Record<string, string | number>;
  query?: Record<string, unknown>;
  body?: unknown;
  headers?: Record<string, string>;
}

interface ExampleBase {
  /** Scenario name (`Prefer: example=<name>`), kebab-case, unique per endpoint. */
  name: string;
  /** Where in the provider's documentation this comes from. */
  source: string;
  /** Repairs made to the documented text, or how the example was constructed. */
  note?: string;
  /** The documented request, when the docs show one. */
  request?: ExampleRequest;
}

/** A documented success: the body must match the endpoint's response schema in strict mode. */
export interface SuccessExample<E extends AnyEndpoint> extends ExampleBase {
  response: { status: number; body: ResponseInputOf<E>; headers?: Record<string, string> };
  error?: undefined;
}

/** A documented failure: the SDK must throw this kind of error. */
export interface ErrorExample extends ExampleBase {
  response: { status: number; body: unknown; headers?: Record<string, string> };
  error: { kind: ErrorKind; code?: string | number; reason?: string };
}

/** One documented request/response pair. */
export type DocExample<E extends AnyEndpoint> = SuccessExample<E> | ErrorExample;

/** Documented examples for every endpoint of a registry (every key is required). */
export type ExamplesFor<R extends Registry> = {
  readonly [K in OperationKey<R>]: readonly DocExample<EndpointAt<R, K>>[];
};

/** Names of the examples of one endpoint, from an `as const` examples object. */
export type ExampleName<X, K extends keyof X> = X[K] extends readonly (infer T)[] ? (T extends { name: infer N } ? N : never) : never;

/** A request as a mock sees it before validation. */
export interface IncomingRequest {
  method: string;
  url: URL;
  headers: Headers;
  /** Decoded query (brackets parsed). */
  query: Record<string, unknown>;
  /** Decoded body: JSON value, form fields (brackets parsed) or multipart fields with Files. */
  body: unknown;
  /** Path parameters by name. */
  params: Record<string, string>;
  /** Named host the request came to. */
  host: string;
  /** Path relative to the host's base. */
  path: string;
}

/** What a resolver gets. */
export interface ResolverContext<E extends AnyEndpoint, State> {
  key: string;
  endpoint: E;
  /** Validated request parts (schema output). */
  input: ParsedRequest<E>;
  /** The raw decoded request. */
  request: IncomingRequest;
  state: State;
  clock: MockClock;
  /** The mock's seeded random source: take every made-up id, uuid and token from it. */
  random: MockRandom;
  /** Whatever `authenticate` returned for this request (the account, the user). */
  principal: unknown;
  /** The documented response of one of this endpoint's examples. */
  example(name: string): MockResponse;
}

/** Result of an auth check: a principal to pass on, or a response that ends the request. */
export type AuthResult = { principal: unknown } | { response: MockResponse };

/** A request a mock served although it departs from the canonical form (a doc inconsistency). */
export interface DocHit {
  /** Provider-defined kind (`bare-path`, `id-casing`, `get-with-body` ...). */
  kind: string;
  /** The path as requested (relative to the host's base). */
  path: string;
  /** What exactly was tolerated. */
  detail: string;
  /** Mock clock time. */
  at: number;
}

/** Per-provider mock behaviour. */
export interface ProviderMockDefinition<R extends Registry, State, X extends ExamplesFor<R> = ExamplesFor<R>> {
  provider: Provider<R>;
  examples: X;
  /** Fresh state (collections seeded from the documented examples). Called on create and reset. */
  createState(ctx: { clock: MockClock; random: MockRandom }): State | Promise<State>;
  /** Check credentials the way the provider does; runs before validation. */
  authenticate?(request: IncomingRequest, ctx: { key: string; endpoint: AnyEndpoint; state: State; clock: MockClock; random: MockRandom }): AuthResult | Promise<AuthResult>;
  /** The provider's own error shapes. */
  errors: {
    /** Request parts failed the endpoint's schemas. */
    validation(issues: ValidationIssue[], ctx: { key: string }): MockResponse;
    /** A generic error for an HTTP status (`Prefer: code=503`, unknown route 404, wrong method 405). */
    status(status: number, message: string): MockResponse;
  };
  /** Stateful behaviour per endpoint; endpoints without one replay their first success example. */
  resolvers?: {
    [K in OperationKey<R>]?: (ctx: ResolverContext<EndpointAt<R, K>, State>) => MockResponse | Promise<MockResponse>;
  };
  /**
   * Normalise a request before routing, for forms the docs show but the canonical endpoint does
   * not (a path without its prefix, a GET with a body, `id` for `Id`). Call `note` for each
   * tolerance: it lands in `mock.docHits`. The journal records the normalised request.
   */
  rewrite?(request: RawRequest, note: (kind: string, detail: string) => void): RawRequest;
  /**
   * The answer to a request no endpoint path matches, when the provider documents one other than
   * 404 (7offers: 405 for an action a resource lacks, such as `POST /geo/del/1`). Return
   * `undefined` for the generic 404.
   */
  unrouted?(request: { host: string; method: string; path: string }): MockResponse | undefined;
  /** One ready-to-paste curl line against a running mock (`base` = main host URL). */
  curl(base: string): string;
  /** Request forms the provider's documents show beyond each endpoint's definition (strict mocks accept them). */
  forms?: DocumentedForms;
  /** Credential names in documented example requests (query or headers) that are not SDK input. */
  authParams?: readonly string[];
  /** Extra names whose values the journal redacts. */
  sensitiveNames?: readonly string[];
}

/** Options of a mock instance. */
export interface MockOptions {
  /** Base URL the msw handlers answer for (default: the provider's real base URL). */
  baseURL?: string;
  /** Base URLs of the provider's other hosts for the msw handlers (default: the real ones). */
  hosts?: Record<string, string>;
  /** The clock (default: real time that tests can `advance`). */
  clock?: MockClock;
  /** How many journal entries to keep (default 10 000, newest kept). */
  journalLimit?: number;
  /**
   * Largest request body in bytes (default `DEFAULT_BODY_LIMIT`, 10 MiB). A larger body is
   * answered 413 in the provider's error shape, on every route, without being buffered whole.
   */
  bodyLimit?: number;
  /**
   * Seed for every id, uuid and token the mock makes up (`ctx.random` in resolvers): the same seed
   * gives the same values in every run, and `reset()` starts the sequence again. Default: a random
   * seed per instance (see `mock.random.seed`). Pair it with a frozen clock
   * (`createMockClock({ frozen: true, start })`) for journals that are identical run to run.
   */
  seed?: number | string;
  /**
   * A scenario for every request that has no queued one and no `Prefer` header (`x-mock --fault`):
   * `Prefer` syntax or a scenario object, e.g. `'delay=20-80'` or `'chance=0.05, fault=reset'`.
   */
  fault?: string | Scenario;
  /**
   * Seed of the random source behind `delay=<min>-<max>` and `chance=` (default 1). Separate from
   * `seed`, so a fault pattern does not shift the ids a mock makes up.
   */
  faultSeed?: number;
  /**
   * Accept request forms the documents do not show (another body encoding, a path without its
   * trailing slash, an undocumented query parameter), as mocks did before they were strict.
   * Default `false`: such a request gets a 400 `application/problem+json` naming each violation.
   */
  lenient?: boolean;
}

/** A scenario as `mock.prefer` takes it: typed example names, or the `Prefer` text. */
export type PreferScenario<N extends string = string> =
  | string
  | (Omit<Scenario, 'example' | 'sequence'> & { example?: N; sequence?: readonly (Omit<Scenario, 'example' | 'sequence'> & { example?: N })[] });

/** A queued scenario, as `mock.queued` lists it. */
export interface QueuedScenario {
  /** Endpoint key. */
  key: string;
  scenario: Scenario;
  /** Requests it still answers (`Infinity` until reset). */
  remaining: number;
}

/** Which request forms a provider's documents allow beyond each endpoint's own definition. */
export interface DocumentedForms {
  /**
   * `exact` (default): the path ends with a slash exactly when the documented one does.
   * `either`: the documents print both forms (7offers lists: `/api/geo` and `/api/goal/`).
   */
  trailingSlash?: 'exact' | 'either';
  /** Query parameter names the documents print that the endpoint schemas spell differently (b2motor `isАnalog`). */
  queryNames?: readonly string[];
}

/** A request as a transport hands it over: raw bytes, named host, path relative to the host base. */
export interface RawRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: Uint8Array | undefined;
  host: string;
  path: string;
  /**
   * The query text without `?`, exactly as `url.search` gives it, when the transport has it at
   * hand (the node:http server does): the engine then decodes it without building the URL.
   * Leave it out and the engine reads `url.searchParams`.
   */
  queryText?: string;
}

/** What `handle` found out about a request, for transports that log it. */
export interface HandleInfo {
  /** Endpoint key, when a route matched. */
  endpoint?: string;
  /** Scenario applied (`example=...`, `code=...`), if any. */
  scenario?: string;
}
