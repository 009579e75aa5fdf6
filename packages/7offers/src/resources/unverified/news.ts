// `news` (unverified slug): news, public (seed: "новости").
import * as v from 'valibot';
import { defineResource, wireId } from '../../resource';

/** One news item (fields unverified; unknown fields are kept). */
export const newsItem = /* @__PURE__ */ v.looseObject({
  id: wireId,
  title: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  date: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  text: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
});

/** A news item (unverified shape). */
export type News = v.InferOutput<typeof newsItem>;

/** `news`: public list and view. Opt-in, unverified. */
export const newsResource = /* @__PURE__ */ defineResource({
  slug: 'news',
  title: 'news items',
  item: newsItem,
  actions: ['list', 'view'],
  paginated: true,
  unverified: 'the slug "news" and its fields are guessed.',
  docs: 'seed 003 "Варианты использования" ("список доступных офферов, их целей, новости")',
});
