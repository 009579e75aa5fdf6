import * as v from 'valibot';
import { defineEndpoint } from '@x/core';
import { basketIds, errorFields, stringOrNumber, zeroOne } from '../../schemas/common';
import { statusZeroFails } from '../../classify';

/** GET basket/delete/: delete one or more basket lines. */
export const basketDelete = defineEndpoint({
  method: 'GET',
  path: '/basket/delete/',
  summary: 'Delete one or more basket lines (basketId: one id or an array).',
  docs: 'seed 001 "Удаление элементов корзины"',
  request: {
    query: v.object({
      /** One id, or several (sent as `basketId[0]=…&basketId[1]=…`). */
      basketId: basketIds,
    }),
  },
  response: v.object({
    status: zeroOne,
    positions: v.optional(
      v.array(
        v.object({
          status: zeroOne,
          basketId: stringOrNumber,
          ...errorFields,
        }),
      ),
    ),
    ...errorFields,
  }),
  safe: false,
  classify: statusZeroFails('positions'),
});
