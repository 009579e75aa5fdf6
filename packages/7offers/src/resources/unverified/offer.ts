// `offer` (unverified slug): offers, named only in the seed's prose.
import * as v from 'valibot';
import { integer } from '@x/core/provider';
import { defineResource, formValue, wireId, refId, filterId } from '../../resource';

/** One offer (fields unverified; unknown fields are kept). */
export const offerItem = /* @__PURE__ */ v.looseObject({
  id: wireId,
  title: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  category_id: /* @__PURE__ */ v.optional(/* @__PURE__ */ integer()),
});

/** An offer (unverified shape). */
export type Offer = v.InferOutput<typeof offerItem>;

/** `offer`: public list and view; advertisers add and edit offers (seed intro). Opt-in, unverified. */
export const offerResource = /* @__PURE__ */ defineResource({
  slug: 'offer',
  title: 'offers',
  item: offerItem,
  filter: /* @__PURE__ */ v.objectWithRest({ category_id: /* @__PURE__ */ v.optional(filterId) }, formValue),
  fields: /* @__PURE__ */ v.objectWithRest({ title: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()), category_id: /* @__PURE__ */ v.optional(refId) }, formValue),
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
