// `lead` (unverified slug): leads (conversions), named only in the seed's prose.
import * as v from 'valibot';
import { integer, openEnum } from '@x/core/provider';
import { defineResource, formValue, wireId, filterId } from '../../resource';

/**
 * One lead (fields unverified). `status` follows the postback convention `{action_status}`:
 * `"0"` waiting, `"1"` approved, `"2"` declined.
 */
export const leadItem = v.looseObject({
  id: wireId,
  offer_id: v.optional(integer()),
  goal_id: v.optional(integer()),
  status: v.optional(v.union([v.picklist([0, 1, 2]), openEnum(['0', '1', '2'])])),
  sum: v.optional(v.union([v.number(), v.string()])),
});

/** A lead (unverified shape). */
export type Lead = v.InferOutput<typeof leadItem>;

/** `lead`: lists of leads for webmasters and advertisers (seed intro). Opt-in, unverified. */
export const leadResource = defineResource({
  slug: 'lead',
  title: 'leads',
  item: leadItem,
  filter: v.objectWithRest({ offer_id: v.optional(filterId), status: v.optional(v.union([v.picklist([0, 1, 2]), v.picklist(['0', '1', '2'])])) }, formValue),
  actions: ['list'],
  paginated: true,
  access: { list: ['webmaster', 'advertiser'] },
  unverified: 'the slug "lead", its fields and the status values (from postback integrations) are guessed.',
  docs: 'seed 003 "Начало работы" ("получают списки ... лидов")',
});
