// `@x/mock-servers/quince`: the Quince mock.
// The msw transport (mock.handlers) registers itself on import.
import './msw';
export { createQuinceMock, QUINCE_DEMO_AUTH, QUINCE_MOCK_CODES, quinceExamples, quinceHandlers, quinceMockDefinition } from './providers/quince/index';
export type { QuinceDocHit, QuinceMock, QuinceMockAuth, QuinceMockOptions, QuinceState, StoredFolder, StoredPrice, StoredService } from './providers/quince/index';
