// What callers send: ad fields (update / createAd), filter bodies, credentials.
import * as v from 'valibot';
import { integer, numericString, openEnum } from '@x/core';

/** `996` + 9 digits, the Kyrgyz mobile number format (`996709920328`). */
export const msisdn = v.pipe(v.string('msisdn must be a string'), v.regex(/^996\d{9}$/, 'msisdn must be 996 followed by 9 digits'));

/** A password: any non-empty string (the provider documents no rules). */
export const password = v.pipe(v.string('password must be a string'), v.minLength(1, 'password must not be empty'));

/** A range value of a numeric category filter (`{from: 3.9, to: 5}`). */
export const filterRange = v.pipe(
  v.object({ from: v.optional(v.number()), to: v.optional(v.number()) }),
  v.check((r) => r.from !== undefined || r.to !== undefined, 'a range needs from or to'),
);

/** A category filter value: one option id (`"10"`), several (`["23", "64"]`), or a range. */
export const filterValue = v.union([numericStringOrText(), v.pipe(v.array(numericStringOrText()), v.minLength(1, 'give at least one value')), filterRange]);

function numericStringOrText() {
  // Option ids travel as strings ("4304"); numbers given by callers are stringified.
  return v.pipe(numericString(), v.minLength(1, 'a filter value must not be empty'));
}

/** One category filter: `{filter_id, value}`. */
export const categoryFilter = v.object({
  filter_id: integer(),
  value: filterValue,
});

/** A price: the update example sends a number, responses carry a string; both are accepted. */
const price = v.union([v.pipe(v.number(), v.minValue(0, 'price must not be negative')), v.pipe(v.string(), v.regex(/^\d+(\.\d+)?$/, 'price must be a non-negative decimal'))]);

/**
 * The fields of an ad a caller sets (ads/update body, `createAd`). The doc's "minimal" set is
 * title, price, currency, category, filters and location; `title`, `category` and `location` are
 * required here, `price` is optional because peers omit it for `contract_price: true`, and
 * `currency` and `filters` are optional for categories without filters (decision 0101).
 */
export const adFieldsEntries = {
  title: v.pipe(v.string('title must be a string'), v.minLength(1, 'title must not be empty')),
  /** Category id (from categories.list). */
  category: integer(),
  /** Location id (1 = Bishkek). */
  location: integer(),
  price: v.optional(price),
  /** `"som"`; other currencies are unknown. */
  currency: v.optional(openEnum(['som'])),
  /** Category filter values (`[{filter_id: 11, value: "4304"}]`). */
  filters: v.optional(v.array(categoryFilter)),
  description: v.optional(v.string()),
  /** `"sell"` (others via the undocumented ad_type list). */
  ad_type: v.optional(openEnum(['sell'])),
  /** Price on agreement; peers omit `price` then. */
  contract_price: v.optional(v.boolean()),
  /** Accept payment by O!Money. */
  o_money_pay: v.optional(v.boolean()),
  whatsapp_num: v.optional(v.string()),
  whatsapp_num_is_ident: v.optional(v.boolean()),
  telegram_profile: v.optional(v.string()),
  telegram_profile_is_ident: v.optional(v.boolean()),
  /** Image URLs returned by ads.uploadImage. */
  images: v.optional(v.array(v.string())),
  address: v.optional(v.string()),
  latitude: v.optional(v.union([v.string(), v.number()])),
  longitude: v.optional(v.union([v.string(), v.number()])),
  delivery: v.optional(v.boolean()),
};

/** The fields of an ad a caller sets. */
export const adFields = v.object(adFieldsEntries);

/** Fields of an ad for `createAd` and `ads.update`. */
export type AdFields = v.InferInput<typeof adFields>;

/** The `main_filters` of a filter request (fact sheet §4.1). */
const mainFilterEntries = {
  /** Category id; required by the documented filter, optional in the peer-proven one. */
  category_id: v.optional(integer()),
  /** Location id (1 = Bishkek). */
  location_id: v.optional(integer()),
  /** `"new"` (other values unknown). */
  order_by: v.optional(openEnum(['new'])),
  /** Only ads with pictures. */
  pics: v.optional(v.boolean()),
  with_discount: v.optional(v.boolean()),
  delivery: v.optional(v.boolean()),
  contract_price: v.optional(v.boolean()),
  /** Text search (peer clients; not in the docs). */
  q: v.optional(v.string()),
};

/** `main_filters` of the peer-proven ads-filter-old (everything optional). */
export const mainFilters = v.object(mainFilterEntries);

/** `main_filters` of the documented ads-filter (category required). */
export const documentedMainFilters = v.object({ ...mainFilterEntries, category_id: integer() });

/** The `main_filters` of a filter request. */
export type MainFilters = v.InferInput<typeof mainFilters>;
/** One category filter. */
export type CategoryFilter = v.InferInput<typeof categoryFilter>;
