import { defineEndpoint } from '@x/core/provider';
import { adFull } from '../../schemas/ad';
import { envelope, uuidPath } from '../../schemas/common';
import { adFields } from '../../schemas/input';

/** PUT ads-board/v1/ads/{uuid}/: set an ad's fields; the ad goes to moderation (`moderate`). */
export const adsUpdate = /* @__PURE__ */ defineEndpoint({
  method: 'PUT',
  path: '/api/ads-board/v1/ads/{uuid}/',
  summary: 'Set the fields of a draft or ad (title, category, location required); status becomes moderate.',
  docs: 'seed 002 "Редактирование объявления"',
  request: { path: uuidPath, body: adFields },
  // `details: "Updated"`; `filters` come back expanded.
  response: /* @__PURE__ */ envelope(adFull),
  // PUT sets the same fields again on a replay.
  safe: true,
});

