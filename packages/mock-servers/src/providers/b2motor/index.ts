// The b2motor mock: documented examples by default, a stateful catalogue, basket and orders.
import { ANALOG, b2motorProvider, md5Hex } from '@x/b2motor/endpoints';
import type { RequestHandler } from 'msw';
import { defineProviderMock } from '../../define-provider-mock';
import { createMock, type ProviderMock } from '../../provider-mock';
import type { MockOptions, MockResponse } from '../../types';
import { b2motorExamples } from './examples';
import { articleFix, createB2motorState, defaultB2motorAccounts, type B2motorAccount, type B2motorState, type BasketLine, type Offer } from './state';

export { b2motorExamples } from './examples';
export type { B2motorAccount, B2motorState } from './state';

/** Error codes the mock uses beyond the documented 102 (undocumented by b2motor). */
export const B2MOTOR_MOCK_CODES = {
  /** The position does not match an offer (code + storeID + distributorID). */
  positionNotFound: 301,
  /** No basket line with that basketId. */
  lineNotFound: 302,
  /** Nothing in the basket can be ordered. */
  nothingToOrder: 303,
  /** This basket line cannot be ordered (canBay 0); it stays in the basket. */
  notOrderable: 304,
  /** Request parameters failed validation. */
  invalidParameters: 400,
} as const;

const ok = (body: unknown): MockResponse => ({ status: 200, body });

function lineOut(line: BasketLine, quantity = line.quantity) {
  const { login: _login, ...wire } = line;
  return { ...wire, quantity: String(quantity) };
}

type OfferOut = Omit<Offer, 'group' | 'online'> & { detailGroup: string };

/**
 * The wire form of an offer. Copying a collection record is the costliest part of a search, and
 * offers never change after seeding (an update would make a new record), so each record's wire
 * forms are built once. Callers must not mutate what they get.
 */
const offerForms = new WeakMap<Offer, Map<string, OfferOut>>();
function offerOut(offer: Offer, detailGroup: string): OfferOut {
  let forms = offerForms.get(offer);
  if (!forms) offerForms.set(offer, (forms = new Map()));
  let out = forms.get(detailGroup);
  if (!out) {
    const { group: _group, online: _online, ...wire } = offer;
    out = Object.freeze({ ...wire, detailGroup });
    forms.set(detailGroup, out);
  }
  return out;
}

function sameBrand(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function formatDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

function ids(value: string | string[] | undefined): number[] | undefined {
  if (value === undefined) return undefined;
  return (Array.isArray(value) ? value : [value]).map(Number);
}

/** The b2motor mock definition (use `createB2motorMock` for an instance). */
export function b2motorMockDefinition(accounts: readonly B2motorAccount[] = defaultB2motorAccounts) {
  return defineProviderMock({
    provider: b2motorProvider,
    examples: b2motorExamples,
    authParams: ['userlogin', 'userpassw', 'userpsw'],
    // The parameter table spells the analogues flag with a Cyrillic А (fact sheet Q2).
    forms: { queryNames: ['is\u0410nalog'] },
    createState: ({ clock }) => createB2motorState(clock, accounts),

    authenticate(request, { state }) {
      const login = request.query.userlogin;
      // The operation tables say userpassw, the intro userpsw: both are accepted (fact sheet Q1).
      const hash = request.query.userpassw ?? request.query.userpsw;
      const expected = typeof login === 'string' ? state.accounts.get(login) : undefined;
      if (!expected || typeof hash !== 'string' || hash.toLowerCase() !== expected) {
        return { response: { status: 401, body: { errorCode: 102, errorMessage: 'User Authentication Error' } } };
      }
      return { principal: login };
    },

    errors: {
      validation: (issues) => ({
        status: 400,
        body: { errorCode: B2MOTOR_MOCK_CODES.invalidParameters, errorMessage: `Invalid parameters: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}` },
      }),
      status: (status, message) => ({ status, body: { errorCode: status, errorMessage: message } }),
    },

    resolvers: {
      'search.product'({ input, state }) {
        const { article, brand, isOnlineStocks } = input.query;
        // The documented `isАnalog` (Cyrillic А) and ASCII `isAnalog` both arrive as input.query[ANALOG]
        // (the endpoint's schema reads both); absent means 1 (fact sheet Q2).
        const analogs = input.query[ANALOG] ?? 1;
        const wanted = articleFix(article);
        // A plain filter over the records (a query object allocates per record; offers always carry `online`).
        const visible = state.offers.all().filter((offer) => !offer.online || isOnlineStocks === 1);
        const originals = visible.filter((o) => o.articleFix === wanted && (brand === '' || sameBrand(o.brand, brand)));
        const groups = new Set(originals.map((o) => o.group));
        const brands = new Set(originals.map((o) => o.brand.toLowerCase()));
        const result = originals.map((o) => offerOut(o, 'Original'));
        if (analogs === 1) {
          for (const offer of visible) {
            if (!groups.has(offer.group) || originals.includes(offer)) continue;
            result.push(offerOut(offer, brands.has(offer.brand.toLowerCase()) ? 'ReplacementOriginal' : 'ReplacementNonOriginal'));
          }
        }
        return ok(result);
      },

      async 'basket.add'({ input, state, principal }) {
        const login = principal as string;
        const positions = [];
        let failures = 0;
        for (const position of input.body.positions) {
          const offer = state.offers.findFirst((q) =>
            q.where({ code: position.code, storeID: position.storeID, distributorID: position.distributorID }),
          );
          if (!offer || !sameBrand(offer.brand, position.brand) || articleFix(offer.article) !== articleFix(position.article)) {
            failures++;
            positions.push({ ...position, price: Number(position.price), canBay: 0, errorCode: B2MOTOR_MOCK_CODES.positionNotFound, errorMessage: 'Позиция не найдена' });
            continue;
          }
          const quantity = Number(position.quantity);
          const existing = state.basket.findFirst((q) => q.where({ login, code: offer.code, storeID: offer.storeID, distributorID: offer.distributorID }));
          let line: BasketLine;
          if (existing) {
            // Adding a line already in the basket adds to its quantity (seed: "будет прибавлено").
            line = (await state.basket.update(existing, { data: (l) => void (l.quantity += quantity) })) as BasketLine;
          } else {
            line = await state.basket.create({
              login,
              basketId: state.nextBasketId++,
              brand: offer.brand,
              article: offer.article,
              description: offer.description,
              deliveryPeriod: offer.deliveryPeriod,
              deliveryPeriodMax: offer.deliveryPeriodMax,
              distributorID: offer.distributorID,
              storeID: offer.storeID,
              code: offer.code,
              quantity,
              price: offer.price,
              weight: offer.weight,
              canBay: offer.availability === '0' ? 0 : 1,
            });
          }
          // The answer reports the quantity added by this call, not the basket total (seed wording).
          positions.push(lineOut(line, quantity));
        }
        return ok({ status: failures === 0 ? 1 : 0, positions });
      },

      async 'basket.edit'({ input, state, principal }) {
        const line = state.basket.findFirst((q) => q.where({ login: principal as string, basketId: Number(input.query.basketId) }));
        if (!line) return ok({ status: 0, errorCode: B2MOTOR_MOCK_CODES.lineNotFound, errorMessage: 'Элемент корзины не найден' });
        // The new quantity replaces the old one; absent means 1 (seed).
        await state.basket.update(line, { data: (l) => void (l.quantity = Number(input.query.quantity ?? 1)) });
        return ok({ status: 1 });
      },

      'basket.delete'({ input, state, principal }) {
        const positions = (ids(input.query.basketId) ?? []).map((basketId) => {
          const deleted = state.basket.delete((q) => q.where({ login: principal as string, basketId }));
          return deleted ? { status: 1, basketId } : { status: 0, basketId, errorCode: B2MOTOR_MOCK_CODES.lineNotFound, errorMessage: 'Элемент корзины не найден' };
        });
        return ok({ status: positions.every((p) => p.status === 1) ? 1 : 0, positions });
      },

      'basket.clear'({ state, principal }) {
        state.basket.deleteMany((q) => q.where({ login: principal as string }));
        return ok({ status: 1 });
      },

      'basket.list'({ state, principal }) {
        const lines = state.basket.findMany((q) => q.where({ login: principal as string }), { orderBy: { basketId: 'asc' } });
        return ok({ status: lines.every((l) => l.canBay === 1) ? 1 : 0, positions: lines.map((l) => lineOut(l)) });
      },

      async 'orders.add'({ input, state, principal }) {
        const login = principal as string;
        const requested = ids(input.query.basketId);
        const lines = state.basket.findMany((q) => q.where({ login }), { orderBy: { basketId: 'asc' } });
        const chosen = requested ? lines.filter((l) => requested.includes(l.basketId)) : lines;
        const orderable = chosen.filter((l) => l.canBay === 1);
        const missing = requested ? requested.filter((id) => !lines.some((l) => l.basketId === id)) : [];
        if (orderable.length === 0) {
          return ok({ status: 0, orders: [], errorCode: B2MOTOR_MOCK_CODES.nothingToOrder, errorMessage: 'Нет позиций, доступных для заказа' });
        }
        const order = await state.orders.create({
          login,
          number: state.nextOrderNumber++,
          date: formatDate(state.clock.now()),
          statusCode: 1,
          statusName: 'Новый',
          sum: orderable.reduce((sum, l) => sum + l.price * l.quantity, 0),
          comment: '',
          positions: orderable.map((l) => ({ ...l })),
        });
        for (const line of orderable) state.basket.delete(line);
        const refused = chosen.filter((l) => l.canBay !== 1);
        const complete = missing.length === 0 && refused.length === 0;
        const { login: _login, ...wire } = order;
        // The seed puts canBay/errorCode/errorMessage in the order's positions: a line that cannot be
        // ordered comes back there with canBay 0 and its error, and stays in the basket.
        const positions = [
          ...order.positions.map((l) => lineOut(l)),
          ...refused.map((l) => ({ ...lineOut(l), errorCode: B2MOTOR_MOCK_CODES.notOrderable, errorMessage: 'Позиция недоступна для заказа' })),
        ];
        // The doc calls `orders` an object with the order's info: the mock answers with one object.
        return ok({ status: complete ? 1 : 0, orders: { ...wire, positions } });
      },

      'orders.list'({ input, state, principal }) {
        const { number, format } = input.query;
        const withLines = number !== undefined || format === 1;
        const found = state.orders.findMany((q) => q.where({ login: principal as string, ...(number !== undefined ? { number: Number(number) } : {}) }), { orderBy: { number: 'asc' } });
        const orders = found.map(({ login: _login, positions, ...order }) => ({
          ...order,
          Quantity: positions.length,
          ...(withLines ? { positions: positions.map((l) => lineOut(l)) } : {}),
        }));
        return ok({ count: orders.length, orders });
      },
    },

    curl: (base) => `curl '${base}/search/product/?article=01089&brand=Febi&userlogin=demo&userpassw=${md5Hex('demo')}'`,
  });
}

/** Options of the b2motor mock. */
export interface B2motorMockOptions extends MockOptions {
  /** Accounts the mock accepts (default `demo` / `demo`). */
  accounts?: readonly B2motorAccount[];
}

/** A b2motor mock instance. */
export type B2motorMock = ProviderMock<typeof b2motorProvider.endpoints, B2motorState, typeof b2motorExamples>;

/**
 * Create a b2motor mock: msw handlers (`mock.handlers`), state, journal, clock and scenarios.
 *
 * @example
 * const mock = createB2motorMock();
 * const server = setupServer(...mock.handlers);
 */
export function createB2motorMock(options: B2motorMockOptions = {}): B2motorMock {
  return createMock(b2motorMockDefinition(options.accounts), options);
}

/** msw handlers for b2motor at `baseURL` (default: the real base URL), with a fresh mock behind them. */
export function b2motorHandlers(baseURL?: string): RequestHandler[] {
  return createB2motorMock(baseURL ? { baseURL } : {}).handlers;
}
