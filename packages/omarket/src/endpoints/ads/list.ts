import { defineEndpoint } from '@x/core/provider';
import { adFull } from '../../schemas/ad';
import { envelope, envelopePagination, page, pageQuery } from '../../schemas/common';

/** GET ads-board/v1/ads/list/: the ads feed, paged. */
export const adsList = /* @__PURE__ */ defineEndpoint({
  method: 'GET',
  path: '/api/ads-board/v1/ads/list/',
  summary: 'List ads (paged with ?page; next/previous are page numbers or page URLs).',
  docs: 'seed 002 "Список обьявлений"; ?page from the peer clients',
  request: { query: pageQuery },
  response: /* @__PURE__ */ envelope(/* @__PURE__ */ page(adFull)),
  safe: true,
  pagination: envelopePagination,
});
