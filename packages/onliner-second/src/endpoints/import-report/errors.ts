import * as v from 'valibot';
import { singleLineString, defineEndpoint } from '@x/core/provider';

/** The validation errors of one rejected offer, by dotted field path. */
export const offerErrors = v.object({
  /** The shop's offer id. */
  id: v.string(),
  /** Messages (Russian) by field path, e.g. `{"product.model": ["Укажите товар"]}`. */
  errors: v.record(v.string(), v.array(v.string())),
});

/** Why one offer of an import was rejected. */
export type OfferErrors = v.InferOutput<typeof offerErrors>;

/** GET /shop/import-report/{id}/errors: why each rejected offer was rejected. */
export const importReportErrors = /* @__PURE__ */ defineEndpoint({
  method: 'GET',
  path: '/shop/import-report/{id}/errors',
  summary: 'List the offers an import rejected, each with its field errors (Russian texts).',
  docs: 'onliner-second-api docs/get_import_errors.md',
  request: {
    path: v.object({
      /** Import id from `offers.send`. */
      id: singleLineString('id', { max: 255 }),
    }),
  },
  response: v.array(offerErrors),
  safe: true,
  auth: ['bearer'],
});
