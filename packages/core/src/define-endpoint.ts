// defineEndpoint: one documented endpoint as data; InputOf / OutputOf derive the method's types.
import type * as v from 'valibot';
import type { ErrorSpec } from './errors';
import type { AnySchema } from './schema';
import { isObjectSchema, objectEntries } from './schema';
import { pathParams } from './encode';

/** HTTP methods the providers use. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** How a request body travels. */
export type BodyEncoding = 'json' | 'form' | 'multipart';

/** Where the "is there another page" signal sits in a page. */
export type PageEnd =
  /** Dotted path to the next page number, `null` on the last page (O!Market `result.next`). */
  | { next: string }
  /** Dotted paths to the current and last page numbers (Onliner `page.current` / `page.last`). */
  | { current: string; last: string }
  /** Pages have a fixed size and no total: a shorter page is the last (Quince, 100). */
  | { pageSize: number }
  /** Keep going until a page comes back empty (7offers). */
  | 'empty';

/** Pagination, as a few field names. */
export interface PaginationSpec {
  /** Input field that holds the page number. */
  page: string;
  /** Number of the first page (default 1). */
  firstPage?: number;
  /** Dotted path to the items array in the output (`''` when the output is the array). */
  items: string;
  /** How to tell the last page. */
  end: PageEnd;
  /**
   * Dotted path where the answer repeats its page number (7offers `page`). When set, an answer
   * for another page stops the walk with a ResponseValidationError instead of repeating items,
   * and an answer without it is taken as an unpaged list (one page).
   */
  echo?: string;
}

/** Everything the pipeline needs to know about a classified response. */
export interface ClassifyContext {
  /** HTTP status. */
  status: number;
  /** Parsed JSON body, or the raw text when it was not JSON. */
  body: unknown;
  headers: Headers;
  /** Endpoint key (`basket.add`). */
  endpoint: string;
  /** Whether the status is one the endpoint declares as success. */
  ok: boolean;
}

/**
 * Turns a response into an error spec, or `undefined` when it is a success.
 * Declared once per provider (`defineProvider`) and optionally overridden per endpoint.
 * `Reason` is the provider's reason union (`Classifier<B2motorReason>`): a classifier typed with it
 * can only set a reason the provider documents.
 */
export type Classifier<Reason extends string = string> = (ctx: ClassifyContext) => ErrorSpec<Reason> | undefined;

/** The request parts of an endpoint, each a valibot schema. */
export interface RequestParts {
  /** Values for the `{placeholders}` of the path. */
  path?: AnySchema;
  /** Query-string parameters. */
  query?: AnySchema;
  /** The body; objects are spread into the method input, anything else goes under `body`. */
  body?: AnySchema;
  /** Request headers the endpoint needs (auth headers excluded). */
  headers?: AnySchema;
}

/** The declaration of one endpoint. */
export interface EndpointConfig<R extends RequestParts = RequestParts, O extends AnySchema = AnySchema, P extends PaginationSpec | undefined = PaginationSpec | undefined> {
  /** HTTP method. */
  method: HttpMethod;
  /** Path template relative to the host's base URL, with `{name}` placeholders. */
  path: string;
  /** Named host of the provider (default: the main base URL). */
  host?: string;
  /** One line shown by editors and in generated docs. */
  summary: string;
  /** Where in the provider's documentation this comes from. */
  docs?: string;
  /** Request schemas. */
  request?: R;
  /** Body encoding (default `json` when there is a body). */
  encoding?: BodyEncoding;
  /**
   * Every body encoding the documents show for this request, when they show more than the one the
   * SDK sends (O!Market's tables say form-data where its examples print JSON). Mocks accept exactly
   * these (default: `encoding` alone) and refuse other forms unless they run lenient.
   */
  accepts?: readonly BodyEncoding[];
  /** Response body schema for a success. */
  response: O;
  /** HTTP statuses that mean success (default: any 2xx). */
  successStatus?: readonly number[];
  /**
   * Whether replaying the call can never duplicate an effect. Decides retries, not the method:
   * b2motor mutates with GET, Quince reads with POST.
   */
  safe: boolean;
  /** Pagination field names, where the endpoint is paged. */
  pagination?: P;
  /** Auth schemes this endpoint uses by name; `false` for none. Default: all of the client's. */
  auth?: false | readonly string[];
  /** The provider also answers this endpoint without credentials (7offers guest reads); for documentation. */
  authOptional?: boolean;
  /** Endpoint-specific override of the provider's classifier (runs first). */
  classify?: Classifier;
}

/** A declared endpoint (frozen). */
export interface Endpoint<R extends RequestParts = RequestParts, O extends AnySchema = AnySchema, P extends PaginationSpec | undefined = PaginationSpec | undefined>
  extends Readonly<EndpointConfig<R, O, P>> {
  readonly kind: 'endpoint';
  /** Names of the path placeholders. */
  readonly pathParams: readonly string[];
  /** Whether the body schema is an object whose fields are spread into the method input. */
  readonly spreadBody: boolean;
}

/** Any endpoint. */
export type AnyEndpoint = Endpoint<any, any, any>;

/**
 * Declare an endpoint once. The SDK method, the mock route, the contract tests and the
 * documentation are all derived from this value.
 *
 * @example
 * export const basketEdit = defineEndpoint({
 *   method: 'GET', path: '/basket/edit/', summary: 'Set the quantity of one basket line.',
 *   request: { query: v.object({ basketId: v.string(), quantity: v.optional(integer()) }) },
 *   response: v.object({ status: v.picklist([0, 1]) }),
 *   safe: false,
 * });
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineEndpoint<const R extends RequestParts = {}, O extends AnySchema = AnySchema, const P extends PaginationSpec | undefined = undefined>(
  config: EndpointConfig<R, O, P>,
): Endpoint<R, O, P> {
  const params = pathParams(config.path);
  const req = config.request ?? ({} as R);
  const spreadBody = req.body ? isObjectSchema(req.body) : false;
  const seen = new Map<string, string>();
  for (const name of params) seen.set(name, 'path');
  const pathEntries = objectEntries(req.path);
  for (const name of params) {
    if (!pathEntries || !(name in pathEntries)) {
      throw new TypeError(`defineEndpoint ${config.method} ${config.path}: path placeholder "${name}" has no schema in request.path`);
    }
  }
  for (const part of ['query', 'headers', ...(spreadBody ? ['body'] : [])] as const) {
    for (const name of Object.keys(objectEntries((req as RequestParts)[part as keyof RequestParts]) ?? {})) {
      const other = seen.get(name);
      if (other) {
        throw new TypeError(`defineEndpoint ${config.method} ${config.path}: field "${name}" is declared in both ${other} and ${part}`);
      }
      seen.set(name, part);
    }
  }
  if (!spreadBody && req.body && seen.has('body')) {
    throw new TypeError(`defineEndpoint ${config.method} ${config.path}: a non-object body travels as "body", which is also a field name`);
  }
  const encoding = req.body ? (config.encoding ?? 'json') : config.encoding;
  if (config.accepts && !(encoding && config.accepts.includes(encoding))) {
    throw new TypeError(`defineEndpoint ${config.method} ${config.path}: accepts [${config.accepts.join(', ')}] must include the encoding the SDK sends (${encoding ?? 'no body'})`);
  }
  return Object.freeze({
    ...config,
    encoding,
    kind: 'endpoint' as const,
    pathParams: Object.freeze(params),
    spreadBody,
  }) as Endpoint<R, O, P>;
}

/** Whether a value is an endpoint declared with `defineEndpoint`. */
export function isEndpoint(value: unknown): value is AnyEndpoint {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'endpoint';
}

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type PartIn<S> = S extends AnySchema ? v.InferInput<S> : {};
type PartOut<S> = S extends AnySchema ? v.InferOutput<S> : {};
type BodyIn<E extends AnyEndpoint, S> = S extends AnySchema ? (IsSpread<v.InferInput<S>> extends true ? v.InferInput<S> : { body: v.InferInput<S> }) : {};
type IsSpread<T> = T extends readonly unknown[] ? false : T extends Blob | FormData | string | number | boolean ? false : T extends object ? true : false;

type RequestOf<E> = E extends Endpoint<infer R, any, any> ? R : never;
type IsAny<T> = 0 extends 1 & T ? true : false;
/** One request part's schema, or undefined when the endpoint declares none. */
type Part<E, K extends keyof RequestParts> = RequestOf<E> extends { [P in K]: infer S } ? S : undefined;
/** An input with no fields accepts no fields (not "any object"). */
type NoExtraFields<T> = keyof T extends never ? { [key: string]: never } : T;

/** The input a method takes: path, query, header and body fields in one object. */
export type InputOf<E extends AnyEndpoint> = true extends IsAny<E> | IsAny<RequestOf<E>>
  ? Record<string, any> // `AnyEndpoint`: generic code over any method takes any input
  : Simplify<
      NoExtraFields<PartIn<Part<E, 'path'>> & PartIn<Part<E, 'query'>> & PartIn<Part<E, 'headers'>> & BodyIn<E, Part<E, 'body'>>>
    >;

/** The validated input parts, as the mock's resolvers receive them. */
export interface ParsedRequest<E extends AnyEndpoint> {
  path: PartOut<Part<E, 'path'>>;
  query: PartOut<Part<E, 'query'>>;
  headers: PartOut<Part<E, 'headers'>>;
  body: Part<E, 'body'> extends AnySchema ? v.InferOutput<Part<E, 'body'>> : undefined;
}

/** The wire shape of a success body (before transforms), as documented examples are written. */
export type ResponseInputOf<E extends AnyEndpoint> = E extends Endpoint<any, infer O, any> ? v.InferInput<O> : never;

/** What a method resolves to. */
export type OutputOf<E extends AnyEndpoint> = E extends Endpoint<any, infer O, any> ? v.InferOutput<O> : never;

/** Whether every input field is optional, so the input argument may be left out. */
export type InputOptional<E extends AnyEndpoint> = {} extends InputOf<E> ? true : false;
