// One standalone function per O!Market endpoint, over a configuration-only client
// (`createOmarketCore`): an app that imports one function bundles one endpoint. The registry test
// (functions.test.ts) checks this list against src/endpoints/index.ts, key for key. The session and
// ad helpers (login, logout, createAd, editAd) live in session.ts and ad-helpers.ts.
import { endpointFunction } from '@x/core/provider';
import { adTypesList as adTypesListEndpoint } from './endpoints/ad-types/list';
import { adsCreateDraft as adsCreateDraftEndpoint } from './endpoints/ads/create-draft';
import { adsDelete as adsDeleteEndpoint } from './endpoints/ads/delete';
import { adsFilter as adsFilterEndpoint } from './endpoints/ads/filter';
import { adsFilterDocumented as adsFilterDocumentedEndpoint } from './endpoints/ads/filter-documented';
import { adsGet as adsGetEndpoint } from './endpoints/ads/get';
import { adsList as adsListEndpoint } from './endpoints/ads/list';
import { adsRemoveImage as adsRemoveImageEndpoint } from './endpoints/ads/remove-image';
import { adsUpdate as adsUpdateEndpoint } from './endpoints/ads/update';
import { adsUploadImage as adsUploadImageEndpoint } from './endpoints/ads/upload-image';
import { authCheckOtp as authCheckOtpEndpoint } from './endpoints/auth/check-otp';
import { authLogin as authLoginEndpoint } from './endpoints/auth/login';
import { authRefreshToken as authRefreshTokenEndpoint } from './endpoints/auth/refresh-token';
import { authRegister as authRegisterEndpoint } from './endpoints/auth/register';
import { categoriesList as categoriesListEndpoint } from './endpoints/categories/list';
import { faqList as faqListEndpoint } from './endpoints/faq/list';
import { userMyAds as userMyAdsEndpoint } from './endpoints/user/my-ads';
import { userRemoveAvatar as userRemoveAvatarEndpoint } from './endpoints/user/remove-avatar';
import { userUploadAvatar as userUploadAvatarEndpoint } from './endpoints/user/upload-avatar';

/** Log in (msisdn + password) and get the raw token pair; `login(core, ...)` also stores it. API key only. */
export const authLogin = /* @__PURE__ */ endpointFunction('omarket', 'auth.login', authLoginEndpoint);
/** Register a number (password twice); an SMS code follows. API key only. Not retried. */
export const authRegister = /* @__PURE__ */ endpointFunction('omarket', 'auth.register', authRegisterEndpoint);
/** Verify the SMS code of a registration ("Not match opt code" → reason `wrong_otp`). API key only. */
export const authCheckOtp = /* @__PURE__ */ endpointFunction('omarket', 'auth.checkOtp', authCheckOtpEndpoint);
/** Exchange a refresh token for an access token; the client does this itself when needed. API key only. */
export const authRefreshToken = /* @__PURE__ */ endpointFunction('omarket', 'auth.refreshToken', authRefreshTokenEndpoint);
/** The ads feed, paged (`paginate(bind(core, adsList), {})`). */
export const adsList = /* @__PURE__ */ endpointFunction('omarket', 'ads.list', adsListEndpoint);
/** One ad or draft by uuid. */
export const adsGet = /* @__PURE__ */ endpointFunction('omarket', 'ads.get', adsGetEndpoint);
/** Create an empty draft (status `initial`); result is its uuid. Not retried. */
export const adsCreateDraft = /* @__PURE__ */ endpointFunction('omarket', 'ads.createDraft', adsCreateDraftEndpoint);
/** Set an ad's fields (PUT); the ad goes to `moderate`. */
export const adsUpdate = /* @__PURE__ */ endpointFunction('omarket', 'ads.update', adsUpdateEndpoint);
/** Delete an ad or draft. Not retried. */
export const adsDelete = /* @__PURE__ */ endpointFunction('omarket', 'ads.delete', adsDeleteEndpoint);
/** Upload an image file (multipart `image`); result.url. Not retried. */
export const adsUploadImage = /* @__PURE__ */ endpointFunction('omarket', 'ads.uploadImage', adsUploadImageEndpoint);
/** Remove an image by URL (DELETE with a JSON body); unknown URL → NotFoundError `image_not_found`. */
export const adsRemoveImage = /* @__PURE__ */ endpointFunction('omarket', 'ads.removeImage', adsRemoveImageEndpoint);
/** Filter ads, paged: the peer-proven POST ads-filter-old (undocumented path). */
export const adsFilter = /* @__PURE__ */ endpointFunction('omarket', 'ads.filter', adsFilterEndpoint);
/**
 * Filter ads at the documented path: a GET with a JSON body (Node ≥ 20.16 only), or POST with
 * `documentedFilterVia: 'POST'`. Unverified.
 */
export const adsFilterDocumented = /* @__PURE__ */ endpointFunction('omarket', 'ads.filterDocumented', adsFilterDocumentedEndpoint);
/** The caller's own ads with the given statuses, paged. */
export const userMyAds = /* @__PURE__ */ endpointFunction('omarket', 'user.myAds', userMyAdsEndpoint);
/** Upload the caller's avatar (multipart `image`). Not retried. */
export const userUploadAvatar = /* @__PURE__ */ endpointFunction('omarket', 'user.uploadAvatar', userUploadAvatarEndpoint);
/** Remove the caller's avatar. Not retried. */
export const userRemoveAvatar = /* @__PURE__ */ endpointFunction('omarket', 'user.removeAvatar', userRemoveAvatarEndpoint);
/** Every category, with sub-categories, filter ids and ad types. */
export const categoriesList = /* @__PURE__ */ endpointFunction('omarket', 'categories.list', categoriesListEndpoint);
/** FAQ entries, paged, no envelope (`paginate(bind(core, faqList), {})`). */
export const faqList = /* @__PURE__ */ endpointFunction('omarket', 'faq.list', faqListEndpoint);
/** Ad types for `ad_type`. Unverified: undocumented, from a peer client. */
export const adTypesList = /* @__PURE__ */ endpointFunction('omarket', 'adTypes.list', adTypesListEndpoint);
