import * as v from 'valibot';
import { defineEndpoint, finiteDecimal, numericString, positiveId, singleLineString } from '@x/core';
import { basketPosition, zeroOne } from '../../schemas/common';
import { statusZeroFails } from '../../classify';

const wholeNumber = v.pipe(numericString(), v.regex(/^[1-9]\d*$/, 'quantity must be a whole number ≥ 1'));
const money = finiteDecimal('price', { min: 0 });
const idString = (name: string) => singleLineString(name);

/**
 * An id the search result gives as a string or a number (`storeID: "0007"`, `distributorID: 1`),
 * sent as a string. Optional in the type so a search result can be spread in as it is, but a
 * missing or empty id is refused before sending (it used to go out as the text "undefined").
 */
const offerId = (name: string) =>
  v.optional(
    v.custom<string | number>(
      (x) => (typeof x === 'string' && x.length <= 1000 && !/[\x00-\x1f\x7f]/.test(x) && !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(x)) || (typeof x === 'number' && Number.isSafeInteger(x) && x >= 0),
      `${name} must be a single-line string or a whole number`,
    ),
  );
const present = (x: unknown) => x !== undefined && String(x).trim() !== '';
const requireId = (name: 'distributorID' | 'storeID' | 'code') =>
  v.forward(
    v.check<PositionFields, string>((line) => present(line[name]), `${name} is missing: take the offer from search.product (an order needs its ${name})`),
    [name],
  );

/** The documented wire fields of a basket/add line, in the seed's order. */
const WIRE_KEYS = ['brand', 'article', 'distributorID', 'storeID', 'quantity', 'price', 'code'] as const;

/** The fields of a line; unknown keys (the rest of a search result) are allowed and dropped. */
const positionFields = v.looseObject({
  brand: idString('brand'),
  article: idString('article'),
  /** Supplier id from the search result. */
  distributorID: v.optional(positiveId('distributorID')),
  /** Warehouse id from the search result ("0007": leading zeros matter, keep it as it came). */
  storeID: offerId('storeID'),
  quantity: wholeNumber,
  /** Unit price from the search result. */
  price: money,
  /** Internal part code from the search result ("078733"). */
  code: offerId('code'),
});
type PositionFields = v.InferOutput<typeof positionFields>;

/**
 * One line to add. Takes a search result as it is (`{ ...offer, quantity: 2 }`, or
 * `positionFromOffer(offer, 2)`): ids may be strings or numbers, other search fields are dropped,
 * and every documented field is sent as a string, as in the seed's example.
 */
export const newPosition = v.pipe(
  positionFields,
  requireId('distributorID'),
  requireId('storeID'),
  requireId('code'),
  v.transform(
    (line) =>
      Object.fromEntries(WIRE_KEYS.map((key) => [key, String(line[key])])) as {
        [K in (typeof WIRE_KEYS)[number]]: string;
      },
  ),
);

/** A line to add to the basket: a search result plus `quantity` fits as it is. */
export type NewPosition = v.InferInput<typeof newPosition>;

/** POST basket/add/: add lines; a line already in the basket gets its quantity increased. */
export const basketAdd = defineEndpoint({
  method: 'POST',
  path: '/basket/add/',
  summary: 'Add lines to the basket (quantities add up for a line already there).',
  docs: 'seed 001 "Добавление товаров в корзину"',
  request: {
    body: v.object({
      positions: v.pipe(v.array(newPosition), v.minLength(1, 'Give at least one position'), v.maxLength(1000, 'Give at most 1000 positions')),
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
