// O!Market mock state: users (register → OTP → login), tokens on the mock clock, ads through their
// statuses with images, categories, locations, filters and the FAQ, in @msw/data collections built
// from valibot schemas. Seeded from the documented examples.
import { Collection } from '@msw/data';
import * as v from 'valibot';
import type { MockClock } from '../../clock';
import type { MockRandom } from '../../random';
import { docCarsCategory, docListedAd, docMakeFilter, OMARKET_DEMO_USER, OMARKET_FAQ_CONTENT } from './examples';

/** The API key the mock accepts by default (a mock value; the real key is issued by O!). */
export const OMARKET_MOCK_API_KEY = 'omarket-mock-api-key-0000000000000';

/** Access-token lifetime (seed 002: 30 minutes), on the mock clock. */
export const OMARKET_ACCESS_TTL_MS = 30 * 60_000;

/** `ex_time` of the seeded session: 2100-01-01, so clients built before the mock stay logged in. */
const SEEDED_EXPIRY = Date.UTC(2100, 0, 1);

/**
 * The seeded demo account's session. Its access token never expires (see SEEDED_EXPIRY), so an SDK
 * client can be built with it before the mock exists and survives `reset()`. Tokens minted by
 * login and refresh live 30 minutes on the mock clock.
 */
export const OMARKET_DEMO_SESSION = {
  accessToken: tokenText(OMARKET_DEMO_USER.id, '2a7e8bae3ba34781b6ffaa03144a17a6', SEEDED_EXPIRY),
  // The doc's refresh token prefix (53e6ddf832e449068…), completed to 32 hex characters.
  refreshToken: '53e6ddf832e449068d0c3b1e2a4f5a61',
} as const;

const userSchema = v.object({
  id: v.number(),
  msisdn: v.string(),
  password: v.string(),
  /** The SMS code is confirmed (check-otp). */
  confirmed: v.boolean(),
  /** The pending SMS code, or null. */
  otp: v.nullable(v.string()),
  username: v.string(),
  avatar: v.string(),
  rating: v.number(),
  contact_number: v.string(),
  location_id: v.number(),
  /** The `verified` badge on ads (not the OTP). */
  verified: v.boolean(),
  block_type: v.string(),
});

const accessTokenSchema = v.object({ token: v.string(), user_id: v.number(), expires_at: v.number() });
const refreshTokenSchema = v.object({ token: v.string(), user_id: v.number() });

const filterValueSchema = v.object({ id: v.number(), filter_id: v.number(), value: v.unknown() });

const adSchema = v.object({
  id: v.number(),
  uuid: v.string(),
  author_id: v.number(),
  title: v.string(),
  description: v.string(),
  ad_type: v.string(),
  price: v.nullable(v.string()),
  old_price: v.nullable(v.string()),
  currency: v.string(),
  status: v.string(),
  delivery: v.boolean(),
  created_at: v.string(),
  modified_at: v.string(),
  opening_at: v.nullable(v.string()),
  removed_at: v.nullable(v.string()),
  published_at: v.nullable(v.string()),
  address: v.string(),
  o_money_pay: v.boolean(),
  whatsapp_num: v.string(),
  whatsapp_num_is_ident: v.boolean(),
  telegram_profile: v.string(),
  telegram_profile_is_ident: v.boolean(),
  contract_price: v.boolean(),
  commentary: v.string(),
  latitude: v.nullable(v.union([v.string(), v.number()])),
  longitude: v.nullable(v.union([v.string(), v.number()])),
  moderator_id: v.nullable(v.number()),
  category_id: v.nullable(v.number()),
  location_id: v.nullable(v.number()),
  detail: v.nullable(v.number()),
  promotion_id: v.nullable(v.number()),
  filters: v.array(filterValueSchema),
  images: v.array(v.string()),
  minify_images: v.array(v.string()),
  complaint_count: v.number(),
  review_count: v.number(),
  view_count: v.number(),
});

const categorySchema = v.object({
  id: v.number(),
  parent: v.nullable(v.number()),
  name: v.string(),
  parent_filters: v.boolean(),
  delivery: v.boolean(),
  order_num: v.number(),
  is_popular: v.boolean(),
  has_map: v.boolean(),
  required_price: v.boolean(),
  icon_img: v.string(),
  icon: v.nullable(v.string()),
  dark_icon_img: v.string(),
  dark_icon: v.nullable(v.string()),
  category_type: v.nullable(v.string()),
  has_dynamic_filter: v.nullable(v.union([v.boolean(), v.number()])),
  linked_category: v.array(v.number()),
  filters: v.array(v.number()),
  ad_type: v.array(v.number()),
});

const locationSchema = v.object({
  id: v.number(),
  name: v.string(),
  location_type: v.string(),
  order_num: v.number(),
  is_popular: v.boolean(),
  parent: v.nullable(v.number()),
  search_by_name: v.string(),
});

const filterSchema = v.object({
  id: v.number(),
  create_label: v.string(),
  list_label: v.string(),
  create_filter_type: v.string(),
  list_filter_type: v.string(),
  required: v.boolean(),
  format: v.array(v.unknown()),
  parent_create_label: v.nullable(v.string()),
  parent_list_label: v.nullable(v.string()),
  splitting_popular: v.boolean(),
  /** Option id → label (`"4304"` → `"Toyota"`). */
  options: v.record(v.string(), v.string()),
});

const promotionSchema = v.object({ id: v.number(), type: v.nullable(v.string()), description: v.string(), img: v.string() });
const faqSchema = v.object({ id: v.number(), title: v.string(), content: v.string() });

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

/** Python's `json.dumps` spacing, base64-encoded: how the provider's opaque tokens look (Q16). */
function tokenText(userId: number, uuid: string, expiresAt: number): string {
  // The decoded doc sample reads {"user_id": 6349, "uuid": "<32 hex>", "ex_… ; "ex_time" is a guess.
  const payload = `{"user_id": ${userId}, "uuid": "${uuid}", "ex_time": ${Math.floor(expiresAt / 1000)}}`;
  return btoa(String.fromCharCode(...new TextEncoder().encode(payload)));
}



const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** 50 random letters and digits, like the provider's object names. */
export function objectName(random: MockRandom): string {
  return random.text(50, ALNUM);
}

/** Naive ISO date-time with microseconds in Bishkek time (UTC+6), as the provider writes them. */
export function naiveDateTime(ms: number): string {
  return `${new Date(ms + 6 * 3_600_000).toISOString().slice(0, 23)}000`;
}

/** Log a user in: a new access token (30 minutes on the mock clock) and refresh token. */
export async function mintSession(state: OmarketState, userId: number): Promise<{ access_token: string; refresh_token: string }> {
  const refresh = await state.refreshTokens.create({ token: state.random.hex(32), user_id: userId });
  const access = await mintAccessToken(state, userId);
  return { access_token: access, refresh_token: refresh.token };
}

/** A new access token for a user, valid 30 minutes on the mock clock. */
export async function mintAccessToken(state: OmarketState, userId: number): Promise<string> {
  const expiresAt = state.clock.now() + OMARKET_ACCESS_TTL_MS;
  const row = await state.accessTokens.create({ token: tokenText(userId, state.random.hex(32), expiresAt), user_id: userId, expires_at: expiresAt });
  return row.token;
}

/** Revoke every refresh token of a user (tests: "the refresh token is rejected"). */
export function revokeRefreshTokens(state: OmarketState, userId: number): number {
  return state.refreshTokens.deleteMany((q) => q.where({ user_id: userId }))?.length ?? 0;
}

/** Move an ad to another status, as a moderator would (`active`, `cancelled`, `disabled`). */
export async function setAdStatus(state: OmarketState, uuid: string, status: string): Promise<StoredAd> {
  const ad = state.ads.findFirst((q) => q.where({ uuid }));
  if (!ad) throw new Error(`omarket mock: no ad ${uuid}`);
  return (await state.ads.update(ad, {
    data(a) {
      a.status = status;
      a.modified_at = naiveDateTime(state.clock.now());
      if (status === 'active') a.published_at ??= a.modified_at;
    },
  })) as StoredAd;
}

const blankAd = {
  description: '',
  ad_type: '',
  price: null,
  old_price: '',
  currency: 'som',
  delivery: false,
  opening_at: null,
  removed_at: null,
  published_at: null,
  address: '',
  o_money_pay: false,
  whatsapp_num: '',
  whatsapp_num_is_ident: false,
  telegram_profile: '',
  telegram_profile_is_ident: false,
  contract_price: false,
  commentary: '',
  latitude: null,
  longitude: null,
  moderator_id: null,
  category_id: null,
  location_id: null,
  detail: null,
  promotion_id: null,
  filters: [],
  images: [],
  minify_images: [],
  complaint_count: 0,
  review_count: 0,
  view_count: 0,
} satisfies Partial<AdRow>;

/** A fresh draft (status `initial`), as ads/initial/ creates it. */
export function draftAd(id: number, authorId: number, now: number, uuid: string): AdRow {
  const at = naiveDateTime(now);
  return { ...blankAd, id, uuid, author_id: authorId, title: '', status: 'initial', created_at: at, modified_at: at };
}

function categoryRow(c: Omit<StoredCategory, 'ad_type' | 'parent' | 'icon' | 'dark_icon' | 'order_num'> & Partial<StoredCategory>): StoredCategory {
  return { parent: null, icon: null, dark_icon: null, order_num: 0, ad_type: [], ...c } as StoredCategory;
}

/** Build a fresh O!Market state, seeded from the documented examples. */
export async function createOmarketState(clock: MockClock, config: OmarketMockConfig, random: MockRandom): Promise<OmarketState> {
  const state: OmarketState = {
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

  // Users: jackson (the demo account, author of the draft/update/my-ads examples) and SulTanos.
  await state.users.create({
    id: OMARKET_DEMO_USER.id,
    msisdn: OMARKET_DEMO_USER.msisdn,
    password: OMARKET_DEMO_USER.password,
    confirmed: true,
    otp: null,
    username: 'jackson',
    avatar: '',
    rating: 0,
    contact_number: '0700111000',
    location_id: 1,
    verified: false,
    block_type: 'not_blocked',
  });
  const sultanos = docListedAd.author;
  await state.users.create({
    id: sultanos.id,
    msisdn: sultanos.msisdn,
    password: 'sultanos-demo',
    confirmed: true,
    otp: null,
    username: sultanos.username,
    avatar: sultanos.avatar,
    rating: sultanos.rating,
    contact_number: sultanos.contact_number,
    location_id: 448,
    verified: false,
    block_type: 'not_blocked',
  });
  await state.accessTokens.create({ token: OMARKET_DEMO_SESSION.accessToken, user_id: OMARKET_DEMO_USER.id, expires_at: SEEDED_EXPIRY });
  await state.refreshTokens.create({ token: OMARKET_DEMO_SESSION.refreshToken, user_id: OMARKET_DEMO_USER.id });

  // Locations of the examples (Bishkek town 1 in region 2; Chimgen district 448 in 102).
  await state.locations.create({ id: 1, name: 'Бишкек', location_type: 'town', order_num: 1, is_popular: false, parent: 2, search_by_name: 'Бишкекте издоо' });
  await state.locations.create({ id: 448, name: 'Чимген', location_type: 'district', order_num: 0, is_popular: false, parent: 102, search_by_name: '' });

  // Categories of the category/list example and of the ads (Музыка, Транспорт → Автомобили).
  const cars = docCarsCategory;
  const transport = cars.parent;
  const music = docListedAd.category;
  for (const row of [
    categoryRow({ id: 368, name: 'Тест категория', parent_filters: false, delivery: true, order_num: 99999, is_popular: false, has_map: false, required_price: true, icon_img: '', dark_icon_img: '', category_type: '', has_dynamic_filter: false, linked_category: [], filters: [] }),
    categoryRow({ id: 553, name: 'Виды спорта', parent_filters: false, delivery: true, order_num: 0, is_popular: false, has_map: false, required_price: true, icon_img: '', dark_icon_img: '', category_type: '', has_dynamic_filter: false, linked_category: [750], filters: [6] }),
    categoryRow({ ...music, linked_category: [...music.linked_category], filters: [...music.filters], ad_type: [1] }),
    categoryRow({ ...transport, parent: null, linked_category: [], filters: [], ad_type: [1] }),
    categoryRow({ ...cars, parent: transport.id, linked_category: [], filters: [...cars.filters], ad_type: [1] }),
  ]) {
    await state.categories.create(row);
  }

  await state.filters.create({ ...docMakeFilter, format: [], options: { '4304': 'Toyota', '4305': 'Honda', '23': 'Lada (ВАЗ)', '64': 'Mercedes-Benz' } });
  await state.promotions.create({ ...docListedAd.promotion_type });

  // Ads: the listed music ad, the doc's draft (jackson), his active car ad from my-ads, two Ladas.
  const listed = docListedAd;
  await state.ads.create({
    ...blankAd,
    id: listed.id,
    uuid: listed.uuid,
    author_id: listed.author_id,
    title: listed.title,
    description: listed.description,
    ad_type: listed.ad_type,
    price: listed.price,
    old_price: listed.old_price,
    status: listed.status,
    created_at: listed.created_at,
    modified_at: listed.modified_at,
    opening_at: listed.opening_at,
    address: listed.address,
    whatsapp_num: listed.whatsapp_num,
    telegram_profile: listed.telegram_profile,
    category_id: listed.category.id,
    location_id: listed.location.id,
    detail: listed.detail,
    promotion_id: listed.promotion_type.id,
  });
  await state.ads.create({
    ...draftAd(23088, OMARKET_DEMO_USER.id, Date.UTC(2022, 8, 15, 4, 23, 54), '15f83777-df64-4819-8996-78eda3066a14'),
    created_at: '2022-09-15T10:23:54.269509',
    modified_at: '2022-09-15T10:23:54.269764',
    review_count: 1,
    view_count: 1,
  });
  await state.ads.create({
    ...blankAd,
    id: 22985,
    uuid: '974e91c3-a585-476f-8cfc-a6846b1c9302',
    author_id: OMARKET_DEMO_USER.id,
    title: 'MY new OBV of saling UBUNTU car',
    ad_type: 'sell',
    price: '500100',
    status: 'active',
    created_at: '2022-09-15T17:30:12.101112',
    modified_at: '2022-09-15T17:33:34.207823',
    category_id: 2,
    location_id: 1,
    view_count: 2,
  });
  for (const [id, uuid, title, price, description, modified] of [
    [23405, '6cfb0644-f28b-4869-8a46-fdbec1995b05', 'Lada', '5000', 'Lada', '2022-10-07T16:03:37.473357'],
    [23406, '137a4f3f-29ac-4648-8a11-63e559f34d23', 'Lada 2107', '2500', 'продается ваз 2107', '2022-10-07T16:06:05.234043'],
  ] as const) {
    await state.ads.create({
      ...blankAd,
      id,
      uuid,
      author_id: sultanos.id,
      title,
      description,
      ad_type: 'sell',
      price,
      status: 'active',
      created_at: modified,
      modified_at: modified,
      address: 'Bishkek',
      category_id: 2,
      location_id: 1,
      filters: [{ id: id * 10, filter_id: 11, value: '23' }],
      view_count: 1,
    });
  }

  await state.faq.create({ id: 29, title: 'Что может делать модератор', content: OMARKET_FAQ_CONTENT });
  await state.faq.create({ id: 30, title: 'Что может делать модератор', content: OMARKET_FAQ_CONTENT });
  return state;
}

