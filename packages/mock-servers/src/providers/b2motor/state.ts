// b2motor mock state: a catalogue (with analogue groups), baskets and orders per account, in
// @msw/data collections whose schemas are derived from the SDK's wire schemas (decision 0060).
import { Collection } from '@msw/data';
import * as v from 'valibot';
import { basketPosition, md5Hex, order, searchItem } from '@x/b2motor/endpoints';
import type { MockClock } from '../../clock';
import { storeSchema, type StoreRules } from '../../store-schema';

/** An account the mock accepts. */
export interface B2motorAccount {
  login: string;
  password: string;
}

/** The default account: `demo` / `demo`. */
export const defaultB2motorAccounts: readonly B2motorAccount[] = [{ login: 'demo', password: 'demo' }];

/** Ids, codes and stock as the documented examples write them: strings (`storeID: "0007"`, `availability: "-1"`). */
const text = v.string();
/** Prices, periods and ids the documented examples write as numbers. */
const num = v.number();
/** A 0/1 flag. */
const zeroOne = v.picklist([0, 1]);

/** What the catalogue keeps of each field of the SDK's `searchItem` (exported for the derivation tests). */
export const offerRules = {
  brand: 'keep',
  brandID: num,
  article: 'keep',
  articleFix: 'required',
  /** Seen in the documented example only. */
  articleId: v.optional(text),
  description: 'required',
  availability: text,
  packing: num,
  deliveryPeriod: num,
  deliveryPeriodMax: num,
  distributorID: text,
  storeID: text,
  storeDescription: 'required',
  price: num,
  weight: text,
  lastUpdateTime: 'required',
  noReturn: zeroOne,
  code: text,
  /** Computed per search (relative to the searched part), not stored. */
  detailGroup: 'omit',
  /** Undocumented (read by the public PHP client only): the mock does not send it. */
  SupplierName: 'omit',
} as const satisfies StoreRules<typeof searchItem>;

/**
 * A catalogue offer: the SDK's search result line (`searchItem`) in the strict form the seeds
 * use, plus the mock's analogue group and online flag.
 */
const offerSchema = storeSchema(
  searchItem,
  offerRules,
  {
    /** Offers in the same group are analogues of each other. */
    group: v.string(),
    /** From an online warehouse: only returned with isOnlineStocks=1. */
    online: v.boolean(),
  },
);

/** What a basket line keeps of each field of the SDK's `basketPosition` (exported for the derivation tests). */
export const lineRules = {
  basketId: num,
  brand: 'keep',
  article: 'keep',
  description: 'required',
  deliveryPeriod: num,
  deliveryPeriodMax: num,
  distributorID: text,
  storeID: text,
  code: text,
  quantity: v.pipe(num, v.integer(), v.minValue(1)),
  price: num,
  weight: text,
  canBay: zeroOne,
  /** Per-call results of basket/add and orders/add, not stored. */
  errorCode: 'omit',
  errorMessage: 'omit',
} as const satisfies StoreRules<typeof basketPosition>;

/** A basket line: the SDK's `basketPosition` in strict form, plus the account it belongs to. */
const lineSchema = storeSchema(basketPosition, lineRules, { login: v.string() });

/** A placed order: the SDK's `order` in strict form, with its lines, plus the account it belongs to. */
const orderSchema = storeSchema(
  order,
  {
    number: num,
    date: 'required',
    statusCode: num,
    statusName: 'required',
    sum: num,
    /** Counted from `positions` when orders/list answers. */
    Quantity: 'omit',
    comment: v.string(),
    positions: v.array(lineSchema),
    /** Per-call results, not stored. */
    errorCode: 'omit',
    errorMessage: 'omit',
  },
  { login: v.string() },
);

/** A catalogue offer. */
export type Offer = v.InferOutput<typeof offerSchema>;
/** A basket line. */
export type BasketLine = v.InferOutput<typeof lineSchema>;
/** A placed order. */
export type StoredOrder = v.InferOutput<typeof orderSchema>;

/** Everything the b2motor mock remembers. */
export interface B2motorState {
  accounts: ReadonlyMap<string, string>;
  offers: Collection<typeof offerSchema>;
  basket: Collection<typeof lineSchema>;
  orders: Collection<typeof orderSchema>;
  nextBasketId: number;
  nextOrderNumber: number;
  clock: MockClock;
}

const updated = '2026-11-01 09:00:00';
const base = { packing: 1, deliveryPeriod: 3, deliveryPeriodMax: 5, distributorID: '1', storeDescription: 'Склад Москва (демо)', lastUpdateTime: updated, noReturn: 0 as const, online: false };

/**
 * The seeded catalogue: the three antifreezes of the doc's search example (analogues of each
 * other), the two parts of the doc's basket/add example, the part of the search request example,
 * one part out of stock and one offer from an online warehouse.
 */
export const seedOffers: Offer[] = [
  { ...base, group: 'antifreeze-blue-1.5', brand: 'Hepu', brandID: 101, article: 'P999', articleFix: 'P999', articleId: '2854918', description: 'Антифриз [синий] 1,5л.', availability: '-1', storeID: '0001', price: 231, weight: '0', code: '100231' },
  { ...base, group: 'antifreeze-blue-1.5', brand: 'Febi', brandID: 102, article: '01089', articleFix: '01089', description: 'Антифриз 1.5 л синий', availability: '1943', storeID: '0001', price: 233, weight: '1.76', code: '100233' },
  { ...base, group: 'antifreeze-blue-1.5', brand: 'Vaico Vemo', brandID: 103, article: 'V600020', articleFix: 'V600020', description: 'Антифриз g-11 1.5л. концентрат', availability: '-2', storeID: '0002', price: 235, weight: '0', code: '100235' },
  { ...base, group: 'antifreeze-blue-1.5', brand: 'Febi', brandID: 102, article: '01089', articleFix: '01089', description: 'Антифриз 1.5 л синий (онлайн-склад)', availability: '-10', distributorID: '7', storeID: '7001', storeDescription: 'Онлайн-склад (демо)', price: 219, weight: '1.76', code: '700219', deliveryPeriod: 7, deliveryPeriodMax: 14, online: true },
  { ...base, group: 'saz-2121-2915402', brand: 'САЗ', brandID: 201, article: '2121-2915402', articleFix: '21212915402', description: 'Деталь САЗ 2121-2915402', availability: '12', storeID: '0007', price: 427, weight: '0.4', code: '078733', deliveryPeriod: 1, deliveryPeriodMax: 2 },
  { ...base, group: 'avs-a78220s', brand: 'AVS', brandID: 202, article: 'A78220S', articleFix: 'A78220S', description: 'Деталь AVS A78220S', availability: '-3', storeID: '0999', price: 175, weight: '0.2', code: '701072', deliveryPeriod: 2, deliveryPeriodMax: 4 },
  { ...base, group: 'shans-24-1106010', brand: 'ШАНС ПЛЮС', brandID: 203, article: '24-1106010', articleFix: '241106010', description: 'Деталь ШАНС ПЛЮС 24-1106010', availability: '5', storeID: '0003', price: 512, weight: '0.9', code: '240611' },
  { ...base, group: 'hepu-p999-grn', brand: 'Hepu', brandID: 101, article: 'P999-GRN', articleFix: 'P999GRN', description: 'Антифриз [зелёный] 1,5л. (нет в наличии)', availability: '0', storeID: '0001', price: 229, weight: '1.6', code: '100229' },
];

/** Build a fresh b2motor state. */
export async function createB2motorState(clock: MockClock, accounts: readonly B2motorAccount[]): Promise<B2motorState> {
  const offers = new Collection({ schema: offerSchema });
  const basket = new Collection({ schema: lineSchema });
  const orders = new Collection({ schema: orderSchema });
  for (const offer of seedOffers) await offers.create(offer);
  return {
    accounts: new Map(accounts.map((a) => [a.login, md5Hex(a.password)])),
    offers,
    basket,
    orders,
    nextBasketId: 167846,
    nextOrderNumber: 957831,
    clock,
  };
}

/** Only letters and digits, upper case: how the provider compares article numbers. */
export function articleFix(article: string): string {
  return article.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
}
