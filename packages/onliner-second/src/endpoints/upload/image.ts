import * as v from 'valibot';
import { defineEndpoint } from '@x/core/provider';
import { isBlob } from '@x/core/internal';
import { uploadTask } from '../../schemas/upload';

/** POST https://upload.api.onliner.by/upload?token=…: put one image in the processing queue. */
export const uploadImage = /* @__PURE__ */ defineEndpoint({
  method: 'POST',
  path: '/upload',
  host: 'upload',
  summary: 'Upload one image for processing (multipart, token in the query); poll upload.status until processed.',
  docs: 'onliner-second-api docs/upload_images.md step 1',
  request: {
    body: /* @__PURE__ */ v.object({
      /** `meta[type]`: must be `baralog-photo` (the default). */
      meta: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.object({ type: /* @__PURE__ */ v.literal('baralog-photo') }), { type: 'baralog-photo' }),
      /** The image (a File, or a Blob: then sent as "file"). */
      file: /* @__PURE__ */ v.custom<Blob>(isBlob, 'file must be a Blob or File'),
    }),
  },
  encoding: 'multipart',
  response: uploadTask,
  // A replay would queue the image twice.
  safe: false,
  auth: ['uploadToken'],
});
