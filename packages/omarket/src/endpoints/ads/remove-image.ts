import * as v from 'valibot';
import { defineEndpoint, singleLine } from '@x/core/provider';
import { messageResult, uuidPath } from '../../schemas/common';

/** DELETE ads-board/v1/ads/{uuid}/remove-image/: detach an image by URL (a DELETE with a JSON body). */
export const adsRemoveImage = /* @__PURE__ */ defineEndpoint({
  method: 'DELETE',
  path: '/api/ads-board/v1/ads/{uuid}/remove-image/',
  summary: 'Remove an uploaded image by its URL; "Image not found" (resultCode FAIL) is a NotFoundError.',
  docs: 'seed 002 "Удаление изображения из объявления"',
  request: {
    path: uuidPath,
    body: /* @__PURE__ */ v.object({
      /** URL returned by ads.uploadImage. */
      url: /* @__PURE__ */ v.pipe(/* @__PURE__ */ v.string('url must be a string'), /* @__PURE__ */ v.minLength(1, 'url must not be empty'), /* @__PURE__ */ v.maxLength(2048, 'url must have at most 2048 characters'), /* @__PURE__ */ singleLine('url')),
    }),
  },
  // The table says form-data, the example is JSON: JSON is sent (fact sheet Q12).
  encoding: 'json',
  accepts: ['json', 'multipart'],
  response: messageResult,
  safe: false,
});
