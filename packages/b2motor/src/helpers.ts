// Friendlier readings of b2motor wire values; the wire fields themselves stay untouched.
import type { NewPosition } from './endpoints/basket/add';

/** What an `availability` value means. */
export type Availability =
  | { kind: 'count'; count: number }
  | { kind: 'fuzzy'; level: 1 | 2 | 3; label: '+' | '++' | '+++' }
  | { kind: 'on_order' }
  | { kind: 'unknown'; raw: string | number | undefined };

/**
 * Read an `availability` value: a count, a fuzzy "+"/"++"/"+++" (-1/-2/-3) or "on order" (-10).
 *
 * @example parseAvailability('-2') // { kind: 'fuzzy', level: 2, label: '++' }
 */
export function parseAvailability(value: string | number | undefined): Availability {
  const n = toNumber(value);
  if (n === undefined || !Number.isInteger(n)) return { kind: 'unknown', raw: value };
  if (n >= 0) return { kind: 'count', count: n };
  if (n === -10) return { kind: 'on_order' };
  if (n === -1 || n === -2 || n === -3) {
    const level = -n as 1 | 2 | 3;
    return { kind: 'fuzzy', level, label: (['+', '++', '+++'] as const)[level - 1] as '+' | '++' | '+++' };
  }
  return { kind: 'unknown', raw: value };
}

/**
 * A wire number that may be a string (`"1.76"`, `"1943"`, `231`) as a number; `undefined` when
 * absent or not numeric. Commas are accepted as decimal separators.
 */
export function toNumber(value: string | number | null | undefined): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const text = value.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}

/** What `positionFromOffer` needs from a search result. */
export interface OfferLike {
  brand: string;
  article: string;
  distributorID?: string | number | undefined;
  storeID?: string | number | undefined;
  code?: string | number | undefined;
  price: string | number;
}

/**
 * A basket/add line from a search result: its documented ids and price, with your quantity.
 * Missing ids are refused by `basket.add` before anything is sent.
 *
 * @example
 * const [offer] = await b2motor.search.product({ article: 'A78220S', brand: 'AVS' });
 * await b2motor.basket.add({ positions: [positionFromOffer(offer!, 2)] });
 */
export function positionFromOffer(offer: OfferLike, quantity: string | number): NewPosition {
  const { brand, article, distributorID, storeID, code, price } = offer;
  return { brand, article, distributorID, storeID, code, price, quantity };
}
