// Public API of @x/core for apps: what a caller of an @x SDK needs, promised under semver.
// Provider authors import `@x/core/provider` (this list and the building blocks); mocks and
// contract tests reach `@x/core/internal`, which carries no promise.
// Every SDK re-exports this list (`export * from '@x/core'`), so one import from an SDK is enough.

export {
  AbortError,
  ApiError,
  AuthError,
  AuthSetupError,
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
  isAuthSetupError,
  isNetworkError,
  isNotFoundError,
  isRateLimitError,
  isRequestValidationError,
  isResponseValidationError,
  isSdkError,
  isTimeoutError,
} from './errors';
export type { ApiErrorDetails, ErrorKind, RedactedRequest, SdkErrorOptions, ValidationIssue } from './errors';
export type { ProviderApiError, ProviderErrorGuard } from './reasons';

export { paginate } from './paginate';
export type { ItemOf, PagedInputOf, PaginateOptions, Paginator } from './paginate';

export { bind } from './create-client';
export type { ClientCore, ClientOf, ClientOptions, EndpointFunction, EndpointMethod } from './create-client';
export type { InputOf, OutputOf } from './define-endpoint';
export type { CallOptions, ErrorInfo, Hooks, Logger, RequestInfo, ResponseInfo } from './pipeline-types';

export { memoryTokenStore } from './auth';
export type { TokenSet, TokenStore } from './auth';
export type { RetryPolicy } from './retry';
export type { Runtime } from './runtime';
export type { ValidationMode } from './schema';
