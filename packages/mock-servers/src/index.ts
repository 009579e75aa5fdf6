// Public API of @x/mock-servers. Provider mocks live in subpaths (`@x/mock-servers/b2motor`).
export { createMock, ProviderMock } from './mock';
export type { MockOptions, PreferScenario, QueuedScenario, RawRequest } from './mock';
export { defineProviderMock } from './define-mock';
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
} from './define-mock';
export { createMockServer } from './server';
export type { MockServer, MockServerOptions } from './server';
export { mockProviders } from './providers/index';
export type { MockProviderEntry, MockProviderName } from './providers/index';
export { createMockClock } from './clock';
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
