import * as v from 'valibot';
import { defineEndpoint } from '@x/core/provider';
import { adCard } from '../../schemas/ad';
import { envelope, envelopePagination, page, pageQuery } from '../../schemas/common';
import { categoryFilter, documentedMainFilters } from '../../schemas/input';

/**
 * The documented filter, ads-board/v1/trusted/ads-filter/: GET with a JSON body, as seed 002 shows
 * it. `fetch` cannot send that, so it goes over `node:http` (Node ≥ 20.16); elsewhere choose
 * `createOmarket({ documentedFilterVia: 'POST' })` (unverified) or `ads.filter` (decision 0043).
 */
export const adsFilterDocumented = /* @__PURE__ */ defineEndpoint({
  method: 'GET',
  path: '/api/ads-board/v1/trusted/ads-filter/',
  summary: 'The documented filter (category required): GET with a JSON body, sent over node:http on Node; POST on request.',
  docs: 'seed 002 "Объявления по категориям" (GET with a JSON body, decision 0043)',
  request: {
    query: pageQuery,
    body: /* @__PURE__ */ v.object({
      /** Category (required here), location, sort and flags. */
      main_filters: documentedMainFilters,
      /** Values of the category's own filters. */
      category_filters: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.array(categoryFilter)),
    }),
  },
  response: /* @__PURE__ */ envelope(/* @__PURE__ */ page(adCard)),
  safe: true,
  pagination: envelopePagination,
});
