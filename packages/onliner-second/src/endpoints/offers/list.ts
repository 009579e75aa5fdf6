import * as v from 'valibot';
import { defineEndpoint, integer, openEnum } from '@x/core/provider';
import { OFFER_STATUSES } from '../../statuses';

/** One of the shop's offers with its moderation state. */
export const offerState = v.object({
  /** The shop's offer id. */
  id: v.string(),
  /** Offer (moderation) status, see `OfferStatus`; not an import status (fact sheet Q4). */
  status: openEnum(OFFER_STATUSES),
  /** Why the status last changed, or null. */
  reason: v.nullable(
    v.object({
      id: integer(),
      /** E.g. "Недостоверная цена". */
      text: v.string(),
      /** Moderator's comment, e.g. "Слишком маленькая цена". */
      comment: v.optional(v.nullable(v.string())),
    }),
  ),
});

/** An offer's moderation state. */
export type OfferState = v.InferOutput<typeof offerState>;

const envelope = v.object({
  offers: v.array(offerState),
  /** Offers in the whole selection. */
  total: integer(),
  page: v.object({
    /** Page size used. */
    limit: integer(),
    /** Offers on this page. */
    items: integer(),
    /** This page's number. */
    current: integer(),
    /** Last page's number. */
    last: integer(),
  }),
});

/** Before 2022-06-28 the body was the bare array (Q2): read it as one page holding everything. */
const bareArray = v.pipe(
  v.array(offerState),
  v.transform((offers) => ({ offers, total: offers.length, page: { limit: offers.length, items: offers.length, current: 1, last: 1 } })),
);

/** GET /shop/offers: the shop's offers and their moderation status, paged (limit ≤ 50). */
export const offersList = /* @__PURE__ */ defineEndpoint({
  method: 'GET',
  path: '/shop/offers',
  summary: 'List the shop\'s offers with their moderation status, paged (limit 1–50, default 50).',
  docs: 'onliner-second-api docs/get_offers.md (revision 47f0bd7, 2022-06-28: pagination)',
  request: {
    query: v.object({
      /** Page number, from 1 (default 1). */
      page: v.optional(v.pipe(integer(), v.minValue(1, 'page must be at least 1'))),
      /** Offers per page, 1–50 (default 50). */
      limit: v.optional(v.pipe(integer(), v.minValue(1, 'limit must be at least 1'), v.maxValue(50, 'limit must be at most 50'))),
    }),
  },
  response: v.union([envelope, bareArray]),
  safe: true,
  pagination: { page: 'page', items: 'offers', end: { current: 'page.current', last: 'page.last' } },
  auth: ['bearer'],
});
