// Issue 9: every generated input and call option of the Quince endpoints and the batch helpers
// either becomes requests in the documented wire form (seed 004: POST, JSON, `array` of at most 100,
// whole-number ids) or a RequestValidationError with nothing sent (addAll/updateAll: no chunk).
import { expect } from 'vitest';
import { createTestRuntime, scriptedFetch, type RecordedRequest, type ScriptedAnswer } from '@x/core/testing';
import { describeEndpointProperties, type EndpointCase } from '../../core/test/property-kit';
import { createQuince, type QuinceClient } from '../src/index';

const ONE_LINE = /^[^\u0000-\u001f\u007f]+$/;

function setup(answer: ScriptedAnswer) {
  const fetch = scriptedFetch(answer);
  const client = createQuince({ baseURL: 'https://tenant.quince.test', auth: { header: 'Authorization', value: 'Bearer unit-test-key' }, fetch, runtime: createTestRuntime() });
  return { client, fetch };
}

const isId = (x: unknown) => Number.isSafeInteger(x) && (x as number) >= 1;

function post(r: RecordedRequest, path: string): void {
  expect(r.method).toBe('POST');
  expect(r.parsedURL.pathname).toBe(path);
  expect(r.headers['content-type']).toBe('application/json');
  expect(r.headers.authorization).toBe('Bearer unit-test-key');
}

function filterOnWire(body: Record<string, any>): void {
  if (body.page !== undefined) expect(isId(body.page)).toBe(true);
  const f = body.filter ?? {};
  if (f.Id !== undefined) expect(isId(f.Id)).toBe(true);
  if (f.ParentFolder !== undefined) expect(f.ParentFolder === null || isId(f.ParentFolder)).toBe(true);
  for (const id of f.PriceType ?? []) expect(isId(id)).toBe(true);
}

function itemsOnWire(body: Record<string, any>, update: boolean): void {
  expect(body.array.length >= 1 && body.array.length <= 100).toBe(true);
  for (const item of body.array) {
    // Service updates spell the id `id` (field table), folder updates `Id` (decision 0044).
    if (update) expect(isId(item.id ?? item.Id)).toBe(true);
    if (item.Name !== undefined || !update) expect(item.Name).toMatch(ONE_LINE);
    if (item.ParentFolder !== undefined) expect(item.ParentFolder === null || isId(item.ParentFolder)).toBe(true);
    for (const name of ['PrintName', 'Barcode', 'Article', 'UnitName']) if (item[name] !== undefined) expect(item[name]).toMatch(/^[^\u0000-\u001f\u007f]*$/);
  }
}

/** Answers a write with one id per item, as documented. */
const written: ScriptedAnswer = (_request, recorded) => ({ body: { success: true, data: (recorded.json?.array ?? []).map((_: unknown, i: number) => ({ Id: i + 1 })) } });
const service = { Name: 'Haircut', ParentFolder: 3, PrintName: 'Haircut', Memo: 'line one\nline two', Barcode: '4600000000001', UnitName: 'pcs', Description: 'd', Article: 'A-1' };
const many = Array.from({ length: 150 }, (_, i) => ({ Name: `Service ${i}` }));

const cases: Array<EndpointCase<QuinceClient>> = [
  {
    key: 'services.list',
    call: (c, input, o) => c.services.list(input, o),
    examples: [undefined, { page: 2 }, { filter: { ParentFolder: null, Archive: true } }, { filter: { Id: 5, PriceType: [1, 2] } }],
    answer: { body: { success: true, data: [] } },
    allowJsonNull: true,
    wire(r) {
      post(r, '/api/v2/service/list');
      filterOnWire(r.json);
    },
  },
  {
    key: 'services.add',
    call: (c, input, o) => c.services.add(input, o),
    examples: [{ array: [service] }, { array: [{ Name: 'A' }, { Name: 'B', ParentFolder: null }] }],
    answer: written,
    allowJsonNull: true,
    wire(r) {
      post(r, '/api/v2/service/add');
      itemsOnWire(r.json, false);
    },
  },
  {
    key: 'services.update',
    call: (c, input, o) => c.services.update(input, o),
    examples: [{ array: [{ Id: 5, Name: 'Renamed' }] }, { array: [{ Id: '6', Memo: 'x' }, { Id: 7, ParentFolder: null }] }],
    answer: written,
    allowJsonNull: true,
    wire(r) {
      post(r, '/api/v2/service/update');
      itemsOnWire(r.json, true);
    },
  },
  {
    key: 'services.folders.add',
    call: (c, input, o) => c.services.folders.add(input, o),
    examples: [{ array: [{ Name: 'Hair', ParentFolder: null }] }, { array: [{ Name: 'Nails', ParentFolder: 2 }] }],
    answer: written,
    allowJsonNull: true,
    wire(r) {
      post(r, '/api/v2/service/folder/add');
      itemsOnWire(r.json, false);
    },
  },
  {
    key: 'services.addAll',
    call: (c, input, o) => c.services.addAll(input?.items, o),
    examples: [{ items: many }, { items: [service] }],
    answer: written,
    allowJsonNull: true,
    wire(r) {
      post(r, '/api/v2/service/add');
      itemsOnWire(r.json, false);
    },
  },
  {
    key: 'services.updateAll',
    call: (c, input, o) => c.services.updateAll(input?.items, o),
    examples: [{ items: many.map((s, i) => ({ ...s, Id: i + 1 })) }, { items: [{ Id: 5, Name: 'x' }] }],
    answer: written,
    allowJsonNull: true,
    wire(r) {
      post(r, '/api/v2/service/update');
      itemsOnWire(r.json, true);
    },
  },
];

describeEndpointProperties('quince', setup, cases);
