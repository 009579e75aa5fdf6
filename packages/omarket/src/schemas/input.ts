// What callers send: ad fields (update / createAd), filter bodies, credentials.
import * as v from 'valibot';
import { finiteDecimal, freeText, integer, mergeEntries, openEnum, singleLine, singleLineString } from '@x/core/provider';

/** `996` + 9 digits, the Kyrgyz mobile number format (`996709920328`). */
export const msisdn = /* @__PURE__ */ v.pipe(/* @__PURE__ */ v.string('msisdn must be a string'), /* @__PURE__ */ v.regex(/^996\d{9}$/, 'msisdn must be 996 followed by 9 digits'));

/** A password: any non-empty string (the provider documents no rules). */
export const password = /* @__PURE__ */ v.pipe(/* @__PURE__ */ v.string('password must be a string'), /* @__PURE__ */ v.minLength(1, 'password must not be empty'));

/** A range value of a numeric category filter (`{from: 3.9, to: 5}`). */
export const filterRange = /* @__PURE__ */ v.pipe(
  /* @__PURE__ */ v.object({ from: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.pipe(/* @__PURE__ */ v.number(), /* @__PURE__ */ v.finite('from must be finite'))), to: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.pipe(/* @__PURE__ */ v.number(), /* @__PURE__ */ v.finite('to must be finite'))) }),
  /* @__PURE__ */ v.check((r) => r.from !== undefined || r.to !== undefined, 'a range needs from or to'),
);

/** A category filter value: one option id (`"10"`), several (`["23", "64"]`), or a range. */
export const filterValue = /* @__PURE__ */ v.union([/* @__PURE__ */ numericStringOrText(), /* @__PURE__ */ v.pipe(/* @__PURE__ */ v.array(/* @__PURE__ */ numericStringOrText()), /* @__PURE__ */ v.minLength(1, 'give at least one value')), filterRange]);

function numericStringOrText() {
  // Option ids travel as strings ("4304"); numbers given by callers are stringified (finite ones
  // only: `Infinity` is not an option id), and a value is one line.
  return v.pipe(
    v.union([v.string('a filter value must be a string or a number'), v.pipe(v.number(), v.finite('a filter value must be finite'))]),
    v.transform((x) => String(x)),
    v.minLength(1, 'a filter value must not be empty'),
    v.maxLength(1000, 'a filter value must have at most 1000 characters'),
    singleLine('a filter value'),
  );
}

/** A catalogue id given by the caller (category, location, filter): a whole number of 1 or more (`"5"` is read as 5). */
export const catalogueId = (name: string) => v.pipe(integer(), v.safeInteger(`${name} must be a whole number`), v.minValue(1, `${name} must be 1 or more`));

/** One category filter: `{filter_id, value}`. */
export const categoryFilter = /* @__PURE__ */ v.object({
  filter_id: /* @__PURE__ */ catalogueId('filter_id'),
  value: filterValue,
});

/** A price: the update example sends a number, responses carry a string; both are accepted. */
const price = /* @__PURE__ */ v.union([
  /* @__PURE__ */ v.pipe(/* @__PURE__ */ v.number(), /* @__PURE__ */ v.finite('price must be finite'), /* @__PURE__ */ v.minValue(0, 'price must not be negative'), /* @__PURE__ */ v.maxValue(1e15, 'price must be at most 1e15')),
  /* @__PURE__ */ v.pipe(/* @__PURE__ */ v.string(), /* @__PURE__ */ v.regex(/^\d+(\.\d+)?$/, 'price must be a non-negative decimal'), /* @__PURE__ */ v.maxLength(30, 'price must have at most 30 characters')),
]);

/** A coordinate: a finite number in range, or a decimal string (`"42.87"`). */
const coordinate = (name: string, limit: number) =>
  v.union([
    v.pipe(v.number(), v.finite(`${name} must be finite`), v.minValue(-limit, `${name} must be from -${limit} to ${limit}`), v.maxValue(limit, `${name} must be from -${limit} to ${limit}`)),
    v.pipe(v.string(), v.maxLength(40, `${name} must have at most 40 characters`), v.regex(/^-?\d+(\.\d+)?$/, `${name} must be a decimal`), v.check((x) => Math.abs(Number(x)) <= limit, `${name} must be from -${limit} to ${limit}`)),
  ]);

/** A one-line text field (contacts, address). */
const line = (name: string) => v.pipe(v.string(`${name} must be a string`), v.maxLength(1000, `${name} must have at most 1000 characters`), singleLine(name));

/**
 * The fields of an ad a caller sets (ads/update body, `createAd`). Seed 002 names the "minimal
 * fields an update needs" (title, price, currency, category, filters, location: all required here)
 * and says "otherwise every field may be updated": every writable field of an ad is accepted too,
 * `old_price` included (decision 0043). `filters` may be `[]` for a category without filters.
 * No field takes `null` (core refuses JSON nulls in request bodies): leave a field out instead.
 */
export const adFieldsEntries = {
  title: /* @__PURE__ */ singleLineString('title'),
  /** Price (the example sends a number; ads carry a string). */
  price,
  /** `"som"`; other currencies are unknown. */
  currency: /* @__PURE__ */ openEnum(['som']),
  /** Category id (from categories.list). */
  category: /* @__PURE__ */ catalogueId('category'),
  /** Category filter values (`[{filter_id: 11, value: "4304"}]`); `[]` when the category has none. */
  filters: /* @__PURE__ */ v.array(categoryFilter),
  /** Location id (1 = Bishkek). */
  location: /* @__PURE__ */ catalogueId('location'),
  /** The price before a discount (shown struck through). */
  old_price: /* @__PURE__ */ v.optional(price),
  description: /* @__PURE__ */ v.optional(/* @__PURE__ */ freeText('description')),
  /** `"sell"` (others via the undocumented ad_type list). */
  ad_type: /* @__PURE__ */ v.optional(/* @__PURE__ */ openEnum(['sell'])),
  /** Price on agreement. */
  contract_price: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
  /** Accept payment by O!Money. */
  o_money_pay: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
  whatsapp_num: /* @__PURE__ */ v.optional(/* @__PURE__ */ line('whatsapp_num')),
  whatsapp_num_is_ident: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
  telegram_profile: /* @__PURE__ */ v.optional(/* @__PURE__ */ line('telegram_profile')),
  telegram_profile_is_ident: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
  /** Image URLs returned by ads.uploadImage. */
  images: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.pipe(/* @__PURE__ */ v.array(/* @__PURE__ */ v.pipe(/* @__PURE__ */ v.string(), /* @__PURE__ */ v.maxLength(2048, 'an image URL must have at most 2048 characters'), /* @__PURE__ */ singleLine('images[]'))), /* @__PURE__ */ v.maxLength(100, 'give at most 100 images'))),
  address: /* @__PURE__ */ v.optional(/* @__PURE__ */ line('address')),
  latitude: /* @__PURE__ */ v.optional(/* @__PURE__ */ coordinate('latitude', 90)),
  longitude: /* @__PURE__ */ v.optional(/* @__PURE__ */ coordinate('longitude', 180)),
  delivery: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
  /** Opening time (naive ISO date-time, `"2022-09-16T11:00:00"`). */
  opening_at: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.pipe(/* @__PURE__ */ v.string('opening_at must be a string'), /* @__PURE__ */ v.maxLength(40, 'opening_at must have at most 40 characters'), /* @__PURE__ */ singleLine('opening_at'))),
  /** Free-text comment. */
  commentary: /* @__PURE__ */ v.optional(/* @__PURE__ */ freeText('commentary')),
};

/** The fields of an ad a caller sets. */
export const adFields = /* @__PURE__ */ v.object(adFieldsEntries);

/** Fields of an ad for `createAd` and `ads.update`. */
export type AdFields = v.InferInput<typeof adFields>;

/** Changes for `editAd`: any subset of the ad's fields. */
export const adChanges = /* @__PURE__ */ v.partial(adFields);

/** Changes for `editAd`. */
export type AdChanges = v.InferInput<typeof adChanges>;

/** The `main_filters` of a filter request (fact sheet §4.1). */
const mainFilterEntries = {
  /** Category id; required by the documented filter, optional in the peer-proven one. */
  category_id: /* @__PURE__ */ v.optional(/* @__PURE__ */ catalogueId('category_id')),
  /** Location id (1 = Bishkek). */
  location_id: /* @__PURE__ */ v.optional(/* @__PURE__ */ catalogueId('location_id')),
  /** `"new"` (other values unknown). */
  order_by: /* @__PURE__ */ v.optional(/* @__PURE__ */ openEnum(['new'])),
  /** Only ads with pictures. */
  pics: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
  with_discount: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
  delivery: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
  contract_price: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
  /** Text search (peer clients; not in the docs). */
  q: /* @__PURE__ */ v.optional(/* @__PURE__ */ line('q')),
};

/** `main_filters` of the peer-proven ads-filter-old (everything optional). */
export const mainFilters = /* @__PURE__ */ v.object(mainFilterEntries);

/** `main_filters` of the documented ads-filter (category required). */
export const documentedMainFilters = /* @__PURE__ */ v.object(/* @__PURE__ */ mergeEntries(mainFilterEntries, { category_id: /* @__PURE__ */ catalogueId('category_id') }));

/** The `main_filters` of a filter request. */
export type MainFilters = v.InferInput<typeof mainFilters>;
/** One category filter. */
export type CategoryFilter = v.InferInput<typeof categoryFilter>;
