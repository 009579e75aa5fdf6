// Public API of @x/b2motor.
export { createB2motor } from './client';
export type { AnalogParamName, B2motorClient, B2motorOptions } from './client';
export { b2motorProvider } from './provider';
export { AUTH_ERROR_CODE } from './classify';
export { parseAvailability, toNumber } from './helpers';
export type { Availability } from './helpers';
export type { NewPosition } from './endpoints/basket/add';
export type { SearchItem } from './endpoints/search/product';
export type { BasketPosition, Order } from './schemas/common';
// Errors and helpers from core, so one import is enough for most apps.
export {
  ApiError,
  AuthError,
  isApiError,
  isAuthError,
  isNetworkError,
  isRequestValidationError,
  isResponseValidationError,
  isTimeoutError,
} from '@x/core';
