// `offer` (unverified slug): offers, named only in the seed's prose.
import * as v from 'valibot';
import { integer } from '@x/core/provider';
import { defineResource, formValue, wireId, refId, filterId } from '../../resource';

/** One offer (fields unverified; unknown fields are kept). */
export const offerItem = v.looseObject({
  id: wireId,
  title: v.optional(v.string()),
  category_id: v.optional(integer()),
});

/** An offer (unverified shape). */
export type Offer = v.InferOutput<typeof offerItem>;

/** `offer`: public list and view; advertisers add and edit offers (seed intro). Opt-in, unverified. */
export const offerResource = defineResource({
  slug: 'offer',
  title: 'offers',
  item: offerItem,
  filter: v.objectWithRest({ category_id: v.optional(filterId) }, formValue),
  fields: v.objectWithRest({ title: v.optional(v.string()), category_id: v.optional(refId) }, formValue),
  actions: ['list', 'view', 'create', 'update'],
  paginated: true,
  access: {
    list: ['guest', 'webmaster', 'advertiser'],
    view: ['guest', 'webmaster', 'advertiser'],
    create: ['advertiser'],
    update: ['advertiser'],
  },
  unverified: 'the slug "offer", its fields and actions are guessed from the seed\'s prose ("офферы").',
  docs: 'seed 003 "Начало работы" and "Варианты использования"',
});
