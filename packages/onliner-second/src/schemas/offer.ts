// The offer object of POST /shop/offers (docs/send_offers.md), wire names as documented.
// This schema checks shapes and types. The rules the provider applies per offer after the 202
// (towns, ranges, currency, image host) live in `offer-rules.ts`: the SDK runs them before
// sending, the mock reports them asynchronously in the import's errors, as the provider does.
import * as v from 'valibot';
import { finiteDecimal, freeText, openEnum, singleLine, singleLineString } from '@x/core/provider';

/**
 * `price.amount`: a decimal string on the wire (`"1250.00"`, fact sheet Q8). Numbers are accepted
 * and sent as strings with two decimals; a number with more than two decimals is refused rather
 * than rounded. (One pipe, not a union, so a failure keeps its field path.)
 */
export const amount = /* @__PURE__ */ finiteDecimal('price.amount', { min: 0, max: 1e12, maxDecimals: 2, fixed: 2 });

// Whole numbers travel in JSON: safe integers only (the ranges are checked in offer-rules.ts).
const wholeNumber = (name: string) => v.pipe(v.number(`${name} must be a number`), v.safeInteger(`${name} must be an integer`));
/** A one-line name (category, vendor, model, contact name, phone). */
const line = (name: string) => v.pipe(v.string(`${name} must be a string`), v.maxLength(1000, `${name} must have at most 1000 characters`), singleLine(name));

/**
 * One photo as `photos` expects it: the size map the upload host returns once an image is
 * processed (`{"1280x1280": url, "x80": url, "mobile_list": url}`, fact sheet Q3).
 */
export const photo = /* @__PURE__ */ v.record(/* @__PURE__ */ v.pipe(/* @__PURE__ */ v.string(), /* @__PURE__ */ singleLine('photo size')), /* @__PURE__ */ v.pipe(/* @__PURE__ */ v.string(), /* @__PURE__ */ v.maxLength(2048, 'a photo URL must have at most 2048 characters'), /* @__PURE__ */ singleLine('photo URL')));

/** A discounted-goods offer, exactly as POST /shop/offers takes it. */
export const offer = /* @__PURE__ */ v.object({
  /** The shop's own offer id; the key for later updates and for closing. */
  id: /* @__PURE__ */ singleLineString('id', { max: 255 }),
  product: /* @__PURE__ */ v.object({
    /** Catalog section name, e.g. "Велосипеды"; the section must be enabled for the shop. */
    category: /* @__PURE__ */ line('product.category'),
    /** Manufacturer, e.g. "Orbea". */
    vendor: /* @__PURE__ */ line('product.vendor'),
    /** Product name, e.g. "Alma H50 27.5 (2015)". */
    model: /* @__PURE__ */ line('product.model'),
  }),
  price: /* @__PURE__ */ v.object({
    /** Decimal string (`"1250.00"`); a number is sent as such a string. */
    amount,
    /** Only `BYN` is accepted. */
    currency: /* @__PURE__ */ openEnum(['BYN']),
  }),
  location: /* @__PURE__ */ v.object({
    /** One of the ids in `towns` (docs/towns.md), e.g. 17030 for Minsk. */
    geo_town_id: /* @__PURE__ */ wholeNumber('location.geo_town_id'),
  }),
  contact: /* @__PURE__ */ v.object({
    name: /* @__PURE__ */ line('contact.name'),
    phones: /* @__PURE__ */ v.pipe(/* @__PURE__ */ v.array(/* @__PURE__ */ line('contact.phones[]')), /* @__PURE__ */ v.maxLength(20, 'give at most 20 phones')),
    /** Calling window: from hour, to hour, each 0–23. */
    call_time: /* @__PURE__ */ v.tuple([/* @__PURE__ */ wholeNumber('contact.call_time[0]'), /* @__PURE__ */ wholeNumber('contact.call_time[1]')]),
  }),
  /** Condition on a 0–10 scale. */
  condition: /* @__PURE__ */ wholeNumber('condition'),
  /** Free text. */
  description: /* @__PURE__ */ freeText('description'),
  /** Requiredness undocumented: optional. */
  delivery: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.object({
      /** Delivery all over the country. */
      available_for_country: /* @__PURE__ */ v.boolean(),
    }),
  ),
  /** Images from the upload host (`uploadImage`), each a size map; onliner.by hosts only. */
  photos: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.pipe(/* @__PURE__ */ v.array(photo), /* @__PURE__ */ v.maxLength(100, 'give at most 100 photos'))),
});

/** An offer as you give it to `offers.send` (amount as number or string). */
export type OfferInput = v.InferInput<typeof offer>;
/** An offer as it is sent (amount as a decimal string). */
export type Offer = v.InferOutput<typeof offer>;
/** A processed image's size map (`1280x1280`, `x80`, `mobile_list` → URL). */
export type Photo = v.InferOutput<typeof photo>;
