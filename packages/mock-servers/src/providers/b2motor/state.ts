// b2motor mock state: a catalogue (with analogue groups), baskets and orders per account, in
// @msw/data collections built from valibot schemas.
import { Collection } from '@msw/data';
import * as v from 'valibot';
import { md5Hex } from '@x/b2motor/endpoints';
import type { MockClock } from '../../clock';

/** An account the mock accepts. */
export interface B2motorAccount {
  login: string;
  password: string;
}

/** The default account: `demo` / `demo`. */
export const defaultB2motorAccounts: readonly B2motorAccount[] = [{ login: 'demo', password: 'demo' }];

const offerSchema = v.object({
  /** Offers in the same group are analogues of each other. */
  group: v.string(),
  brand: v.string(),
  brandID: v.number(),
  article: v.string(),
  articleFix: v.string(),
  articleId: v.optional(v.string()),
  description: v.string(),
  availability: v.string(),
  packing: v.number(),
  deliveryPeriod: v.number(),
  deliveryPeriodMax: v.number(),
  distributorID: v.string(),
  storeID: v.string(),
  storeDescription: v.string(),
  price: v.number(),
  weight: v.string(),
  lastUpdateTime: v.string(),
  noReturn: v.picklist([0, 1]),
  code: v.string(),
  /** Only returned with isOnlineStocks=1. */
  online: v.boolean(),
});

const lineSchema = v.object({
  login: v.string(),
  basketId: v.number(),
  brand: v.string(),
  article: v.string(),
  description: v.string(),
  deliveryPeriod: v.number(),
  deliveryPeriodMax: v.number(),
  distributorID: v.string(),
  storeID: v.string(),
  code: v.string(),
  quantity: v.pipe(v.number(), v.integer(), v.minValue(1)),
  price: v.number(),
  weight: v.string(),
  canBay: v.picklist([0, 1]),
});

const orderSchema = v.object({
  login: v.string(),
  number: v.number(),
  date: v.string(),
  statusCode: v.number(),
  statusName: v.string(),
  sum: v.number(),
  comment: v.string(),
  positions: v.array(v.object({ ...lineSchema.entries })),
});

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
