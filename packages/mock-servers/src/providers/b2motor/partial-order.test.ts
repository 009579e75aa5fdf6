// The b2motor mock answers an order with a line that cannot be ordered the way seed 001 describes
// (canBay/errorCode/errorMessage inside orders[].positions[]), and the SDK keeps the placed order.
import { afterEach, describe, expect, it } from 'vitest';
import { createB2motor, isB2motorLineError, positionFromOffer } from '@x/b2motor';
import { createB2motorMock } from '../../b2motor';
import { useMsw } from '../../setup-msw.test-helper';

const baseURL = 'https://b2motor.test/api/webservice';
const mock = createB2motorMock({ baseURL });
useMsw(...mock.handlers);
afterEach(() => mock.reset());
const client = createB2motor({ login: 'demo', password: 'demo', baseURL });

describe('b2motor mock: partial orders', () => {
  it('places the orderable lines and reports the other inside the order; the SDK returns both', async () => {
    const [saz] = await client.search.product({ article: '2121-2915402', brand: 'САЗ', isAnalog: false });
    const [soldOut] = await client.search.product({ article: 'P999-GRN', brand: 'Hepu', isAnalog: false });
    const added = await client.basket.add({ positions: [positionFromOffer(saz!, 2), { ...soldOut!, quantity: 1 }] });
    expect(added.positions.map((p) => p.canBay)).toEqual([1, 0]);

    const result = await client.orders.add();
    expect(result.status).toBe(0);
    expect(result.orders).toHaveLength(1);
    expect(result.orders[0]!.sum).toBe(427 * 2);
    expect(result.failed).toEqual([
      expect.objectContaining({ order: result.orders[0]!.number, index: 1, article: 'P999-GRN', code: 304, message: 'Позиция недоступна для заказа', reason: 'error' }),
    ]);
    // The refused line stays in the basket; the order holds only the placed line.
    expect((await client.basket.list()).positions.map((p) => p.article)).toEqual(['P999-GRN']);
    const detail = await client.orders.list({ number: result.orders[0]!.number });
    expect(detail.orders[0]!.positions!.map((p) => p.article)).toEqual(['2121-2915402']);

    // Ordering only the refused line places nothing: that is an error with the per-line text.
    const error = await client.orders.add().catch((e: unknown) => e);
    expect(isB2motorLineError(error) && error.reason).toBe('rejected');
  });

  it('reads both spellings of the analogues flag (the documented Cyrillic one is the default)', async () => {
    const documented = await client.search.product({ article: '01089', brand: 'Febi', isAnalog: false });
    const ascii = await createB2motor({ login: 'demo', password: 'demo', baseURL, analogParam: 'isAnalog' }).search.product({ article: '01089', brand: 'Febi', isAnalog: false });
    expect(documented.map((o) => o.brand)).toEqual(['Febi']);
    expect(ascii).toEqual(documented);
    const names = mock.journal.for('search.product').map((e) => Object.keys(e.query).find((k) => k.endsWith('nalog')));
    expect(names).toEqual(['is\u0410nalog', 'isAnalog']);
  });
});
