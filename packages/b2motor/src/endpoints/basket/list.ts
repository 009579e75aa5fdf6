import * as v from 'valibot';
import { defineEndpoint } from '@x/core/provider';
import { basketPosition, zeroOne } from '../../schemas/common';

/** GET basket/list/: the basket's lines. `status: 0` only means some lines cannot be ordered. */
export const basketList = /* @__PURE__ */ defineEndpoint({
  method: 'GET',
  path: '/basket/list/',
  summary: 'List the basket (status 0 = some lines cannot be ordered; not an error).',
  docs: 'seed 001 "Получение списка товаров в корзине" (its prose is a copy of basket/clear)',
  response: /* @__PURE__ */ v.object({
    /** 1 = every line can be ordered; 0 = some cannot (their canBay is 0). */
    status: zeroOne,
    positions: /* @__PURE__ */ v.array(basketPosition),
  }),
  safe: true,
});
