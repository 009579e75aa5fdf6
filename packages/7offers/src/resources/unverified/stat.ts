// `stat` (unverified slug): statistics, named only in the seed's prose ("всевозможную статистику").
import * as v from 'valibot';
import { defineResource, wireId } from '../../resource';

/** One statistics row (fields unverified; unknown fields are kept). */
export const statItem = v.looseObject({
  id: v.optional(wireId),
  date: v.optional(v.string()),
  clicks: v.optional(v.union([v.number(), v.string()])),
  leads: v.optional(v.union([v.number(), v.string()])),
});

/** A statistics row (unverified shape). */
export type Stat = v.InferOutput<typeof statItem>;

/** `stat`: statistics for accounts, answered in one piece (not paged). Opt-in, unverified. */
export const statResource = defineResource({
  slug: 'stat',
  title: 'statistics rows',
  item: statItem,
  actions: ['list'],
  paginated: false,
  access: { list: ['webmaster', 'advertiser'] },
  unverified: 'the slug "stat", its fields and whether it is paged are guessed.',
  docs: 'seed 003 "Начало работы"',
});
