import * as v from 'valibot';
import { defineEndpoint, singleLineString } from '@x/core/provider';

/** DELETE /shop/offers with a JSON body: close offers; unknown or unclosable ids are skipped silently. */
export const offersClose = /* @__PURE__ */ defineEndpoint({
  method: 'DELETE',
  path: '/shop/offers',
  summary: 'Close offers (DELETE with a JSON body); ids that are unknown or cannot be closed are skipped silently.',
  docs: 'onliner-second-api docs/close_offers.md',
  request: {
    body: /* @__PURE__ */ v.object({
      /** The shop's offer ids to close. */
      offer_ids: /* @__PURE__ */ v.pipe(/* @__PURE__ */ v.array(/* @__PURE__ */ singleLineString('offer_ids[]', { max: 255 }), 'offer_ids must be a list (a JSON array)'), /* @__PURE__ */ v.minLength(1, 'Give at least one offer id'), /* @__PURE__ */ v.maxLength(10_000, 'Give at most 10000 offer ids')),
    }),
  },
  response: /* @__PURE__ */ v.object({
    /** The offers this call actually closed; the rest were skipped (see `closeOffers`). */
    updated_offers: /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
  }),
  // Idempotent on the provider, but a replay answers `updated_offers: []` for offers the lost
  // first attempt closed, so the skipped-id report would be wrong: not retried.
  safe: false,
  auth: ['bearer'],
});
