// Documented b2motor examples (seed 001), keyed by endpoint. The seed prints only one response body
// (the intro's search example) and one error body; the other responses are built from the field
// tables and say so in `note`. Error codes other than 102 are undocumented: those here are the mock's.
import type { endpoints } from '@x/b2motor/endpoints';
import type { ExamplesFor } from '../../types';

/** The placeholder credentials the doc's example URLs carry. */
const docAuth = { userlogin: 'username', userpassw: 'md5pass' } as const;

const sazLine = {
  basketId: 167846,
  brand: 'САЗ',
  article: '2121-2915402',
  description: 'Деталь САЗ 2121-2915402',
  deliveryPeriod: 1,
  deliveryPeriodMax: 2,
  distributorID: '1',
  storeID: '0007',
  code: '078733',
  quantity: '6',
  price: 427,
  weight: '0.4',
  canBay: 1,
} as const;

const avsLine = {
  basketId: 167847,
  brand: 'AVS',
  article: 'A78220S',
  description: 'Деталь AVS A78220S',
  deliveryPeriod: 2,
  deliveryPeriodMax: 4,
  distributorID: '1',
  storeID: '0999',
  code: '701072',
  quantity: '2',
  price: 175,
  weight: '0.2',
  canBay: 1,
} as const;

/** Every b2motor endpoint's documented examples. */
export const b2motorExamples = {
  'search.product': [
    {
      name: 'doc-example',
      source: 'seed 001: "Пример запроса" of search/product; response from "Ответ" in the introduction',
      note: 'The only printed response is the intro example for search/articles (same item shape). Its numbered listing skips lines 17 and 28, so articleId is absent on items 2 and 3; kept as printed.',
      request: { query: { article: '24-1106010', brand: 'ШАНС ПЛЮС', ...docAuth } },
      response: {
        status: 200,
        body: [
          { brand: 'Hepu', article: 'P999', articleFix: 'P999', articleId: '2854918', description: 'Антифриз [синий] 1,5л.', availability: '-1', deliveryPeriod: 3, price: 231, weight: '0' },
          { brand: 'Febi', article: '01089', articleFix: '01089', description: 'Антифриз 1.5 л синий', availability: '1943', deliveryPeriod: 3, price: 233, weight: '1.76' },
          { brand: 'Vaico Vemo', article: 'V600020', articleFix: 'V600020', description: 'Антифриз g-11 1.5л. концентрат', availability: '-2', deliveryPeriod: 3, price: 235, weight: '0' },
        ],
      },
    },
    {
      name: 'wrong-credentials',
      source: 'seed 001: "Пример сообщения об ошибке" in the introduction',
      note: 'The doc says only "HTTP status 400 or more"; the mock uses 401.',
      request: { query: { article: '01089', brand: 'Febi', userlogin: 'username', userpassw: 'wronghash' } },
      response: { status: 401, body: { errorCode: 102, errorMessage: 'User Authentication Error' } },
      error: { kind: 'auth', code: 102, reason: 'wrong_credentials' },
    },
  ],
  'basket.add': [
    {
      name: 'doc-example',
      source: 'seed 001: basket/add "Пример запроса"; response built from its "Поля ответа" table',
      note: 'Request repaired: the printed JSON has trailing commas after "code" in both positions. basketId is not in the field table (fact sheet Q4) but is returned by the mock.',
      request: {
        query: { ...docAuth },
        body: {
          positions: [
            { brand: 'САЗ', article: '2121-2915402', distributorID: '1', storeID: '0007', quantity: '6', price: '427', code: '078733' },
            { brand: 'AVS', article: 'A78220S', distributorID: '1', storeID: '0999', quantity: '2', price: '175', code: '701072' },
          ],
        },
      },
      response: { status: 200, body: { status: 1, positions: [sazLine, avsLine] } },
    },
    {
      name: 'partial-failure',
      source: 'seed 001: basket/add "Поля ответа" (status 0: check each position\'s errorCode)',
      note: 'Constructed: one line added, one rejected. Error code 301 and its text are the mock\'s own.',
      request: {
        query: { ...docAuth },
        body: {
          positions: [
            { brand: 'САЗ', article: '2121-2915402', distributorID: '1', storeID: '0007', quantity: '6', price: '427', code: '078733' },
            { brand: 'AVS', article: 'A78220S', distributorID: '1', storeID: '0998', quantity: '2', price: '175', code: '701072' },
          ],
        },
      },
      response: {
        status: 200,
        body: {
          status: 0,
          positions: [
            sazLine,
            { brand: 'AVS', article: 'A78220S', distributorID: '1', storeID: '0998', code: '701072', quantity: '2', price: 175, canBay: 0, errorCode: 301, errorMessage: 'Позиция не найдена' },
          ],
        },
      },
      error: { kind: 'api', code: 301, reason: 'partial_failure' },
    },
  ],
  'basket.edit': [
    {
      name: 'doc-example',
      source: 'seed 001: basket/edit "Пример запроса"; response from "Параметры ответа"',
      request: { query: { basketId: '167846', quantity: '12', ...docAuth } },
      response: { status: 200, body: { status: 1 } },
    },
    {
      name: 'unknown-line',
      source: 'seed 001: basket/edit "Параметры ответа" (status 0 with errorCode and errorMessage)',
      note: 'Error code 302 and its text are the mock\'s own.',
      request: { query: { basketId: '999999', quantity: '1', ...docAuth } },
      response: { status: 200, body: { status: 0, errorCode: 302, errorMessage: 'Элемент корзины не найден' } },
      error: { kind: 'api', code: 302, reason: 'rejected' },
    },
  ],
  'basket.delete': [
    {
      name: 'doc-example',
      source: 'seed 001: basket/delete "Пример запроса"; response from "Параметры ответа"',
      request: { query: { basketId: ['167846', '167847'], ...docAuth } },
      response: { status: 200, body: { status: 1, positions: [{ status: 1, basketId: 167846 }, { status: 1, basketId: 167847 }] } },
    },
    {
      name: 'unknown-line',
      source: 'seed 001: basket/delete "Параметры ответа" (per-line status and errors)',
      note: 'Error code 302 and its text are the mock\'s own.',
      request: { query: { basketId: ['167846', '999999'], ...docAuth } },
      response: {
        status: 200,
        body: {
          status: 0,
          positions: [
            { status: 1, basketId: 167846 },
            { status: 0, basketId: 999999, errorCode: 302, errorMessage: 'Элемент корзины не найден' },
          ],
        },
      },
      error: { kind: 'api', code: 302, reason: 'partial_failure' },
    },
  ],
  'basket.clear': [
    {
      name: 'doc-example',
      source: 'seed 001: basket/clear "Пример запроса"; response from "Параметры ответа"',
      request: { query: { ...docAuth } },
      response: { status: 200, body: { status: 1 } },
    },
  ],
  'basket.list': [
    {
      name: 'doc-example',
      source: 'seed 001: basket/list "Пример запроса"; response built from "Параметры ответа"',
      request: { query: { ...docAuth } },
      response: { status: 200, body: { status: 1, positions: [sazLine, avsLine] } },
    },
    {
      name: 'not-orderable',
      source: 'seed 001: basket/list "Параметры ответа" (status 0: some lines cannot be ordered)',
      note: 'A success: status 0 here describes the basket, it is not an error.',
      request: { query: { ...docAuth } },
      response: { status: 200, body: { status: 0, positions: [sazLine, { ...avsLine, canBay: 0 }] } },
    },
  ],
  'orders.add': [
    {
      name: 'doc-example',
      source: 'seed 001: orders/add "Пример запроса"; response built from "Параметры ответа" (orders as one object)',
      request: { query: { ...docAuth } },
      response: {
        status: 200,
        body: { status: 1, orders: { number: 957831, statusCode: 1, sum: 2912, comment: '', positions: [sazLine, avsLine] } },
      },
    },
    {
      name: 'orders-array',
      source: 'seed 001: orders/add "Узел orders возвращает набор объектов" (orders as a set)',
      request: { query: { basketId: ['167846'], ...docAuth } },
      response: { status: 200, body: { status: 1, orders: [{ number: 957832, statusCode: 1, sum: 2562, comment: '', positions: [sazLine] }] } },
    },
    {
      name: 'partial-order',
      source: 'seed 001: orders/add "Параметры ответа" (status 0) and the order positions\' canBay/errorCode/errorMessage ("не попадет в заказ")',
      note: 'Constructed: the order is placed with the orderable line; the other line comes back inside the order with canBay 0 and its error, and stays in the basket. Error code 304 and its text are the mock\'s own. The SDK returns this as a result with `failed` (decision 0040).',
      request: { query: { ...docAuth } },
      response: {
        status: 200,
        body: {
          status: 0,
          orders: { number: 957833, statusCode: 1, sum: 2562, comment: '', positions: [sazLine, { ...avsLine, canBay: 0, errorCode: 304, errorMessage: 'Позиция недоступна для заказа' }] },
        },
      },
    },
  ],
  'orders.list': [
    {
      name: 'doc-list',
      source: 'seed 001: orders/list "Пример запроса на полный список заказов" (first URL)',
      request: { query: { ...docAuth } },
      response: {
        status: 200,
        body: { count: 1, orders: [{ number: 957831, date: '2026-11-22 10:00:00', statusCode: 1, statusName: 'Новый', sum: 2912, Quantity: 2, comment: '' }] },
      },
    },
    {
      name: 'doc-format-1',
      source: 'seed 001: orders/list "Пример запроса на полный список заказов" (format=1)',
      request: { query: { format: '1', ...docAuth } },
      response: {
        status: 200,
        body: {
          count: 1,
          orders: [{ number: 957831, date: '2026-11-22 10:00:00', statusCode: 1, statusName: 'Новый', sum: 2912, Quantity: 2, comment: '', positions: [sazLine, avsLine] }],
        },
      },
    },
    {
      name: 'doc-detail',
      source: 'seed 001: orders/list "Пример запроса на деталировку заказа"',
      request: { query: { number: '957831', ...docAuth } },
      response: {
        status: 200,
        body: {
          count: 1,
          orders: [{ number: 957831, date: '2026-11-22 10:00:00', statusCode: 1, statusName: 'Новый', sum: 2912, Quantity: 2, comment: '', positions: [sazLine, avsLine] }],
        },
      },
    },
  ],
} as const satisfies ExamplesFor<typeof endpoints>;
