import * as v from 'valibot';
import { defineEndpoint, flag, singleLine } from '@x/core';
import { detailGroup, stringOrNumber } from '../../schemas/common';

/** The analogues flag as the seed spells it: `is` + Cyrillic "А" (U+0410) + `nalog`. */
export const ANALOG = 'is\u0410nalog' as const;

/** One offer for a part, as search/product returns it. Only brand, article and price are always there. */
export const searchItem = v.object({
  brand: v.string(),
  /** Manufacturer id in b2motor. */
  brandID: v.optional(stringOrNumber),
  article: v.string(),
  /** Article with only letters and digits. */
  articleFix: v.optional(v.string()),
  /** Seen in the documented example only. */
  articleId: v.optional(stringOrNumber),
  description: v.optional(v.string()),
  /** Stock: count, or -1/-2/-3 for "+", "++", "+++", or -10 for "on order". See `parseAvailability`. */
  availability: v.optional(stringOrNumber),
  /** Minimum order multiple. */
  packing: v.optional(stringOrNumber),
  deliveryPeriod: v.optional(stringOrNumber),
  deliveryPeriodMax: v.optional(stringOrNumber),
  /** Supplier id; needed to order. */
  distributorID: v.optional(stringOrNumber),
  /** Warehouse id (leading zeros matter). */
  storeID: v.optional(stringOrNumber),
  storeDescription: v.optional(v.string()),
  /** Price in roubles. */
  price: stringOrNumber,
  /** Kilograms per unit. */
  weight: v.optional(stringOrNumber),
  lastUpdateTime: v.optional(v.string()),
  /** 1 = not returnable (except defects). */
  noReturn: v.optional(stringOrNumber),
  /** Internal part code; needed to order. */
  code: v.optional(stringOrNumber),
  detailGroup: v.optional(detailGroup),
  /** Read by the public PHP client; undocumented. */
  SupplierName: v.optional(v.string()),
});

/** A search result line. */
export type SearchItem = v.InferOutput<typeof searchItem>;

/** GET search/product/: offers for a part number and brand, with analogues by default. */
export const searchProduct = defineEndpoint({
  method: 'GET',
  path: '/search/product/',
  summary: 'Search offers by part number and brand (analogues included unless isAnalog is 0).',
  docs: 'seed 001 "Поиск детали по номеру и бренду"',
  request: {
    // The seed spells the analogues flag `isАnalog` with a Cyrillic "А" (U+0410, bytes D0 90) and
    // that is what goes on the wire. The input takes the ASCII `isAnalog` (easy to type) or the
    // documented key; `createB2motor({ analogParam: 'isAnalog' })` sends ASCII (decision 0041).
    query: v.pipe(
      v.object({
        /** Catalogue (part) number. */
        article: v.pipe(v.string('article must be a string'), v.trim(), v.minLength(1, 'article must not be empty'), v.maxLength(100, 'article must have at most 100 characters'), singleLine('article')),
        /** Manufacturer; `''` lists every brand for the number (as the public PHP client does). */
        brand: v.pipe(v.string('brand must be a string'), v.maxLength(100, 'brand must have at most 100 characters'), singleLine('brand')),
        /** Include analogues (default 1 on the provider's side). Sent as the documented `isАnalog`. */
        isAnalog: v.optional(flag()),
        /** The same flag under the documented name (Cyrillic "А"), as the seed prints it. */
        [ANALOG]: v.optional(flag()),
        /** Include online warehouses (slower; default 0). */
        isOnlineStocks: v.optional(flag()),
      }),
      v.check((q) => q.isAnalog === undefined || q[ANALOG] === undefined || q.isAnalog === q[ANALOG], 'isAnalog and isАnalog disagree: give one of them'),
      v.transform(({ article, brand, isAnalog, [ANALOG]: documented, isOnlineStocks }) => {
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
  response: v.array(searchItem),
  safe: true,
});
