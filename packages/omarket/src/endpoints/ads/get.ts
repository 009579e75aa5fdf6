import { defineEndpoint } from '@x/core/provider';
import { adDetail } from '../../schemas/ad';
import { envelope, uuidPath } from '../../schemas/common';

/** GET ads-board/v1/ads/{uuid}/: one ad (or draft) in detail. */
export const adsGet = /* @__PURE__ */ defineEndpoint({
  method: 'GET',
  // The doc prints it without the leading slash (fact sheet Q9).
  path: '/api/ads-board/v1/ads/{uuid}/',
  summary: 'Get one ad or draft by uuid (a full ad plus has_complained).',
  docs: 'seed 002 "Детали обьявления"',
  request: { path: uuidPath },
  response: /* @__PURE__ */ envelope(adDetail),
  safe: true,
});
