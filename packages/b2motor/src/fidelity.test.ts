// Fidelity to seed 001: partial orders, the Cyrillic analogues flag, search results going into the
// basket, and typed error details. Each test failed before its fix (issue 12).
import { describe, expect, it } from 'vitest';
import { createTestRuntime, jsonResponse, scriptedFetch } from '@x/core/testing';
import { isApiError, isRequestValidationError, type ApiError } from '@x/core/provider';
import { createB2motor, failedLines, isB2motorLineError, positionFromOffer, type B2motorOptions, type SearchItem } from './index';

const base = 'https://b2motor.test/api/webservice';

function b2motor(fetch: typeof globalThis.fetch, options: Partial<B2motorOptions> = {}) {
  return createB2motor({ login: 'demo', password: 'demo', baseURL: base, fetch, runtime: createTestRuntime(), ...options } as B2motorOptions);
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

const placed = { basketId: 167846, brand: 'САЗ', article: '2121-2915402', distributorID: '1', storeID: '0007', code: '078733', quantity: '6', price: 427, canBay: 1 };
const refused = { basketId: 167847, brand: 'Hepu', article: 'P999-GRN', distributorID: '1', storeID: '0001', code: '100229', quantity: '1', price: 229, canBay: 0, errorCode: 304, errorMessage: 'Нет в наличии' };

describe('orders.add with a line that cannot be ordered (seed: canBay/errorCode inside orders[].positions[])', () => {
  it('returns the placed order with typed per-line failures instead of throwing', async () => {
    const fetch = scriptedFetch(jsonResponse({ status: 0, orders: { number: 957831, statusCode: 1, sum: 2562, comment: '', positions: [placed, refused] } }));
    const result = await b2motor(fetch).orders.add();
    expect(result.status).toBe(0);
    expect(result.orders.map((o) => o.number)).toEqual([957831]);
    expect(result.failed).toEqual([
      { order: 957831, index: 1, basketId: 167847, brand: 'Hepu', article: 'P999-GRN', code: 304, message: 'Нет в наличии', reason: 'error' },
    ]);
  });

  it('a complete order has no failures', async () => {
    const fetch = scriptedFetch(jsonResponse({ status: 1, orders: [{ number: 1, positions: [placed] }] }));
    expect((await b2motor(fetch).orders.add()).failed).toEqual([]);
  });

  it('throws only when no order was placed, with the per-line text kept', async () => {
    const fetch = scriptedFetch(jsonResponse({ status: 0, orders: { positions: [refused] }, errorCode: 303, errorMessage: 'Нет позиций, доступных для заказа' }));
    const error = await caught(b2motor(fetch).orders.add());
    expect(isB2motorLineError(error)).toBe(true);
    if (!isB2motorLineError(error)) return;
    expect(error.reason).toBe('rejected');
    expect(error.message).toContain('Нет в наличии');
    expect(error.details.failed.map((f) => [f.basketId, f.code, f.message])).toEqual([[167847, 304, 'Нет в наличии']]);
  });
});

describe('basket.add answers', () => {
  it('does not count a line with only canBay: 0 as applied', async () => {
    const fetch = scriptedFetch(jsonResponse({ status: 0, positions: [{ ...placed, quantity: '1' }, { ...refused, errorCode: undefined, errorMessage: undefined }] }));
    const error = await caught(b2motor(fetch).basket.add({ positions: [positionFromOffer({ brand: 'САЗ', article: '2121-2915402', distributorID: '1', storeID: '0007', code: '078733', price: 427 }, 1)] }));
    expect(isApiError(error)).toBe(true);
    expect((error as ApiError).message).toContain('1 of 2 positions failed; 1 succeeded');
    expect(failedLines(error)).toEqual([{ index: 1, basketId: 167847, brand: 'Hepu', article: 'P999-GRN', reason: 'not_orderable' }]);
  });
});

describe('the analogues flag', () => {
  it('is sent as the document spells it, with a Cyrillic А (U+0410), by default', async () => {
    const fetch = scriptedFetch(jsonResponse([]), jsonResponse([]));
    await b2motor(fetch).search.product({ article: 'P999', brand: 'Hepu', isAnalog: false });
    expect(fetch.calls[0]?.url).toContain('&is%D0%90nalog=0&');
    expect(fetch.calls[0]?.url).not.toContain('isAnalog');
    await b2motor(fetch, { analogParam: 'isAnalog' }).search.product({ article: 'P999', brand: 'Hepu', isAnalog: true });
    expect(fetch.calls[1]?.url).toContain('&isAnalog=1&');
  });

  it('accepts the key as the document prints it in the input too', async () => {
    const fetch = scriptedFetch(jsonResponse([]));
    await b2motor(fetch).search.product({ article: 'P999', brand: 'Hepu', 'is\u0410nalog': 0 });
    expect(fetch.calls[0]?.url).toContain('&is%D0%90nalog=0&');
  });
});

describe('search results go into the basket', () => {
  const offer: SearchItem = { brand: 'AVS', article: 'A78220S', distributorID: 1, storeID: '0999', code: 701072, price: 175, availability: '-3', description: 'Деталь' };

  it('takes ids as search returns them (string or number) and drops the other search fields', async () => {
    const fetch = scriptedFetch(jsonResponse({ status: 1, positions: [] }), jsonResponse({ status: 1, positions: [] }));
    await b2motor(fetch).basket.add({ positions: [{ ...offer, quantity: 2 }] });
    await b2motor(fetch).basket.add({ positions: [positionFromOffer(offer, 2)] });
    const wire = { brand: 'AVS', article: 'A78220S', distributorID: '1', storeID: '0999', quantity: '2', price: '175', code: '701072' };
    expect(JSON.parse(fetch.calls[0]!.body!)).toEqual({ positions: [wire] });
    expect(JSON.parse(fetch.calls[1]!.body!)).toEqual({ positions: [wire] });
  });

  it('refuses a missing id before sending instead of sending "undefined"', async () => {
    const fetch = scriptedFetch(jsonResponse({ status: 1, positions: [] }));
    const { storeID: _storeID, ...noStore } = offer;
    const error = await caught(b2motor(fetch).basket.add({ positions: [{ ...noStore, quantity: 1 }] }));
    expect(isRequestValidationError(error)).toBe(true);
    expect(JSON.stringify((error as { issues: unknown }).issues)).toContain('storeID');
    expect(fetch.calls).toHaveLength(0);
  });
});

describe('typed error details', () => {
  it('narrows details of a per-line error', async () => {
    const fetch = scriptedFetch(jsonResponse({ status: 0, positions: [{ status: 1, basketId: 1 }, { status: 0, basketId: 2, errorCode: 302, errorMessage: 'Элемент корзины не найден' }] }));
    const error = await caught(b2motor(fetch).basket.delete({ basketId: [1, 2] }));
    if (!isB2motorLineError(error)) throw new Error('expected a line error');
    expect(error.details.failed).toEqual([{ index: 1, basketId: 2, code: 302, message: 'Элемент корзины не найден', reason: 'error' }]);
    expect(error.reason).toBe('partial_failure');
  });
});
