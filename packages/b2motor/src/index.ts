// Public API of @x/b2motor.
//
// Two ways to call: the convenient client (`createB2motor()`, every endpoint as a method), or a
// configuration-only client with one standalone function per endpoint (`createB2motorCore()` +
// `searchProduct(core, ...)`), so a browser app bundles only the endpoints it imports.
export { createB2motor } from './client';
export type { B2motorClient, B2motorOptions } from './client';
export { createB2motorCore } from './core';
export type { AnalogParamName, B2motorCore, B2motorCoreOptions, B2motorSwitches } from './core';
export { basketAdd, basketClear, basketDelete, basketEdit, basketList, ordersAdd, ordersList, searchProduct } from './functions';
export { b2motorProvider } from './provider';
export { md5Hex } from './md5';
export { AUTH_ERROR_CODE, B2MOTOR_REASONS, failedLines, isB2motorError, isB2motorLineError } from './classify';
export type { B2motorError, B2motorLineError, B2motorLineErrorDetails, B2motorReason, LineFailure } from './classify';
export { parseAvailability, positionFromOffer, toNumber } from './helpers';
export type { Availability, OfferLike } from './helpers';
export type { NewPosition } from './endpoints/basket/add';
export { ANALOG } from './endpoints/search/product';
export type { SearchItem } from './endpoints/search/product';
export type { BasketPosition, Order } from './schemas/common';
// Errors, guards, paginate, bind and the call types: core's apps surface, the same in every SDK.
export * from '@x/core';
