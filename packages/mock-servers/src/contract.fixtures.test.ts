// The documented wire fixtures against the SDKs and the mocks. For each fixture:
// - sdk: the SDK method, called with the fixture's input, sends the documented request (method,
//   host, path, query, named headers, encoding, body with its JSON types, credential placement);
// - msw / http: the fixture's raw request, sent to the mock in-process (msw) and over HTTP
//   (node:http server), gets the documented answer.
// Fixtures with a knownDefect assert the departure and fail once it is fixed (see wire-contract.ts).
import { request as httpRequest } from 'node:http';
import { http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { md5Hex } from '@x/b2motor/endpoints';
import { getPath } from '@x/core';
import { fixtureCounts, wireFixtures } from './fixtures/index';
import type { WireFixture } from './fixtures/types';
import type { ProviderMock } from './mock';
import { defaultSevenOffersKeys } from './providers/7offers/index';
import { mockProviders, type MockProviderEntry } from './providers/index';
import { OMARKET_DEMO_SESSION, OMARKET_MOCK_API_KEY } from './providers/omarket/index';
import { QUINCE_DEMO_AUTH } from './providers/quince/index';
import { createMockServer, type MockServer } from './server';
import { compareAnswer, compareSent, fixtureInput, rawFixtureRequest, settle, type RawCredentials, type SentRequest } from './wire-contract';
import { useMsw } from '../test/setup-msw';

type AnyMethod = (input?: unknown, options?: Record<string, unknown>) => Promise<unknown>;
const entries = mockProviders as Record<string, MockProviderEntry>;

const subjects = Object.fromEntries(
  Object.keys(wireFixtures).map((name) => {
    const mock = entries[name]!.create();
    return [name, { mock, client: entries[name]!.client(mock.baseURLs) }];
  }),
) as Record<string, { mock: ProviderMock<any, any, any>; client: unknown }>;

// Every request any client sends in this file, in order; the mocks answer after it is recorded.
const captured: SentRequest[] = [];
const capture = http.all('*', async ({ request }) => {
  // A copy by value: msw hands the next handler the same Headers object.
  const headers = new Headers([...request.headers.entries()]);
  const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : new Uint8Array(await request.clone().arrayBuffer());
  captured.push({ method: request.method, url: request.url, headers, body });
  return undefined;
});
useMsw(capture, ...Object.values(subjects).flatMap((s) => s.mock.handlers));

let server: MockServer;
beforeAll(async () => {
  server = await createMockServer({ providers: Object.keys(wireFixtures).map((name) => entries[name]!.create()), port: 0 });
});
afterAll(async () => {
  await server?.close();
});
afterEach(async () => {
  captured.length = 0;
  await Promise.all([...Object.values(subjects).map((s) => s.mock.reset()), ...Object.values(server.mocks).map((m) => m.reset())]);
});

/** The mock host a fixture's base URL names (by host name), and that host's real base path. */
function hostOf(mock: ProviderMock<any, any, any>, fixture: WireFixture): { host: string; basePath: string } {
  const real = subjects[mock.name]!.mock.baseURLs;
  const want = fixture.request.base ? new URL(fixture.request.base).host : undefined;
  const host = Object.keys(real).find((h) => want !== undefined && new URL(real[h]!).host === want) ?? 'main';
  return { host, basePath: new URL(real[host]!).pathname };
}

type Send = (host: string, raw: ReturnType<typeof rawFixtureRequest>) => Promise<{ status: number; text: string }>;

/** The credentials the default mocks accept, by provider (Onliner mints a token through the mock). */
async function credentialsFor(provider: string, send: Send): Promise<RawCredentials> {
  switch (provider) {
    case 'b2motor':
      return { values: { userlogin: 'demo', userpassw: md5Hex('demo') } };
    case '7offers':
      return { values: { api_key: defaultSevenOffersKeys.advertiser } };
    case 'omarket':
      return { values: { 'x-api-key': OMARKET_MOCK_API_KEY, authorization: OMARKET_DEMO_SESSION.accessToken } };
    case 'quince':
      return { values: { [QUINCE_DEMO_AUTH.header.toLowerCase()]: QUINCE_DEMO_AUTH.value } };
    case 'onliner-second': {
      const basic = `Basic ${Buffer.from('demo-client:demo-secret').toString('base64')}`;
      const answer = await send('auth', {
        method: 'POST',
        pathAndQuery: '/oauth/token',
        headers: { authorization: basic, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: 'grant_type=client_credentials',
      });
      const token = (JSON.parse(answer.text) as { access_token: string }).access_token;
      return { values: { authorization: `Bearer ${token}`, token }, basic };
    }
    default:
      throw new Error(`No credentials for ${provider}`);
  }
}

function withScenario(fixture: WireFixture, raw: ReturnType<typeof rawFixtureRequest>): ReturnType<typeof rawFixtureRequest> {
  return fixture.answer.scenario ? { ...raw, headers: { ...raw.headers, prefer: `example=${fixture.answer.scenario}` } } : raw;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** In-process: fetch through msw; a GET with a body (fetch cannot send one) goes to mock.handle(). */
function mswSender(mock: ProviderMock<any, any, any>): Send {
  return async (host, raw) => {
    const url = `${mock.baseURLs[host]}${raw.pathAndQuery}`;
    if (raw.method === 'GET' && raw.body !== undefined) {
      const u = new URL(url);
      const response = await mock.handle({
        method: 'GET',
        url: u,
        headers: new Headers(raw.headers),
        body: new TextEncoder().encode(raw.body as string),
        host,
        path: `/${raw.pathAndQuery.split('?')[0]!.replace(/^\/+/, '')}`,
      });
      return { status: response.status, text: typeof response.body === 'string' ? response.body : JSON.stringify(response.body) };
    }
    const response = await fetch(url, { method: raw.method, headers: raw.headers, body: raw.body as BodyInit | undefined });
    return { status: response.status, text: await response.text() };
  };
}

/** Over HTTP with node:http (which, unlike fetch, sends a GET with a body). */
function httpSender(provider: string): Send {
  return async (host, raw) => {
    let body: Uint8Array | undefined;
    const headers = { ...raw.headers };
    if (raw.body instanceof FormData) {
      const encoded = new Request('http://x/', { method: 'POST', body: raw.body });
      headers['content-type'] = encoded.headers.get('content-type')!;
      body = new Uint8Array(await encoded.arrayBuffer());
    } else if (raw.body !== undefined) {
      body = new TextEncoder().encode(raw.body);
    }
    if (body) headers['content-length'] = String(body.byteLength);
    const url = new URL(`${server.urlFor(provider, host)}${raw.pathAndQuery}`);
    return new Promise((resolve, reject) => {
      const req = httpRequest(url, { method: raw.method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      });
      req.on('error', reject);
      req.end(body);
    });
  };
}

const counts = fixtureCounts();

describe('documented wire fixtures', () => {
  it('are counted per provider, and every provider has some', () => {
    console.info(
      ['Documented wire fixtures (provider: fixtures, of which derived from a field table, with a known defect):']
        .concat(counts.map((c) => `  ${c.provider}: ${c.fixtures} (${c.derived} derived, ${c.knownDefects} known defects)`))
        .join('\n'),
    );
    for (const c of counts) expect(c.fixtures, c.provider).toBeGreaterThan(0);
  });

  for (const [provider, fixtures] of Object.entries(wireFixtures)) {
    describe(provider, () => {
      it('fixture names are unique and every fixture names a source and an SDK method (or why none)', () => {
        const names = fixtures.map((f) => f.name);
        expect(new Set(names).size).toBe(names.length);
        for (const f of fixtures) {
          expect(f.source, f.name).toMatch(/^(seeds|providers)\//);
          if (f.unsupported) expect(f.operation, f.name).toBe('');
          else expect(typeof getPath(subjects[provider]!.client, f.operation), `${provider} SDK has no method ${f.operation}`).toBe('function');
        }
      });

      for (const fixture of fixtures) {
        if (!fixture.unsupported) {
          it(`${fixture.name}: the SDK sends the documented request${fixture.knownDefect?.side === 'sdk' ? ` (known defect: ${fixture.knownDefect.issue})` : ''}`, async () => {
            const { mock, client } = subjects[provider]!;
            const method = getPath(client, fixture.operation) as AnyMethod;
            const options = { retry: false, ...(fixture.answer.scenario ? { headers: { prefer: `example=${fixture.answer.scenario}` } } : {}) };
            let refused: unknown;
            try {
              await method(fixtureInput(fixture), options);
            } catch (error) {
              // An error answer is fine here (the request is what is checked); a refusal before sending is not.
              if ((error as { kind?: string }).kind === 'validation') refused = error;
            }
            const { host } = hostOf(mock, fixture);
            const sent = captured.at(-1);
            const failures = refused
              ? [`the SDK refused the documented input before sending: ${(refused as Error).message}`]
              : !sent
                ? ['the SDK sent nothing']
                : await compareSent(fixture, sent, fixture.request.base ? new URL(mock.baseURLs[host]!).host : undefined);
            const verdict = settle(fixture, 'sdk', failures);
            expect(verdict.ok, verdict.ok ? '' : `${provider} ${fixture.name}:\n${verdict.message}`).toBe(true);
          });
        }

        for (const transport of ['msw', 'http'] as const) {
          it(`${fixture.name}: the mock answers the documented request as documented (${transport})${fixture.knownDefect?.side === 'mock' ? ` (known defect: ${fixture.knownDefect.issue})` : ''}`, async () => {
            const mock = transport === 'msw' ? subjects[provider]!.mock : server.mocks[provider]!;
            const send = transport === 'msw' ? mswSender(mock) : httpSender(provider);
            const credentials = await credentialsFor(provider, send);
            const { host, basePath } = hostOf(mock, fixture);
            const raw = withScenario(fixture, rawFixtureRequest(fixture, basePath, credentials));
            const answer = await send(host, raw);
            const verdict = settle(fixture, 'mock', compareAnswer(fixture, answer.status, parse(answer.text)));
            expect(verdict.ok, verdict.ok ? '' : `${provider} ${fixture.name} (${transport}):\n${verdict.message}`).toBe(true);
          });
        }
      }
    });
  }
});
