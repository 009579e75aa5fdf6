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
 * The fields of an ad a caller sets (ads/update body, `createAd`). Seed 002 names the "minimal
 * fields an update needs" (title, price, currency, category, filters, location: all required here)
 * and says "otherwise every field may be updated": every writable field of an ad is accepted too,
 * `old_price` included (decision 0043). `price` may be `null` for a price on agreement
 * (`contract_price: true`), as ads carry it; `filters` may be `[]` for a category without filters.
 */
export const adFieldsEntries = {
  title: v.pipe(v.string('title must be a string'), v.minLength(1, 'title must not be empty')),
  /** Price (the example sends a number; ads carry a string); `null` with `contract_price: true`. */
  price: v.nullable(price),
  /** `"som"`; other currencies are unknown. */
  currency: openEnum(['som']),
  /** Category id (from categories.list). */
  category: integer(),
  /** Category filter values (`[{filter_id: 11, value: "4304"}]`); `[]` when the category has none. */
  filters: v.array(categoryFilter),
  /** Location id (1 = Bishkek). */
  location: integer(),
  /** The price before a discount (shown struck through); `null` for none. */
  old_price: v.optional(v.nullable(price)),
  description: v.optional(v.string()),
  /** `"sell"` (others via the undocumented ad_type list). */
  ad_type: v.optional(openEnum(['sell'])),
  /** Price on agreement. */
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
  latitude: v.optional(v.nullable(v.union([v.string(), v.number()]))),
  longitude: v.optional(v.nullable(v.union([v.string(), v.number()]))),
  delivery: v.optional(v.boolean()),
  /** Opening time (naive ISO date-time, `"2022-09-16T11:00:00"`), or `null`. */
  opening_at: v.optional(v.nullable(v.string())),
  /** Free-text comment. */
  commentary: v.optional(v.string()),
};

/** The fields of an ad a caller sets. */
export const adFields = v.object(adFieldsEntries);

/** Fields of an ad for `createAd` and `ads.update`. */
export type AdFields = v.InferInput<typeof adFields>;

/** Changes for `editAd`: any subset of the ad's fields. */
export const adChanges = v.partial(adFields);

/** Changes for `editAd`. */
export type AdChanges = v.InferInput<typeof adChanges>;

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
