// `@x/mock-servers/omarket`: the O!Market mock.
// The msw transport (mock.handlers) registers itself on import.
import './msw';
export {
  createOmarketMock,
  OMARKET_ACCESS_TTL_MS,
  OMARKET_DEMO_SESSION,
  OMARKET_DEMO_USER,
  OMARKET_FAQ_CONTENT,
  OMARKET_MOCK_API_KEY,
  OMARKET_MOCK_ERRORS,
  OMARKET_SENT_AS_HEADER,
  omarketExamples,
  omarketHandlers,
  omarketMockDefinition,
  revokeRefreshTokens,
  setAdStatus,
} from './providers/omarket/index';
export type { OmarketMock, OmarketMockConfig, OmarketMockOptions, OmarketState, OmarketUser, StoredAd } from './providers/omarket/index';
