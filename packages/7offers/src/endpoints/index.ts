// The 7offers resource registry: the shape of the client (`client.goal.list(...)`) and of the mock.
import { geoResource } from '../resources/geo';
import { goalResource } from '../resources/goal';
import { categoryResource } from '../resources/unverified/category';
import { leadResource } from '../resources/unverified/lead';
import { newsResource } from '../resources/unverified/news';
import { offerResource } from '../resources/unverified/offer';
import { promoResource } from '../resources/unverified/promo';
import { statResource } from '../resources/unverified/stat';

/** The resources the seed names; every client has them. */
export const defaultResources = {
  /** Geography dictionary, `GET /api/geo` (list, view; public). Fields beyond `id` unverified. */
  geo: geoResource,
  /** Goals of offers, `/api/goal/` (list with `offer_id`, view, create, update, delete). */
  goal: goalResource,
} as const;

/**
 * Resources the docs mention only in prose. Their slugs, fields, actions and access are guesses:
 * opt in with `createSevenOffers({ resources: unverifiedResources })` (or pick some), and override
 * a slug with `defineResource({ ...offerResource, slug: 'offers' })` once you know better.
 */
export const unverifiedResources = {
  /** UNVERIFIED `/api/offer/`: offers (public list and view; advertisers create and update). */
  offer: offerResource,
  /** UNVERIFIED `/api/lead/`: leads (list, for accounts). */
  lead: leadResource,
  /** UNVERIFIED `/api/stat/`: statistics (list, not paged, for accounts). */
  stat: statResource,
  /** UNVERIFIED `/api/news/`: news (public list and view). */
  news: newsResource,
  /** UNVERIFIED `/api/category/`: offer categories (public list, not paged). */
  category: categoryResource,
  /** UNVERIFIED `/api/promo/`: promo materials (accounts list and view; advertisers manage). */
  promo: promoResource,
} as const;
