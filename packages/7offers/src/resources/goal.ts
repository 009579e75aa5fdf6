// `goal`: the goals (target actions) of offers, named by the seed's example `GET /api/goal/?offer_id=…`.
import * as v from 'valibot';
import { integer } from '@x/core/provider';
import { defineResource, formValue, wireId, refId, filterId } from '../resource';

/**
 * One goal. `offer_id` is documented (as a filter); `title` and `value` mirror the postback macros
 * `{goal_title}` / `{goal_value}` (unverified); unknown fields are kept.
 */
export const goalItem = /* @__PURE__ */ v.looseObject({
  id: wireId,
  /** The offer this goal belongs to. */
  offer_id: /* @__PURE__ */ v.optional(/* @__PURE__ */ integer()),
  /** Goal name (unverified; postback `{goal_title}`). */
  title: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  /** Payout for the goal (unverified; postback `{goal_value}`). */
  value: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.union([/* @__PURE__ */ v.number(), /* @__PURE__ */ v.string()])),
});

/** A goal. */
export type Goal = v.InferOutput<typeof goalItem>;

/** Filters of the goal list: `offer_id` (documented); other names pass through unchecked. */
export const goalFilter = /* @__PURE__ */ v.objectWithRest(
  {
    /** Only the goals of this offer. An unknown offer is a 400 with `{ error: { offer_id: [...] } }`. */
    offer_id: /* @__PURE__ */ v.optional(filterId),
  },
  formValue,
);

/** Fields to create or change a goal (names unverified; other names pass through). */
export const goalFields = /* @__PURE__ */ v.objectWithRest(
  {
    offer_id: /* @__PURE__ */ v.optional(refId),
    title: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
    value: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.union([/* @__PURE__ */ v.number(), /* @__PURE__ */ v.string()])),
  },
  formValue,
);

/** `goal`: listed by guests, managed by advertisers ("add and edit ... goals" in the seed's intro). */
export const goalResource = /* @__PURE__ */ defineResource({
  slug: 'goal',
  title: 'goals',
  item: goalItem,
  filter: goalFilter,
  fields: goalFields,
  actions: ['list', 'view', 'create', 'update', 'delete'],
  paginated: true,
  access: {
    list: ['guest', 'webmaster', 'advertiser'],
    view: ['guest', 'webmaster', 'advertiser'],
    create: ['advertiser'],
    update: ['advertiser'],
    delete: ['advertiser'],
  },
  docs: 'seed 003 "Начало работы" (goals are added and edited through the API) and "Ответы сервера и ошибки" (GET /api/goal/?offer_id=); delete is assumed from the generic contract',
});
