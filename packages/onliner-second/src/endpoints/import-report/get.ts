import * as v from 'valibot';
import { singleLineString, defineEndpoint, integer, openEnum } from '@x/core/provider';
import { IMPORT_STATUSES } from '../../statuses';

/** An import's status and counts. */
export const importReport = v.object({
  /** Import id. */
  id: v.string(),
  /** Import status, see `ImportStatus` (not an offer status, fact sheet Q4). */
  status: openEnum(IMPORT_STATUSES),
  /** Offers processed. */
  total: integer(),
  /** Offers rejected by validation (not saved); details from `importReport.errors`. */
  errors: integer(),
  /** General error text, e.g. "Ошибка валидации"; absent or null when there is none. */
  error_message: v.optional(v.nullable(v.string())),
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
    path: v.object({
      /** Import id from `offers.send`. */
      id: singleLineString('id', { max: 255 }),
    }),
  },
  response: importReport,
  safe: true,
  auth: ['bearer'],
});
