// Public API of @x/omarket.
export { createOmarket, draftUuidOf, fieldsOfAd, ACCESS_TOKEN_TTL_MS } from './client';
export type { LoginInput, OmarketClient, OmarketOptions } from './client';
export { omarketProvider, OMARKET_STAGING_URL } from './provider';
export { OMARKET_REASONS } from './classify';
export type { OmarketReason } from './classify';
export type { AdCard, AdDetail, AdFull, AdStatus, ExpandedFilter } from './schemas/ad';
export type { Category, EmbeddedCategory } from './schemas/category';
export type { AdChanges, AdFields, CategoryFilter, MainFilters } from './schemas/input';
export type { FaqEntry } from './endpoints/faq/list';
export type { AdType } from './endpoints/ad-types/list';
// Errors, guards, paginate, bind and the call types: core's apps surface, the same in every SDK.
export * from '@x/core';
