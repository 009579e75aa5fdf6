// The O!Market mock: API key and token checks like the provider's, users (register → OTP → login),
// tokens that expire on the mock clock, ads through their statuses with images, paged lists.
import { omarketProvider } from '@x/omarket/endpoints';
import type { RequestHandler } from 'msw';
import { defineProviderMock, type MockResponse } from '../../define-mock';
import { createMock, type MockOptions, type ProviderMock, type RawRequest } from '../../mock';
import { EMPTY_CATEGORY, OMARKET_DEMO_USER, OMARKET_MOCK_ERRORS, omarketExamples } from './examples';
import {
  createOmarketState,
  draftAd,
  mintAccessToken,
  mintSession,
  naiveDateTime,
  OMARKET_DEMO_SESSION,
  OMARKET_MOCK_API_KEY,
  objectName,
  type OmarketMockConfig,
  type OmarketState,
  type OmarketUser,
  type StoredAd,
  type StoredCategory,
} from './state';

export { OMARKET_DEMO_USER, OMARKET_FAQ_CONTENT, OMARKET_MOCK_ERRORS, omarketExamples } from './examples';
export { OMARKET_ACCESS_TTL_MS, OMARKET_DEMO_SESSION, OMARKET_MOCK_API_KEY, revokeRefreshTokens, setAdStatus } from './state';
export type { OmarketMockConfig, OmarketState, OmarketUser, StoredAd } from './state';

/** The som/USD rate the mock reports (the doc's list example). */
const CURRENCY_USD = 81.7325;

/** The documented filter path, which the docs call with GET and a JSON body. */
const DOCUMENTED_FILTER_PATH = /^\/?api\/ads-board\/v1\/trusted\/ads-filter\/?$/;

/** Header the mock adds when it served the documented filter's GET-with-body form (visible in the journal). */
export const OMARKET_SENT_AS_HEADER = 'x-omarket-mock-sent-as';

const envelope = (result: unknown, details = ''): MockResponse => ({ status: 200, body: { result, resultCode: 'SUCCESS', details, errorCode: 0 } });
const notFound: MockResponse = { status: 404, body: OMARKET_MOCK_ERRORS.notFound };
const badRequest = (message: string): MockResponse => ({ status: 400, body: { error: message } });

function bySomeId<T extends { id: number }>(items: readonly T[], id: number | null): T | undefined {
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
function listCategory(all: readonly StoredCategory[], c: StoredCategory): unknown {
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
function fullAd(state: OmarketState, ad: StoredAd, viewer: OmarketUser | undefined, expanded = false) {
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
function adCard(state: OmarketState, ad: StoredAd, viewer: OmarketUser | undefined) {
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
function paged<T>(items: readonly T[], pageNumber: number | undefined, size: number): { count: number; next: number | null; previous: number | null; results: T[] } | MockResponse {
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

function isResponse(value: unknown): value is MockResponse {
  return typeof value === 'object' && value !== null && 'status' in value && typeof (value as { status: unknown }).status === 'number';
}

function envelopedPage<T>(items: readonly T[], pageNumber: number | undefined, size: number): MockResponse {
  const page = paged(items, pageNumber, size);
  return isResponse(page) ? page : envelope(page);
}

const newestFirst = (a: StoredAd, b: StoredAd): number => b.id - a.id;

/** The viewer's own ad by uuid (others' ads answer 404, so a permission problem never looks like a 403 token failure). */
function ownAd(state: OmarketState, uuid: string, viewer: OmarketUser): StoredAd | undefined {
  return state.ads.findFirst((q) => q.where({ uuid, author_id: viewer.id }));
}

interface FilterBody {
  main_filters?: {
    category_id?: number | undefined;
    location_id?: number | undefined;
    order_by?: string | undefined;
    pics?: boolean | undefined;
    with_discount?: boolean | undefined;
    delivery?: boolean | undefined;
    contract_price?: boolean | undefined;
    q?: string | undefined;
  };
  category_filters?: Array<{ filter_id: number; value: string | string[] | { from?: number | undefined; to?: number | undefined } }> | undefined;
}

type CategoryFilterValue = NonNullable<FilterBody['category_filters']>[number]['value'];

function matchesFilter(stored: unknown, wanted: CategoryFilterValue): boolean {
  const values = Array.isArray(stored) ? stored.map(String) : [String(stored)];
  if (typeof wanted === 'string') return values.includes(wanted);
  if (Array.isArray(wanted)) return wanted.some((w) => values.includes(w));
  const n = Number(values[0]);
  return Number.isFinite(n) && (wanted.from === undefined || n >= wanted.from) && (wanted.to === undefined || n <= wanted.to);
}

/** Active ads matching a filter body, newest first (or by modification with order_by "new"). */
function filterAds(state: OmarketState, body: FilterBody): StoredAd[] {
  const main = body.main_filters ?? {};
  const categories = state.categories.findMany();
  const text = main.q?.trim().toLowerCase();
  const inCategory = (id: number | null): boolean => {
    if (main.category_id === undefined) return true;
    for (let c = bySomeId(categories, id); c; c = bySomeId(categories, c.parent)) if (c.id === main.category_id) return true;
    return false;
  };
  const ads = state.ads.findMany((q) => q.where({ status: 'active' })).filter(
    (ad) =>
      inCategory(ad.category_id) &&
      (main.location_id === undefined || ad.location_id === main.location_id) &&
      (!text || `${ad.title} ${ad.description}`.toLowerCase().includes(text)) &&
      (!main.pics || ad.images.length > 0) &&
      (!main.with_discount || (ad.old_price !== null && ad.old_price !== '')) &&
      (!main.delivery || ad.delivery) &&
      (!main.contract_price || ad.contract_price) &&
      (body.category_filters ?? []).every((cf) => {
        const set = ad.filters.find((f) => f.filter_id === cf.filter_id);
        return set !== undefined && matchesFilter(set.value, cf.value);
      }),
  );
  return main.order_by === 'new' ? ads.sort((a, b) => b.modified_at.localeCompare(a.modified_at)) : ads.sort(newestFirst);
}

function imageURL(state: OmarketState, folder: string, file: Blob, upper: boolean): { url: string; thumbnail: string } {
  const name = (file as File).name ?? '';
  const ext = /\.([A-Za-z0-9]{1,5})$/.exec(name)?.[1] ?? 'jpeg';
  const fileName = `${objectName(state.random)}.${upper ? ext.toUpperCase() : ext.toLowerCase()}`;
  const base = state.config.mediaBaseURL.replace(/\/+$/, '');
  return { url: `${base}/${folder}/${fileName}`, thumbnail: `${base}/${folder}/minify/${fileName}` };
}

/** The O!Market mock definition (use `createOmarketMock` for an instance). */
export function omarketMockDefinition(config: OmarketMockConfig) {
  return defineProviderMock({
    provider: omarketProvider,
    examples: omarketExamples,
    // Headers of documented requests that are credentials, not SDK input.
    authParams: ['x-api-key', 'api_key', 'authorization'],
    sensitiveNames: ['otp'],
    createState: ({ clock, random }) => createOmarketState(clock, config, random),

    authenticate(request, { key, state, clock }) {
      // The header name is undocumented: x-api-key (iOS peer) and API_KEY (Android peer) both work (Q1).
      const apiKey = request.headers.get('x-api-key') ?? request.headers.get('api_key');
      if (!apiKey || !state.config.apiKeys.includes(apiKey)) return { response: { status: 403, body: OMARKET_MOCK_ERRORS.apiKey } };
      if (key.startsWith('auth.')) return { principal: undefined };
      // The raw token (Android peer) and "Bearer <token>" are both accepted (Q2).
      const header = request.headers.get('authorization')?.trim();
      if (!header) return { response: { status: 403, body: OMARKET_MOCK_ERRORS.noToken } };
      const token = header.replace(/^Bearer\s+/i, '');
      const row = state.accessTokens.findFirst((q) => q.where({ token }));
      if (!row || row.expires_at <= clock.now()) return { response: { status: 403, body: OMARKET_MOCK_ERRORS.badToken } };
      const user = state.users.findFirst((q) => q.where({ id: row.user_id }));
      if (!user) return { response: { status: 403, body: OMARKET_MOCK_ERRORS.badToken } };
      return { principal: user };
    },

    errors: {
      // The documented 400s of register and check-otp use `{error}`; the mock answers every invalid request so.
      validation: (issues) => badRequest(`Invalid request: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`),
      status: (status, message) => ({ status, body: { detail: message } }),
    },

    resolvers: {
      async 'auth.register'({ input, state, example }) {
        const { msisdn, password } = input.body;
        const existing = state.users.findFirst((q) => q.where({ msisdn }));
        if (existing?.confirmed) return example('number-exists');
        const otp = state.config.otp();
        if (existing) {
          // An unconfirmed registration is started again with a new code.
          await state.users.update(existing, { data: (u) => void Object.assign(u, { password, otp }) });
        } else {
          await state.users.create({
            id: state.next.userId++,
            msisdn,
            password,
            confirmed: false,
            otp,
            username: '',
            avatar: '',
            rating: 0,
            contact_number: msisdn,
            location_id: 1,
            verified: false,
            block_type: 'not_blocked',
          });
        }
        return { status: 200, body: { success: 'SUCCESS' } };
      },

      async 'auth.checkOtp'({ input, state, example }) {
        const user = state.users.findFirst((q) => q.where({ msisdn: input.body.msisdn }));
        if (!user || user.confirmed || user.otp !== input.body.otp) return example('wrong-otp');
        await state.users.update(user, { data: (u) => void Object.assign(u, { confirmed: true, otp: null }) });
        return { status: 200, body: { success: 'SUCCESS' } };
      },

      async 'auth.login'({ input, state, example }) {
        const user = state.users.findFirst((q) => q.where({ msisdn: input.body.msisdn }));
        // An unconfirmed number cannot log in yet; the provider's answer for it is unknown.
        if (!user || !user.confirmed || user.password !== input.body.password) return example('wrong-password');
        return { status: 200, body: await mintSession(state, user.id) };
      },

      async 'auth.refreshToken'({ input, state }) {
        const token = input.body.refresh_token;
        const row = state.refreshTokens.findFirst((q) => q.where({ token }));
        // The documented 400 echoes the token (seed 002).
        if (!row) return { status: 400, body: { message: `no such ${token} refresh token found` } };
        // No rotation: only a new access token comes back, as documented.
        return { status: 200, body: { access_token: await mintAccessToken(state, row.user_id) } };
      },

      'ads.list'({ input, state, principal }) {
        const ads = state.ads.findMany((q) => q.where({ status: 'active' })).sort(newestFirst);
        return envelopedPage(
          ads.map((ad) => fullAd(state, ad, principal as OmarketUser)),
          input.query.page,
          state.config.pageSize,
        );
      },

      'ads.get'({ input, state, principal }) {
        const viewer = principal as OmarketUser;
        const ad = state.ads.findFirst((q) => q.where({ uuid: input.path.uuid }));
        if (!ad || (ad.status !== 'active' && ad.author_id !== viewer.id)) return notFound;
        return envelope({ ...fullAd(state, ad, viewer), has_complained: false });
      },

      async 'ads.createDraft'({ state, principal }) {
        const ad = await state.ads.create(draftAd(state.next.adId++, (principal as OmarketUser).id, state.clock.now(), state.random.uuid()));
        return envelope(ad.uuid);
      },

      async 'ads.update'({ input, state, principal }) {
        const viewer = principal as OmarketUser;
        const ad = ownAd(state, input.path.uuid, viewer);
        if (!ad) return notFound;
        const body = input.body;
        if (!state.categories.findFirst((q) => q.where({ id: body.category }))) return badRequest(`category: ${body.category} does not exist`);
        if (!state.locations.findFirst((q) => q.where({ id: body.location }))) return badRequest(`location: ${body.location} does not exist`);
        for (const f of body.filters ?? []) {
          if (!state.filters.findFirst((q) => q.where({ id: f.filter_id }))) return badRequest(`filters: filter ${f.filter_id} does not exist`);
        }
        const now = naiveDateTime(state.clock.now());
        const updated = (await state.ads.update(ad, {
          data(a) {
            a.title = body.title;
            a.category_id = body.category;
            a.location_id = body.location;
            if (body.price !== undefined) a.price = String(body.price);
            else if (body.contract_price) a.price = null;
            if (body.currency !== undefined) a.currency = body.currency;
            if (body.filters !== undefined) a.filters = body.filters.map((f) => ({ id: state.next.filterValueId++, filter_id: f.filter_id, value: f.value }));
            if (body.images !== undefined) {
              const keep = body.images.filter((url) => a.images.includes(url));
              a.minify_images = keep.map((url) => a.minify_images[a.images.indexOf(url)] ?? url);
              a.images = keep;
            }
            for (const field of ['description', 'ad_type', 'contract_price', 'o_money_pay', 'whatsapp_num', 'whatsapp_num_is_ident', 'telegram_profile', 'telegram_profile_is_ident', 'address', 'latitude', 'longitude', 'delivery'] as const) {
              if (body[field] !== undefined) (a as Record<string, unknown>)[field] = body[field];
            }
            // Every update sends the ad (back) to moderation.
            a.status = 'moderate';
            a.modified_at = now;
          },
        })) as StoredAd;
        return envelope(fullAd(state, updated, viewer, true), 'Updated');
      },

      'ads.delete'({ input, state, principal }) {
        const ad = ownAd(state, input.path.uuid, principal as OmarketUser);
        if (!ad) return notFound;
        state.ads.delete(ad);
        return envelope([], 'Deleted');
      },

      async 'ads.uploadImage'({ input, state, principal }) {
        const ad = ownAd(state, input.path.uuid, principal as OmarketUser);
        if (!ad) return notFound;
        const { url, thumbnail } = imageURL(state, 'ads', input.body.image, true);
        await state.ads.update(ad, {
          data(a) {
            a.images.push(url);
            a.minify_images.push(thumbnail);
          },
        });
        return envelope({ url }, 'Uploaded');
      },

      async 'ads.removeImage'({ input, state, principal, example }) {
        const ad = ownAd(state, input.path.uuid, principal as OmarketUser);
        if (!ad) return notFound;
        const index = ad.images.indexOf(input.body.url);
        if (index < 0) return example('image-not-found');
        await state.ads.update(ad, {
          data(a) {
            a.images.splice(index, 1);
            a.minify_images.splice(index, 1);
          },
        });
        return envelope('Successfully deleted');
      },

      'ads.filter'({ input, state, principal }) {
        const cards = filterAds(state, input.body as FilterBody).map((ad) => adCard(state, ad, principal as OmarketUser));
        return envelopedPage(cards, input.query.page, state.config.pageSize);
      },

      'ads.filterDocumented'({ input, state, principal }) {
        const cards = filterAds(state, input.body as FilterBody).map((ad) => adCard(state, ad, principal as OmarketUser));
        return envelopedPage(cards, input.query.page, state.config.pageSize);
      },

      'user.myAds'({ input, state, principal }) {
        const viewer = principal as OmarketUser;
        const statuses: readonly string[] = input.body.statuses;
        const ads = state.ads.findMany((q) => q.where({ author_id: viewer.id })).filter((ad) => statuses.includes(ad.status)).sort(newestFirst);
        return envelopedPage(
          ads.map((ad) => adCard(state, ad, viewer)),
          input.query.page,
          state.config.pageSize,
        );
      },

      async 'user.uploadAvatar'({ input, state, principal }) {
        const { url } = imageURL(state, 'ads-avatar', input.body.image, false);
        await state.users.update(principal as OmarketUser, { data: (u) => void (u.avatar = url) });
        return envelope({ url }, 'Uploaded');
      },

      async 'user.removeAvatar'({ state, principal }) {
        await state.users.update(principal as OmarketUser, { data: (u) => void (u.avatar = '') });
        return envelope('Successfully deleted');
      },

      'categories.list'({ state }) {
        const all = state.categories.findMany(undefined, { orderBy: { id: 'asc' } });
        return envelope(all.filter((c) => c.parent === null).map((c) => listCategory(all, c)));
      },

      'faq.list'({ input, state }) {
        const entries = state.faq.findMany(undefined, { orderBy: { id: 'desc' } }).map(({ id, title, content }) => ({ id, title, content }));
        const page = paged(entries, input.query.page, state.config.pageSize);
        // No envelope around the FAQ page (Q7).
        return isResponse(page) ? page : { status: 200, body: page };
      },
    },

    // The documented filter is a GET with a JSON body, which only clients such as curl can send
    // (fetch cannot): serve it as the POST form the SDK sends, marked in the journal's headers.
    rewrite(raw, note) {
      if (raw.method !== 'GET' || !DOCUMENTED_FILTER_PATH.test(raw.path)) return raw;
      note('get-with-body', 'GET with a JSON body served as POST');
      const headers = new Headers(raw.headers);
      headers.set(OMARKET_SENT_AS_HEADER, 'GET');
      return { ...raw, method: 'POST', headers };
    },
    curl: (base) =>
      `curl -H 'x-api-key: ${config.apiKeys[0] ?? OMARKET_MOCK_API_KEY}' -H 'Authorization: ${OMARKET_DEMO_SESSION.accessToken}' '${base}/api/ads-board/v1/ads/list/'`,
  });
}

/** Options of the O!Market mock. */
export interface OmarketMockOptions extends MockOptions {
  /** API keys the mock accepts (default `OMARKET_MOCK_API_KEY`). */
  apiKeys?: readonly string[];
  /** Items per page of the paged lists (default 10; the provider's is undocumented). */
  pageSize?: number;
  /** The SMS code registrations get: a fixed code (default `'1234'`) or a function. */
  otp?: string | (() => string);
  /** Base of uploaded image URLs (default `https://media.omarket.test`). */
  mediaBaseURL?: string;
}

/** An O!Market mock instance. */
export type OmarketMock = ProviderMock<typeof omarketProvider.endpoints, OmarketState, typeof omarketExamples>;

/**
 * Create an O!Market mock: msw handlers (`mock.handlers`), state, journal, clock and scenarios.
 * The seeded demo account is `OMARKET_DEMO_USER` (logged in as `OMARKET_DEMO_SESSION`).
 *
 * @example
 * const mock = createOmarketMock({ baseURL: 'https://omarket.test' });
 * const server = setupServer(...mock.handlers);
 */
export function createOmarketMock(options: OmarketMockOptions = {}): OmarketMock {
  const { apiKeys = [OMARKET_MOCK_API_KEY], pageSize = 10, otp = '1234', mediaBaseURL = 'https://media.omarket.test', ...mockOptions } = options;
  if (!(Number.isInteger(pageSize) && pageSize > 0)) throw new RangeError('omarket mock: pageSize must be a positive integer');
  const config: OmarketMockConfig = { apiKeys, pageSize, otp: typeof otp === 'function' ? otp : () => otp, mediaBaseURL };
  return createMock(omarketMockDefinition(config), mockOptions);
}

/** msw handlers for O!Market at `baseURL` (default: the staging URL), with a fresh mock behind them. */
export function omarketHandlers(baseURL?: string): RequestHandler[] {
  return createOmarketMock(baseURL ? { baseURL } : {}).handlers;
}
