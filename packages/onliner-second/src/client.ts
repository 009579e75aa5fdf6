// createOnlinerSecond: the convenient Onliner Second client, every endpoint as a method plus the
// helpers that span several calls, over the same configuration-only client as the standalone
// functions.
import { bindRegistry, parseClientOptions, type CallOptions, type ClientOf } from '@x/core/provider';
import * as v from 'valibot';
import { createOnlinerSecondCore, type OnlinerSecondCoreOptions } from './core';
import { endpoints } from './endpoints/index';
import { closeOffers, uploadAndWait, waitForImport, type CloseResult, type ImportResult, type UploadImageOptions, type WaitOptions } from './helpers';
import { onlinerSecondInfo } from './info';
import { sendOffers } from './send-offers';

/** Options of `createOnlinerSecond`. */
export type OnlinerSecondOptions = OnlinerSecondCoreOptions & {
  /**
   * Check offers against the provider's documented rules before sending (towns, condition 0–10,
   * call-time hours 0–23, BYN only, photos on onliner.by). Default `true`; turn it off only to
   * send something the provider accepts before this SDK knows it (a new town id).
   */
  validateOffers?: boolean | undefined;
};

type RawClient = ClientOf<typeof endpoints>;

/** The Onliner Second client: the endpoint methods plus helpers spanning several calls. */
export type OnlinerSecondClient = RawClient & {
  /**
   * Poll `importReport.get` (with backoff) until the import is `processed` or `failed`, then fetch
   * its per-offer errors. Resolves with both; a `failed` import resolves too (check
   * `report.status`). Throws TimeoutError after `timeout` (default 5 min), AbortError on `signal`.
   */
  waitForImport(id: string, options?: WaitOptions): Promise<ImportResult>;
  /**
   * Close offers and report which requested ids the provider skipped silently (unknown, not yours,
   * or not in a closable state): `skipped` = requested minus `updated_offers`.
   */
  closeOffers(offerIds: readonly string[], options?: CallOptions): Promise<CloseResult>;
  /**
   * Upload one image and wait until the upload host has processed it; resolves with the size map
   * (`1280x1280`, `x80`, `mobile_list` → URL) to put in an offer's `photos`. Throws an ApiError with
   * reason `image_processing_failed` when processing ends in `error`.
   */
  uploadImage(file: Blob, options?: UploadImageOptions): Promise<Record<string, string>>;
};

const ValidateOffersSchema = /* @__PURE__ */ v.looseObject(
  { validateOffers: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean('validateOffers must be true or false'), true) },
  'options must be an object',
);

/**
 * Create an Onliner Second client. It obtains an OAuth token with the client credentials grant
 * on first use, caches it until `expires_in` (minus a margin) and fetches a new one when it
 * expires or when the API answers 403 `access_denied` — one request shared by concurrent calls.
 *
 * @example
 * const onliner = createOnlinerSecond({ clientId, clientSecret });
 * const { id } = await onliner.offers.send({ body: [offer] });
 * const { report, offerErrors } = await onliner.waitForImport(id);
 */
export function createOnlinerSecond(options: OnlinerSecondOptions): OnlinerSecondClient {
  const core = createOnlinerSecondCore(options);
  const { validateOffers } = parseClientOptions(onlinerSecondInfo.name, ValidateOffersSchema, options);
  const raw = bindRegistry(core, endpoints);
  const client: RawClient = validateOffers ? Object.freeze({ ...raw, offers: Object.freeze({ ...raw.offers, send: checkedSend(raw.offers.send, core) }) }) : raw;
  return Object.freeze({
    ...client,
    waitForImport: (id: string, waitOptions?: WaitOptions) => waitForImport(core, id, waitOptions),
    closeOffers: (offerIds: readonly string[], callOptions?: CallOptions) => closeOffers(core, offerIds, callOptions),
    uploadImage: (file: Blob, uploadOptions?: UploadImageOptions) => uploadAndWait(core, file, uploadOptions),
  });
}

/** `offers.send` with the documented offer rules checked first (`sendOffers`), keeping the method's `endpoint` and `key`. */
function checkedSend(method: RawClient['offers']['send'], core: ReturnType<typeof createOnlinerSecondCore>): RawClient['offers']['send'] {
  const send = ((input, callOptions) => sendOffers(core, input, callOptions)) as RawClient['offers']['send'];
  return Object.defineProperties(send, {
    endpoint: { value: method.endpoint, enumerable: true },
    key: { value: method.key, enumerable: true },
    name: { value: method.key },
  });
}
