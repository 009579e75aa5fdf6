import * as v from 'valibot';
import { defineEndpoint } from '@x/core/provider';
import { adCard, myAdsStatus } from '../../schemas/ad';
import { envelope, envelopePagination, page, pageQuery } from '../../schemas/common';

/** POST ads-board/v1/user/my-ads/: the caller's own ads with the given statuses, paged. */
export const userMyAds = /* @__PURE__ */ defineEndpoint({
  method: 'POST',
  path: '/api/ads-board/v1/user/my-ads/',
  summary: "List the caller's own ads with any of the given statuses (at least one), paged.",
  docs: 'seed 002 "Получение своих объявлений"; ?page from the peer clients',
  request: {
    query: pageQuery,
    body: /* @__PURE__ */ v.object({
      /** Any of active, cancelled, moderate, disabled; at least one. */
      statuses: /* @__PURE__ */ v.pipe(/* @__PURE__ */ v.array(myAdsStatus), /* @__PURE__ */ v.minLength(1, 'give at least one status')),
    }),
  },
  // The table says form-data, the example is JSON: JSON is sent (fact sheet Q12).
  encoding: 'json',
  accepts: ['json', 'multipart'],
  response: /* @__PURE__ */ envelope(/* @__PURE__ */ page(adCard)),
  // A read, even though it is a POST.
  safe: true,
  pagination: envelopePagination,
});
