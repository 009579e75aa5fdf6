import * as v from 'valibot';
import { defineEndpoint } from '@x/core';

/** DELETE /shop/offers with a JSON body: close offers; unknown or unclosable ids are skipped silently. */
export const offersClose = defineEndpoint({
  method: 'DELETE',
  path: '/shop/offers',
  summary: 'Close offers (DELETE with a JSON body); ids that are unknown or cannot be closed are skipped silently.',
  docs: 'onliner-second-api docs/close_offers.md',
  request: {
    body: v.object({
      /** The shop's offer ids to close. */
      offer_ids: v.array(v.string('offer_ids must hold strings'), 'offer_ids must be a list (a JSON array)'),
    }),
  },
  response: v.object({
    /** The offers this call actually closed; the rest were skipped (see `closeOffers`). */
    updated_offers: v.array(v.string()),
  }),
  // Idempotent on the provider, but a replay answers `updated_offers: []` for offers the lost
  // first attempt closed, so the skipped-id report would be wrong: not retried.
  safe: false,
  auth: ['bearer'],
});
