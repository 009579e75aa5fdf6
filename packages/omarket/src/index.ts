// Public API of @x/omarket.
//
// Two ways to call: the convenient client (`createOmarket()`, every endpoint as a method plus the
// session and ad helpers), or a configuration-only client with one standalone function per
// endpoint (`createOmarketCore()` + `adsList(core)`), so a browser app bundles only the endpoints it
// imports. The helpers (login, logout, createAd, editAd) take that client first and are imports of
// their own.
export { createOmarket } from './client';
export type { OmarketClient, OmarketOptions } from './client';
export { createOmarketCore, ACCESS_TOKEN_TTL_MS } from './core';
export type { OmarketCore, OmarketCoreOptions } from './core';
export {
  adsCreateDraft,
  adsDelete,
  adsFilter,
  adsFilterDocumented,
  adsGet,
  adsList,
  adsRemoveImage,
  adsUpdate,
  adsUploadImage,
  adTypesList,
  authCheckOtp,
  authLogin,
  authRefreshToken,
  authRegister,
  categoriesList,
  faqList,
  userMyAds,
  userRemoveAvatar,
  userUploadAvatar,
} from './functions';
export { login, logout } from './session';
export type { LoginInput } from './session';
export { createAd, draftUuidOf, editAd, fieldsOfAd } from './ad-helpers';
export { omarketProvider, OMARKET_STAGING_URL } from './provider';
export { isOmarketError, OMARKET_REASONS } from './classify';
export type { OmarketError, OmarketReason } from './classify';
export type { AdCard, AdDetail, AdFull, AdStatus, ExpandedFilter } from './schemas/ad';
export type { Category, EmbeddedCategory } from './schemas/category';
export type { AdChanges, AdFields, CategoryFilter, MainFilters } from './schemas/input';
export type { FaqEntry } from './endpoints/faq/list';
export type { AdType } from './endpoints/ad-types/list';
// Errors, guards, paginate, bind and the call types: core's apps surface, the same in every SDK.
export * from '@x/core';
