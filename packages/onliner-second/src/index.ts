// Public API of @x/onliner-second.
//
// Two ways to call: the convenient client (`createOnlinerSecond()`, every endpoint as a method plus
// the helpers), or a configuration-only client with one standalone function per endpoint
// (`createOnlinerSecondCore()` + `offersList(core, ...)`), so a browser app bundles only the
// endpoints it imports. The helpers (waitForImport, uploadAndWait, closeOffers, sendOffers) and the
// town table are imports of their own.
export { createOnlinerSecond } from './client';
export type { OnlinerSecondClient, OnlinerSecondOptions } from './client';
export { createOnlinerSecondCore } from './core';
export type { OnlinerSecondCore, OnlinerSecondCoreOptions } from './core';
export { importReportErrors, importReportGet, oauthToken, offersClose, offersList, offersSend, uploadImage, uploadStatus } from './functions';
export { closeOffers, uploadAndWait, waitForImport } from './helpers';
export type { CloseResult, ImportResult, UploadImageOptions, WaitOptions } from './helpers';
export { checkOffers, sendOffers } from './send-offers';
export { onlinerSecondProvider, ONLINER_SECOND_HOSTS } from './provider';
export { ACCESS_DENIED, INVALID_TOKEN, isOnlinerSecondError, ONLINER_SECOND_REASONS } from './classify';
export type { OnlinerSecondError, OnlinerSecondReason } from './classify';
export { isOnlinerHostedUrl, offerIssues } from './offer-rules';
export { isTownId, townById, townByName, towns } from './towns';
export type { Town, TownId, TownName } from './towns';
export { IMAGE_STATUSES, IMPORT_STATUSES, OFFER_STATUS_CODES, OFFER_STATUSES, isFinishedImport } from './statuses';
export type { ImageStatus, ImportStatus, OfferStatus } from './statuses';
export type { Offer, OfferInput, Photo } from './schemas/offer';
export type { UploadTask } from './schemas/upload';
export type { OfferState } from './endpoints/offers/list';
export type { ImportReport } from './endpoints/import-report/get';
export type { OfferErrors } from './endpoints/import-report/errors';
// Errors, guards, paginate, bind and the call types: core's apps surface, the same in every SDK.
export * from '@x/core';
