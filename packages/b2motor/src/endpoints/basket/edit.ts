import * as v from 'valibot';
import { defineEndpoint, numericString, positiveId, mergeEntries } from '@x/core/provider';
import { errorFields, zeroOne } from '../../schemas/common';
import { statusZeroFails } from '../../classify';

/** GET basket/edit/: set (replace) the quantity of one basket line. */
export const basketEdit = /* @__PURE__ */ defineEndpoint({
  method: 'GET',
  path: '/basket/edit/',
  summary: 'Set the quantity of one basket line (replaces it; 1 when omitted).',
  docs: 'seed 001 "Изменение количества товаров в корзине"',
  request: {
    query: /* @__PURE__ */ v.object({
      /** Basket line id. */
      basketId: /* @__PURE__ */ positiveId('basketId'),
      /** New quantity; the provider sets 1 when it is omitted. */
      quantity: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.pipe(/* @__PURE__ */ numericString(), /* @__PURE__ */ v.regex(/^[1-9]\d*$/, 'quantity must be a whole number ≥ 1'))),
    }),
  },
  response: /* @__PURE__ */ v.object(/* @__PURE__ */ mergeEntries({ status: zeroOne, }, errorFields)),
  safe: false,
  classify: /* @__PURE__ */ statusZeroFails(),
});
