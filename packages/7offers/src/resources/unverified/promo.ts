// `promo` (unverified slug): promo materials, which the seed says are added and edited through the API.
import * as v from 'valibot';
import { integer } from '@x/core/provider';
import { defineResource, formValue, wireId, refId, filterId } from '../../resource';

/** One promo material (fields unverified; unknown fields are kept). */
export const promoItem = /* @__PURE__ */ v.looseObject({
  id: wireId,
  offer_id: /* @__PURE__ */ v.optional(/* @__PURE__ */ integer()),
  title: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  url: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
});

/** A promo material (unverified shape). */
export type Promo = v.InferOutput<typeof promoItem>;

/** `promo`: promo materials of offers; advertisers manage them. Opt-in, unverified. */
export const promoResource = /* @__PURE__ */ defineResource({
  slug: 'promo',
  title: 'promo materials',
  item: promoItem,
  filter: /* @__PURE__ */ v.objectWithRest({ offer_id: /* @__PURE__ */ v.optional(filterId) }, formValue),
  fields: /* @__PURE__ */ v.objectWithRest({ offer_id: /* @__PURE__ */ v.optional(refId), title: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()), url: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()) }, formValue),
  actions: ['list', 'view', 'create', 'update', 'delete'],
  paginated: true,
  access: {
    list: ['webmaster', 'advertiser'],
    view: ['webmaster', 'advertiser'],
    create: ['advertiser'],
    update: ['advertiser'],
    delete: ['advertiser'],
  },
  unverified: 'the slug "promo", its fields, actions and access are guessed from the seed\'s prose ("промоматериалы").',
  docs: 'seed 003 "Начало работы"',
});
