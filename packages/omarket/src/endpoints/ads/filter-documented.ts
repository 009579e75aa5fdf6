import * as v from 'valibot';
import { defineEndpoint } from '@x/core';
import { adCard } from '../../schemas/ad';
import { envelope, envelopePagination, page, pageQuery } from '../../schemas/common';
import { categoryFilter, documentedMainFilters } from '../../schemas/input';

/**
 * The documented filter path, ads-board/v1/trusted/ads-filter/. The doc says GET with a JSON body,
 * which `fetch` cannot send; the SDK sends the same body with POST (decision 0103). Unverified
 * against the live server: prefer `ads.filter`.
 */
export const adsFilterDocumented = defineEndpoint({
  method: 'POST',
  path: '/api/ads-board/v1/trusted/ads-filter/',
  summary: 'The documented filter path (category required), sent as POST because fetch cannot send GET with a body. Unverified.',
  docs: 'seed 002 "Объявления по категориям" (documented as GET with a body; sent as POST, decision 0103)',
  request: {
    query: pageQuery,
    body: v.object({
      /** Category (required here), location, sort and flags. */
      main_filters: documentedMainFilters,
      /** Values of the category's own filters. */
      category_filters: v.optional(v.array(categoryFilter)),
    }),
  },
  response: envelope(page(adCard)),
  safe: true,
  pagination: envelopePagination,
});
