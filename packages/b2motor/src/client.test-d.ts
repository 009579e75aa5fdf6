// Type tests for the b2motor client (vitest typecheck mode: type-checked by tsc, never executed).
import { describe, expectTypeOf, test } from 'vitest';
import {
  createB2motor,
  failedLines,
  isApiError,
  isAuthError,
  isB2motorLineError,
  positionFromOffer,
  type B2motorClient,
  type B2motorLineErrorDetails,
  type B2motorOptions,
  type CallOptions,
  type LineFailure,
  type NewPosition,
  type Order,
  type SearchItem,
} from './index';

const b2motor = createB2motor({ login: 'demo', password: 'demo' });

describe('createB2motor options', () => {
  test('a login and exactly one password form', () => {
    expectTypeOf(b2motor).toEqualTypeOf<B2motorClient>();
    expectTypeOf(createB2motor).toBeCallableWith({ login: 'demo', passwordMd5: 'fe01ce2a7fbac8fafaed7c982a04e229' });
    // @ts-expect-error both password forms at once
    void (() => createB2motor({ login: 'x', password: 'a', passwordMd5: 'b' }));
    // @ts-expect-error no password at all
    void (() => createB2motor({ login: 'x' }));
    // @ts-expect-error the login is required
    void (() => createB2motor({ password: 'a' }));
  });

  test('compatibility switches are literal unions; core client options come along', () => {
    expectTypeOf<B2motorOptions['passwordParam']>().toEqualTypeOf<'userpassw' | 'userpsw' | 'both' | undefined>();
    expectTypeOf<B2motorOptions['analogParam']>().toEqualTypeOf<'isAnalog' | 'is\u0410nalog' | undefined>();
    expectTypeOf<B2motorOptions['basketAddEncoding']>().toEqualTypeOf<'json' | 'form' | undefined>();
    expectTypeOf(createB2motor).toBeCallableWith({ login: 'x', password: 'p', baseURL: 'http://127.0.0.1:4010/b2motor', timeout: 5000, retry: false });
    // @ts-expect-error not a documented spelling
    void (() => createB2motor({ login: 'x', password: 'p', passwordParam: 'pass' }));
    // @ts-expect-error unknown option
    void (() => createB2motor({ login: 'x', password: 'p', token: 't' }));
  });
});

describe('search.product', () => {
  test('article and brand are required; the analogues flag takes the wire forms', () => {
    expectTypeOf(b2motor.search.product).toBeCallableWith({ article: '01089', brand: 'Febi' });
    expectTypeOf(b2motor.search.product).parameter(0).toMatchTypeOf<{ article: string; brand: string; isAnalog?: boolean | 0 | 1 | '0' | '1' }>();
    expectTypeOf(b2motor.search.product).toBeCallableWith({ article: '01089', brand: 'Febi', isAnalog: 0 });
    // @ts-expect-error brand is required
    void (() => b2motor.search.product({ article: '01089' }));
    // @ts-expect-error the flag is 0/1, '0'/'1' or a boolean
    void (() => b2motor.search.product({ article: '01089', brand: 'Febi', isAnalog: 2 }));
    // @ts-expect-error unknown field
    void (() => b2motor.search.product({ article: '01089', brand: 'Febi', brandId: 1 }));
  });

  test('answers a list of search items with wire names', () => {
    expectTypeOf(b2motor.search.product).returns.resolves.toEqualTypeOf<SearchItem[]>();
    expectTypeOf<SearchItem['price']>().toEqualTypeOf<string | number>();
    expectTypeOf<SearchItem['brand']>().toEqualTypeOf<string>();
    expectTypeOf<SearchItem['storeID']>().toEqualTypeOf<string | number | undefined>();
  });
});

describe('basket', () => {
  test('add takes positions; positionFromOffer builds one from a search item', () => {
    expectTypeOf(b2motor.basket.add).parameter(0).toEqualTypeOf<{ positions: NewPosition[] }>();
    expectTypeOf(positionFromOffer).returns.toEqualTypeOf<NewPosition>();
    const item = {} as SearchItem;
    expectTypeOf(b2motor.basket.add).toBeCallableWith({ positions: [positionFromOffer(item, 2)] });
    // @ts-expect-error positions are required
    void (() => b2motor.basket.add({}));
    // @ts-expect-error a position needs its quantity and price
    void (() => b2motor.basket.add({ positions: [{ brand: 'Febi', article: '01089' }] }));
  });

  test('list and clear take no fields; delete takes one id or several', () => {
    expectTypeOf(b2motor.basket.list).toBeCallableWith();
    expectTypeOf(b2motor.basket.clear).toBeCallableWith();
    // @ts-expect-error an endpoint without request fields accepts no fields
    void (() => b2motor.basket.list({ typo: 1 }));
    expectTypeOf(b2motor.basket.delete).toBeCallableWith({ basketId: 1 });
    expectTypeOf(b2motor.basket.delete).toBeCallableWith({ basketId: [1, '2'] });
    // @ts-expect-error basketId is required
    void (() => b2motor.basket.delete({}));
    expectTypeOf(b2motor.basket.edit).toBeCallableWith({ basketId: 1 });
  });

  test('answers carry the documented status flag', () => {
    expectTypeOf<Awaited<ReturnType<typeof b2motor.basket.clear>>['status']>().toEqualTypeOf<0 | 1>();
  });
});

describe('orders', () => {
  test('add answers an array of orders plus the lines left out', () => {
    expectTypeOf(b2motor.orders.add).toBeCallableWith();
    type Added = Awaited<ReturnType<typeof b2motor.orders.add>>;
    expectTypeOf<Added['orders']>().toBeArray();
    expectTypeOf<Added['failed']>().toEqualTypeOf<LineFailure[]>();
  });

  test('list takes an optional number and format, and answers orders', () => {
    expectTypeOf(b2motor.orders.list).toBeCallableWith();
    expectTypeOf(b2motor.orders.list).toBeCallableWith({ number: 957831, format: 1 });
    expectTypeOf<Awaited<ReturnType<typeof b2motor.orders.list>>['orders'][number]['Quantity']>().toEqualTypeOf<string | number | undefined>();
    expectTypeOf<Awaited<ReturnType<typeof b2motor.orders.list>>['orders'][number]>().toMatchTypeOf<Order>();
  });
});

describe('call options and errors', () => {
  test('every method takes CallOptions second', () => {
    expectTypeOf(b2motor.search.product).parameter(1).toEqualTypeOf<CallOptions | undefined>();
    expectTypeOf(b2motor.basket.list).toBeCallableWith(undefined, { signal: AbortSignal.timeout(1000), headers: { prefer: 'example=not-orderable' } });
  });

  test('isB2motorLineError narrows to typed line failures; the core guards come from the SDK', () => {
    const e: unknown = undefined;
    if (isB2motorLineError(e)) {
      expectTypeOf(e.details).toEqualTypeOf<B2motorLineErrorDetails>();
      expectTypeOf(e.details.failed).toEqualTypeOf<LineFailure[]>();
      expectTypeOf(e.status).toEqualTypeOf<number>();
    }
    if (isApiError(e)) {
      expectTypeOf(e.status).toEqualTypeOf<number>();
      expectTypeOf(e.details).toEqualTypeOf<unknown>();
    }
    if (isAuthError(e)) expectTypeOf(e.code).toEqualTypeOf<string | number | undefined>();
    expectTypeOf(failedLines).returns.toEqualTypeOf<LineFailure[]>();
    expectTypeOf<LineFailure['reason']>().toEqualTypeOf<'error' | 'not_orderable'>();
  });
});
