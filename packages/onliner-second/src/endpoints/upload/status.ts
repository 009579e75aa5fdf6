import * as v from 'valibot';
import { singleLineString, defineEndpoint } from '@x/core/provider';
import { uploadTask } from '../../schemas/upload';

/** GET https://upload.api.onliner.by/upload/{id}: the processing status of an uploaded image. */
export const uploadStatus = /* @__PURE__ */ defineEndpoint({
  method: 'GET',
  path: '/upload/{id}',
  host: 'upload',
  summary: 'Get an uploaded image\'s processing status; when processed, `images` maps sizes to URLs.',
  docs: 'onliner-second-api docs/upload_images.md step 2 (heading fixed from "POST GET" in e6de9af)',
  request: {
    path: /* @__PURE__ */ v.object({
      /** Task id from `upload.image`. */
      id: /* @__PURE__ */ singleLineString('id', { max: 255 }),
    }),
  },
  response: uploadTask,
  safe: true,
  // The documented request and the PHP example poll without a token.
  auth: false,
});
