import * as v from 'valibot';
import { defineEndpoint } from '@x/core';

/** POST /api/v2/service/folder/delete: Delete service folders by id. */
export const foldersDelete = defineEndpoint({
  method: 'POST',
  path: '/api/v2/service/folder/delete',
  summary: 'Delete service folders by id.',
  request: {
    // The documented body fields, wire names exactly.
    body: v.object({}),
  },
  // The documented response shape.
  response: v.object({}),
  // Whether replaying it can never duplicate an effect (then it is retried).
  safe: false,
});
