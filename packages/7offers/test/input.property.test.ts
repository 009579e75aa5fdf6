// Issue 9: every generated input and call option of the documented 7offers resources (goal, geo)
// either becomes a request in the documented wire form (seed 003: form bodies, `api_key` in the
// query, one path segment per id) or a RequestValidationError with nothing sent.
import { expect } from 'vitest';
import { createTestRuntime, scriptedFetch, type RecordedRequest, type ScriptedAnswer } from '@x/core/testing';
import { describeEndpointProperties, type EndpointCase } from '../../core/test/property-kit';
import { createSevenOffers, type SevenOffersClient } from '../src/index';

const KEY = 'adv-5f2c9e7a1b';
type Client = SevenOffersClient;

function setup(answer: ScriptedAnswer) {
  const fetch = scriptedFetch(answer);
  const client = createSevenOffers({ apiKey: KEY, baseURL: 'https://7offers.test/api', fetch, runtime: createTestRuntime() });
  return { client, fetch };
}

/** The key in the query of GET and the form body of writes (decision 0042), decimal page numbers, ids as one path segment. */
function common(r: RecordedRequest): void {
  if (r.method === 'GET') expect(r.parsedURL.searchParams.get('api_key')).toBe(KEY);
  else expect([r.parsedURL.searchParams.get('api_key'), new URLSearchParams(r.body ?? '').get('api_key')]).toEqual([null, KEY]);
  for (const name of ['page', 'per_page', 'offer_id']) {
    const value = r.parsedURL.searchParams.get(name);
    if (value !== null) expect(value).toMatch(/^-?\d{1,16}$/);
  }
  const page = r.parsedURL.searchParams.get('page');
  if (page !== null) expect(Number(page)).toBeGreaterThanOrEqual(1);
  const perPage = r.parsedURL.searchParams.get('per_page');
  if (perPage !== null) expect(Number(perPage) >= 10 && Number(perPage) <= 100).toBe(true);
}

/** An id segment: digits ≥ 1, or text without `/`, `?`, `#`, whitespace or control characters. */
function idSegment(r: RecordedRequest, pattern: RegExp): void {
  const match = pattern.exec(r.parsedURL.pathname);
  expect(match, r.parsedURL.pathname).not.toBeNull();
  const id = decodeURIComponent(match![1]!);
  expect(id).toMatch(/^[^/?#\s\u0000-\u001f\u007f\\]+$/);
  if (/^\d+$/.test(id)) expect(Number(id)).toBeGreaterThanOrEqual(1);
}

/** A form body whose numbers are plain decimals. */
function formBody(r: RecordedRequest): URLSearchParams {
  expect(r.headers['content-type']).toBe('application/x-www-form-urlencoded');
  const form = new URLSearchParams(r.body ?? '');
  const offer = form.get('offer_id');
  if (offer !== null) expect(offer).toMatch(/^[1-9]\d{0,15}$/);
  for (const [name] of form) expect(['__proto__', 'constructor', 'prototype']).not.toContain(name.replace(/\[.*$/, ''));
  return form;
}

const ok = { status: 201, body: { created: 1, updated: 1, deleted: 1, objects: [], object: { id: 1 } } };

const cases: Array<EndpointCase<Client>> = [
  {
    key: 'goal.list',
    call: (c, input, o) => c.goal.list(input, o),
    examples: [undefined, { offer_id: 1 }, { offer_id: -123 }, { page: 2, per_page: 10 }, { offer_id: '5', status: 'active', tags: ['a', 'b'] }],
    answer: { body: { objects: [] } },
    wire(r) {
      expect(r.method).toBe('GET');
      expect(r.parsedURL.pathname).toBe('/api/goal/');
      common(r);
    },
  },
  {
    key: 'goal.view',
    call: (c, input, o) => c.goal.view(input?.id, o),
    examples: [{ id: 7 }, { id: 'abc-7' }],
    answer: ok,
    wire(r) {
      expect(r.method).toBe('GET');
      idSegment(r, /^\/api\/goal\/([^/]+)$/);
      common(r);
    },
  },
  {
    key: 'goal.create',
    call: (c, input, o) => c.goal.create(input, o),
    examples: [{ offer_id: 1, title: 'Sale' }, { title: 'Lead', value: 12.5 }, { offer_id: '3', value: '100', extra: ['x', 1, true] }],
    answer: ok,
    wire(r) {
      expect(r.method).toBe('POST');
      expect(r.parsedURL.pathname).toBe('/api/goal/');
      formBody(r);
      common(r);
    },
  },
  {
    key: 'goal.update',
    call: (c, input, o) => c.goal.update(input?.id, input?.fields, o),
    examples: [{ id: 7, fields: { title: 'Renamed' } }, { id: '8', fields: { offer_id: 2, value: 3 } }],
    answer: ok,
    wire(r) {
      expect(r.method).toBe('POST');
      idSegment(r, /^\/api\/goal\/([^/]+)$/);
      formBody(r);
      common(r);
    },
  },
  {
    key: 'goal.delete',
    call: (c, input, o) => c.goal.delete(input?.id, input?.via ? { ...(o ?? {}), via: input.via } : o),
    examples: [{ id: 7 }, { id: 'x-1', via: 'POST' }, { id: 9, via: 'DELETE' }],
    answer: ok,
    wire(r) {
      if (r.method === 'POST') idSegment(r, /^\/api\/goal\/del\/([^/]+)$/);
      else {
        expect(r.method).toBe('DELETE');
        idSegment(r, /^\/api\/goal\/([^/]+)$/);
      }
      common(r);
    },
  },
  {
    key: 'geo.list',
    call: (c, input, o) => c.geo.list(input, o),
    examples: [undefined, { page: 1 }, { country: 'RU' }],
    answer: { body: { objects: [] } },
    wire(r) {
      expect(r.method).toBe('GET');
      expect(r.parsedURL.pathname).toBe('/api/geo/');
      common(r);
    },
  },
];

describeEndpointProperties('7offers', setup, cases);
