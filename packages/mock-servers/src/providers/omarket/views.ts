// How the O!Market mock writes its stored rows on the wire: envelopes, pages, full ads and cards
// with their embedded category, location and author, the category tree.
import type { MockResponse } from '../../types';
import { EMPTY_CATEGORY, OMARKET_MOCK_ERRORS } from './examples';
import type { OmarketState, OmarketUser, StoredAd, StoredCategory } from './store';

/** The som/USD rate the mock reports (the doc's list example). */
const CURRENCY_USD = 81.7325;

/** A success in the provider's envelope (`result`, `resultCode: SUCCESS`). */
export const envelope = (result: unknown, details = ''): MockResponse => ({ status: 200, body: { result, resultCode: 'SUCCESS', details, errorCode: 0 } });
/** The provider's 404 body. */
export const notFound: MockResponse = { status: 404, body: OMARKET_MOCK_ERRORS.notFound };
/** A 400 with the `{error}` body the documented 400s use. */
export const badRequest = (message: string): MockResponse => ({ status: 400, body: { error: message } });

/** The row with this id, if any. */
export function bySomeId<T extends { id: number }>(items: readonly T[], id: number | null): T | undefined {
  return id === null ? undefined : items.find((x) => x.id === id);
}


function categoryCore(c: StoredCategory) {
  return {
    id: c.id,
    name: c.name,
    parent_filters: c.parent_filters,
    delivery: c.delivery,
    order_num: c.order_num,
    is_popular: c.is_popular,
    has_map: c.has_map,
    required_price: c.required_price,
    icon_img: c.icon_img,
    icon: c.icon,
    dark_icon_img: c.dark_icon_img,
    dark_icon: c.dark_icon,
    category_type: c.category_type,
  };
}

/** A category as ads embed it: with icons, and its parent as an object. */
function embedCategory(state: OmarketState, id: number | null) {
  const all = state.categories.findMany();
  const c = bySomeId(all, id);
  if (!c) return EMPTY_CATEGORY;
  const parent = bySomeId(all, c.parent);
  return {
    ...categoryCore(c),
    parent: parent
      ? { ...categoryCore(parent), parent: parent.parent, has_dynamic_filter: parent.has_dynamic_filter, linked_category: parent.linked_category, filters: parent.filters }
      : null,
    has_dynamic_filter: c.has_dynamic_filter,
    linked_category: c.linked_category,
    filters: c.filters,
  };
}

/** A category as category/list returns it, with its sub-categories. */
export function listCategory(all: readonly StoredCategory[], c: StoredCategory): unknown {
  // The list form has no `icon` / `dark_icon` and adds the parent id, links, filters and ad types.
  const { icon: _icon, dark_icon: _darkIcon, ...core } = categoryCore(c);
  return {
    ...core,
    parent: c.parent,
    linked_category: c.linked_category,
    filters: c.filters,
    ad_type: c.ad_type,
    has_dynamic_filter: c.has_dynamic_filter,
    sub_categories: all.filter((s) => s.parent === c.id).map((s) => listCategory(all, s)),
  };
}

function embedLocation(state: OmarketState, id: number | null) {
  const l = bySomeId(state.locations.findMany(), id);
  if (!l) return { name: '', location_type: null, order_num: null, is_popular: false, parent: null };
  return { id: l.id, name: l.name, location_type: l.location_type, order_num: l.order_num, is_popular: l.is_popular, parent: l.parent, search_by_name: l.search_by_name };
}

function embedAuthor(state: OmarketState, userId: number) {
  const u = state.users.findFirst((q) => q.where({ id: userId }));
  const l = bySomeId(state.locations.findMany(), u?.location_id ?? null);
  return {
    id: userId,
    msisdn: u?.msisdn ?? '',
    location: l ? { id: l.id, name: l.name, parent: l.parent, location_type: l.location_type } : { id: 0, name: '', parent: null, location_type: 'town' },
    verified: u?.verified ?? false,
    block_type: u?.block_type ?? 'not_blocked',
    username: u?.username ?? '',
    avatar: u?.avatar ?? '',
    rating: u?.rating ?? 0,
    contact_number: u?.contact_number ?? '',
  };
}

function labelsOf(value: unknown, options: Record<string, string>): string[] {
  if (typeof value === 'string') return [options[value] ?? value];
  if (Array.isArray(value)) return value.map((x) => options[String(x)] ?? String(x));
  return [];
}

function expandFilters(state: OmarketState, ad: StoredAd) {
  return ad.filters.map((f) => {
    const def = state.filters.findFirst((q) => q.where({ id: f.filter_id }));
    const { options = {}, ...filter } = def ?? {};
    return { id: f.id, value: f.value, filter_id: f.filter_id, filter, list_value: labelsOf(f.value, options) };
  });
}

function priceSort(price: string | null): string | null {
  return price === null || price === '' ? null : Number(price).toFixed(4);
}

/** A full ad (list, detail, update); `expanded` writes filters as objects, as the update answer does. */
export function fullAd(state: OmarketState, ad: StoredAd, viewer: OmarketUser | undefined, expanded = false): Record<string, unknown> {
  const promotion = bySomeId(state.promotions.findMany(), ad.promotion_id);
  return {
    id: ad.id,
    filters: expanded ? expandFilters(state, ad) : ad.filters.map((f) => f.id),
    uuid: ad.uuid,
    title: ad.title,
    description: ad.description,
    ad_type: ad.ad_type,
    author_id: ad.author_id,
    price: ad.price,
    old_price: ad.old_price,
    currency: ad.currency,
    status: ad.status,
    delivery: ad.delivery,
    created_at: ad.created_at,
    address: ad.address,
    o_money_pay: ad.o_money_pay,
    whatsapp_num: ad.whatsapp_num,
    whatsapp_num_is_ident: ad.whatsapp_num_is_ident,
    removed_at: ad.removed_at,
    opening_at: ad.opening_at,
    contract_price: ad.contract_price,
    commentary: ad.commentary,
    price_sort: priceSort(ad.price),
    published_at: ad.published_at,
    latitude: ad.latitude,
    longitude: ad.longitude,
    moderator_id: ad.moderator_id,
    telegram_profile: ad.telegram_profile,
    telegram_profile_is_ident: ad.telegram_profile_is_ident,
    modified_at: ad.modified_at,
    has_image: ad.images.length > 0,
    category: embedCategory(state, ad.category_id),
    detail: ad.detail,
    location: embedLocation(state, ad.location_id),
    promotion_type: promotion ? { id: promotion.id, type: promotion.type, description: promotion.description, img: promotion.img } : null,
    is_own: viewer?.id === ad.author_id,
    author: embedAuthor(state, ad.author_id),
    favorite: false,
    images: ad.images,
    minify_images: ad.minify_images,
    complaint_count: ad.complaint_count,
    review_count: ad.review_count,
    view_count: ad.view_count,
    currency_usd: CURRENCY_USD,
  };
}

/** An ad card (filter, my-ads). */
export function adCard(state: OmarketState, ad: StoredAd, viewer: OmarketUser | undefined) {
  const promotion = bySomeId(state.promotions.findMany(), ad.promotion_id);
  const author = state.users.findFirst((q) => q.where({ id: ad.author_id }));
  return {
    id: ad.id,
    uuid: ad.uuid,
    title: ad.title,
    address: ad.address,
    o_money_pay: ad.o_money_pay,
    price: ad.price,
    latitude: ad.latitude,
    longitude: ad.longitude,
    contract_price: ad.contract_price,
    currency: ad.currency,
    description: ad.description,
    status: ad.status,
    modified_at: ad.modified_at,
    is_own: viewer?.id === ad.author_id,
    category: { name: embedCategory(state, ad.category_id).name },
    author: { verified: author?.verified ?? false },
    favorite: false,
    location: { name: embedLocation(state, ad.location_id).name },
    minify_images: ad.minify_images,
    view_count: ad.view_count,
    currency_usd: CURRENCY_USD,
    promotion_type: { type: promotion?.type ?? null },
  };
}

/** A DRF-style page of `items`; a page past the end is DRF's 404 "Invalid page." */
export function paged<T>(items: readonly T[], pageNumber: number | undefined, size: number): { count: number; next: number | null; previous: number | null; results: T[] } | MockResponse {
  const page = pageNumber ?? 1;
  const last = Math.max(1, Math.ceil(items.length / size));
  if (page > last) return { status: 404, body: OMARKET_MOCK_ERRORS.invalidPage };
  return {
    count: items.length,
    next: page < last ? page + 1 : null,
    previous: page > 1 ? page - 1 : null,
    results: items.slice((page - 1) * size, page * size),
  };
}

/** Whether `paged` answered with an error response instead of a page. */
export function isResponse(value: unknown): value is MockResponse {
  return typeof value === 'object' && value !== null && 'status' in value && typeof (value as { status: unknown }).status === 'number';
}

export function envelopedPage<T>(items: readonly T[], pageNumber: number | undefined, size: number): MockResponse {
  const page = paged(items, pageNumber, size);
  return isResponse(page) ? page : envelope(page);
}

/** Ads by id, newest first. */
export const newestFirst = (a: StoredAd, b: StoredAd): number => b.id - a.id;
