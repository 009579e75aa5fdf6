// O!Market ads: the list, details, drafts through their statuses, updates, deletion, the two
// filter forms and the user's own ads.
import type { omarketProvider } from '@x/omarket/endpoints';
import type { ProviderMockDefinition } from '../../types';
import type { MockResponse } from '../../types';
import { draftAd } from './state';
import { naiveDateTime, type OmarketState, type OmarketUser, type StoredAd } from './store';
import { adCard, badRequest, bySomeId, envelope, envelopedPage, fullAd, newestFirst, notFound } from './views';

/** The viewer's own ad by uuid (others' ads answer 404, so a permission problem never looks like a 403 token failure). */
export function ownAd(state: OmarketState, uuid: string, viewer: OmarketUser): StoredAd | undefined {
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

type Resolvers = NonNullable<ProviderMockDefinition<typeof omarketProvider.endpoints, OmarketState>['resolvers']>;

/** The ad endpoints and my-ads. */
export const adResolvers = {
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
        a.price = body.price === null ? null : String(body.price);
        a.currency = body.currency;
        a.filters = body.filters.map((f) => ({ id: state.next.filterValueId++, filter_id: f.filter_id, value: f.value }));
        // "…а вообще можно обновлять все поля": every writable field is stored.
        if (body.old_price !== undefined) a.old_price = body.old_price === null ? null : String(body.old_price);
        if (body.images !== undefined) {
          const keep = body.images.filter((url) => a.images.includes(url));
          a.minify_images = keep.map((url) => a.minify_images[a.images.indexOf(url)] ?? url);
          a.images = keep;
        }
        for (const field of ['description', 'ad_type', 'contract_price', 'o_money_pay', 'whatsapp_num', 'whatsapp_num_is_ident', 'telegram_profile', 'telegram_profile_is_ident', 'address', 'latitude', 'longitude', 'delivery', 'opening_at', 'commentary'] as const) {
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
  }
} satisfies Resolvers;
