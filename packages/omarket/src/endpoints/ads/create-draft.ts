import * as v from 'valibot';
import { defineEndpoint } from '@x/core/provider';
import { envelope } from '../../schemas/common';

/** POST ads-board/v1/ads/initial/: create an empty draft (status `initial`) and return its uuid. */
export const adsCreateDraft = /* @__PURE__ */ defineEndpoint({
  method: 'POST',
  path: '/api/ads-board/v1/ads/initial/',
  summary: 'Create an empty draft (status initial); result is its uuid. Then ads.update it (or use createAd).',
  docs: 'seed 002 "Создание объявления"',
  response: /* @__PURE__ */ envelope(/* @__PURE__ */ v.pipe(/* @__PURE__ */ v.string(), /* @__PURE__ */ v.uuid())),
  safe: false,
});
