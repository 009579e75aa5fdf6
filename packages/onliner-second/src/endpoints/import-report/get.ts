import * as v from 'valibot';
import { singleLineString, defineEndpoint, integer, openEnum } from '@x/core/provider';
import { IMPORT_STATUSES } from '../../statuses';

/** An import's status and counts. */
export const importReport = /* @__PURE__ */ v.object({
  /** Import id. */
  id: /* @__PURE__ */ v.string(),
  /** Import status, see `ImportStatus` (not an offer status, fact sheet Q4). */
  status: /* @__PURE__ */ openEnum(IMPORT_STATUSES),
  /** Offers processed. */
  total: /* @__PURE__ */ integer(),
  /** Offers rejected by validation (not saved); details from `importReport.errors`. */
  errors: /* @__PURE__ */ integer(),
  /** General error text, e.g. "Ошибка валидации"; absent or null when there is none. */
  error_message: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string())),
});

/** An import's status and counts. */
export type ImportReport = v.InferOutput<typeof importReport>;

/** GET /shop/import-report/{id}: status and counts of one import. */
export const importReportGet = /* @__PURE__ */ defineEndpoint({
  method: 'GET',
  path: '/shop/import-report/{id}',
  summary: 'Get an import\'s status (pending, processing, processed, failed) and counts.',
  docs: 'onliner-second-api docs/get_import_report.md',
  request: {
    path: /* @__PURE__ */ v.object({
      /** Import id from `offers.send`. */
      id: /* @__PURE__ */ singleLineString('id', { max: 255 }),
    }),
  },
  response: importReport,
  safe: true,
  auth: ['bearer'],
});
