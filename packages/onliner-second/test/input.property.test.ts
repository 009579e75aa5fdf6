// Issue 9: every generated input and call option of every Onliner Second endpoint either becomes a
// request in the documented wire form (docs/*.md, fact sheet) or a RequestValidationError with
// nothing sent (not even a token request).
import { expect } from 'vitest';
import { createTestRuntime, type RecordedRequest, type ScriptedAnswer, type ScriptedReply } from '@x/core/testing';
import { describeEndpointProperties, type EndpointCase } from '../../core/test/property-kit';
import { createOnlinerSecond, type OnlinerSecondClient } from '../src/index';
import { fakeOnliner, isTokenRequest, offersPage, validOffer } from './fake-api';

const ONE_LINE = /^[^\u0000-\u001f\u007f]+$/;
const task = { id: 'PhTrlafxvBUPudeM', hash: 'a'.repeat(32), images: [], created_at: '2026-01-01 10:00:00', errors: [], status: 'processing', url: 'https://upload.api.onliner.by/upload/PhTrlafxvBUPudeM' };

function setup(answer: ScriptedAnswer) {
  const fake = fakeOnliner((recorded) => (typeof answer === 'function' ? (answer(new Request(recorded.url), recorded) as ScriptedReply) : answer));
  const client = createOnlinerSecond({ clientId: 'client-id', clientSecret: 'client-secret', fetch: fake.fetch, runtime: createTestRuntime() });
  return { client, fetch: fake.fetch };
}

/** Checks of API requests only (token requests are the client's own). */
const api = (check: (r: RecordedRequest) => void) => (r: RecordedRequest) => {
  if (isTokenRequest(r)) return;
  check(r);
};

function offerOnWire(o: Record<string, any>): void {
  expect(o.id).toMatch(ONE_LINE);
  expect(o.price.amount).toMatch(/^\d+(\.\d{1,2})?$/);
  expect(o.price.currency).toBe('BYN');
  expect(Number.isSafeInteger(o.location.geo_town_id)).toBe(true);
  expect(o.condition >= 0 && o.condition <= 10).toBe(true);
  for (const hour of o.contact.call_time) expect(Number.isInteger(hour) && hour >= 0 && hour <= 23).toBe(true);
  for (const text of [o.product.category, o.product.vendor, o.product.model, o.contact.name, ...o.contact.phones]) expect(text).toMatch(/^[^\u0000-\u001f\u007f]*$/);
}

const cases: Array<EndpointCase<OnlinerSecondClient>> = [
  {
    key: 'offers.send',
    call: (c, input, o) => c.offers.send(input, o),
    examples: [{ body: [validOffer()] }, { body: [validOffer('a'), { ...validOffer('b'), price: { amount: '19.90', currency: 'BYN' }, delivery: undefined, photos: undefined }] }],
    answer: { status: 202, body: { id: '5a16c41acab2fd0202641102' } },
    wire: api((r) => {
      expect(r.method).toBe('POST');
      expect(r.parsedURL.pathname).toBe('/shop/offers');
      expect(r.headers['content-type']).toBe('application/json');
      expect(r.headers.authorization).toMatch(/^Bearer access-token-\d+$/);
      expect(Array.isArray(r.json) && r.json.length > 0).toBe(true);
      for (const o of r.json) offerOnWire(o);
    }),
  },
  {
    key: 'offers.close',
    call: (c, input, o) => c.offers.close(input, o),
    examples: [{ offer_ids: ['aszx98DD'] }, { offer_ids: ['a', 'b', 'c'] }],
    answer: { body: { updated_offers: [] } },
    wire: api((r) => {
      expect(r.method).toBe('DELETE');
      expect(r.parsedURL.pathname).toBe('/shop/offers');
      expect(r.json.offer_ids.length).toBeGreaterThan(0);
      for (const id of r.json.offer_ids) expect(id).toMatch(ONE_LINE);
    }),
  },
  {
    key: 'offers.list',
    call: (c, input, o) => c.offers.list(input, o),
    examples: [undefined, {}, { page: 2, limit: 50 }, { page: '3', limit: '10' }],
    answer: { body: offersPage(['a']) },
    wire: api((r) => {
      expect(r.method).toBe('GET');
      expect(r.parsedURL.pathname).toBe('/shop/offers');
      const page = r.parsedURL.searchParams.get('page');
      const limit = r.parsedURL.searchParams.get('limit');
      if (page !== null) expect(page).toMatch(/^[1-9]\d{0,15}$/);
      if (limit !== null) expect(Number(limit) >= 1 && Number(limit) <= 50 && /^\d+$/.test(limit)).toBe(true);
    }),
  },
  {
    key: 'importReport.get',
    call: (c, input, o) => c.importReport.get(input, o),
    examples: [{ id: '5a16c41acab2fd0202641102' }],
    answer: { body: { id: 'x', status: 'processed', total: 1, errors: 0 } },
    wire: api((r) => expect(r.parsedURL.pathname).toMatch(/^\/shop\/import-report\/[^/]+$/)),
  },
  {
    key: 'importReport.errors',
    call: (c, input, o) => c.importReport.errors(input, o),
    examples: [{ id: '5a16c41acab2fd0202641102' }],
    answer: { body: [] },
    wire: api((r) => expect(r.parsedURL.pathname).toMatch(/^\/shop\/import-report\/[^/]+\/errors$/)),
  },
  {
    key: 'upload.image',
    call: (c, input, o) => c.upload.image(input, o),
    examples: [{ file: new Blob(['jpeg'], { type: 'image/jpeg' }) }, { file: new File(['png'], 'a.png', { type: 'image/png' }), meta: { type: 'baralog-photo' } }],
    answer: { body: task },
    wire: api((r) => {
      expect(r.method).toBe('POST');
      expect(r.parsedURL.pathname).toBe('/upload');
      expect(r.parsedURL.searchParams.get('token')).toMatch(/^access-token-\d+$/);
      expect(r.form?.get('file')).toBeInstanceOf(Blob);
    }),
  },
  {
    key: 'upload.status',
    call: (c, input, o) => c.upload.status(input, o),
    examples: [{ id: 'PhTrlafxvBUPudeM' }],
    answer: { body: task },
    wire: api((r) => {
      expect(r.method).toBe('GET');
      expect(r.parsedURL.pathname).toMatch(/^\/upload\/[^/]+$/);
    }),
  },
];

describeEndpointProperties('onliner-second', setup, cases);
