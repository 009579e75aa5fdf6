import * as v from 'valibot';
import { singleLineString, defineEndpoint } from '@x/core/provider';

/** The validation errors of one rejected offer, by dotted field path. */
export const offerErrors = /* @__PURE__ */ v.object({
  /** The shop's offer id. */
  id: /* @__PURE__ */ v.string(),
  /** Messages (Russian) by field path, e.g. `{"product.model": ["Укажите товар"]}`. */
  errors: /* @__PURE__ */ v.record(/* @__PURE__ */ v.string(), /* @__PURE__ */ v.array(/* @__PURE__ */ v.string())),
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
    path: /* @__PURE__ */ v.object({
      /** Import id from `offers.send`. */
      id: /* @__PURE__ */ singleLineString('id', { max: 255 }),
    }),
  },
  response: /* @__PURE__ */ v.array(offerErrors),
  safe: true,
  auth: ['bearer'],
});
