import * as v from 'valibot';
import { defineEndpoint, numericString, positiveId } from '@x/core';
import { errorFields, zeroOne } from '../../schemas/common';
import { statusZeroFails } from '../../classify';

/** GET basket/edit/: set (replace) the quantity of one basket line. */
export const basketEdit = defineEndpoint({
  method: 'GET',
  path: '/basket/edit/',
  summary: 'Set the quantity of one basket line (replaces it; 1 when omitted).',
  docs: 'seed 001 "Изменение количества товаров в корзине"',
  request: {
    query: v.object({
      /** Basket line id. */
      basketId: positiveId('basketId'),
      /** New quantity; the provider sets 1 when it is omitted. */
      quantity: v.optional(v.pipe(numericString(), v.regex(/^[1-9]\d*$/, 'quantity must be a whole number ≥ 1'))),
    }),
  },
  response: v.object({ status: zeroOne, ...errorFields }),
  safe: false,
  classify: statusZeroFails(),
});
