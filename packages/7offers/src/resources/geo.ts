// `geo`: the geography dictionary, named by the seed's error example (`GET /api/geo?api_key=…`).
import * as v from 'valibot';
import { defineResource, wireId } from '../resource';

/**
 * One geo entry. Only the resource's name is documented; `name` and `code` are the fields a
 * geography dictionary carries (unverified); unknown fields are kept.
 */
export const geoItem = /* @__PURE__ */ v.looseObject({
  id: wireId,
  /** Display name (unverified). */
  name: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  /** Country or region code (unverified). */
  code: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
});

/** A geo entry. */
export type Geo = v.InferOutput<typeof geoItem>;

/** `geo`: read-only and public (list, view); declared paged so that `all()` never drops a page. */
export const geoResource = /* @__PURE__ */ defineResource({
  slug: 'geo',
  title: 'geo entries',
  item: geoItem,
  actions: ['list', 'view'],
  paginated: true,
  access: { list: ['guest', 'webmaster', 'advertiser'], view: ['guest', 'webmaster', 'advertiser'] },
  docs: 'seed 003 "Ответы сервера и ошибки" (GET /api/geo); fields and actions beyond list are not documented',
});
