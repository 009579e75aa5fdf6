// `@x/core/internal`: the pipeline's own parts, for @x/mock-servers, contract tests and tooling in
// this repository. NO semver promise: anything here may change or go in any release.

export { CallOptionsSchema, HeadersSchema, isHeaderName, isHeaderValue, MAX_TIMER_MS, RetryOptionsSchema, TimeoutSchema } from './options';
export { defaultRetryPolicy, parseRetryAfter, retryDelay } from './retry';
export type { AttemptFailure } from './retry';
export { isObjectSchema, objectEntries, responseSchemaFor, toCompatible, toIssues, toStrict, toStrictInput, unwrapPipe } from './schema';
export { decodeQuery, encodeForm, encodeMultipart, encodeQuery, fillPath, findIllFormed, fromPairs, isBlob, isWellFormed, joinURL, pathParams, serializePairs, toPairs } from './encode';
export { createTransport, fetchTransport, networkErrorCode, requestNeverSent, sendGetWithBody } from './transport';
export type { Transport, TransportRequest, TransportResponse } from './transport';
export type { ClientContext } from './pipeline-types';
