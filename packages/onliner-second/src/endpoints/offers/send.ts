import * as v from 'valibot';
import { defineEndpoint } from '@x/core/provider';
import { offer } from '../../schemas/offer';

/** The body of POST /shop/offers: a JSON array of offers. */
export const offersBody = /* @__PURE__ */ v.pipe(/* @__PURE__ */ v.array(offer), /* @__PURE__ */ v.minLength(1, 'Give at least one offer'));

/** POST /shop/offers: queue offers for import; the answer is the import id (202). */
export const offersSend = /* @__PURE__ */ defineEndpoint({
  method: 'POST',
  path: '/shop/offers',
  summary: 'Queue offers for import (202 with the import id); per-offer rejections come later in the import errors.',
  docs: 'onliner-second-api docs/send_offers.md',
  request: {
    body: offersBody,
  },
  response: /* @__PURE__ */ v.object({
    /** Import id for `importReport.get` / `waitForImport` (opaque: 24 hex chars or short, Q7). */
    id: /* @__PURE__ */ v.string(),
  }),
  // Replaying would queue the batch twice.
  safe: false,
  auth: ['bearer'],
});
