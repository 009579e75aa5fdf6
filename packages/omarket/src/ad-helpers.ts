// createAd / editAd over a configuration-only client: the ad helpers that span several calls, and
// the pure functions they are made of (fieldsOfAd, draftUuidOf). An import of their own.
import * as v from 'valibot';
import { asRecord, inputShapeIssues, invalidInput, isApiError, wireValueIssues, type CallOptions, type RequestValidationError } from '@x/core/provider';
import { toIssues, toStrictInput } from '@x/core/internal';
import { stateOf, type OmarketCore } from './core';
import { adsCreateDraft, adsDelete, adsGet, adsUpdate } from './functions';
import type { AdDetail, AdFull } from './schemas/ad';
import { adChanges, adFields, type AdChanges, type AdFields } from './schemas/input';

/**
 * The uuid of the draft `createAd` kept when it failed after creating one (the update may have been
 * applied, or the empty draft could not be deleted), from `error.details.draftUuid`; `undefined`
 * when no draft is left behind. Check that ad (`ads.get({ uuid })`) before trying again.
 */
export function draftUuidOf(error: unknown): string | undefined {
  const details = error && typeof error === 'object' ? (error as { details?: unknown }).details : undefined;
  const uuid = details && typeof details === 'object' ? (details as { draftUuid?: unknown }).draftUuid : undefined;
  return typeof uuid === 'string' ? uuid : undefined;
}

/** A classified 4xx answer about the request itself: not the credentials, not throttling. */
function fieldsRejected(error: unknown): boolean {
  return isApiError(error) && error.status >= 400 && error.status < 500 && error.kind !== 'auth' && error.kind !== 'rate_limit';
}

/** Put the kept draft's uuid in `error.details.draftUuid` (and the message), so it is not lost. */
function keepDraft(error: unknown, uuid: string, why: string): unknown {
  if (!(error instanceof Error)) return error;
  const previous = (error as { details?: unknown }).details;
  const details =
    previous === undefined || previous === null
      ? { draftUuid: uuid }
      : typeof previous === 'object' && !Array.isArray(previous)
        ? { ...previous, draftUuid: uuid }
        : { draftUuid: uuid, previous };
  Object.defineProperty(error, 'details', { value: details, enumerable: true, configurable: true, writable: true });
  error.message = `${error.message} (createAd kept the draft ${uuid}: ${why}; check it with ads.get({ uuid }) before trying again)`;
  return error;
}

/** The update fields of an ad as `ads.get` returns it (fields without a value are left out). */
export function fieldsOfAd(ad: AdDetail | AdFull): Partial<AdFields> & { filters?: AdFields['filters'] } {
  const out: Record<string, unknown> = {
    title: ad.title,
    price: ad.price,
    currency: ad.currency,
    old_price: ad.old_price === '' ? undefined : ad.old_price,
    description: ad.description,
    ad_type: ad.ad_type,
    contract_price: ad.contract_price,
    o_money_pay: ad.o_money_pay,
    whatsapp_num: ad.whatsapp_num,
    whatsapp_num_is_ident: ad.whatsapp_num_is_ident,
    telegram_profile: ad.telegram_profile,
    telegram_profile_is_ident: ad.telegram_profile_is_ident,
    address: ad.address,
    latitude: ad.latitude,
    longitude: ad.longitude,
    delivery: ad.delivery,
    opening_at: ad.opening_at,
    commentary: ad.commentary,
  };
  if (ad.category.id !== undefined) out.category = ad.category.id;
  if (ad.location.id !== undefined) out.location = ad.location.id;
  if (ad.images !== undefined) out.images = ad.images;
  // Expanded filters carry their filter_id and value; bare ids cannot be turned back.
  if (ad.filters.every((f) => typeof f !== 'number')) out.filters = ad.filters.map((f) => ({ filter_id: (f as Exclude<typeof f, number>).filter_id, value: (f as Exclude<typeof f, number>).value }));
  // Request bodies take no nulls: a field the ad has no value for is left out.
  for (const [key, value] of Object.entries(out)) if (value === undefined || value === null) delete out[key];
  return out as Partial<AdFields>;
}

/** What `fieldsOfAd` reads of an ad: a uuid, category and location objects and a filter list (an ad card or a bare `{ uuid }` has not). */
function isFullAd(ad: unknown): ad is AdFull {
  const a = asRecord(ad);
  return a !== undefined && typeof a.uuid === 'string' && asRecord(a.category) !== undefined && asRecord(a.location) !== undefined && Array.isArray(a.filters);
}

function invalid(method: string, issues: ReturnType<typeof toIssues>): RequestValidationError {
  return invalidInput('omarket', method, issues);
}

/**
 * Create an ad in one call: a draft (`ads.createDraft`), then its fields (`ads.update`, sent once,
 * never retried). Returns the ad (status `moderate`). The fields are checked before anything is
 * sent. When the provider rejects the update with a 4xx, the empty draft is deleted again and the
 * update's error is thrown. After a timeout, network error, abort or 5xx the update may have been
 * applied: the draft is kept and the thrown error names it (`draftUuidOf(error)`,
 * `error.details.draftUuid`).
 *
 * @example
 * const ad = await createAd(core, fields);
 * await editAd(core, ad, { price: 990 });
 */
export async function createAd(core: OmarketCore, fields: AdFields, options?: CallOptions): Promise<AdFull> {
  stateOf(core, 'createAd');
  // Check the fields first, so invalid input never leaves an empty draft behind.
  // The same checks the pipeline runs on the update, so nothing it would refuse gets this far.
  const shape = inputShapeIssues(fields);
  const checked = shape.length > 0 ? undefined : v.safeParse(toStrictInput(adFields), fields);
  const wire = checked?.success ? wireValueIssues(checked.output, 'json') : [];
  if (!checked?.success || wire.length > 0) throw invalid('createAd', checked && !checked.success ? toIssues(checked.issues) : shape.length > 0 ? shape : wire);
  const draft = await adsCreateDraft(core, undefined, options);
  const uuid = draft.result;
  try {
    // Sent once: a replay after a lost answer could be refused although the first update was
    // applied, and that refusal must not be mistaken for "the fields were rejected".
    const updated = await adsUpdate(core, { uuid, ...fields }, { ...options, retry: false });
    return updated.result;
  } catch (error) {
    // Only a 4xx answer to the one update says the provider rejected the fields (nothing was
    // set), so only then does the empty draft go. After a timeout, a network error, an abort or
    // a 5xx the update may have been applied: the ad is kept and named in the error.
    if (!fieldsRejected(error)) throw keepDraft(error, uuid, 'the update may have been applied');
    const deleted = await adsDelete(core, { uuid }, { signal: options?.signal }).then(
      () => true,
      () => false,
    );
    throw deleted ? error : keepDraft(error, uuid, 'the provider rejected the fields, and deleting the empty draft failed');
  }
}

/**
 * Change some fields of an ad without copying it by hand: turns the ad back into update fields
 * (category, location and filter ids, prices, texts, images …), applies `changes` and writes the
 * whole set with `ads.update` (which needs the document's minimal fields). Give the ad as
 * `createAd`/`ads.update` returned it (filters expanded), or its uuid: then it is read with
 * `ads.get` first, whose `filters` are bare ids the update cannot take back, so an ad with
 * filters needs `filters` in `changes`. The ad goes back to moderation, as with every update.
 * Last write wins: a change made by someone else since the read is overwritten.
 *
 * @example
 * const ad = await createAd(core, { ... });
 * await editAd(core, ad, { old_price: 1200, price: 990 });
 */
export async function editAd(core: OmarketCore, ad: string | AdFull, changes: AdChanges, options?: CallOptions): Promise<AdFull> {
  stateOf(core, 'editAd');
  const shape = inputShapeIssues(changes);
  if (shape.length > 0) throw invalid('editAd', shape);
  const checked = v.safeParse(toStrictInput(adChanges), changes);
  if (!checked.success) throw invalid('editAd', toIssues(checked.issues));
  if (typeof ad !== 'string' && !isFullAd(ad)) throw invalid('editAd', [{ path: 'ad', message: 'give the ad (as createAd, ads.get or ads.update returned it) or its uuid' }]);
  const uuid = typeof ad === 'string' ? ad : ad.uuid;
  const current = typeof ad === 'string' ? (await adsGet(core, { uuid }, options)).result : ad;
  const fields = { ...fieldsOfAd(current), ...changes };
  if (fields.filters === undefined) {
    throw invalid('editAd', [{ path: 'filters', message: 'ads.get lists the filters as bare ids, which an update cannot take back: pass filters in changes, or give editAd the ad as createAd / ads.update returned it' }]);
  }
  // ads.update checks the merged fields (the document's minimal set included) before sending.
  return (await adsUpdate(core, { uuid, ...(fields as AdFields) }, options)).result;
}
