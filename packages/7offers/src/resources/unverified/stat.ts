// `stat` (unverified slug): statistics, named only in the seed's prose ("всевозможную статистику").
import * as v from 'valibot';
import { defineResource, wireId } from '../../resource';

/** One statistics row (fields unverified; unknown fields are kept). */
export const statItem = /* @__PURE__ */ v.looseObject({
  id: /* @__PURE__ */ v.optional(wireId),
  date: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  clicks: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.union([/* @__PURE__ */ v.number(), /* @__PURE__ */ v.string()])),
  leads: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.union([/* @__PURE__ */ v.number(), /* @__PURE__ */ v.string()])),
});

/** A statistics row (unverified shape). */
export type Stat = v.InferOutput<typeof statItem>;

/** `stat`: statistics for accounts, answered in one piece (not paged). Opt-in, unverified. */
export const statResource = /* @__PURE__ */ defineResource({
  slug: 'stat',
  title: 'statistics rows',
  item: statItem,
  actions: ['list'],
  paginated: false,
  access: { list: ['webmaster', 'advertiser'] },
  unverified: 'the slug "stat", its fields and whether it is paged are guessed.',
  docs: 'seed 003 "Начало работы"',
});
