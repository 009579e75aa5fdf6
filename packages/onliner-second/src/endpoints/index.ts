// The Onliner Second registry: the shape of the client (`client.offers.send(...)`).
import { importReportErrors } from './import-report/errors';
import { importReportGet } from './import-report/get';
import { oauthToken } from './oauth/token';
import { offersClose } from './offers/close';
import { offersList } from './offers/list';
import { offersSend } from './offers/send';
import { uploadImage } from './upload/image';
import { uploadStatus } from './upload/status';

/** Every documented Onliner Second operation, plus the OAuth token endpoint and the upload host. */
export const endpoints = {
  oauth: {
    /** Obtain an access token (client credentials; the client does this for you). */
    token: oauthToken,
  },
  offers: {
    /** Queue offers for import: 202 with the import id. Offers are checked before sending. Not retried. */
    send: offersSend,
    /** Close offers; unknown ids are skipped silently (`closeOffers` reports them). Not retried. */
    close: offersClose,
    /** List the shop's offers with moderation status, paged (`paginate` walks every page). */
    list: offersList,
  },
  importReport: {
    /** An import's status and counts (`waitForImport` polls this). */
    get: importReportGet,
    /** The offers an import rejected, with field errors in Russian. */
    errors: importReportErrors,
  },
  upload: {
    /** Upload one image (multipart, token in the query). `uploadImage` also waits for processing. Not retried. */
    image: uploadImage,
    /** An uploaded image's processing status and, once processed, its size map. */
    status: uploadStatus,
  },
} as const;
