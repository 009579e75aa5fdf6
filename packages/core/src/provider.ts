// `@x/core/provider`: what a provider package is built from, promised under semver: everything
// apps get from `@x/core`, plus endpoint and provider declarations, the client builders, auth
// strategies, schema and wire-value helpers, and the redactor.

export * from './index';

export { defineEndpoint, isEndpoint } from './define-endpoint';
export type {
  AnyEndpoint,
  BodyEncoding,
  Classifier,
  ClassifyContext,
  Endpoint,
  EndpointConfig,
  HttpMethod,
  InputOptional,
  PageEnd,
  PaginationSpec,
  ParsedRequest,
  RequestParts,
  ResponseInputOf,
} from './define-endpoint';

export { defineProvider } from './define-provider';
export type { AuthSchemeInfo, EndpointAt, Operation, OperationKey, Provider, ProviderConfig, ProviderInfo, Registry } from './define-provider';

export { bindRegistry, coreState, createClient, createCore, endpointFunction, isEndpointMethod } from './create-client';
export type { ClientSetup } from './create-client';
export { bindHelpers } from './bind-helpers';
export type { BoundHelper, BoundHelpers, Helper, HelperTree, WithHelpers } from './bind-helpers';
export type { PreparedRequest } from './pipeline-types';

export { getPath, toPaginator } from './paginate';

export { GENERIC_REASON, TOKEN_REFRESH_FAILED, isStableReason, kindFromStatus } from './errors';
export { providerErrorGuard } from './reasons';
export type { ErrorSpec } from './errors';

export { Redactor, REDACTED, REDACTION_LIMITS, TRUNCATED } from './redact';

export { invalidInput, parseClientOptions } from './options';

export { asRecord, fieldMessages } from './body';

export { defaultRuntime } from './runtime';

export { TokenManager, apiKeyAuth, basicAuth, headersAuth, queryAuth, tokenAuth } from './auth';
export type { AppliedAuth, AuthContext, AuthStrategy, AuthTarget, TokenAuthOptions, TokenManagerOptions, TokenReason } from './auth';

export { booleanish, flag, integer, mergeEntries, numeric, numericString, openEnum } from './schema';
export type { AnySchema, BooleanishSchema, FlagSchema } from './schema';

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

export { canSendGetWithBody } from './transport';
export type { ArrayFormat, FormEncodingOptions } from './encode';
