// Issue 9: every generated input and call option of the O!Market endpoints and `createAd` either
// becomes requests in the documented wire form (fact sheet §3–4) or a RequestValidationError with
// nothing sent (for createAd: not even the draft).
import { expect } from 'vitest';
import { createTestRuntime, scriptedFetch, type RecordedRequest, type ScriptedAnswer } from '@x/core/testing';
import { describeEndpointProperties, type EndpointCase } from '../../core/test/property-kit';
import { createOmarket, type OmarketClient } from '../src/index';

const KEY = 'test-api-key-0123456789abcdef';
const UUID = '15f83777-df64-4819-8996-78eda3066a14';
const UUID_PATH = /^\/api\/ads-board\/v1\/ads\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\//;
const ONE_LINE = /^[^\u0000-\u001f\u007f]*$/;
const envelope = { body: { result: UUID, resultCode: 'SUCCESS', details: '', errorCode: 0 } };

function setup(answer: ScriptedAnswer) {
  const fetch = scriptedFetch(answer);
  // Responses are not what is under test here: their validation is off.
  const client = createOmarket({ apiKey: KEY, baseURL: 'https://omarket.test', fetch, runtime: createTestRuntime(), documentedFilterVia: 'POST', tokens: { accessToken: 'access-token-aaaa', refreshToken: 'refresh-token-bbbb' }, validateResponses: 'off' });
  return { client, fetch };
}

function page(r: RecordedRequest): void {
  const value = r.parsedURL.searchParams.get('page');
  if (value !== null) expect(value).toMatch(/^[1-9]\d{0,15}$/);
}

/** Ad fields as the update example sends them. */
function adOnWire(ad: Record<string, any>): void {
  expect(ad.title).toMatch(/^[^\u0000-\u001f\u007f]+$/);
  for (const id of [ad.category, ad.location]) expect(Number.isSafeInteger(id) && id >= 1).toBe(true);
  if (ad.price !== undefined) expect(typeof ad.price === 'number' ? Number.isFinite(ad.price) && ad.price >= 0 : /^\d+(\.\d+)?$/.test(ad.price)).toBe(true);
  for (const f of ad.filters ?? []) filterOnWire(f);
  for (const name of ['address', 'whatsapp_num', 'telegram_profile']) if (ad[name] !== undefined) expect(ad[name]).toMatch(ONE_LINE);
}

function filterOnWire(f: Record<string, any>): void {
  expect(Number.isSafeInteger(f.filter_id) && f.filter_id >= 1).toBe(true);
  const values = Array.isArray(f.value) ? f.value : typeof f.value === 'string' ? [f.value] : [];
  for (const value of values) expect(value).toMatch(/^[^\u0000-\u001f\u007f]+$/);
  if (typeof f.value === 'object' && !Array.isArray(f.value)) for (const x of Object.values(f.value)) expect(Number.isFinite(x)).toBe(true);
}

const ad = { title: 'Lada Granta', category: 2, location: 1, price: 500_000, currency: 'som', filters: [{ filter_id: 11, value: '4304' }], description: 'Line one\nline two' };

const cases: Array<EndpointCase<OmarketClient>> = [
  {
    key: 'auth.login',
    call: (c, input, o) => c.auth.login(input, o),
    examples: [{ msisdn: '996709920328', password: 'secret' }],
    answer: { body: { access_token: 'a', refresh_token: 'r' } },
    wire(r) {
      expect(r.method).toBe('POST');
      expect(r.parsedURL.pathname).toBe('/api/market-auth/auth/msisdn-password/');
      expect(r.json.msisdn).toMatch(/^996\d{9}$/);
    },
  },
  {
    key: 'auth.checkOtp',
    call: (c, input, o) => c.auth.checkOtp(input, o),
    examples: [{ msisdn: '996709920328', otp: '1234' }],
    answer: envelope,
    wire(r) {
      expect(r.parsedURL.pathname).toBe('/api/market-auth/check-otp/');
      expect(r.json.otp).toMatch(/^\d{4}$/);
    },
  },
  {
    key: 'ads.list',
    call: (c, input, o) => c.ads.list(input, o),
    examples: [undefined, { page: 2 }, { page: '3' }],
    answer: envelope,
    wire(r) {
      expect(r.parsedURL.pathname).toBe('/api/ads-board/v1/ads/list/');
      page(r);
    },
  },
  {
    key: 'ads.get',
    call: (c, input, o) => c.ads.get(input, o),
    examples: [{ uuid: UUID }],
    answer: envelope,
    wire: (r) => expect(r.parsedURL.pathname).toMatch(UUID_PATH),
  },
  {
    key: 'ads.update',
    call: (c, input, o) => c.ads.update(input, o),
    examples: [{ uuid: UUID, ...ad }, { uuid: UUID, title: 'T', category: '5', location: 1, price: 0, currency: 'som', filters: [], contract_price: true, latitude: '42.87', longitude: 74.59, images: ['https://media.test/a.jpg'] }],
    answer: envelope,
    wire(r) {
      expect(r.method).toBe('PUT');
      expect(r.parsedURL.pathname).toMatch(UUID_PATH);
      adOnWire(r.json);
    },
  },
  {
    key: 'ads.removeImage',
    call: (c, input, o) => c.ads.removeImage(input, o),
    examples: [{ uuid: UUID, url: 'https://media.test/a.jpg' }],
    answer: envelope,
    wire(r) {
      expect(r.method).toBe('DELETE');
      expect(r.json.url).toMatch(/^[^\u0000-\u001f\u007f]+$/);
    },
  },
  {
    key: 'ads.filter',
    call: (c, input, o) => c.ads.filter(input, o),
    examples: [undefined, { page: 2, main_filters: { category_id: '2', q: 'Lada' }, category_filters: [{ filter_id: 15, value: { from: 3.9, to: 5 } }, { filter_id: 11, value: [23, '64'] }] }],
    answer: envelope,
    wire(r) {
      expect(r.parsedURL.pathname).toBe('/api/ads-board/trusted/ads-filter-old/');
      page(r);
      for (const f of r.json.category_filters ?? []) filterOnWire(f);
      const main = r.json.main_filters ?? {};
      for (const id of [main.category_id, main.location_id]) if (id !== undefined) expect(Number.isSafeInteger(id) && id >= 1).toBe(true);
    },
  },
  {
    key: 'ads.filterDocumented',
    call: (c, input, o) => c.ads.filterDocumented(input, o),
    examples: [{ main_filters: { category_id: 2 } }, { main_filters: { category_id: 2, location_id: 1, pics: true }, category_filters: [{ filter_id: 11, value: '4304' }] }],
    answer: envelope,
    wire(r) {
      expect(r.parsedURL.pathname).toBe('/api/ads-board/v1/trusted/ads-filter/');
      expect(Number.isSafeInteger(r.json.main_filters.category_id) && r.json.main_filters.category_id >= 1).toBe(true);
    },
  },
  {
    key: 'user.myAds',
    call: (c, input, o) => c.user.myAds(input, o),
    examples: [{ statuses: ['active'] }, { statuses: ['moderate', 'disabled'], page: 1 }],
    answer: envelope,
    wire(r) {
      expect(r.parsedURL.pathname).toBe('/api/ads-board/v1/user/my-ads/');
      expect(r.json.statuses.length).toBeGreaterThan(0);
      page(r);
    },
  },
  {
    key: 'createAd',
    call: (c, input, o) => c.createAd(input, o),
    examples: [ad, { title: 'Room', category: 7, location: 1, price: '0', currency: 'som', filters: [], contract_price: true }],
    answer: envelope,
    wire(r) {
      if (r.parsedURL.pathname === '/api/ads-board/v1/ads/initial/') return expect(r.method).toBe('POST');
      expect(r.method).toBe('PUT');
      adOnWire(r.json);
    },
  },
];

describeEndpointProperties('omarket', setup, cases);
