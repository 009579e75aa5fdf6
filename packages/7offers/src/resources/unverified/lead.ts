// `lead` (unverified slug): leads (conversions), named only in the seed's prose.
import * as v from 'valibot';
import { integer, openEnum } from '@x/core/provider';
import { defineResource, formValue, wireId, filterId } from '../../resource';

/**
 * One lead (fields unverified). `status` follows the postback convention `{action_status}`:
 * `"0"` waiting, `"1"` approved, `"2"` declined.
 */
export const leadItem = /* @__PURE__ */ v.looseObject({
  id: wireId,
  offer_id: /* @__PURE__ */ v.optional(/* @__PURE__ */ integer()),
  goal_id: /* @__PURE__ */ v.optional(/* @__PURE__ */ integer()),
  status: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.union([/* @__PURE__ */ v.picklist([0, 1, 2]), /* @__PURE__ */ openEnum(['0', '1', '2'])])),
  sum: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.union([/* @__PURE__ */ v.number(), /* @__PURE__ */ v.string()])),
});

/** A lead (unverified shape). */
export type Lead = v.InferOutput<typeof leadItem>;

/** `lead`: lists of leads for webmasters and advertisers (seed intro). Opt-in, unverified. */
export const leadResource = /* @__PURE__ */ defineResource({
  slug: 'lead',
  title: 'leads',
  item: leadItem,
  filter: /* @__PURE__ */ v.objectWithRest({ offer_id: /* @__PURE__ */ v.optional(filterId), status: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.union([/* @__PURE__ */ v.picklist([0, 1, 2]), /* @__PURE__ */ v.picklist(['0', '1', '2'])])) }, formValue),
  actions: ['list'],
  paginated: true,
  access: { list: ['webmaster', 'advertiser'] },
  unverified: 'the slug "lead", its fields and the status values (from postback integrations) are guessed.',
  docs: 'seed 003 "Начало работы" ("получают списки ... лидов")',
});
