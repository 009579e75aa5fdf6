// Public API of @x/core. Everything exported here is documented and covered by semver.

export { defineEndpoint, isEndpoint } from './define-endpoint';
export type {
  AnyEndpoint,
  BodyEncoding,
  Classifier,
  ClassifyContext,
  Endpoint,
  EndpointConfig,
  HttpMethod,
  InputOf,
  InputOptional,
  OutputOf,
  PageEnd,
  PaginationSpec,
  ParsedRequest,
  RequestParts,
  ResponseInputOf,
} from './define-endpoint';

export { defineProvider } from './define-provider';
export type { AuthSchemeInfo, EndpointAt, Operation, OperationKey, Provider, ProviderConfig, Registry } from './define-provider';

export { bind, bindRegistry, coreState, createClient, createCore, endpointFunction, isEndpointMethod } from './create-client';
export type { ClientCore, ClientOf, ClientOptions, ClientSetup, EndpointFunction, EndpointMethod, ProviderInfo } from './create-client';
export type { CallOptions, ErrorInfo, Hooks, Logger, PreparedRequest, RequestInfo, ResponseInfo } from './call-endpoint';

export { paginate, getPath, toPaginator } from './paginate';
export type { ItemOf, PagedInputOf, PaginateOptions, Paginator } from './paginate';

export {
  AbortError,
  ApiError,
  AuthError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  RequestValidationError,
  ResponseValidationError,
  SdkError,
  TimeoutError,
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
  kindFromStatus,
  GENERIC_REASON,
  isStableReason,
} from './errors';
export type { ApiErrorDetails, ErrorKind, ErrorSpec, RedactedRequest, SdkErrorOptions, ValidationIssue } from './errors';

export { Redactor, REDACTED, REDACTION_LIMITS, TRUNCATED } from './redact';

export { CallOptionsSchema, HeadersSchema, isHeaderName, isHeaderValue, MAX_TIMER_MS, parseClientOptions, RetryOptionsSchema, TimeoutSchema } from './options';

export { asRecord, fieldMessages } from './body';

export { defaultRetryPolicy, parseRetryAfter, retryDelay } from './retry';
export type { AttemptFailure, RetryPolicy } from './retry';

export { defaultRuntime } from './runtime';
export type { Runtime } from './runtime';

export { TokenManager, apiKeyAuth, basicAuth, headersAuth, memoryTokenStore, queryAuth, tokenAuth } from './auth';
export type {
  AppliedAuth,
  AuthContext,
  AuthStrategy,
  AuthTarget,
  TokenAuthOptions,
  TokenManagerOptions,
  TokenReason,
  TokenSet,
  TokenStore,
} from './auth';

export {
  booleanish,
  flag,
  integer,
  isObjectSchema,
  mergeEntries,
  numeric,
  numericString,
  objectEntries,
  openEnum,
  responseSchemaFor,
  toCompatible,
  toIssues,
  toStrict,
  toStrictInput,
  unwrapPipe,
} from './schema';
export type { AnySchema, ValidationMode } from './schema';

export {
  FORBIDDEN_KEYS,
  INPUT_LIMITS,
  finiteDecimal,
  freeText,
  inputShapeIssues,
  isPlainDecimalNumber,
  isSingleLine,
  positiveId,
  positiveInteger,
  singleLine,
  singleLineString,
  wellFormed,
  wireValueIssues,
} from './wire-values';
export type { DecimalOptions } from './wire-values';

export { decodeQuery, encodeForm, findIllFormed, isWellFormed, encodeMultipart, encodeQuery, fillPath, fromPairs, isBlob, joinURL, pathParams, serializePairs, toPairs } from './encode';
export type { ArrayFormat, FormEncodingOptions } from './encode';

export { canSendGetWithBody, createTransport, networkErrorCode, requestNeverSent, sendGetWithBody } from './transport';
export type { Transport, TransportRequest, TransportResponse } from './transport';
