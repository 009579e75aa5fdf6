// `@x/core/internal`: the pipeline's own parts that @x/mock-servers, the contract tests and the
// SDKs' own checks in this repository use. NO semver promise: anything here may change or go in
// any release. Only what something outside core imports is listed (core's own tests import the
// source files).

export { CallOptionsSchema, isHeaderName } from './options';
export { objectEntries, toIssues, toStrict, toStrictInput } from './schema';
export { decodeQuery, fromPairs, isBlob, pathParams } from './encode';
export { createTransport } from './transport';
export type { Transport } from './transport';
