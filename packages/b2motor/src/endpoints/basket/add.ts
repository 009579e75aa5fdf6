import * as v from 'valibot';
import { defineEndpoint, numericString } from '@x/core';
import { basketPosition, zeroOne } from '../../schemas/common';
import { statusZeroFails } from '../../classify';

const wholeNumber = v.pipe(numericString(), v.regex(/^[1-9]\d*$/, 'quantity must be a whole number ≥ 1'));
const money = v.pipe(numericString(), v.regex(/^\d+(\.\d+)?$/, 'price must be a non-negative number'));
const idString = (name: string) => v.pipe(v.string(`${name} must be a string (leading zeros matter)`), v.minLength(1, `${name} must not be empty`));

/** One line to add, exactly as the provider wants it (all strings on the wire). */
export const newPosition = v.object({
  brand: idString('brand'),
  article: idString('article'),
  /** Supplier id from the search result. */
  distributorID: v.pipe(numericString(), v.minLength(1, 'distributorID must not be empty')),
  /** Warehouse id from the search result, as a string ("0007"). */
  storeID: idString('storeID'),
  quantity: wholeNumber,
  /** Unit price from the search result. */
  price: money,
  /** Internal part code from the search result, as a string ("078733"). */
  code: idString('code'),
});

/** A line to add to the basket. */
export type NewPosition = v.InferInput<typeof newPosition>;

/** POST basket/add/: add lines; a line already in the basket gets its quantity increased. */
export const basketAdd = defineEndpoint({
  method: 'POST',
  path: '/basket/add/',
  summary: 'Add lines to the basket (quantities add up for a line already there).',
  docs: 'seed 001 "Добавление товаров в корзину"',
  request: {
    body: v.object({
      positions: v.pipe(v.array(newPosition), v.minLength(1, 'Give at least one position')),
    }),
  },
  response: v.object({
    /** 1 = every line added; 0 = at least one failed (see each line's errorCode). */
    status: zeroOne,
    positions: v.array(basketPosition),
  }),
  // The intro says "POST data" (a form), the example prints JSON: both are documented (fact sheet Q6).
  accepts: ['json', 'form'],
  safe: false,
  classify: statusZeroFails('positions'),
});
