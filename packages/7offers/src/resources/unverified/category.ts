// `category` (unverified slug): offer categories, public (seed: "категорий").
import * as v from 'valibot';
import { defineResource, wireId } from '../../resource';

/** One category (fields unverified; unknown fields are kept). */
export const categoryItem = /* @__PURE__ */ v.looseObject({
  id: wireId,
  title: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
});

/** A category (unverified shape). */
export type Category = v.InferOutput<typeof categoryItem>;

/** `category`: a small public dictionary answered in one piece (not paged). Opt-in, unverified. */
export const categoryResource = /* @__PURE__ */ defineResource({
  slug: 'category',
  title: 'categories',
  item: categoryItem,
  actions: ['list'],
  paginated: false,
  unverified: 'the slug "category", its fields and whether it is paged are guessed.',
  docs: 'seed 003 "Доступ" ("списка офферов, их целей, категорий")',
});
