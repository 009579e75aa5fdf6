// Strict mocks refuse undocumented request forms with a Prism-style problem; lenient ones accept them.
// Each case runs in-process (msw) and over HTTP (node:http server).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { md5Hex } from '@x/b2motor/endpoints';
import { defineEndpoint, defineProvider } from '@x/core/provider';
import * as v from 'valibot';
import type { ProviderMock } from './provider-mock';
import { mockProviders } from './providers/index';
import { OMARKET_DEMO_SESSION, OMARKET_MOCK_API_KEY } from './providers/omarket/index';
import { createMockServer, type MockServer } from './server';
import { formViolations } from './strict';
import { useMsw } from './setup-msw.test-helper';

const auth = `userlogin=demo&userpassw=${md5Hex('demo')}`;
const basic = `Basic ${Buffer.from('demo-client:demo-secret').toString('base64')}`;
const omarketHeaders = { 'x-api-key': OMARKET_MOCK_API_KEY, authorization: OMARKET_DEMO_SESSION.accessToken };

interface Probe {
  name: string;
  provider: 'b2motor' | 'onliner-second' | 'omarket';
  host?: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** The violation a strict mock reports. */
  code: string;
  location: string[];
  documented: string;
  /** The status a lenient mock answers. */
  lenientStatus: number;
}

const probes: Probe[] = [
  {
    name: 'a dropped trailing slash (b2motor basket/edit)',
    provider: 'b2motor',
    method: 'GET',
    path: `/basket/edit?basketId=1&${auth}`,
    code: 'trailing-slash',
    location: ['path'],
    documented: '/basket/edit/',
    lenientStatus: 200,
  },
  {
    name: 'JSON where the document shows a form body (Onliner oauth/token)',
    provider: 'onliner-second',
    host: 'auth',
    method: 'POST',
    path: '/oauth/token',
    headers: { authorization: basic, 'content-type': 'application/json' },
    body: '{"grant_type":"client_credentials"}',
    code: 'encoding',
    location: ['header', 'content-type'],
    documented: 'application/x-www-form-urlencoded',
    lenientStatus: 200,
  },
  {
    name: 'an undocumented query parameter (b2motor search/product)',
    provider: 'b2motor',
    method: 'GET',
    path: `/search/product/?article=01089&brand=Febi&number=01089&${auth}`,
    code: 'unknown-parameter',
    location: ['query', 'number'],
    documented: expect.stringMatching(/^article, brand, .*userlogin, userpassw/),
    lenientStatus: 200,
  },
  {
    name: 'a urlencoded body where the table says form-data and the example JSON (O!Market my-ads)',
    provider: 'omarket',
    method: 'POST',
    path: '/api/ads-board/v1/user/my-ads/',
    headers: { ...omarketHeaders, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'statuses=active&statuses=moderate',
    code: 'encoding',
    location: ['header', 'content-type'],
    documented: 'application/json or multipart/form-data',
    lenientStatus: 200,
  },
];

const strict = Object.fromEntries((['b2motor', 'onliner-second', 'omarket'] as const).map((n) => [n, mockProviders[n].create()]));
const lenient = Object.fromEntries((['b2motor', 'onliner-second', 'omarket'] as const).map((n) => [n, mockProviders[n].create({ lenient: true, baseURL: `https://lenient.${n}.test`, hosts: { auth: `https://lenient-auth.${n}.test` } })]));
useMsw(...Object.values(strict).flatMap((m) => m.handlers), ...Object.values(lenient).flatMap((m) => m.handlers));

let strictServer: MockServer;
let lenientServer: MockServer;
beforeAll(async () => {
  strictServer = await createMockServer({ providers: ['b2motor', 'onliner-second', 'omarket'], port: 0 });
  lenientServer = await createMockServer({ providers: ['b2motor', 'onliner-second', 'omarket'], port: 0, lenient: true });
});
afterAll(async () => {
  await Promise.all([strictServer?.close(), lenientServer?.close()]);
});
afterEach(async () => {
  await Promise.all([...Object.values(strict), ...Object.values(lenient)].map((m: ProviderMock<any, any, any>) => m.reset()));
});

function urlOf(transport: 'msw' | 'http', mode: 'strict' | 'lenient', probe: Probe): string {
  const host = probe.host ?? 'main';
  if (transport === 'http') return `${(mode === 'strict' ? strictServer : lenientServer).urlFor(probe.provider, host)}${probe.path}`;
  return `${(mode === 'strict' ? strict : lenient)[probe.provider]!.baseURLs[host]}${probe.path}`;
}

describe('strict mocks', () => {
  for (const probe of probes) {
    for (const transport of ['msw', 'http'] as const) {
      it(`refuse ${probe.name} with a problem naming the violation and the documented form (${transport})`, async () => {
        const response = await fetch(urlOf(transport, 'strict', probe), { method: probe.method, headers: probe.headers, body: probe.body });
        expect(response.status).toBe(400);
        expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(response.headers.get('x-mock-error')).toMatch(/undocumented request form/);
        const problem = (await response.json()) as { type: string; status: number; detail: string; validation: Array<{ location: string[]; code: string; documented: string }> };
        expect(problem).toMatchObject({ type: 'urn:x-mock:undocumented-request-form', status: 400 });
        expect(problem.detail).toContain('lenient');
        expect(problem.validation).toContainEqual(expect.objectContaining({ location: probe.location, code: probe.code, documented: probe.documented }));
      });

      it(`accept ${probe.name} when lenient (${transport})`, async () => {
        const response = await fetch(urlOf(transport, 'lenient', probe), { method: probe.method, headers: probe.headers, body: probe.body });
        expect(response.status, await response.clone().text()).toBe(probe.lenientStatus);
      });
    }
  }

  it('record the refusal in the journal, with the endpoint', async () => {
    await fetch(`${strict.b2motor!.baseURLs.main}/basket/clear?${auth}`);
    expect(strict.b2motor!.journal.last('basket.clear')).toMatchObject({ status: 400, path: '/basket/clear' });
  });

  it('still answer auth errors first (a wrong key gets the provider\'s own answer, not a form problem)', async () => {
    const response = await fetch(`${strict.b2motor!.baseURLs.main}/basket/clear?userlogin=demo&userpassw=wrong`);
    expect(response.status).toBe(401);
  });
});

describe('formViolations', () => {
  const endpoint = defineEndpoint({
    method: 'POST',
    path: '/things/',
    summary: 'test',
    request: { query: v.object({ page: v.optional(v.string()) }), body: v.object({ a: v.string() }) },
    encoding: 'json',
    accepts: ['json', 'form'],
    response: v.unknown(),
    safe: false,
  });
  const bytes = new TextEncoder().encode('a=1');
  const at = (path: string, type: string, query: Record<string, unknown> = {}) =>
    formViolations(endpoint, { path, headers: new Headers({ 'content-type': type }), body: bytes, query }, ['key']);

  it('accept every encoding the definition declares, and only those', () => {
    expect(at('/things/', 'application/x-www-form-urlencoded')).toEqual([]);
    expect(at('/things/', 'application/json; charset=utf-8')).toEqual([]);
    expect(at('/things/', 'text/plain').map((x) => x.code)).toEqual(['encoding']);
  });

  it('accept credentials and documented query names, refuse others', () => {
    expect(at('/things/', 'application/json', { page: '1', key: 'k' })).toEqual([]);
    expect(at('/things/', 'application/json', { pages: '1' })).toEqual([expect.objectContaining({ code: 'unknown-parameter', location: ['query', 'pages'], documented: 'page, key' })]);
  });

  it('check the trailing slash unless the documents print both forms', () => {
    expect(at('/things', 'application/json').map((x) => x.code)).toEqual(['trailing-slash']);
    expect(formViolations(endpoint, { path: '/things', headers: new Headers({ 'content-type': 'application/json' }), body: bytes, query: {} }, [], { trailingSlash: 'either' })).toEqual([]);
  });

  it('refuse a body where none is documented, unless it carries only credentials', () => {
    const bodiless = defineEndpoint({ method: 'DELETE', path: '/things/{id}', summary: 't', request: { path: v.object({ id: v.string() }) }, response: v.unknown(), safe: false });
    const form = new Headers({ 'content-type': 'application/x-www-form-urlencoded' });
    expect(formViolations(bodiless, { path: '/things/1', headers: form, body: bytes, query: {}, decodedBody: { a: '1' } }, ['key']).map((x) => x.code)).toEqual(['unexpected-body']);
    expect(formViolations(bodiless, { path: '/things/1', headers: form, body: bytes, query: {}, decodedBody: { key: 'k' } }, ['key'])).toEqual([]);
  });

  it('a registry refuses accepts without the encoding the SDK sends', () => {
    const x = defineEndpoint({ method: 'POST', path: '/x', summary: 't', request: { body: v.object({}) }, encoding: 'form', accepts: ['json'], response: v.unknown(), safe: false });
    expect(() => defineProvider({ name: 't', title: 'T', baseURL: 'https://t', endpoints: { x } })).toThrow(/must include/);
  });
});
