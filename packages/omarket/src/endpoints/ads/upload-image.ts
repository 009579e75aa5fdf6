import * as v from 'valibot';
import { defineEndpoint } from '@x/core/provider';
import { envelope, imageFile, uuidPath } from '../../schemas/common';

/** POST ads-board/v1/ads/{uuid}/upload-image/: attach an image (multipart field `image`). */
export const adsUploadImage = /* @__PURE__ */ defineEndpoint({
  method: 'POST',
  path: '/api/ads-board/v1/ads/{uuid}/upload-image/',
  summary: 'Upload an image file to an ad or draft (multipart "image"); result.url is where it lives.',
  docs: 'seed 002 "Добавление изображение в объявление"',
  request: {
    path: uuidPath,
    body: /* @__PURE__ */ v.object({
      /** The image file (Blob or File; its name is sent). */
      image: imageFile,
    }),
  },
  encoding: 'multipart',
  response: /* @__PURE__ */ envelope(
    /* @__PURE__ */ v.object({
      /** Image URL (the provider's MinIO host; not validated). */
      url: /* @__PURE__ */ v.string(),
    }),
  ),
  safe: false,
});
