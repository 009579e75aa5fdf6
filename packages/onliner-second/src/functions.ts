// One standalone function per Onliner Second endpoint, over a configuration-only client
// (`createOnlinerSecondCore`): an app that imports one function bundles one endpoint. The registry
// test (functions.test.ts) checks this list against src/endpoints/index.ts, key for key. Helpers that
// span several calls (waitForImport, uploadAndWait, closeOffers, sendOffers) live in helpers.ts.
import { endpointFunction } from '@x/core/provider';
import { importReportErrors as importReportErrorsEndpoint } from './endpoints/import-report/errors';
import { importReportGet as importReportGetEndpoint } from './endpoints/import-report/get';
import { oauthToken as oauthTokenEndpoint } from './endpoints/oauth/token';
import { offersClose as offersCloseEndpoint } from './endpoints/offers/close';
import { offersList as offersListEndpoint } from './endpoints/offers/list';
import { offersSend as offersSendEndpoint } from './endpoints/offers/send';
import { uploadImage as uploadImageEndpoint } from './endpoints/upload/image';
import { uploadStatus as uploadStatusEndpoint } from './endpoints/upload/status';

/** Obtain an access token (client credentials; the client does this for you). */
export const oauthToken = /* @__PURE__ */ endpointFunction('onliner-second', 'oauth.token', oauthTokenEndpoint);
/**
 * Queue offers for import: 202 with the import id. Not retried. The offers are type-checked; the
 * provider's documented rules (towns, condition, …) are checked by `sendOffers`, an import of its
 * own since it carries the town table.
 */
export const offersSend = /* @__PURE__ */ endpointFunction('onliner-second', 'offers.send', offersSendEndpoint);
/** Close offers; unknown ids are skipped silently (`closeOffers` reports them). Not retried. */
export const offersClose = /* @__PURE__ */ endpointFunction('onliner-second', 'offers.close', offersCloseEndpoint);
/** List the shop's offers with moderation status, paged (`paginate(bind(core, offersList), {})` walks every page). */
export const offersList = /* @__PURE__ */ endpointFunction('onliner-second', 'offers.list', offersListEndpoint);
/** An import's status and counts (`waitForImport` polls this). */
export const importReportGet = /* @__PURE__ */ endpointFunction('onliner-second', 'importReport.get', importReportGetEndpoint);
/** The offers an import rejected, with field errors in Russian. */
export const importReportErrors = /* @__PURE__ */ endpointFunction('onliner-second', 'importReport.errors', importReportErrorsEndpoint);
/** Upload one image (multipart, token in the query). `uploadAndWait` also waits for processing. Not retried. */
export const uploadImage = /* @__PURE__ */ endpointFunction('onliner-second', 'upload.image', uploadImageEndpoint);
/** An uploaded image's processing status and, once processed, its size map. */
export const uploadStatus = /* @__PURE__ */ endpointFunction('onliner-second', 'upload.status', uploadStatusEndpoint);
