import * as v from 'valibot';
import { defineEndpoint } from '@x/core/provider';
import { batch, envelope, newService, writtenId } from '../../schemas/common';

/** POST /api/v2/service/add: create up to 100 services; answers their ids. Not retried. */
export const servicesAdd = /* @__PURE__ */ defineEndpoint({
  method: 'POST',
  path: '/api/v2/service/add',
  summary: 'Create up to 100 services; returns their ids.',
  docs: 'seed 004 "Створення або оновлення послуги"',
  request: {
    body: /* @__PURE__ */ v.object({
      /** The services to create (1 to 100). */
      array: /* @__PURE__ */ batch(newService),
    }),
  },
  response: /* @__PURE__ */ envelope(writtenId),
  safe: false,
});
