import * as v from 'valibot';
import { defineEndpoint, mergeEntries } from '@x/core/provider';
import { errorFields, zeroOne } from '../../schemas/common';
import { statusZeroFails } from '../../classify';

/** GET basket/clear/: delete every basket line. */
export const basketClear = /* @__PURE__ */ defineEndpoint({
  method: 'GET',
  path: '/basket/clear/',
  summary: 'Empty the basket.',
  docs: 'seed 001 "полная очистка корзины"',
  response: /* @__PURE__ */ v.object(/* @__PURE__ */ mergeEntries({ status: zeroOne, }, errorFields)),
  safe: false,
  classify: /* @__PURE__ */ statusZeroFails(),
});
