// `@x/core/public`: what every SDK re-exports (`export * from '@x/core/public'` in its index), so
// one import from an SDK is enough for error handling and paging. One list, kept here: a test in
// @x/mock-servers checks that every SDK exports all of it.

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
export type { ApiErrorDetails, ErrorKind, RedactedRequest, ValidationIssue } from './errors';

export { paginate } from './paginate';
export type { PaginateOptions, Paginator } from './paginate';

export type { CallOptions } from './call-endpoint';

export { bind } from './create-client';
export type { ClientCore, EndpointFunction } from './create-client';
