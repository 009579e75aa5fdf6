// Shapes shared by several b2motor endpoints, with wire names exactly as the provider writes them.
import * as v from 'valibot';
import { openEnum, positiveId, mergeEntries } from '@x/core/provider';

/**
 * A number the provider may send as a string (`availability: "-1"`, `weight: "1.76"`, ids).
 * Kept as it arrives; use `toNumber` for arithmetic.
 */
export const stringOrNumber = /* @__PURE__ */ v.union([/* @__PURE__ */ v.string(), /* @__PURE__ */ v.number()]);

/** A 0/1 status or flag; `"0"`/`"1"` strings are read as numbers. */
export const zeroOne = /* @__PURE__ */ v.union([
  /* @__PURE__ */ v.picklist([0, 1]),
  /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.picklist(['0', '1']),
    /* @__PURE__ */ v.transform((x): 0 | 1 => (x === '1' ? 1 : 0)),
  ),
]);

/** Optional per-line or per-call error fields. */
export const errorFields = {
  /** Provider error code (if any). */
  errorCode: /* @__PURE__ */ v.optional(stringOrNumber),
  /** Provider error text (if any). */
  errorMessage: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
};

/** Part groups relative to the searched part. */
export const detailGroup = /* @__PURE__ */ openEnum(['Original', 'ReplacementOriginal', 'ReplacementNonOriginal']);

/**
 * A basket line as basket/add, basket/list and orders return it. `basketId` is not in the
 * documented field tables but edit/delete/orders-add need it (fact sheet Q4): typed optional.
 */
export const basketPosition = /* @__PURE__ */ v.object(/* @__PURE__ */ mergeEntries({
  /** Basket line id (undocumented; needed by edit/delete/orders-add). */
  basketId: /* @__PURE__ */ v.optional(stringOrNumber),
  brand: /* @__PURE__ */ v.string(),
  article: /* @__PURE__ */ v.string(),
  description: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  /** Minimum estimated delivery, days. */
  deliveryPeriod: /* @__PURE__ */ v.optional(stringOrNumber),
  /** Maximum estimated delivery, days. */
  deliveryPeriodMax: /* @__PURE__ */ v.optional(stringOrNumber),
  distributorID: /* @__PURE__ */ v.optional(stringOrNumber),
  storeID: /* @__PURE__ */ v.optional(stringOrNumber),
  /** Internal part code, needed for ordering. */
  code: /* @__PURE__ */ v.optional(stringOrNumber),
  /** Quantity added by this call (basket/add) or on the line. */
  quantity: /* @__PURE__ */ v.optional(stringOrNumber),
  /** Unit price. */
  price: /* @__PURE__ */ v.optional(stringOrNumber),
  /** Weight of one unit, kg. */
  weight: /* @__PURE__ */ v.optional(stringOrNumber),
  /** 1 = can be ordered, 0 = will not go into an order (sic: "canBay"). */
  canBay: /* @__PURE__ */ v.optional(zeroOne),
}, errorFields));

/** An order as orders/add and orders/list return it. */
export const order = /* @__PURE__ */ v.object(/* @__PURE__ */ mergeEntries({
  number: stringOrNumber,
  /** Creation date (format undocumented). Present in orders/list. */
  date: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  statusCode: /* @__PURE__ */ v.optional(stringOrNumber),
  statusName: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  sum: /* @__PURE__ */ v.optional(stringOrNumber),
  /** Number of lines (sic: capital Q). Present in orders/list. */
  Quantity: /* @__PURE__ */ v.optional(stringOrNumber),
  comment: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string())),
  /** Lines; in orders/list only with `format=1` or `number`. */
  positions: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.array(basketPosition)),
}, errorFields));

/** A basket line id, or several (sent as `basketId[0]=…&basketId[1]=…`). */
export const basketIds = /* @__PURE__ */ v.union([
  /* @__PURE__ */ positiveId('basketId'),
  /* @__PURE__ */ v.pipe(/* @__PURE__ */ v.array(/* @__PURE__ */ positiveId('basketId')), /* @__PURE__ */ v.minLength(1, 'Give at least one basketId'), /* @__PURE__ */ v.maxLength(1000, 'Give at most 1000 basketIds')),
]);

/** A basket line as documented. */
export type BasketPosition = v.InferOutput<typeof basketPosition>;
/** An order as documented. */
export type Order = v.InferOutput<typeof order>;
