import * as v from 'valibot';
import { defineEndpoint } from '@x/core/provider';

/** POST /api/v2/service/folder/delete: Delete service folders by id. */
export const foldersDelete = /* @__PURE__ */ defineEndpoint({
  method: 'POST',
  path: '/api/v2/service/folder/delete',
  summary: 'Delete service folders by id.',
  request: {
    // The documented body fields, wire names exactly.
    body: /* @__PURE__ */ v.object({}),
  },
  // The documented response shape.
  response: /* @__PURE__ */ v.object({}),
  // Whether replaying it can never duplicate an effect (then it is retried).
  safe: false,
});
