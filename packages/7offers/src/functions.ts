// One standalone function per operation of the default resources, over a configuration-only
// client (`createSevenOffersCore`), generated from the resource declarations: an app that imports
// `goalList` alone bundles the goal declaration and the list builder only. Wire input and output,
// as `client.api.<key>` (`goalView(core, { id })`, `goalUpdate(core, { id, ...fields })`). The
// registry test (functions.test.ts) checks this list against the default resources, key for key.
import { geoResource } from './resources/geo';
import { goalResource } from './resources/goal';
import { buildCreate, buildDelete, buildDeleteViaPost, buildList, buildUpdate, buildView } from './resource';
import { operationFunction } from './resource-function';

/** GET /api/geo/: one page of the geography dictionary (`objects`, `total_count`, `per_page`, `page`). Public. */
export const geoList = /* @__PURE__ */ operationFunction('geo', geoResource, 'list', buildList);
/** GET /api/geo/{id}: one geo entry, in `object`. Public. */
export const geoView = /* @__PURE__ */ operationFunction('geo', geoResource, 'view', buildView);
/** GET /api/goal/: one page of goals (filter `offer_id`; `page`, `per_page` 10–100). Public. */
export const goalList = /* @__PURE__ */ operationFunction('goal', goalResource, 'list', buildList);
/** GET /api/goal/{id}: one goal, in `object`. Public. */
export const goalView = /* @__PURE__ */ operationFunction('goal', goalResource, 'view', buildView);
/** POST /api/goal/ (form body): create a goal; HTTP 201 with its id in `created`. Advertisers. Not retried. */
export const goalCreate = /* @__PURE__ */ operationFunction('goal', goalResource, 'create', buildCreate);
/** POST /api/goal/{id} (form body): change the given fields (`{ id, ...fields }`); the id comes back in `updated`. Advertisers. Not retried. */
export const goalUpdate = /* @__PURE__ */ operationFunction('goal', goalResource, 'update', buildUpdate);
/** DELETE /api/goal/{id}: delete a goal; the id comes back in `deleted`. Advertisers. Not retried. */
export const goalDelete = /* @__PURE__ */ operationFunction('goal', goalResource, 'delete', buildDelete);
/** POST /api/goal/del/{id}: the documented proxy-safe alias of delete. Advertisers. Not retried. */
export const goalDeleteViaPost = /* @__PURE__ */ operationFunction('goal', goalResource, 'deleteViaPost', buildDeleteViaPost);
