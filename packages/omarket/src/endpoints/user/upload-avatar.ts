import * as v from 'valibot';
import { defineEndpoint } from '@x/core/provider';
import { envelope, imageFile } from '../../schemas/common';

/** POST ads-board/v1/user/upload-avatar/: set the caller's avatar (multipart field `image`). */
export const userUploadAvatar = /* @__PURE__ */ defineEndpoint({
  method: 'POST',
  path: '/api/ads-board/v1/user/upload-avatar/',
  summary: "Upload the caller's avatar image (multipart \"image\"); result.url is where it lives.",
  docs: 'seed 002 "Загрузить аватарку"',
  request: {
    body: /* @__PURE__ */ v.object({
      /** The image file (Blob or File). */
      image: imageFile,
    }),
  },
  encoding: 'multipart',
  response: /* @__PURE__ */ envelope(/* @__PURE__ */ v.object({ url: /* @__PURE__ */ v.string() })),
  safe: false,
});
