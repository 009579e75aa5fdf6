// `@x/mock-servers/b2motor`: the b2motor mock.
// The msw transport (mock.handlers) registers itself on import.
import './msw';
export { B2MOTOR_MOCK_CODES, b2motorExamples, b2motorHandlers, b2motorMockDefinition, createB2motorMock } from './providers/b2motor/index';
export type { B2motorAccount, B2motorMock, B2motorMockOptions, B2motorState } from './providers/b2motor/index';
