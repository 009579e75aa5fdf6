// The O!Market endpoint registry: the shape of the client (`client.ads.list(...)`).
import { adTypesList } from './ad-types/list';
import { adsCreateDraft } from './ads/create-draft';
import { adsDelete } from './ads/delete';
import { adsFilter } from './ads/filter';
import { adsFilterDocumented } from './ads/filter-documented';
import { adsGet } from './ads/get';
import { adsList } from './ads/list';
import { adsRemoveImage } from './ads/remove-image';
import { adsUpdate } from './ads/update';
import { adsUploadImage } from './ads/upload-image';
import { authCheckOtp } from './auth/check-otp';
import { authLogin } from './auth/login';
import { authRefreshToken } from './auth/refresh-token';
import { authRegister } from './auth/register';
import { categoriesList } from './categories/list';
import { faqList } from './faq/list';
import { userMyAds } from './user/my-ads';
import { userRemoveAvatar } from './user/remove-avatar';
import { userUploadAvatar } from './user/upload-avatar';

/** Every documented O!Market ads-board operation (plus one marked unverified), grouped as in the URL. */
export const endpoints = {
  auth: {
    /** Log in (msisdn + password) and get the raw token pair; `client.login()` also stores it. API key only. */
    login: authLogin,
    /** Register a number (password twice); an SMS code follows. API key only. Not retried. */
    register: authRegister,
    /** Verify the SMS code of a registration ("Not match opt code" → reason `wrong_otp`). API key only. */
    checkOtp: authCheckOtp,
    /** Exchange a refresh token for an access token; the client calls this itself when needed. API key only. */
    refreshToken: authRefreshToken,
  },
  ads: {
    /** The ads feed, paged (`paginate(client.ads.list)`). */
    list: adsList,
    /** One ad or draft by uuid. */
    get: adsGet,
    /** Create an empty draft (status `initial`); result is its uuid. Not retried. */
    createDraft: adsCreateDraft,
    /** Set an ad's fields (PUT); the ad goes to `moderate`. */
    update: adsUpdate,
    /** Delete an ad or draft. Not retried. */
    delete: adsDelete,
    /** Upload an image file (multipart `image`); result.url. Not retried. */
    uploadImage: adsUploadImage,
    /** Remove an image by URL (DELETE with a JSON body); unknown URL → NotFoundError `image_not_found`. */
    removeImage: adsRemoveImage,
    /** Filter ads, paged: the peer-proven POST ads-filter-old (undocumented path). */
    filter: adsFilter,
    /** Filter ads at the documented path (documented as GET with a body; sent as POST). Unverified. */
    filterDocumented: adsFilterDocumented,
  },
  user: {
    /** The caller's own ads with the given statuses, paged. */
    myAds: userMyAds,
    /** Upload the caller's avatar (multipart `image`). Not retried. */
    uploadAvatar: userUploadAvatar,
    /** Remove the caller's avatar. Not retried. */
    removeAvatar: userRemoveAvatar,
  },
  categories: {
    /** Every category, with sub-categories, filter ids and ad types. */
    list: categoriesList,
  },
  faq: {
    /** FAQ entries, paged, no envelope (`paginate(client.faq.list)`). */
    list: faqList,
  },
  adTypes: {
    /** Ad types for `ad_type`. Unverified: undocumented, from a peer client. */
    list: adTypesList,
  },
} as const;
