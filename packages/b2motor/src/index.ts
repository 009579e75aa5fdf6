// Public API of @x/b2motor.
export { createB2motor } from './client';
export type { AnalogParamName, B2motorClient, B2motorOptions } from './client';
export { b2motorProvider } from './provider';
export { AUTH_ERROR_CODE, failedLines, isB2motorLineError } from './classify';
export type { B2motorLineError, B2motorLineErrorDetails, LineFailure } from './classify';
export { parseAvailability, positionFromOffer, toNumber } from './helpers';
export type { Availability, OfferLike } from './helpers';
export type { NewPosition } from './endpoints/basket/add';
export { ANALOG } from './endpoints/search/product';
export type { SearchItem } from './endpoints/search/product';
export type { BasketPosition, Order } from './schemas/common';
// Errors, guards and paginate from core: the same list in every SDK (`@x/core/public`).
export * from '@x/core/public';
