// `@x/mock-servers/7offers`: the 7offers mock.
// The msw transport (mock.handlers) registers itself on import.
import './msw';
export {
  createSevenOffersMock,
  defaultSevenOffersKeys,
  defaultSevenOffersSeed,
  SEVEN_OFFERS_MOCK_MESSAGES,
  SEVEN_OFFERS_MOCK_RULES,
  sevenOffersExamples,
  sevenOffersHandlers,
  sevenOffersMockDefinition,
  sevenOffersMockProvider,
  sevenOffersMockResources,
} from './providers/7offers/index';
export type { SevenOffersKeys, SevenOffersMock, SevenOffersMockOptions, SevenOffersSeed, SevenOffersState, StoredObject } from './providers/7offers/index';
