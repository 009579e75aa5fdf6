import * as v from 'valibot';
import { defineEndpoint } from '@x/core/provider';
import { envelope, uuidPath } from '../../schemas/common';

/** DELETE ads-board/v1/ads/{uuid}/: delete an ad or draft. */
export const adsDelete = /* @__PURE__ */ defineEndpoint({
  method: 'DELETE',
  path: '/api/ads-board/v1/ads/{uuid}/',
  summary: 'Delete an ad or draft (result [], details "Deleted"). Not retried.',
  docs: 'seed 002 "Удаление обьявления"',
  request: { path: uuidPath },
  response: /* @__PURE__ */ envelope(/* @__PURE__ */ v.tuple([])),
  // A replay after a lost answer would fail with "not found": never retried.
  safe: false,
});
