import * as v from 'valibot';
import { defineEndpoint, flag, positiveId, mergeEntries } from '@x/core/provider';
import { errorFields, order, stringOrNumber } from '../../schemas/common';

/** GET orders/list/: every order, or one order in detail. */
export const ordersList = /* @__PURE__ */ defineEndpoint({
  method: 'GET',
  path: '/orders/list/',
  summary: 'List orders (format 1 adds lines) or get one order in detail by number.',
  docs: 'seed 001 "Список заказов/заказ детально" (its prose is a copy of orders/add)',
  request: {
    query: /* @__PURE__ */ v.object({
      /** Order number: returns that order with its lines. */
      number: /* @__PURE__ */ v.optional(/* @__PURE__ */ positiveId('number')),
      /** 1 adds lines to every order (forced to 1 when `number` is given). */
      format: /* @__PURE__ */ v.optional(/* @__PURE__ */ flag()),
    }),
  },
  response: /* @__PURE__ */ v.object(/* @__PURE__ */ mergeEntries({
    /** Number of orders returned. */
    count: stringOrNumber,
    orders: /* @__PURE__ */ v.array(order),
  }, errorFields)),
  safe: true,
});
