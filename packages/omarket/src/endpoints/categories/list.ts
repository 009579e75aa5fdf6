import * as v from 'valibot';
import { defineEndpoint } from '@x/core/provider';
import { category } from '../../schemas/category';
import { envelope } from '../../schemas/common';

/** GET ads-board/v1/category/list: every category with its sub-categories. */
export const categoriesList = /* @__PURE__ */ defineEndpoint({
  method: 'GET',
  // No trailing slash, as documented (fact sheet Q9).
  path: '/api/ads-board/v1/category/list',
  summary: 'List categories (nested sub_categories, filter ids, ad types).',
  docs: 'seed 002 "Список категорий"',
  response: /* @__PURE__ */ envelope(/* @__PURE__ */ v.array(category)),
  safe: true,
});
