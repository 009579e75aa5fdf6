// The upload host's task object (docs/upload_images.md), the same shape for both steps.
import * as v from 'valibot';
import { openEnum } from '@x/core/provider';
import { IMAGE_STATUSES } from '../statuses';

/** An uploaded image's processing task. */
export const uploadTask = /* @__PURE__ */ v.object({
  /** Task id, e.g. `PhTrlafxvBUPudeM`. */
  id: /* @__PURE__ */ v.string(),
  /** Content hash (32 hex). */
  hash: /* @__PURE__ */ v.string(),
  /**
   * `[]` until processed, then size key → URL (`1280x1280`, `x80`, `mobile_list`): exactly what
   * an offer's `photos` takes (fact sheet Q10).
   */
  images: /* @__PURE__ */ v.union([/* @__PURE__ */ v.tuple([]), /* @__PURE__ */ v.record(/* @__PURE__ */ v.string(), /* @__PURE__ */ v.string())]),
  /** Queued at, `YYYY-MM-DD HH:MM:SS` without a time zone (Minsk time assumed); kept as text. */
  created_at: /* @__PURE__ */ v.string(),
  /** Last change, same format; absent right after the upload. */
  updated_at: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  /** Processing errors (their shape is undocumented). */
  errors: /* @__PURE__ */ v.array(/* @__PURE__ */ v.unknown()),
  /** See `ImageStatus`. */
  status: /* @__PURE__ */ openEnum(IMAGE_STATUSES),
  /** Polling URL on the upload host (`…/upload/<id>`). */
  url: /* @__PURE__ */ v.string(),
});

/** An uploaded image's processing task. */
export type UploadTask = v.InferOutput<typeof uploadTask>;
