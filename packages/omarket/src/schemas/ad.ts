// Ads as the ads-board returns them: full (list, detail, update), cards (filter, my-ads), expanded
// filters. Wire names exactly as sent (fact sheet §5).
import * as v from 'valibot';
import { mergeEntries, openEnum } from '@x/core/provider';
import { embeddedCategory } from './category';

/** An ad's status: `initial` (fresh draft), `moderate` (after an update), `active`, `cancelled`, `disabled`. */
export const adStatus = /* @__PURE__ */ openEnum(['initial', 'moderate', 'active', 'cancelled', 'disabled']);

/** The statuses my-ads accepts (at least one). */
export const myAdsStatus = /* @__PURE__ */ v.picklist(['active', 'cancelled', 'moderate', 'disabled']);

/** Naive ISO date-time as sent (`2022-09-09T16:06:05.572833`, no zone). Kept as a string. */
const naiveDateTime = /* @__PURE__ */ v.string();

/** A coordinate: `null`, or a string / number (the docs only ever show `null`). */
const coordinate = /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.union([/* @__PURE__ */ v.string(), /* @__PURE__ */ v.number()]));

/** A location embedded in an ad. */
export const adLocation = /* @__PURE__ */ v.object({
  /** Absent in a fresh draft's empty location. */
  id: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
  name: /* @__PURE__ */ v.string(),
  location_type: /* @__PURE__ */ v.nullable(/* @__PURE__ */ openEnum(['town', 'district'])),
  order_num: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.number()),
  is_popular: /* @__PURE__ */ v.boolean(),
  /** Parent location id. */
  parent: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.number()),
  /** Kyrgyz search phrase (`"Бишкекте издоо"`); absent in a draft. */
  search_by_name: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
});

/** The ad's author as embedded in full ads. */
export const adAuthor = /* @__PURE__ */ v.object({
  id: /* @__PURE__ */ v.number(),
  /** `996` + 9 digits. */
  msisdn: /* @__PURE__ */ v.string(),
  location: /* @__PURE__ */ v.object({
    id: /* @__PURE__ */ v.number(),
    name: /* @__PURE__ */ v.string(),
    parent: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.number()),
    location_type: /* @__PURE__ */ openEnum(['town', 'district']),
  }),
  verified: /* @__PURE__ */ v.boolean(),
  block_type: /* @__PURE__ */ openEnum(['not_blocked']),
  username: /* @__PURE__ */ v.string(),
  /** Avatar URL or `""`. */
  avatar: /* @__PURE__ */ v.string(),
  rating: /* @__PURE__ */ v.number(),
  contact_number: /* @__PURE__ */ v.string(),
});

/** A paid promotion (`VIP`). */
export const promotionType = /* @__PURE__ */ v.object({
  id: /* @__PURE__ */ v.number(),
  type: /* @__PURE__ */ v.nullable(/* @__PURE__ */ openEnum(['VIP'])),
  description: /* @__PURE__ */ v.string(),
  img: /* @__PURE__ */ v.string(),
});

/** One filter value of an ad as the update answer expands it. */
export const expandedFilter = /* @__PURE__ */ v.object({
  /** Id of this value row. */
  id: /* @__PURE__ */ v.number(),
  /** The value as set (`"4304"`). */
  value: /* @__PURE__ */ v.union([/* @__PURE__ */ v.string(), /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()), /* @__PURE__ */ v.object({ from: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()), to: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()) })]),
  filter_id: /* @__PURE__ */ v.number(),
  filter: /* @__PURE__ */ v.object({
    id: /* @__PURE__ */ v.number(),
    /** Label in the create form (Kyrgyz/Russian, e.g. `"Маркаку"`, "make"). */
    create_label: /* @__PURE__ */ v.string(),
    list_label: /* @__PURE__ */ v.string(),
    create_filter_type: /* @__PURE__ */ openEnum(['select_single', 'select_multiple']),
    list_filter_type: /* @__PURE__ */ openEnum(['select_single', 'select_multiple']),
    required: /* @__PURE__ */ v.boolean(),
    format: /* @__PURE__ */ v.array(/* @__PURE__ */ v.unknown()),
    parent_create_label: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
    parent_list_label: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
    splitting_popular: /* @__PURE__ */ v.boolean(),
  }),
  /** Human labels of the value (`["Toyota"]`). */
  list_value: /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
});

/** Every field of a full ad (ads/list, detail, update). */
export const adFullEntries = {
  id: /* @__PURE__ */ v.number(),
  uuid: /* @__PURE__ */ v.string(),
  /** Filter ids in lists; expanded objects in the update answer. */
  filters: /* @__PURE__ */ v.array(/* @__PURE__ */ v.union([/* @__PURE__ */ v.number(), expandedFilter])),
  title: /* @__PURE__ */ v.string(),
  description: /* @__PURE__ */ v.string(),
  /** `"sell"` or `""` (other values via the undocumented ad_type/list). */
  ad_type: /* @__PURE__ */ v.string(),
  author_id: /* @__PURE__ */ v.number(),
  /** A decimal string (`"1010101"`), `null` in a draft. Sent as number or string, always read as a string. */
  price: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  /** `""` or `null`. */
  old_price: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  /** `"som"` (others unknown). */
  currency: /* @__PURE__ */ v.string(),
  status: adStatus,
  delivery: /* @__PURE__ */ v.boolean(),
  created_at: naiveDateTime,
  address: /* @__PURE__ */ v.string(),
  o_money_pay: /* @__PURE__ */ v.boolean(),
  whatsapp_num: /* @__PURE__ */ v.string(),
  whatsapp_num_is_ident: /* @__PURE__ */ v.boolean(),
  removed_at: /* @__PURE__ */ v.nullable(naiveDateTime),
  opening_at: /* @__PURE__ */ v.nullable(naiveDateTime),
  contract_price: /* @__PURE__ */ v.boolean(),
  commentary: /* @__PURE__ */ v.string(),
  /** Decimal string (`"2.0000"`) or `null`. */
  price_sort: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  published_at: /* @__PURE__ */ v.nullable(naiveDateTime),
  latitude: coordinate,
  longitude: coordinate,
  moderator_id: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.number()),
  telegram_profile: /* @__PURE__ */ v.string(),
  telegram_profile_is_ident: /* @__PURE__ */ v.boolean(),
  modified_at: naiveDateTime,
  has_image: /* @__PURE__ */ v.boolean(),
  category: embeddedCategory,
  detail: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.number()),
  location: adLocation,
  promotion_type: /* @__PURE__ */ v.nullable(promotionType),
  is_own: /* @__PURE__ */ v.boolean(),
  author: adAuthor,
  favorite: /* @__PURE__ */ v.boolean(),
  /** Image URLs (on the provider's MinIO host; not validated). */
  images: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.array(/* @__PURE__ */ v.string())),
  /** Thumbnail URLs. */
  minify_images: /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
  complaint_count: /* @__PURE__ */ v.number(),
  review_count: /* @__PURE__ */ v.number(),
  view_count: /* @__PURE__ */ v.number(),
  /** The som/USD exchange rate of the day (`81.7325`). */
  currency_usd: /* @__PURE__ */ v.number(),
  /** Beyond the docs: read by the Kotlin peer client. */
  num_of_views_in_feed: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
};

/** A full ad (ads/list and the update answer). */
export const adFull = /* @__PURE__ */ v.object(adFullEntries);

/** An ad's detail: a full ad plus `has_complained`. */
export const adDetail = /* @__PURE__ */ v.object(/* @__PURE__ */ mergeEntries(adFullEntries, { has_complained: /* @__PURE__ */ v.boolean() }));

/** An ad card (ads-filter, my-ads): a subset of the full ad. */
export const adCard = /* @__PURE__ */ v.object({
  id: /* @__PURE__ */ v.number(),
  uuid: /* @__PURE__ */ v.string(),
  title: /* @__PURE__ */ v.string(),
  address: /* @__PURE__ */ v.string(),
  o_money_pay: /* @__PURE__ */ v.boolean(),
  price: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  /** Beyond the docs: read by the Kotlin peer client. */
  old_price: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string())),
  latitude: coordinate,
  longitude: coordinate,
  contract_price: /* @__PURE__ */ v.boolean(),
  currency: /* @__PURE__ */ v.string(),
  description: /* @__PURE__ */ v.string(),
  status: adStatus,
  modified_at: naiveDateTime,
  is_own: /* @__PURE__ */ v.boolean(),
  category: /* @__PURE__ */ v.object({
    name: /* @__PURE__ */ v.string(),
    /** Beyond the docs: read by the Kotlin peer client. */
    delivery: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
  }),
  author: /* @__PURE__ */ v.object({ verified: /* @__PURE__ */ v.boolean() }),
  favorite: /* @__PURE__ */ v.boolean(),
  location: /* @__PURE__ */ v.object({ name: /* @__PURE__ */ v.string() }),
  minify_images: /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
  /** A number in the docs; the Kotlin peer types it as a string, so both are read. */
  view_count: /* @__PURE__ */ v.union([/* @__PURE__ */ v.number(), /* @__PURE__ */ v.string()]),
  currency_usd: /* @__PURE__ */ v.number(),
  promotion_type: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.object({ type: /* @__PURE__ */ v.nullable(/* @__PURE__ */ openEnum(['VIP'])) })),
});

/** A full ad. */
export type AdFull = v.InferOutput<typeof adFull>;
/** An ad's detail. */
export type AdDetail = v.InferOutput<typeof adDetail>;
/** An ad card (filter and my-ads lists). */
export type AdCard = v.InferOutput<typeof adCard>;
/** An ad status (known values plus any other string). */
export type AdStatus = v.InferOutput<typeof adStatus>;
/** An expanded filter value. */
export type ExpandedFilter = v.InferOutput<typeof expandedFilter>;
