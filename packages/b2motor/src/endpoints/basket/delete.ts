import * as v from 'valibot';
import { defineEndpoint, mergeEntries } from '@x/core/provider';
import { basketIds, errorFields, stringOrNumber, zeroOne } from '../../schemas/common';
import { statusZeroFails } from '../../classify';

/** GET basket/delete/: delete one or more basket lines. */
export const basketDelete = /* @__PURE__ */ defineEndpoint({
  method: 'GET',
  path: '/basket/delete/',
  summary: 'Delete one or more basket lines (basketId: one id or an array).',
  docs: 'seed 001 "Удаление элементов корзины"',
  request: {
    query: /* @__PURE__ */ v.object({
      /** One id, or several (sent as `basketId[0]=…&basketId[1]=…`). */
      basketId: basketIds,
    }),
  },
  response: /* @__PURE__ */ v.object(/* @__PURE__ */ mergeEntries({
    status: zeroOne,
    positions: /* @__PURE__ */ v.optional(
      /* @__PURE__ */ v.array(
        /* @__PURE__ */ v.object(/* @__PURE__ */ mergeEntries({
          status: zeroOne,
          basketId: stringOrNumber,
        }, errorFields)),
      ),
    ),
  }, errorFields)),
  safe: false,
  classify: /* @__PURE__ */ statusZeroFails('positions'),
});
