import * as v from 'valibot';
import { defineEndpoint } from '@x/core/provider';
import { batch, envelope, serviceChange, writtenId } from '../../schemas/common';

/**
 * POST /api/v2/service/update: change up to 100 services, all or nothing. A missing or unknown Id
 * fails the whole batch; unknown ids come back as a NotFoundError with `reason: 'unknown_ids'`.
 */
export const servicesUpdate = /* @__PURE__ */ defineEndpoint({
  method: 'POST',
  path: '/api/v2/service/update',
  summary: 'Change up to 100 services, all or nothing (every item needs an Id).',
  docs: 'seed 004 "Створення або оновлення послуги"',
  request: {
    body: /* @__PURE__ */ v.object({
      /** The changes (1 to 100), each with the Id of an existing service. */
      array: /* @__PURE__ */ batch(serviceChange),
    }),
  },
  response: /* @__PURE__ */ envelope(writtenId),
  safe: false,
});
