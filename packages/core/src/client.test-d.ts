// Type tests for the client core derives from endpoint declarations (vitest typecheck mode: these
// files are type-checked by tsc, never executed). The toy provider in test/ has one endpoint per
// pipeline feature.
import { describe, expectTypeOf, test } from 'vitest';
import { toy } from '../test/toy-provider';
import {
  createClient,
  isAbortError,
  isApiError,
  isAuthError,
  isNetworkError,
  isNotFoundError,
  isRateLimitError,
  isRequestValidationError,
  isResponseValidationError,
  isSdkError,
  isTimeoutError,
  paginate,
  type AbortError,
  type AnyEndpoint,
  type ApiError,
  type CallOptions,
  type ClientOptions,
  type EndpointMethod,
  type ErrorKind,
  type InputOf,
  type ItemOf,
  type NetworkError,
  type OutputOf,
  type PagedInputOf,
  type Paginator,
  type RedactedRequest,
  type TimeoutError,
  type ValidationIssue,
} from './provider';

const api = createClient(toy, {});

describe('method input', () => {
  test('path, query and body fields merge into one object with their optionality', () => {
    expectTypeOf(api.items.get).parameter(0).toEqualTypeOf<{ id: string; expand?: string[] | undefined }>();
    expectTypeOf(api.items.create).parameter(0).toEqualTypeOf<{ name: string; password?: string | undefined; tags?: string[] | undefined }>();
    expectTypeOf(api.upload).parameter(0).toEqualTypeOf<{ file: Blob; meta: { type: 'photo' } }>();
  });

  test('an array body is passed under `body`', () => {
    expectTypeOf(api.sendList).parameter(0).toEqualTypeOf<{ body: { id: string }[] }>();
  });

  test('a required field makes the input argument required; all-optional input may be left out', () => {
    expectTypeOf(api.items.get).toBeCallableWith({ id: '1' });
    // @ts-expect-error `id` is required
    void (() => api.items.get());
    // @ts-expect-error `id` is required
    void (() => api.items.get({}));
    expectTypeOf(api.paged.next).toBeCallableWith();
    expectTypeOf(api.paged.next).toBeCallableWith({ q: 'x' });
    expectTypeOf(api.envelope).toBeCallableWith();
  });

  test('unknown fields and wrong field types are refused', () => {
    // @ts-expect-error `nmae` is a typo
    void (() => api.items.create({ nmae: 'x', name: 'y' }));
    // @ts-expect-error `envelope` declares no request fields
    void (() => api.envelope({ typo: 1 }));
    // @ts-expect-error `id` is a string
    void (() => api.items.get({ id: 1 }));
    // @ts-expect-error `meta.type` is the literal 'photo'
    void (() => api.upload({ file: new Blob([]), meta: { type: 'video' } }));
  });

  test('generic code over any endpoint takes any input', () => {
    expectTypeOf<InputOf<AnyEndpoint>>().toEqualTypeOf<Record<string, any>>();
  });
});

describe('method output', () => {
  test('the promise resolves to the response schema output; open enums keep their known values', () => {
    expectTypeOf(api.items.get).returns.resolves.toEqualTypeOf<{ id: string; color: 'red' | 'green' | (string & {}); size?: number | undefined }>();
    expectTypeOf(api.items.create).returns.resolves.toEqualTypeOf<{ id: string }>();
    expectTypeOf<OutputOf<typeof api.sendList.endpoint>>().toEqualTypeOf<{ accepted: number }>();
  });

  test('each method carries its endpoint and dotted key', () => {
    expectTypeOf(api.items.get.key).toEqualTypeOf<string>();
    expectTypeOf(api.items.get).toMatchTypeOf<EndpointMethod<typeof toy.endpoints.items.get>>();
    expectTypeOf(api.items.get.endpoint).toEqualTypeOf(toy.endpoints.items.get);
  });

  test('the client tree is read-only', () => {
    // @ts-expect-error methods cannot be replaced
    api.items.get = api.items.get;
  });
});

describe('call options', () => {
  test('every method takes CallOptions second', () => {
    expectTypeOf(api.items.get).parameter(1).toEqualTypeOf<CallOptions | undefined>();
    expectTypeOf(api.paged.next).toBeCallableWith(undefined, { timeout: 1000, retry: false, headers: { prefer: 'example=x' }, signal: AbortSignal.timeout(1), validateResponse: 'strict' });
    expectTypeOf<CallOptions['validateResponse']>().toEqualTypeOf<'compatible' | 'strict' | 'off' | undefined>();
    // @ts-expect-error `timeout` is a number of ms
    void (() => api.paged.next({}, { timeout: '1s' }));
    // @ts-expect-error unknown call option
    void (() => api.paged.next({}, { retries: 3 }));
  });

  test('client options', () => {
    expectTypeOf(createClient).parameter(1).toEqualTypeOf<ClientOptions | undefined>();
    expectTypeOf<ClientOptions['fetch']>().toEqualTypeOf<typeof fetch | undefined>();
    // @ts-expect-error validation modes are a closed set
    void (() => createClient(toy, { validateResponses: 'lenient' }));
  });
});

describe('paginate', () => {
  test('items are typed from the pagination spec', () => {
    expectTypeOf(paginate(api.paged.next)).toEqualTypeOf<Paginator<number, OutputOf<typeof api.paged.next.endpoint>>>();
    expectTypeOf(paginate(api.paged.last)).toMatchTypeOf<AsyncIterable<string>>();
    expectTypeOf(paginate(api.paged.fixed).toArray()).resolves.toEqualTypeOf<number[]>();
    expectTypeOf(paginate(api.paged.empty).pages()).toEqualTypeOf<AsyncIterable<{ objects: string[] }>>();
    expectTypeOf<ItemOf<typeof api.paged.last.endpoint>>().toEqualTypeOf<string>();
  });

  test('the page field belongs to the iterator and becomes optional; the rest of the input stays typed', () => {
    expectTypeOf<PagedInputOf<typeof api.paged.next.endpoint>>().toEqualTypeOf<Omit<{ page?: number | undefined; q?: string | undefined }, 'page'> & { page?: number }>();
    void (() => paginate(api.paged.next, { q: 'x' }));
    // @ts-expect-error `q` is a string
    void (() => paginate(api.paged.next, { q: 1 }));
    expectTypeOf(paginate(api.paged.next, {}, { maxItems: 10, maxPages: 2 })).toMatchTypeOf<AsyncIterable<number>>();
  });

  test('an endpoint without pagination has no item type', () => {
    expectTypeOf<ItemOf<typeof api.items.get.endpoint>>().toBeNever();
  });
});

describe('error guards narrow unknown', () => {
  test('isApiError exposes the provider answer', () => {
    const e: unknown = undefined;
    if (isApiError(e)) {
      expectTypeOf(e).toEqualTypeOf<ApiError>();
      expectTypeOf(e.status).toEqualTypeOf<number>();
      expectTypeOf(e.code).toEqualTypeOf<string | number | undefined>();
      expectTypeOf(e.reason).toEqualTypeOf<string | undefined>();
      expectTypeOf(e.retryAfterMs).toEqualTypeOf<number | undefined>();
      expectTypeOf(e.kind).toEqualTypeOf<ErrorKind>();
      expectTypeOf(e.request).toEqualTypeOf<RedactedRequest | undefined>();
    } else {
      expectTypeOf(e).toEqualTypeOf<unknown>();
      // @ts-expect-error not narrowed: no status on unknown
      void e.status;
    }
  });

  test('every guard narrows to its class, and the classes share SdkError', () => {
    const e: unknown = undefined;
    if (isSdkError(e)) {
      expectTypeOf(e.kind).toEqualTypeOf<ErrorKind>();
      expectTypeOf(e.provider).toEqualTypeOf<string | undefined>();
      expectTypeOf(e.endpoint).toEqualTypeOf<string | undefined>();
      // @ts-expect-error only API errors carry a status
      void e.status;
    }
    if (isAuthError(e)) expectTypeOf(e.status).toEqualTypeOf<number>();
    if (isRateLimitError(e)) expectTypeOf(e.retryAfterMs).toEqualTypeOf<number | undefined>();
    if (isNotFoundError(e)) expectTypeOf(e).toMatchTypeOf<ApiError>();
    if (isRequestValidationError(e)) expectTypeOf(e.issues).toEqualTypeOf<ValidationIssue[]>();
    if (isResponseValidationError(e)) expectTypeOf(e.issues).toEqualTypeOf<ValidationIssue[]>();
    if (isNetworkError(e)) {
      expectTypeOf(e).toEqualTypeOf<NetworkError>();
      // @ts-expect-error transport failures carry no status
      void e.status;
    }
    if (isTimeoutError(e)) expectTypeOf(e).toEqualTypeOf<TimeoutError>();
    if (isAbortError(e)) expectTypeOf(e).toEqualTypeOf<AbortError>();
  });
});
