import * as v from 'valibot';
import { defineEndpoint } from '@x/core/provider';
import { adCard } from '../../schemas/ad';
import { envelope, envelopePagination, page, pageQuery } from '../../schemas/common';
import { categoryFilter, mainFilters } from '../../schemas/input';

/**
 * POST ads-board/trusted/ads-filter-old/: the filter both peer clients use (undocumented, no /v1).
 * The SDK's primary filter (fact sheet Q8).
 */
export const adsFilter = /* @__PURE__ */ defineEndpoint({
  method: 'POST',
  path: '/api/ads-board/trusted/ads-filter-old/',
  summary: 'Search ads by category, location, text and category filters (paged). Peer-proven; undocumented path.',
  docs: 'unverified: not in seed 002; used by the Kotlin and iOS peer clients (fact sheet §4)',
  request: {
    query: pageQuery,
    body: /* @__PURE__ */ v.object({
      /** Category, location, text (`q`), sort and flags; `{}` lists everything. */
      main_filters: /* @__PURE__ */ v.optional(mainFilters, {}),
      /** Values of the category's own filters. */
      category_filters: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.array(categoryFilter)),
    }),
  },
  response: /* @__PURE__ */ envelope(/* @__PURE__ */ page(adCard)),
  // A read, even though it is a POST.
  safe: true,
  pagination: envelopePagination,
});
