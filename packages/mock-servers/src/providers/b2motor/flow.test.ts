import { afterEach, describe, expect, it } from 'vitest';
import { createB2motor, isApiError, isAuthError, parseAvailability } from '@x/b2motor';
import { createB2motorMock } from '../../b2motor';
import { useMsw } from '../../setup-msw.test-helper';

const mock = createB2motorMock({ baseURL: 'https://b2motor.test/api/webservice' });
useMsw(...mock.handlers);
afterEach(() => mock.reset());

const client = createB2motor({ login: 'demo', password: 'demo', baseURL: 'https://b2motor.test/api/webservice' });

describe('b2motor stateful flow through the SDK (msw)', () => {
  it('search → add twice → list → edit → delete → order → orders/list', async () => {
    const offers = await client.search.product({ article: '01089', brand: 'Febi' });
    expect(offers.map((o) => `${o.brand} ${o.article} ${o.detailGroup}`)).toEqual([
      'Febi 01089 Original',
      'Hepu P999 ReplacementNonOriginal',
      'Vaico Vemo V600020 ReplacementNonOriginal',
    ]);
    const febi = offers[0]!;
    expect(parseAvailability(febi.availability)).toEqual({ kind: 'count', count: 1943 });
    const hepu = offers[1]!;
    const position = (o: typeof febi, quantity: number) => ({ ...o, quantity });

    const first = await client.basket.add({ positions: [position(febi, 2), position(hepu, 1)] });
    expect(first.status).toBe(1);
    const again = await client.basket.add({ positions: [position(febi, 3)] });
    // The answer reports what this call added; the basket holds the sum.
    expect(again.positions[0]?.quantity).toBe('3');

    let basket = await client.basket.list();
    expect(basket.positions.map((p) => [p.article, p.quantity])).toEqual([
      ['01089', '5'],
      ['P999', '1'],
    ]);
    const [febiLine, hepuLine] = basket.positions;

    await client.basket.edit({ basketId: febiLine!.basketId!, quantity: 4 });
    await client.basket.delete({ basketId: [hepuLine!.basketId!] });
    basket = await client.basket.list();
    expect(basket.positions.map((p) => [p.article, p.quantity])).toEqual([['01089', '4']]);

    const placed = await client.orders.add();
    expect(placed.status).toBe(1);
    expect(placed.orders).toHaveLength(1);
    const order = placed.orders[0]!;
    expect(order.sum).toBe(233 * 4);
    expect((await client.basket.list()).positions).toEqual([]);

    const list = await client.orders.list();
    expect(list.count).toBe(1);
    expect(list.orders[0]).toMatchObject({ number: order.number, Quantity: 1 });
    expect(list.orders[0]?.positions).toBeUndefined();
    const detail = await client.orders.list({ number: order.number });
    expect(detail.orders[0]?.positions?.map((p) => p.article)).toEqual(['01089']);

    expect(mock.journal.entries.map((e) => e.endpoint)).toEqual([
      'search.product',
      'basket.add',
      'basket.add',
      'basket.list',
      'basket.edit',
      'basket.delete',
      'basket.list',
      'orders.add',
      'basket.list',
      'orders.list',
      'orders.list',
    ]);
  });

  it('rejects wrong credentials with the documented 102 body as an AuthError', async () => {
    const wrong = createB2motor({ login: 'demo', password: 'nope', baseURL: 'https://b2motor.test/api/webservice' });
    const error = await wrong.basket.list().catch((e: unknown) => e);
    expect(isAuthError(error)).toBe(true);
    expect(error).toMatchObject({ status: 401, code: 102, providerMessage: 'User Authentication Error' });
    expect(JSON.stringify(error)).not.toContain('nope');
  });

  it('reports a partly failed basket/add as a typed error that keeps the whole answer', async () => {
    const offers = await client.search.product({ article: 'P999', brand: 'Hepu', isAnalog: false });
    const ok = offers[0]!;
    const error = await client.basket
      .add({
        positions: [
          { brand: ok.brand, article: ok.article, distributorID: String(ok.distributorID), storeID: String(ok.storeID), code: String(ok.code), price: ok.price, quantity: 1 },
          { brand: 'Hepu', article: 'P999', distributorID: '1', storeID: '9999', code: 'nope', price: 1, quantity: 1 },
        ],
      })
      .catch((e: unknown) => e);
    expect(isApiError(error)).toBe(true);
    expect(error).toMatchObject({ reason: 'partial_failure', code: 301 });
    // The first line WAS added: the error says so and the basket shows it.
    expect((await client.basket.list()).positions).toHaveLength(1);
  });
});
