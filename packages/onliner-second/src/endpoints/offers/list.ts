import * as v from 'valibot';
import { defineEndpoint, integer, openEnum } from '@x/core/provider';
import { OFFER_STATUSES } from '../../statuses';

/** One of the shop's offers with its moderation state. */
export const offerState = /* @__PURE__ */ v.object({
  /** The shop's offer id. */
  id: /* @__PURE__ */ v.string(),
  /** Offer (moderation) status, see `OfferStatus`; not an import status (fact sheet Q4). */
  status: /* @__PURE__ */ openEnum(OFFER_STATUSES),
  /** Why the status last changed, or null. */
  reason: /* @__PURE__ */ v.nullable(
    /* @__PURE__ */ v.object({
      id: /* @__PURE__ */ integer(),
      /** E.g. "Недостоверная цена". */
      text: /* @__PURE__ */ v.string(),
      /** Moderator's comment, e.g. "Слишком маленькая цена". */
      comment: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string())),
    }),
  ),
});

/** An offer's moderation state. */
export type OfferState = v.InferOutput<typeof offerState>;

const envelope = /* @__PURE__ */ v.object({
  offers: /* @__PURE__ */ v.array(offerState),
  /** Offers in the whole selection. */
  total: /* @__PURE__ */ integer(),
  page: /* @__PURE__ */ v.object({
    /** Page size used. */
    limit: /* @__PURE__ */ integer(),
    /** Offers on this page. */
    items: /* @__PURE__ */ integer(),
    /** This page's number. */
    current: /* @__PURE__ */ integer(),
    /** Last page's number. */
    last: /* @__PURE__ */ integer(),
  }),
});

/** Before 2022-06-28 the body was the bare array (Q2): read it as one page holding everything. */
const bareArray = /* @__PURE__ */ v.pipe(
  /* @__PURE__ */ v.array(offerState),
  /* @__PURE__ */ v.transform((offers) => ({ offers, total: offers.length, page: { limit: offers.length, items: offers.length, current: 1, last: 1 } })),
);

/** GET /shop/offers: the shop's offers and their moderation status, paged (limit ≤ 50). */
export const offersList = /* @__PURE__ */ defineEndpoint({
  method: 'GET',
  path: '/shop/offers',
  summary: 'List the shop\'s offers with their moderation status, paged (limit 1–50, default 50).',
  docs: 'onliner-second-api docs/get_offers.md (revision 47f0bd7, 2022-06-28: pagination)',
  request: {
    query: /* @__PURE__ */ v.object({
      /** Page number, from 1 (default 1). */
      page: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.pipe(/* @__PURE__ */ integer(), /* @__PURE__ */ v.minValue(1, 'page must be at least 1'))),
      /** Offers per page, 1–50 (default 50). */
      limit: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.pipe(/* @__PURE__ */ integer(), /* @__PURE__ */ v.minValue(1, 'limit must be at least 1'), /* @__PURE__ */ v.maxValue(50, 'limit must be at most 50'))),
    }),
  },
  response: /* @__PURE__ */ v.union([envelope, bareArray]),
  safe: true,
  pagination: { page: 'page', items: 'offers', end: { current: 'page.current', last: 'page.last' } },
  auth: ['bearer'],
});
