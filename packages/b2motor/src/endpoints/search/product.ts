import * as v from 'valibot';
import { defineEndpoint, flag, singleLine } from '@x/core/provider';
import { detailGroup, stringOrNumber } from '../../schemas/common';

/** The analogues flag as the seed spells it: `is` + Cyrillic "А" (U+0410) + `nalog`. */
export const ANALOG = 'is\u0410nalog' as const;

/** One offer for a part, as search/product returns it. Only brand, article and price are always there. */
export const searchItem = /* @__PURE__ */ v.object({
  brand: /* @__PURE__ */ v.string(),
  /** Manufacturer id in b2motor. */
  brandID: /* @__PURE__ */ v.optional(stringOrNumber),
  article: /* @__PURE__ */ v.string(),
  /** Article with only letters and digits. */
  articleFix: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  /** Seen in the documented example only. */
  articleId: /* @__PURE__ */ v.optional(stringOrNumber),
  description: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  /** Stock: count, or -1/-2/-3 for "+", "++", "+++", or -10 for "on order". See `parseAvailability`. */
  availability: /* @__PURE__ */ v.optional(stringOrNumber),
  /** Minimum order multiple. */
  packing: /* @__PURE__ */ v.optional(stringOrNumber),
  deliveryPeriod: /* @__PURE__ */ v.optional(stringOrNumber),
  deliveryPeriodMax: /* @__PURE__ */ v.optional(stringOrNumber),
  /** Supplier id; needed to order. */
  distributorID: /* @__PURE__ */ v.optional(stringOrNumber),
  /** Warehouse id (leading zeros matter). */
  storeID: /* @__PURE__ */ v.optional(stringOrNumber),
  storeDescription: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  /** Price in roubles. */
  price: stringOrNumber,
  /** Kilograms per unit. */
  weight: /* @__PURE__ */ v.optional(stringOrNumber),
  lastUpdateTime: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  /** 1 = not returnable (except defects). */
  noReturn: /* @__PURE__ */ v.optional(stringOrNumber),
  /** Internal part code; needed to order. */
  code: /* @__PURE__ */ v.optional(stringOrNumber),
  detailGroup: /* @__PURE__ */ v.optional(detailGroup),
  /** Read by the public PHP client; undocumented. */
  SupplierName: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
});

/** A search result line. */
export type SearchItem = v.InferOutput<typeof searchItem>;

/** GET search/product/: offers for a part number and brand, with analogues by default. */
export const searchProduct = /* @__PURE__ */ defineEndpoint({
  method: 'GET',
  path: '/search/product/',
  summary: 'Search offers by part number and brand (analogues included unless isAnalog is 0).',
  docs: 'seed 001 "Поиск детали по номеру и бренду"',
  request: {
    // The seed spells the analogues flag `isАnalog` with a Cyrillic "А" (U+0410, bytes D0 90) and
    // that is what goes on the wire. The input takes the ASCII `isAnalog` (easy to type) or the
    // documented key; `createB2motor({ analogParam: 'isAnalog' })` sends ASCII (decision 0041).
    query: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.object({
        /** Catalogue (part) number. */
        article: /* @__PURE__ */ v.pipe(/* @__PURE__ */ v.string('article must be a string'), /* @__PURE__ */ v.trim(), /* @__PURE__ */ v.minLength(1, 'article must not be empty'), /* @__PURE__ */ v.maxLength(100, 'article must have at most 100 characters'), /* @__PURE__ */ singleLine('article')),
        /** Manufacturer; `''` lists every brand for the number (as the public PHP client does). */
        brand: /* @__PURE__ */ v.pipe(/* @__PURE__ */ v.string('brand must be a string'), /* @__PURE__ */ v.maxLength(100, 'brand must have at most 100 characters'), /* @__PURE__ */ singleLine('brand')),
        /** Include analogues (default 1 on the provider's side). Sent as the documented `isАnalog`. */
        isAnalog: /* @__PURE__ */ v.optional(/* @__PURE__ */ flag()),
        /** The same flag under the documented name (Cyrillic "А"), as the seed prints it. */
        [ANALOG]: /* @__PURE__ */ v.optional(/* @__PURE__ */ flag()),
        /** Include online warehouses (slower; default 0). */
        isOnlineStocks: /* @__PURE__ */ v.optional(/* @__PURE__ */ flag()),
      }),
      /* @__PURE__ */ v.check((q) => q.isAnalog === undefined || q[ANALOG] === undefined || q.isAnalog === q[ANALOG], 'isAnalog and isАnalog disagree: give one of them'),
      /* @__PURE__ */ v.transform(({ article, brand, isAnalog, [ANALOG]: documented, isOnlineStocks }) => {
        const analog = documented ?? isAnalog;
        return { article, brand, ...(analog !== undefined ? { [ANALOG]: analog } : {}), ...(isOnlineStocks !== undefined ? { isOnlineStocks } : {}) } as {
          article: string;
          brand: string;
          [ANALOG]?: 0 | 1;
          isOnlineStocks?: 0 | 1;
        };
      }),
    ),
  },
  response: /* @__PURE__ */ v.array(searchItem),
  safe: true,
});
