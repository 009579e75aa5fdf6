import * as v from 'valibot';
import { defineEndpoint } from '@x/core';
import { errorFields, zeroOne } from '../../schemas/common';
import { statusZeroFails } from '../../classify';

/** GET basket/clear/: delete every basket line. */
export const basketClear = defineEndpoint({
  method: 'GET',
  path: '/basket/clear/',
  summary: 'Empty the basket.',
  docs: 'seed 001 "полная очистка корзины"',
  response: v.object({ status: zeroOne, ...errorFields }),
  safe: false,
  classify: statusZeroFails(),
});
