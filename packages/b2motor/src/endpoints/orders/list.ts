import * as v from 'valibot';
import { defineEndpoint, flag, positiveId } from '@x/core';
import { errorFields, order, stringOrNumber } from '../../schemas/common';

/** GET orders/list/: every order, or one order in detail. */
export const ordersList = defineEndpoint({
  method: 'GET',
  path: '/orders/list/',
  summary: 'List orders (format 1 adds lines) or get one order in detail by number.',
  docs: 'seed 001 "Список заказов/заказ детально" (its prose is a copy of orders/add)',
  request: {
    query: v.object({
      /** Order number: returns that order with its lines. */
      number: v.optional(positiveId('number')),
      /** 1 adds lines to every order (forced to 1 when `number` is given). */
      format: v.optional(flag()),
    }),
  },
  response: v.object({
    /** Number of orders returned. */
    count: stringOrNumber,
    orders: v.array(order),
    ...errorFields,
  }),
  safe: true,
});
