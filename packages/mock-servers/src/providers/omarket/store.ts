// The O!Market mock's store: @msw/data collections whose schemas are the SDK's own wire schemas
// (@x/omarket), plus the few fields only the mock keeps (passwords, OTPs, tokens, references).
import { Collection } from '@msw/data';
import * as v from 'valibot';
import { adFull, embeddedCategory, expandedFilter, faqEntry } from '@x/omarket/endpoints';
import type { MockClock } from '../../clock';
import type { MockRandom } from '../../random';

const wire = adFull.entries;

/** A user: the ad author as the SDK reads it, and what only the provider keeps. */
const userSchema = v.object({
  ...v.omit(wire.author, ['location']).entries,
  password: v.string(),
  /** The SMS code is confirmed (check-otp). */
  confirmed: v.boolean(),
  /** The pending SMS code, or null. */
  otp: v.nullable(v.string()),
  /** Where the user lives (the author's embedded location is built from it). */
  location_id: v.number(),
});

const accessTokenSchema = v.object({ token: v.string(), user_id: v.number(), expires_at: v.number() });
const refreshTokenSchema = v.object({ token: v.string(), user_id: v.number() });

/** One filter value of an ad, as stored (the update answer expands it with its filter). */
const filterValueSchema = v.object({ id: v.number(), filter_id: v.number(), value: v.unknown() });

/** An ad: the scalar fields of the SDK's full ad; its category, location, promotion and author by id. */
const adSchema = v.object({
  ...v.pick(adFull, [
    'id',
    'uuid',
    'author_id',
    'title',
    'description',
    'ad_type',
    'price',
    'old_price',
    'currency',
    'status',
    'delivery',
    'created_at',
    'modified_at',
    'opening_at',
    'removed_at',
    'published_at',
    'address',
    'o_money_pay',
    'whatsapp_num',
    'whatsapp_num_is_ident',
    'telegram_profile',
    'telegram_profile_is_ident',
    'contract_price',
    'commentary',
    'latitude',
    'longitude',
    'moderator_id',
    'detail',
    'minify_images',
    'complaint_count',
    'review_count',
    'view_count',
  ]).entries,
  category_id: v.nullable(v.number()),
  location_id: v.nullable(v.number()),
  promotion_id: v.nullable(v.number()),
  filters: v.array(filterValueSchema),
  images: v.array(v.string()),
});

/** A category: the fields of the SDK's embedded category, with its id, parent id, filters and ad types. */
const categorySchema = v.object({
  ...v.omit(embeddedCategory, ['id', 'parent', 'icon', 'dark_icon', 'filters']).entries,
  id: v.number(),
  parent: v.nullable(v.number()),
  icon: v.unwrap(embeddedCategory.entries.icon),
  dark_icon: v.unwrap(embeddedCategory.entries.dark_icon),
  filters: v.array(v.number()),
  ad_type: v.array(v.number()),
});

/** A location: the SDK's embedded ad location, always with its id and search phrase. */
const locationSchema = v.object({ ...wire.location.entries, id: v.number(), search_by_name: v.string() });

/** A category filter as the update answer embeds it, with its options (id → label, `"4304"` → `"Toyota"`). */
const filterSchema = v.object({ ...expandedFilter.entries.filter.entries, options: v.record(v.string(), v.string()) });

/** A paid promotion, exactly as the SDK reads it. */
const promotionSchema = v.unwrap(wire.promotion_type);

/** A user of the mock (a collection record). */
export type OmarketUser = NonNullable<ReturnType<Collection<typeof userSchema>['findFirst']>>;
/** A stored ad (a collection record). */
export type StoredAd = NonNullable<ReturnType<Collection<typeof adSchema>['findFirst']>>;
/** The fields of a stored ad, to create one. */
export type AdRow = v.InferOutput<typeof adSchema>;
/** A stored category. */
export type StoredCategory = v.InferOutput<typeof categorySchema>;

/** Knobs of the O!Market mock. */
export interface OmarketMockConfig {
  /** API keys the mock accepts. */
  apiKeys: readonly string[];
  /** Items per page of every paged list (the provider's size is undocumented). */
  pageSize: number;
  /** The SMS code a registration "sends" (default always `1234`). */
  otp: () => string;
  /** Base of uploaded image URLs (the mock's own host, fact sheet Q14). */
  mediaBaseURL: string;
}

/** Everything the O!Market mock remembers. */
export interface OmarketState {
  config: OmarketMockConfig;
  clock: MockClock;
  /** The mock's seeded source of uuids, tokens and object names. */
  random: MockRandom;
  users: Collection<typeof userSchema>;
  accessTokens: Collection<typeof accessTokenSchema>;
  refreshTokens: Collection<typeof refreshTokenSchema>;
  ads: Collection<typeof adSchema>;
  categories: Collection<typeof categorySchema>;
  locations: Collection<typeof locationSchema>;
  filters: Collection<typeof filterSchema>;
  promotions: Collection<typeof promotionSchema>;
  faq: Collection<typeof faqSchema>;
  next: { userId: number; adId: number; filterValueId: number };
}

/** The SDK's FAQ entry schema is the stored one. */
const faqSchema = faqEntry;

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** 50 random letters and digits, like the provider's object names. */
export function objectName(random: MockRandom): string {
  return random.text(50, ALNUM);
}

/** Naive ISO date-time with microseconds in Bishkek time (UTC+6), as the provider writes them. */
export function naiveDateTime(ms: number): string {
  return `${new Date(ms + 6 * 3_600_000).toISOString().slice(0, 23)}000`;
}

/** Empty collections for a fresh state (ids continue after the seeded ones). */
export function createStore(config: OmarketMockConfig, clock: MockClock, random: MockRandom): OmarketState {
  return {
    config,
    clock,
    random,
    users: new Collection({ schema: userSchema }),
    accessTokens: new Collection({ schema: accessTokenSchema }),
    refreshTokens: new Collection({ schema: refreshTokenSchema }),
    ads: new Collection({ schema: adSchema }),
    categories: new Collection({ schema: categorySchema }),
    locations: new Collection({ schema: locationSchema }),
    filters: new Collection({ schema: filterSchema }),
    promotions: new Collection({ schema: promotionSchema }),
    faq: new Collection({ schema: faqSchema }),
    next: { userId: 6500, adId: 23500, filterValueId: 17600 },
  };
}
