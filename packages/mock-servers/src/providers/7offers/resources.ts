// The resources the 7offers mock serves: the documented ones (geo, goal) plus every opt-in
// (unverified) one, and the provider built from them, so the mock's routes come from the same data.
import { defaultResources, defineSevenOffersProvider, unverifiedResources } from '@x/7offers/endpoints';

/** geo, goal, and the unverified offer, lead, stat, news, category and promo. */
export const sevenOffersMockResources = { ...defaultResources, ...unverifiedResources } as const;

/** The provider of the mock's resources. */
export const sevenOffersMockProvider = defineSevenOffersProvider(sevenOffersMockResources);

/** The endpoint registry of the mock's resources. */
export type SevenOffersMockEndpoints = typeof sevenOffersMockProvider.endpoints;
