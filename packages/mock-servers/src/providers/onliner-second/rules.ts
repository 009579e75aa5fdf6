// What the mock does as its clock advances (import queue, moderation, image processing) and the
// per-offer checks an import applies, with the provider's Russian texts where the docs give them.
import { isOnlinerHostedUrl, isTownId } from '@x/onliner-second/endpoints';
import type { OnlinerSecondState, StoredImage, StoredImport } from './state';

/** Texts of per-offer errors. The first three are documented (get_import_errors.md); the rest are the mock's own, worded after send_offers.md. */
export const OFFER_ERROR_TEXTS = {
  model: 'Укажите товар',
  description: 'Добавьте описание к объявлению',
  category: 'Раздел не подключен',
  town: 'Размещение объявлений в указанном населенном пункте недоступно',
  condition: 'Состояние указывается по шкале от 0 до 10',
  callTime: 'Время для звонка указывается в часах от 0 до 23',
  currency: 'Допустимая валюта - только BYN',
  photos: 'Принимаются только изображения, размещенные на домене onliner.by',
} as const;

/** The general error_message of an import that rejected offers (get_import_report.md). */
export const IMPORT_VALIDATION_MESSAGE = 'Ошибка валидации';

/** Moderation's answer for a suspiciously cheap offer (the reason of get_offers.md's example). */
export const LOW_PRICE_REASON = { id: 1, text: 'Недостоверная цена', comment: 'Слишком маленькая цена' } as const;

/** Offers cheaper than this (BYN) are sent back for correction by the mock's moderation. */
export const LOW_PRICE_LIMIT = 1;

type Wire = Record<string, unknown>;

const obj = (value: unknown): Wire => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Wire) : {});
const blank = (value: unknown): boolean => typeof value !== 'string' || value.trim() === '';

/** The per-offer errors of one offer as an import reports them, by dotted field path. */
export function checkOffer(offer: Wire, categories: readonly string[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const add = (field: string, text: string): void => {
    (errors[field] ??= []).push(text);
  };
  const product = obj(offer.product);
  const price = obj(offer.price);
  const contact = obj(offer.contact);
  if (blank(product.model)) add('product.model', OFFER_ERROR_TEXTS.model);
  if (blank(offer.description)) add('description', OFFER_ERROR_TEXTS.description);
  const category = typeof product.category === 'string' ? product.category.trim().toLowerCase() : '';
  if (!categories.some((c) => c.toLowerCase() === category)) add('product.category', OFFER_ERROR_TEXTS.category);
  if (!isTownId(obj(offer.location).geo_town_id)) add('location.geo_town_id', OFFER_ERROR_TEXTS.town);
  const condition = offer.condition;
  if (typeof condition !== 'number' || !Number.isInteger(condition) || condition < 0 || condition > 10) add('condition', OFFER_ERROR_TEXTS.condition);
  const hours = contact.call_time;
  if (!Array.isArray(hours) || hours.length !== 2 || hours.some((h) => typeof h !== 'number' || !Number.isInteger(h) || h < 0 || h > 23)) {
    add('contact.call_time', OFFER_ERROR_TEXTS.callTime);
  }
  if (price.currency !== 'BYN') add('price.currency', OFFER_ERROR_TEXTS.currency);
  const photos = offer.photos;
  if (photos !== undefined) {
    const urls = Array.isArray(photos) ? photos.flatMap((p) => Object.values(obj(p))) : [null];
    if (urls.some((url) => typeof url !== 'string' || !isOnlinerHostedUrl(url))) add('photos', OFFER_ERROR_TEXTS.photos);
  }
  return errors;
}

/** Status an import has at `now`, from its creation time and the settings. */
function importStatusAt(imp: StoredImport, now: number, state: OnlinerSecondState): 'pending' | 'processing' | 'done' {
  const started = imp.createdAt + state.settings.pendingMs;
  if (now < started) return 'pending';
  return now < started + state.settings.processingMs ? 'processing' : 'done';
}

/** Finish an import: check each offer, save the good ones (moderation starts), record the rest. */
async function finishImport(state: OnlinerSecondState, imp: StoredImport, finishedAt: number): Promise<void> {
  if (imp.failMessage !== null) {
    await state.imports.update((q) => q.where({ id: imp.id }), {
      data: (r) => {
        r.status = 'failed';
        r.error_message = imp.failMessage;
      },
    });
    return;
  }
  const categories = state.accounts.find((a) => a.clientId === imp.clientId)?.categories ?? [];
  const offerErrors: StoredImport['offerErrors'] = [];
  for (const offer of imp.offers) {
    const id = String(offer.id);
    const errors = checkOffer(offer, categories);
    if (Object.keys(errors).length > 0) {
      offerErrors.push({ id, errors });
      continue;
    }
    const existing = state.offers.findFirst((q) => q.where({ id, clientId: imp.clientId }));
    const data = structuredClone(offer);
    // A new or updated offer goes (back) to moderation.
    if (existing) {
      await state.offers.update(existing, {
        data: (r) => {
          r.status = 'pending';
          r.reason = null;
          r.moderateAt = finishedAt + state.settings.moderationMs;
          r.data = data;
        },
      });
    } else {
      await state.offers.create({ id, clientId: imp.clientId, seq: state.nextOfferSeq++, status: 'pending', reason: null, moderateAt: finishedAt + state.settings.moderationMs, data });
    }
  }
  await state.imports.update((q) => q.where({ id: imp.id }), {
    data: (r) => {
      r.status = 'processed';
      r.total = imp.offers.length;
      r.errors = offerErrors.length;
      r.error_message = offerErrors.length > 0 ? IMPORT_VALIDATION_MESSAGE : null;
      r.offerErrors = offerErrors;
    },
  });
}

/** Bring imports, moderation and image processing up to the mock clock's `now`. */
export async function settle(state: OnlinerSecondState): Promise<void> {
  const now = state.clock.now();
  const open = state.imports.findMany((q) => q.where({ status: (s) => s === 'pending' || s === 'processing' }), { orderBy: { createdAt: 'asc' } });
  for (const imp of open) {
    const at = importStatusAt(imp, now, state);
    if (at === 'done') await finishImport(state, imp, imp.createdAt + state.settings.pendingMs + state.settings.processingMs);
    else if (at !== imp.status) await state.imports.update((q) => q.where({ id: imp.id }), { data: (r) => void (r.status = at) });
  }
  const moderated = state.offers.findMany((q) => q.where({ status: 'pending', moderateAt: (t) => t !== null && t <= now }));
  for (const offer of moderated) {
    const amount = Number(obj(offer.data.price).amount);
    const tooCheap = Number.isFinite(amount) && amount < LOW_PRICE_LIMIT;
    await state.offers.update(offer, {
      data: (r) => {
        r.status = tooCheap ? 'correction' : 'approved';
        r.reason = tooCheap ? { ...LOW_PRICE_REASON } : null;
        r.moderateAt = null;
      },
    });
  }
  const images = state.images.findMany((q) => q.where({ status: (s) => s === 'uploaded' || s === 'processing' }));
  for (const image of images) await advanceImage(state, image, now);
}

async function advanceImage(state: OnlinerSecondState, image: StoredImage, now: number): Promise<void> {
  const half = state.settings.imageProcessingMs / 2;
  const elapsed = now - image.createdAt;
  if (elapsed < half) return;
  const done = elapsed >= state.settings.imageProcessingMs;
  const doneAt = image.createdAt + (done ? state.settings.imageProcessingMs : half);
  await state.images.update((q) => q.where({ id: image.id }), {
    data: (r) => {
      r.updated_at = minskTime(doneAt);
      if (!done) {
        r.status = 'processing';
      } else if (image.failure) {
        r.status = 'error';
        r.errors = [image.failure];
      } else {
        r.status = 'processed';
        const base = `https://content.onliner.by/baralog/${image.bucket}`;
        r.images = { '1280x1280': `${base}/x1280/${image.hash}.jpeg`, x80: `${base}/x80/${image.hash}.jpeg`, mobile_list: `${base}/mobile-list/${image.hash}.jpeg` };
      }
    },
  });
}

/** `YYYY-MM-DD HH:MM:SS` in Minsk time (UTC+3, no DST), as the upload host writes timestamps. */
export function minskTime(ms: number): string {
  return new Date(ms + 3 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}
