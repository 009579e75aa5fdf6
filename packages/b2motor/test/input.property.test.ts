// Issue 9: every generated input and call option of every b2motor endpoint either becomes a request
// in the documented wire form (seed 001) or a RequestValidationError with nothing sent.
import { expect } from 'vitest';
import { createTestRuntime, scriptedFetch, type RecordedRequest, type ScriptedAnswer } from '@x/core/testing';
import { describeEndpointProperties, type EndpointCase } from '../../core/test/property-kit';
import { createB2motor, type B2motorClient } from '../src/index';

const base = 'https://b2motor.test/api/webservice';
const DIGITS = /^\d+$/;
const POSITIVE = /^\d*[1-9]\d*$/;
const ONE_LINE = /^[^\u0000-\u001f\u007f]*$/;

function setup(answer: ScriptedAnswer) {
  const fetch = scriptedFetch(answer);
  const client = createB2motor({ login: 'demo', password: 'demo', baseURL: base, fetch, runtime: createTestRuntime() });
  return { client, fetch };
}

/** Credentials on every call, as the document shows them. */
function credentials(r: RecordedRequest): void {
  expect(r.parsedURL.searchParams.get('userlogin')).toBe('demo');
  expect(r.parsedURL.searchParams.get('userpassw')).toMatch(/^[0-9a-f]{32}$/);
}

function basketIds(r: RecordedRequest, required: boolean): void {
  const ids = [...r.parsedURL.searchParams].filter(([name]) => /^basketId(\[\d+\])?$/.test(name));
  if (required) expect(ids.length).toBeGreaterThan(0);
  for (const [, id] of ids) expect(id).toMatch(POSITIVE);
}

const position = { brand: 'Febi', article: '01089', distributorID: '1', storeID: '0007', quantity: 2, price: 231.5, code: '078733' };

const cases: Array<EndpointCase<B2motorClient>> = [
  {
    key: 'search.product',
    call: (c, input, o) => c.search.product(input, o),
    examples: [{ article: '01089', brand: 'Febi' }, { article: 'P999', brand: '', isAnalog: false, isOnlineStocks: true }],
    answer: { body: [] },
    wire(r) {
      expect(r.method).toBe('GET');
      expect(r.parsedURL.pathname).toBe('/api/webservice/search/product/');
      expect(r.parsedURL.searchParams.get('article')).toMatch(/^[^\u0000-\u001f\u007f]+$/);
      expect(r.parsedURL.searchParams.get('brand')).toMatch(ONE_LINE);
      for (const flag of ['isAnalog', 'isOnlineStocks']) if (r.parsedURL.searchParams.has(flag)) expect(r.parsedURL.searchParams.get(flag)).toMatch(/^[01]$/);
      credentials(r);
    },
  },
  {
    key: 'basket.add',
    call: (c, input, o) => c.basket.add(input, o),
    examples: [{ positions: [position] }, { positions: [position, { ...position, price: '10', quantity: '1', distributorID: 12 }] }],
    answer: { body: { status: 1, positions: [] } },
    wire(r) {
      expect(r.method).toBe('POST');
      expect(r.parsedURL.pathname).toBe('/api/webservice/basket/add/');
      expect(r.headers['content-type']).toBe('application/json');
      const positions = r.json.positions as Array<Record<string, unknown>>;
      expect(positions.length).toBeGreaterThan(0);
      for (const p of positions) {
        for (const name of ['brand', 'article', 'storeID', 'code']) expect(p[name]).toMatch(/^[^\u0000-\u001f\u007f]+$/);
        expect(p.distributorID).toMatch(POSITIVE);
        expect(p.quantity).toMatch(/^[1-9]\d*$/);
        expect(p.price).toMatch(/^\d+(\.\d+)?$/);
      }
      credentials(r);
    },
  },
  {
    key: 'basket.edit',
    call: (c, input, o) => c.basket.edit(input, o),
    examples: [{ basketId: 167846, quantity: 3 }, { basketId: '167847' }],
    answer: { body: { status: 1 } },
    wire(r) {
      expect(r.method).toBe('GET');
      expect(r.parsedURL.pathname).toBe('/api/webservice/basket/edit/');
      expect(r.parsedURL.searchParams.get('basketId')).toMatch(POSITIVE);
      if (r.parsedURL.searchParams.has('quantity')) expect(r.parsedURL.searchParams.get('quantity')).toMatch(/^[1-9]\d*$/);
      credentials(r);
    },
  },
  {
    key: 'basket.delete',
    call: (c, input, o) => c.basket.delete(input, o),
    examples: [{ basketId: 167846 }, { basketId: ['167846', 167847] }],
    answer: { body: { status: 1 } },
    wire(r) {
      expect(r.parsedURL.pathname).toBe('/api/webservice/basket/delete/');
      basketIds(r, true);
      credentials(r);
    },
  },
  {
    key: 'basket.clear',
    call: (c, input, o) => c.basket.clear(input, o),
    examples: [undefined, {}],
    answer: { body: { status: 1 } },
    wire(r) {
      expect(r.parsedURL.pathname).toBe('/api/webservice/basket/clear/');
      expect([...r.parsedURL.searchParams.keys()].sort()).toEqual(['userlogin', 'userpassw']);
    },
  },
  {
    key: 'basket.list',
    call: (c, input, o) => c.basket.list(input, o),
    examples: [undefined, {}],
    answer: { body: { status: 1, positions: [] } },
    wire(r) {
      expect(r.parsedURL.pathname).toBe('/api/webservice/basket/list/');
      credentials(r);
    },
  },
  {
    key: 'orders.add',
    call: (c, input, o) => c.orders.add(input, o),
    examples: [{}, { basketId: [167846, 167847] }, { basketId: '167846' }],
    answer: { body: { status: 1, orders: [] } },
    wire(r) {
      expect(r.parsedURL.pathname).toBe('/api/webservice/orders/add/');
      basketIds(r, false);
      credentials(r);
    },
  },
  {
    key: 'orders.list',
    call: (c, input, o) => c.orders.list(input, o),
    examples: [{}, { number: 957831 }, { format: 1 }, { number: '957831', format: true }],
    answer: { body: { count: 0, orders: [] } },
    wire(r) {
      expect(r.parsedURL.pathname).toBe('/api/webservice/orders/list/');
      if (r.parsedURL.searchParams.has('number')) expect(r.parsedURL.searchParams.get('number')).toMatch(POSITIVE);
      if (r.parsedURL.searchParams.has('format')) expect(r.parsedURL.searchParams.get('format')).toMatch(/^[01]$/);
      credentials(r);
    },
  },
];

describeEndpointProperties('b2motor', setup, cases);
