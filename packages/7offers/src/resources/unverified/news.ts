// `news` (unverified slug): news, public (seed: "новости").
import * as v from 'valibot';
import { defineResource, wireId } from '../../resource';

/** One news item (fields unverified; unknown fields are kept). */
export const newsItem = v.looseObject({
  id: wireId,
  title: v.optional(v.string()),
  date: v.optional(v.string()),
  text: v.optional(v.string()),
});

/** A news item (unverified shape). */
export type News = v.InferOutput<typeof newsItem>;

/** `news`: public list and view. Opt-in, unverified. */
export const newsResource = defineResource({
  slug: 'news',
  title: 'news items',
  item: newsItem,
  actions: ['list', 'view'],
  paginated: true,
  unverified: 'the slug "news" and its fields are guessed.',
  docs: 'seed 003 "Варианты использования" ("список доступных офферов, их целей, новости")',
});
