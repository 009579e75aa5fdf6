// The offer object of POST /shop/offers (docs/send_offers.md), wire names as documented.
// This schema checks shapes and types. The rules the provider applies per offer after the 202
// (towns, ranges, currency, image host) live in `offer-rules.ts`: the SDK runs them before
// sending, the mock reports them asynchronously in the import's errors, as the provider does.
import * as v from 'valibot';
import { openEnum } from '@x/core';

const MONEY = /^\d+(\.\d{1,2})?$/;

/** Whether a number has at most two decimals (float noise such as 0.1 + 0.2 tolerated). */
function cents(n: number): boolean {
  return Math.abs(Number(n.toFixed(2)) - n) < 1e-9;
}

/**
 * `price.amount`: a decimal string on the wire (`"1250.00"`, fact sheet Q8). Numbers are accepted
 * and sent as strings with two decimals; a number with more than two decimals is refused rather
 * than rounded. (One pipe, not a union, so a failure keeps its field path.)
 */
export const amount = v.pipe(
  v.custom<number | string>((x) => typeof x === 'number' || typeof x === 'string', 'price.amount must be a number or a decimal string such as "1250.00"'),
  v.check(
    (x) => (typeof x === 'string' ? MONEY.test(x) : Number.isFinite(x) && x >= 0 && cents(x)),
    'price.amount must be a non-negative amount with at most two decimals (1250, 19.9 or "1250.00")',
  ),
  v.transform((x): string => (typeof x === 'string' ? x : x.toFixed(2))),
);

const wholeNumber = (name: string) => v.pipe(v.number(`${name} must be a number`), v.integer(`${name} must be an integer`));

/**
 * One photo as `photos` expects it: the size map the upload host returns once an image is
 * processed (`{"1280x1280": url, "x80": url, "mobile_list": url}`, fact sheet Q3).
 */
export const photo = v.record(v.string(), v.string());

/** A discounted-goods offer, exactly as POST /shop/offers takes it. */
export const offer = v.object({
  /** The shop's own offer id; the key for later updates and for closing. */
  id: v.pipe(v.string('id must be a string'), v.minLength(1, 'id must not be empty')),
  product: v.object({
    /** Catalog section name, e.g. "Велосипеды"; the section must be enabled for the shop. */
    category: v.string(),
    /** Manufacturer, e.g. "Orbea". */
    vendor: v.string(),
    /** Product name, e.g. "Alma H50 27.5 (2015)". */
    model: v.string(),
  }),
  price: v.object({
    /** Decimal string (`"1250.00"`); a number is sent as such a string. */
    amount,
    /** Only `BYN` is accepted. */
    currency: openEnum(['BYN']),
  }),
  location: v.object({
    /** One of the ids in `towns` (docs/towns.md), e.g. 17030 for Minsk. */
    geo_town_id: wholeNumber('location.geo_town_id'),
  }),
  contact: v.object({
    name: v.string(),
    phones: v.array(v.string()),
    /** Calling window: from hour, to hour, each 0–23. */
    call_time: v.tuple([wholeNumber('contact.call_time[0]'), wholeNumber('contact.call_time[1]')]),
  }),
  /** Condition on a 0–10 scale. */
  condition: wholeNumber('condition'),
  /** Free text. */
  description: v.string(),
  /** Requiredness undocumented: optional. */
  delivery: v.optional(
    v.object({
      /** Delivery all over the country. */
      available_for_country: v.boolean(),
    }),
  ),
  /** Images from the upload host (`uploadImage`), each a size map; onliner.by hosts only. */
  photos: v.optional(v.array(photo)),
});

/** An offer as you give it to `offers.send` (amount as number or string). */
export type OfferInput = v.InferInput<typeof offer>;
/** An offer as it is sent (amount as a decimal string). */
export type Offer = v.InferOutput<typeof offer>;
/** A processed image's size map (`1280x1280`, `x80`, `mobile_list` → URL). */
export type Photo = v.InferOutput<typeof photo>;
