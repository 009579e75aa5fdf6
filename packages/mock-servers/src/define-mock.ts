// defineProviderMock: a provider's documented examples, state, auth check and stateful resolvers.
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
} from '@x/core';
import type { MockClock } from './clock';
import type { MockRandom } from './random';
import type { RawRequest } from './mock';

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
  /** One ready-to-paste curl line against a running mock (`base` = main host URL). */
  curl(base: string): string;
  /** Credential names in documented example requests (query or headers) that are not SDK input. */
  authParams?: readonly string[];
  /** Extra names whose values the journal redacts. */
  sensitiveNames?: readonly string[];
}

/** Declare a provider's mock. Only types and checks: the behaviour lives in `createMock`. */
export function defineProviderMock<R extends Registry, State, const X extends ExamplesFor<R>>(
  definition: ProviderMockDefinition<R, State, X>,
): ProviderMockDefinition<R, State, X> {
  for (const op of definition.provider.operations) {
    const list = (definition.examples as Record<string, readonly DocExample<AnyEndpoint>[]>)[op.key];
    const names = new Set<string>();
    for (const example of list ?? []) {
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(example.name)) throw new TypeError(`${definition.provider.name} ${op.key}: example name "${example.name}" must be kebab-case`);
      if (names.has(example.name)) throw new TypeError(`${definition.provider.name} ${op.key}: duplicate example "${example.name}"`);
      names.add(example.name);
    }
  }
  return definition;
}
