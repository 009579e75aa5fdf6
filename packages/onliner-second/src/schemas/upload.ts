// The upload host's task object (docs/upload_images.md), the same shape for both steps.
import * as v from 'valibot';
import { openEnum } from '@x/core/provider';
import { IMAGE_STATUSES } from '../statuses';

/** An uploaded image's processing task. */
export const uploadTask = v.object({
  /** Task id, e.g. `PhTrlafxvBUPudeM`. */
  id: v.string(),
  /** Content hash (32 hex). */
  hash: v.string(),
  /**
   * `[]` until processed, then size key → URL (`1280x1280`, `x80`, `mobile_list`): exactly what
   * an offer's `photos` takes (fact sheet Q10).
   */
  images: v.union([v.tuple([]), v.record(v.string(), v.string())]),
  /** Queued at, `YYYY-MM-DD HH:MM:SS` without a time zone (Minsk time assumed); kept as text. */
  created_at: v.string(),
  /** Last change, same format; absent right after the upload. */
  updated_at: v.optional(v.string()),
  /** Processing errors (their shape is undocumented). */
  errors: v.array(v.unknown()),
  /** See `ImageStatus`. */
  status: openEnum(IMAGE_STATUSES),
  /** Polling URL on the upload host (`…/upload/<id>`). */
  url: v.string(),
});

/** An uploaded image's processing task. */
export type UploadTask = v.InferOutput<typeof uploadTask>;
