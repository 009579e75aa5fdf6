// Shapes shared by several b2motor endpoints, with wire names exactly as the provider writes them.
import * as v from 'valibot';
import { openEnum, positiveId } from '@x/core';

/**
 * A number the provider may send as a string (`availability: "-1"`, `weight: "1.76"`, ids).
 * Kept as it arrives; use `toNumber` for arithmetic.
 */
export const stringOrNumber = v.union([v.string(), v.number()]);

/** A 0/1 status or flag; `"0"`/`"1"` strings are read as numbers. */
export const zeroOne = v.union([
  v.picklist([0, 1]),
  v.pipe(
    v.picklist(['0', '1']),
    v.transform((x): 0 | 1 => (x === '1' ? 1 : 0)),
  ),
]);

/** Optional per-line or per-call error fields. */
export const errorFields = {
  /** Provider error code (if any). */
  errorCode: v.optional(stringOrNumber),
  /** Provider error text (if any). */
  errorMessage: v.optional(v.string()),
};

/** Part groups relative to the searched part. */
export const detailGroup = openEnum(['Original', 'ReplacementOriginal', 'ReplacementNonOriginal']);

/**
 * A basket line as basket/add, basket/list and orders return it. `basketId` is not in the
 * documented field tables but edit/delete/orders-add need it (fact sheet Q4): typed optional.
 */
export const basketPosition = v.object({
  /** Basket line id (undocumented; needed by edit/delete/orders-add). */
  basketId: v.optional(stringOrNumber),
  brand: v.string(),
  article: v.string(),
  description: v.optional(v.string()),
  /** Minimum estimated delivery, days. */
  deliveryPeriod: v.optional(stringOrNumber),
  /** Maximum estimated delivery, days. */
  deliveryPeriodMax: v.optional(stringOrNumber),
  distributorID: v.optional(stringOrNumber),
  storeID: v.optional(stringOrNumber),
  /** Internal part code, needed for ordering. */
  code: v.optional(stringOrNumber),
  /** Quantity added by this call (basket/add) or on the line. */
  quantity: v.optional(stringOrNumber),
  /** Unit price. */
  price: v.optional(stringOrNumber),
  /** Weight of one unit, kg. */
  weight: v.optional(stringOrNumber),
  /** 1 = can be ordered, 0 = will not go into an order (sic: "canBay"). */
  canBay: v.optional(zeroOne),
  ...errorFields,
});

/** An order as orders/add and orders/list return it. */
export const order = v.object({
  number: stringOrNumber,
  /** Creation date (format undocumented). Present in orders/list. */
  date: v.optional(v.string()),
  statusCode: v.optional(stringOrNumber),
  statusName: v.optional(v.string()),
  sum: v.optional(stringOrNumber),
  /** Number of lines (sic: capital Q). Present in orders/list. */
  Quantity: v.optional(stringOrNumber),
  comment: v.optional(v.nullable(v.string())),
  /** Lines; in orders/list only with `format=1` or `number`. */
  positions: v.optional(v.array(basketPosition)),
  ...errorFields,
});

/** A basket line id, or several (sent as `basketId[0]=…&basketId[1]=…`). */
export const basketIds = v.union([
  positiveId('basketId'),
  v.pipe(v.array(positiveId('basketId')), v.minLength(1, 'Give at least one basketId'), v.maxLength(1000, 'Give at most 1000 basketIds')),
]);

/** A basket line as documented. */
export type BasketPosition = v.InferOutput<typeof basketPosition>;
/** An order as documented. */
export type Order = v.InferOutput<typeof order>;
