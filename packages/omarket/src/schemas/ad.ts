// Ads as the ads-board returns them: full (list, detail, update), cards (filter, my-ads), expanded
// filters. Wire names exactly as sent (fact sheet §5).
import * as v from 'valibot';
import { openEnum } from '@x/core/provider';
import { embeddedCategory } from './category';

/** An ad's status: `initial` (fresh draft), `moderate` (after an update), `active`, `cancelled`, `disabled`. */
export const adStatus = openEnum(['initial', 'moderate', 'active', 'cancelled', 'disabled']);

/** The statuses my-ads accepts (at least one). */
export const myAdsStatus = v.picklist(['active', 'cancelled', 'moderate', 'disabled']);

/** Naive ISO date-time as sent (`2022-09-09T16:06:05.572833`, no zone). Kept as a string. */
const naiveDateTime = v.string();

/** A coordinate: `null`, or a string / number (the docs only ever show `null`). */
const coordinate = v.nullable(v.union([v.string(), v.number()]));

/** A location embedded in an ad. */
export const adLocation = v.object({
  /** Absent in a fresh draft's empty location. */
  id: v.optional(v.number()),
  name: v.string(),
  location_type: v.nullable(openEnum(['town', 'district'])),
  order_num: v.nullable(v.number()),
  is_popular: v.boolean(),
  /** Parent location id. */
  parent: v.nullable(v.number()),
  /** Kyrgyz search phrase (`"Бишкекте издоо"`); absent in a draft. */
  search_by_name: v.optional(v.string()),
});

/** The ad's author as embedded in full ads. */
export const adAuthor = v.object({
  id: v.number(),
  /** `996` + 9 digits. */
  msisdn: v.string(),
  location: v.object({
    id: v.number(),
    name: v.string(),
    parent: v.nullable(v.number()),
    location_type: openEnum(['town', 'district']),
  }),
  verified: v.boolean(),
  block_type: openEnum(['not_blocked']),
  username: v.string(),
  /** Avatar URL or `""`. */
  avatar: v.string(),
  rating: v.number(),
  contact_number: v.string(),
});

/** A paid promotion (`VIP`). */
export const promotionType = v.object({
  id: v.number(),
  type: v.nullable(openEnum(['VIP'])),
  description: v.string(),
  img: v.string(),
});

/** One filter value of an ad as the update answer expands it. */
export const expandedFilter = v.object({
  /** Id of this value row. */
  id: v.number(),
  /** The value as set (`"4304"`). */
  value: v.union([v.string(), v.array(v.string()), v.object({ from: v.optional(v.number()), to: v.optional(v.number()) })]),
  filter_id: v.number(),
  filter: v.object({
    id: v.number(),
    /** Label in the create form (Kyrgyz/Russian, e.g. `"Маркаку"`, "make"). */
    create_label: v.string(),
    list_label: v.string(),
    create_filter_type: openEnum(['select_single', 'select_multiple']),
    list_filter_type: openEnum(['select_single', 'select_multiple']),
    required: v.boolean(),
    format: v.array(v.unknown()),
    parent_create_label: v.nullable(v.string()),
    parent_list_label: v.nullable(v.string()),
    splitting_popular: v.boolean(),
  }),
  /** Human labels of the value (`["Toyota"]`). */
  list_value: v.array(v.string()),
});

/** Every field of a full ad (ads/list, detail, update). */
export const adFullEntries = {
  id: v.number(),
  uuid: v.string(),
  /** Filter ids in lists; expanded objects in the update answer. */
  filters: v.array(v.union([v.number(), expandedFilter])),
  title: v.string(),
  description: v.string(),
  /** `"sell"` or `""` (other values via the undocumented ad_type/list). */
  ad_type: v.string(),
  author_id: v.number(),
  /** A decimal string (`"1010101"`), `null` in a draft. Sent as number or string, always read as a string. */
  price: v.nullable(v.string()),
  /** `""` or `null`. */
  old_price: v.nullable(v.string()),
  /** `"som"` (others unknown). */
  currency: v.string(),
  status: adStatus,
  delivery: v.boolean(),
  created_at: naiveDateTime,
  address: v.string(),
  o_money_pay: v.boolean(),
  whatsapp_num: v.string(),
  whatsapp_num_is_ident: v.boolean(),
  removed_at: v.nullable(naiveDateTime),
  opening_at: v.nullable(naiveDateTime),
  contract_price: v.boolean(),
  commentary: v.string(),
  /** Decimal string (`"2.0000"`) or `null`. */
  price_sort: v.nullable(v.string()),
  published_at: v.nullable(naiveDateTime),
  latitude: coordinate,
  longitude: coordinate,
  moderator_id: v.nullable(v.number()),
  telegram_profile: v.string(),
  telegram_profile_is_ident: v.boolean(),
  modified_at: naiveDateTime,
  has_image: v.boolean(),
  category: embeddedCategory,
  detail: v.nullable(v.number()),
  location: adLocation,
  promotion_type: v.nullable(promotionType),
  is_own: v.boolean(),
  author: adAuthor,
  favorite: v.boolean(),
  /** Image URLs (on the provider's MinIO host; not validated). */
  images: v.optional(v.array(v.string())),
  /** Thumbnail URLs. */
  minify_images: v.array(v.string()),
  complaint_count: v.number(),
  review_count: v.number(),
  view_count: v.number(),
  /** The som/USD exchange rate of the day (`81.7325`). */
  currency_usd: v.number(),
  /** Beyond the docs: read by the Kotlin peer client. */
  num_of_views_in_feed: v.optional(v.number()),
};

/** A full ad (ads/list and the update answer). */
export const adFull = v.object(adFullEntries);

/** An ad's detail: a full ad plus `has_complained`. */
export const adDetail = v.object({ ...adFullEntries, has_complained: v.boolean() });

/** An ad card (ads-filter, my-ads): a subset of the full ad. */
export const adCard = v.object({
  id: v.number(),
  uuid: v.string(),
  title: v.string(),
  address: v.string(),
  o_money_pay: v.boolean(),
  price: v.nullable(v.string()),
  /** Beyond the docs: read by the Kotlin peer client. */
  old_price: v.optional(v.nullable(v.string())),
  latitude: coordinate,
  longitude: coordinate,
  contract_price: v.boolean(),
  currency: v.string(),
  description: v.string(),
  status: adStatus,
  modified_at: naiveDateTime,
  is_own: v.boolean(),
  category: v.object({
    name: v.string(),
    /** Beyond the docs: read by the Kotlin peer client. */
    delivery: v.optional(v.boolean()),
  }),
  author: v.object({ verified: v.boolean() }),
  favorite: v.boolean(),
  location: v.object({ name: v.string() }),
  minify_images: v.array(v.string()),
  /** A number in the docs; the Kotlin peer types it as a string, so both are read. */
  view_count: v.union([v.number(), v.string()]),
  currency_usd: v.number(),
  promotion_type: v.nullable(v.object({ type: v.nullable(openEnum(['VIP'])) })),
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
