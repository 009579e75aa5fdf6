import * as v from 'valibot';
import { defineEndpoint, finiteDecimal, numericString, positiveId, singleLineString } from '@x/core/provider';
import { basketPosition, zeroOne } from '../../schemas/common';
import { statusZeroFails } from '../../classify';

const wholeNumber = /* @__PURE__ */ v.pipe(/* @__PURE__ */ numericString(), /* @__PURE__ */ v.regex(/^[1-9]\d*$/, 'quantity must be a whole number ≥ 1'));
const money = /* @__PURE__ */ finiteDecimal('price', { min: 0 });
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
const positionFields = /* @__PURE__ */ v.looseObject({
  brand: /* @__PURE__ */ idString('brand'),
  article: /* @__PURE__ */ idString('article'),
  /** Supplier id from the search result. */
  distributorID: /* @__PURE__ */ v.optional(/* @__PURE__ */ positiveId('distributorID')),
  /** Warehouse id from the search result ("0007": leading zeros matter, keep it as it came). */
  storeID: /* @__PURE__ */ offerId('storeID'),
  quantity: wholeNumber,
  /** Unit price from the search result. */
  price: money,
  /** Internal part code from the search result ("078733"). */
  code: /* @__PURE__ */ offerId('code'),
});
type PositionFields = v.InferOutput<typeof positionFields>;

/**
 * One line to add. Takes a search result as it is (`{ ...offer, quantity: 2 }`, or
 * `positionFromOffer(offer, 2)`): ids may be strings or numbers, other search fields are dropped,
 * and every documented field is sent as a string, as in the seed's example.
 */
export const newPosition = /* @__PURE__ */ v.pipe(
  positionFields,
  /* @__PURE__ */ requireId('distributorID'),
  /* @__PURE__ */ requireId('storeID'),
  /* @__PURE__ */ requireId('code'),
  /* @__PURE__ */ v.transform(
    (line) =>
      Object.fromEntries(WIRE_KEYS.map((key) => [key, String(line[key])])) as {
        [K in (typeof WIRE_KEYS)[number]]: string;
      },
  ),
);

/** A line to add to the basket: a search result plus `quantity` fits as it is. */
export type NewPosition = v.InferInput<typeof newPosition>;

/** POST basket/add/: add lines; a line already in the basket gets its quantity increased. */
export const basketAdd = /* @__PURE__ */ defineEndpoint({
  method: 'POST',
  path: '/basket/add/',
  summary: 'Add lines to the basket (quantities add up for a line already there).',
  docs: 'seed 001 "Добавление товаров в корзину"',
  request: {
    body: /* @__PURE__ */ v.object({
      positions: /* @__PURE__ */ v.pipe(/* @__PURE__ */ v.array(newPosition), /* @__PURE__ */ v.minLength(1, 'Give at least one position'), /* @__PURE__ */ v.maxLength(1000, 'Give at most 1000 positions')),
    }),
  },
  response: /* @__PURE__ */ v.object({
    /** 1 = every line added; 0 = at least one failed (see each line's errorCode). */
    status: zeroOne,
    positions: /* @__PURE__ */ v.array(basketPosition),
  }),
  // The intro says "POST data" (a form), the example prints JSON: both are documented (fact sheet Q6).
  accepts: ['json', 'form'],
  safe: false,
  classify: /* @__PURE__ */ statusZeroFails('positions'),
});
