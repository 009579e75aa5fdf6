import * as v from 'valibot';
import { defineEndpoint, mergeEntries } from '@x/core/provider';
import { basketIds, errorFields, order, zeroOne } from '../../schemas/common';
import { classifyOrdersAdd, orderLineFailures, type LineFailure } from '../../classify';

/** GET orders/add/: turn basket lines (all, or the given ones) into an order. */
export const ordersAdd = /* @__PURE__ */ defineEndpoint({
  method: 'GET',
  path: '/orders/add/',
  summary: 'Order basket lines (all of them when basketId is omitted); orders come back as an array.',
  docs: 'seed 001 "Оформление корзины в заказ"',
  request: {
    query: /* @__PURE__ */ v.object({
      /** Lines to order; omit to order the whole basket. */
      basketId: /* @__PURE__ */ v.optional(basketIds),
    }),
  },
  // A placed order is a result even when some lines were left out: `failed` lists them, read from
  // `orders[].positions[]` where the seed puts canBay/errorCode/errorMessage (decision 0040).
  response: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.object(/* @__PURE__ */ mergeEntries({
    /** 1 = fully ordered; 0 = some lines were left out (see `failed`), or nothing was ordered (an error). */
    status: zeroOne,
    /** The doc calls it an object, then a set of objects: both are read, an array is returned. */
    orders: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.optional(/* @__PURE__ */ v.union([/* @__PURE__ */ v.array(order), order]), []),
      /* @__PURE__ */ v.transform((x) => (Array.isArray(x) ? x : [x])),
    ),
    }, errorFields)),
    /* @__PURE__ */ v.transform((answer) => ({ ...answer, failed: orderLineFailures(answer.orders) as LineFailure[] })),
  ),
  safe: false,
  classify: classifyOrdersAdd,
});
