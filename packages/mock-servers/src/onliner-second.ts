// `@x/mock-servers/onliner-second`: the Onliner Second mock.
// The msw transport (mock.handlers) registers itself on import.
import './msw';
export {
  checkOffer,
  createOnlinerSecondMock,
  DEFAULT_CATEGORIES,
  defaultOnlinerSecondAccounts,
  defaultOnlinerSecondSettings,
  IMPORT_VALIDATION_MESSAGE,
  LOW_PRICE_LIMIT,
  LOW_PRICE_REASON,
  OFFER_ERROR_TEXTS,
  onlinerSecondExamples,
  onlinerSecondHandlers,
  onlinerSecondMockDefinition,
} from './providers/onliner-second/index';
export type {
  IssuedToken,
  OnlinerSecondAccount,
  OnlinerSecondMock,
  OnlinerSecondMockOptions,
  OnlinerSecondSettings,
  OnlinerSecondState,
  StoredImage,
  StoredImport,
  StoredOffer,
} from './providers/onliner-second/index';
