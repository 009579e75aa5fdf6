// Public API of @x/mock-servers. Provider mocks live in subpaths (`@x/mock-servers/b2motor`).
// The msw transport (mock.handlers) registers itself on import.
import './msw';
export { createMock, ProviderMock } from './provider-mock';
export type { HandleInfo, MockOptions, PreferScenario, QueuedScenario, RawRequest } from './types';
export { defineProviderMock } from './define-provider-mock';
export type {
  AuthResult,
  DocExample,
  DocHit,
  ErrorExample,
  ExampleName,
  ExampleRequest,
  ExamplesFor,
  IncomingRequest,
  MockResponse,
  ProviderMockDefinition,
  ResolverContext,
  SuccessExample,
  WireFault,
} from './types';
export { CORS_ALLOW_HEADERS, CORS_EXPOSE_HEADERS, createMockServer } from './server';
export type { MockServer, MockServerOptions } from './server';
export { mockProviders } from './providers/index';
export type { MockProviderEntry, MockProviderName } from './providers/index';
export { createMockClock } from './clock';
export { createMockRandom } from './random';
export type { MockRandom } from './random';
export { BodyTooLargeError, DEFAULT_BODY_LIMIT, MAX_BODY_DEPTH } from './limits';
export type { MockClock } from './clock';
export { Journal } from './journal';
export type { JournalEntry } from './journal';
export { toFetchResponse, toMswHandlers } from './msw';
export { toOpenAPI } from './openapi';
export type { OpenAPIOptions } from './openapi';
export { deriveRoutes, matchRoute, routeMatcher } from './router';
export type { Route, RouteMatch } from './router';
export { FAULT_NAMES, MOCK_ERROR_HEADER, PREFER_HEADER, formatScenario, parsePrefer, seededRandom } from './scenarios';
export type { FaultName, Scenario } from './scenarios';
export { createDriftProxy } from './proxy';
export type { DriftEntry, DriftProxy, DriftProxyOptions } from './proxy';
