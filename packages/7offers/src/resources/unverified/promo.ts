// `promo` (unverified slug): promo materials, which the seed says are added and edited through the API.
import * as v from 'valibot';
import { integer } from '@x/core/provider';
import { defineResource, formValue, wireId, refId, filterId } from '../../resource';

/** One promo material (fields unverified; unknown fields are kept). */
export const promoItem = v.looseObject({
  id: wireId,
  offer_id: v.optional(integer()),
  title: v.optional(v.string()),
  url: v.optional(v.string()),
});

/** A promo material (unverified shape). */
export type Promo = v.InferOutput<typeof promoItem>;

/** `promo`: promo materials of offers; advertisers manage them. Opt-in, unverified. */
export const promoResource = defineResource({
  slug: 'promo',
  title: 'promo materials',
  item: promoItem,
  filter: v.objectWithRest({ offer_id: v.optional(filterId) }, formValue),
  fields: v.objectWithRest({ offer_id: v.optional(refId), title: v.optional(v.string()), url: v.optional(v.string()) }, formValue),
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
