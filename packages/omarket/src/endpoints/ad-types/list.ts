import * as v from 'valibot';
import { defineEndpoint } from '@x/core/provider';
import { envelope } from '../../schemas/common';

/** One ad type (`sell`, ...). */
export const adType = /* @__PURE__ */ v.object({
  id: /* @__PURE__ */ v.number(),
  /** The value for an ad's `ad_type` (`"sell"`). */
  code_value: /* @__PURE__ */ v.string(),
  name: /* @__PURE__ */ v.string(),
});

/**
 * GET ads-board/v1/ad_type/list/: ad types. **Unverified**: not in the provider's docs; the shape
 * comes from the Kotlin peer client's DTO.
 */
export const adTypesList = /* @__PURE__ */ defineEndpoint({
  method: 'GET',
  path: '/api/ads-board/v1/ad_type/list/',
  summary: 'List ad types (values for ad_type). Unverified: undocumented, seen in a peer client.',
  docs: 'unverified: not in seed 002; Kotlin peer ApiService (fact sheet §4)',
  response: /* @__PURE__ */ envelope(
    /* @__PURE__ */ v.object({
      count: /* @__PURE__ */ v.number(),
      results: /* @__PURE__ */ v.array(adType),
    }),
  ),
  safe: true,
});

/** An ad type. */
export type AdType = v.InferOutput<typeof adType>;
