// The wire-fixture matrix for one provider, for any vitest file: for each documented fixture,
// - sdk: the SDK method, called with the fixture's input, sends the documented request (method,
//   host, path, query, named headers, encoding, body with its JSON types, credential placement);
// - msw / http: the fixture's raw request, sent to the mock in-process (msw) and over HTTP
//   (node:http server), gets the documented answer;
// plus the example-based contract cases (contract.ts) of the same provider, and the documented page
// walks (fixtures/paging.ts): paginate() driven through the documented page answers. Fixtures with a
// knownDefect assert the departure and fail once it is fixed (see wire-contract.ts).
// One test file per provider, so a mutation run of one provider's definitions runs only its tests.
import { request as httpRequest } from 'node:http';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getPath, paginate } from '@x/core/provider';
import { contractCases } from './contract';
import type { PagingFixture } from './fixtures/paging';
import type { WireFixture } from './fixtures/types';
import type { ProviderMock } from './provider-mock';
import type { MockOptions } from './types';
import { createMockServer, type MockServer } from './server';
import { compareAnswer, compareSent, fixtureInput, rawFixtureRequest, settle, type RawCredentials, type RawFixtureRequest, type SentRequest } from './wire-contract';
import { useMsw } from './setup-msw.test-helper';
import { exchange, requestBytes, withoutDates, withoutOrigin } from './raw-http.test-helper';
// The contract cases build mocks from internal modules: register the msw transport their handlers need.
import './msw';

type AnyMethod = (input?: unknown, options?: Record<string, unknown>) => Promise<unknown>;

/** Sends a raw request to a mock host (`main`, `auth` ...) and returns the answer. */
export type Send = (host: string, raw: RawFixtureRequest) => Promise<{ status: number; text: string }>;

/** What the matrix needs of a provider. */
export interface FixtureMatrixSubject {
  provider: string;
  fixtures: readonly WireFixture[];
  create(options?: MockOptions): ProviderMock<any, any, any>;
  /** An SDK client at the given host URLs, with credentials the default mock accepts. */
  client(urls: Readonly<Record<string, string>>): unknown;
  /** The client for the example-based contract cases, when it must differ (default: `client`). */
  contractClient?(urls: Readonly<Record<string, string>>): unknown;
  /** Credential values the default mock accepts (may call the mock through `send`). */
  credentials(send: Send): Promise<RawCredentials>;
  /** The provider's documented page walks (fixtures/paging.ts), if it has paged lists. */
  paging?: readonly PagingFixture[];
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function withScenario(fixture: WireFixture, raw: RawFixtureRequest): RawFixtureRequest {
  return fixture.answer.scenario ? { ...raw, headers: { ...raw.headers, prefer: `example=${fixture.answer.scenario}` } } : raw;
}

/** Register the matrix of one provider in the current vitest file. */
export function describeFixtureMatrix(subject: FixtureMatrixSubject): void {
  const { provider, fixtures } = subject;
  const mock = subject.create();
  const client = subject.client(mock.baseURLs);
  // Every request the SDK sends in this file, in order; the mock answers after it is recorded.
  const captured: SentRequest[] = [];
  const capture = http.all('*', async ({ request }) => {
    // A copy by value: msw hands the next handler the same Headers object.
    const headers = new Headers([...request.headers.entries()]);
    // A GET may carry a body too (O!Market's documented filter, sent over node:http).
    const bytes = request.method === 'HEAD' || request.body === null ? undefined : new Uint8Array(await request.clone().arrayBuffer());
    const body = bytes && bytes.byteLength > 0 ? bytes : undefined;
    captured.push({ method: request.method, url: request.url, headers, body });
    return undefined;
  });
  // A page walk's documented answers, served in order at its path (after the capture, before the mock).
  const script: { path: string; answers: unknown[] } = { path: '', answers: [] };
  const scripted = http.all('*', ({ request }) => {
    if (script.answers.length === 0 || !new URL(request.url).pathname.endsWith(script.path)) return undefined;
    return HttpResponse.json(script.answers.shift() as Record<string, unknown> | unknown[]);
  });
  useMsw(capture, scripted, ...mock.handlers);

  let server: MockServer;
  // The same mock behind node:http alone: the fast lane must write exactly its bytes.
  let nodeOnly: MockServer;
  beforeAll(async () => {
    // One seed for both, so ids and tokens agree after a reset.
    server = await createMockServer({ providers: [subject.create({ seed: 'fixtures' })], port: 0 });
    nodeOnly = await createMockServer({ providers: [subject.create({ seed: 'fixtures' })], port: 0, fastLane: false });
  });
  afterAll(async () => {
    await server?.close();
    await nodeOnly?.close();
  });
  afterEach(async () => {
    captured.length = 0;
    script.answers.length = 0;
    await Promise.all([mock.reset(), ...[server, nodeOnly].flatMap((s) => Object.values(s.mocks)).map((m) => m.reset())]);
  });

  /** The mock host a fixture's base URL names (by host name), and that host's real base path. */
  const hostOf = (fixture: WireFixture): { host: string; basePath: string } => {
    const real = mock.baseURLs;
    const want = fixture.request.base ? new URL(fixture.request.base).host : undefined;
    const host = Object.keys(real).find((h) => want !== undefined && new URL(real[h]!).host === want) ?? 'main';
    return { host, basePath: new URL(real[host]!).pathname };
  };

  /** In-process: fetch through msw; a GET with a body (fetch cannot send one) goes to mock.handle(). */
  const mswSend: Send = async (host, raw) => {
    const url = `${mock.baseURLs[host]}${raw.pathAndQuery}`;
    if (raw.method === 'GET' && raw.body !== undefined) {
      const response = await mock.handle({
        method: 'GET',
        url: new URL(url),
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

  /** The request's headers and body bytes as a client sends them (multipart encoded, with a length). */
  const encode = async (raw: RawFixtureRequest): Promise<{ headers: Record<string, string>; body: Uint8Array | undefined }> => {
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
    return { headers, body };
  };

  /** Over HTTP with node:http (which, unlike fetch, sends a GET with a body). */
  const httpSend = (target: () => MockServer): Send => async (host, raw) => {
    const { headers, body } = await encode(raw);
    const url = new URL(`${target().urlFor(provider, host)}${raw.pathAndQuery}`);
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

  describe(`contract: ${provider} documented examples`, () => {
    const contractClient = subject.contractClient?.(mock.baseURLs) ?? client;
    for (const c of contractCases(() => ({ mock, client: contractClient }))) it(c.name, () => c.run());
  });

  describe(`contract: ${provider} documented wire fixtures`, () => {
    it('fixture names are unique and every fixture names a source and an SDK method (or why none)', () => {
      const names = fixtures.map((f) => f.name);
      expect(new Set(names).size).toBe(names.length);
      for (const f of fixtures) {
        expect(f.source, f.name).toMatch(/^(seeds|providers)\//);
        if (f.unsupported) expect(f.operation, f.name).toBe('');
        else expect(typeof getPath(client, f.operation), `${provider} SDK has no method ${f.operation}`).toBe('function');
      }
    });

    for (const fixture of fixtures) {
      if (!fixture.unsupported) {
        it(`${fixture.name}: the SDK sends the documented request${fixture.knownDefect?.side === 'sdk' ? ` (known defect: ${fixture.knownDefect.issue})` : ''}`, async () => {
          const method = getPath(client, fixture.operation) as AnyMethod;
          const options = { retry: false, ...(fixture.answer.scenario ? { headers: { prefer: `example=${fixture.answer.scenario}` } } : {}) };
          let refused: unknown;
          try {
            await method(fixtureInput(fixture), options);
          } catch (error) {
            // An error answer is fine here (the request is what is checked); a refusal before sending is not.
            if ((error as { kind?: string }).kind === 'request_validation') refused = error;
          }
          const { host } = hostOf(fixture);
          const sent = captured.at(-1);
          const failures = refused
            ? [`the SDK refused the documented input before sending: ${(refused as Error).message}`]
            : !sent
              ? ['the SDK sent nothing']
              : await compareSent(fixture, sent, fixture.request.base ? new URL(mock.baseURLs[host]!).host : undefined, {
                  // msw hands handlers a fetch Request, which cannot hold a GET body: a GET's body
                  // bytes are not visible here (the mock side sends them over node:http).
                  bodyVisible: !(sent.method === 'GET' && fixture.request.method === 'GET'),
                });
          const verdict = settle(fixture, 'sdk', failures);
          expect(verdict.ok, verdict.ok ? '' : `${provider} ${fixture.name}:\n${verdict.message}`).toBe(true);
        });
      }

      for (const transport of ['msw', 'http'] as const) {
        it(`${fixture.name}: the mock answers the documented request as documented (${transport})${fixture.knownDefect?.side === 'mock' ? ` (known defect: ${fixture.knownDefect.issue})` : ''}`, async () => {
          const send = transport === 'msw' ? mswSend : httpSend(() => server);
          const credentials = await subject.credentials(send);
          const { host, basePath } = hostOf(fixture);
          const raw = withScenario(fixture, rawFixtureRequest(fixture, basePath, credentials));
          const answer = await send(host, raw);
          const verdict = settle(fixture, 'mock', compareAnswer(fixture, answer.status, parse(answer.text)));
          expect(verdict.ok, verdict.ok ? '' : `${provider} ${fixture.name} (${transport}):\n${verdict.message}`).toBe(true);
        });
      }

      it(`${fixture.name}: the fast lane writes the bytes node:http writes`, async () => {
        const { host, basePath } = hostOf(fixture);
        const written: string[] = [];
        for (const target of [server, nodeOnly]) {
          const raw = withScenario(fixture, rawFixtureRequest(fixture, basePath, await subject.credentials(httpSend(() => target))));
          const { headers, body } = await encode(raw);
          const path = `${new URL(target.urlFor(provider, host)).pathname}${raw.pathAndQuery}`;
          let viaNode = 0;
          const count = (): void => void viaNode++;
          target.server.on('request', count);
          const got = await exchange(Number(new URL(target.url).port), [requestBytes(raw.method, path, headers, body)], { responses: 1 });
          target.server.off('request', count);
          // The lane answers a request without a body itself; one with a body goes to node:http.
          if (target === server) expect(viaNode, 'answered by node:http').toBe(body === undefined ? 0 : 1);
          // A body that names the server's own URL (Onliner's upload link) differs in the port alone.
          written.push(withoutOrigin(withoutDates(got.text), target.url));
        }
        expect(written[0]).toMatch(/^HTTP\/1\.1 \d{3} /);
        expect(written[0]).toBe(written[1]);
      });
    }
  });

  if (subject.paging?.length) describe(`contract: ${provider} documented page walks`, () => {
    for (const walk of subject.paging ?? []) {
      it(`${walk.name}: paginate() sends the documented page requests and yields every item of the documented pages`, async () => {
        script.path = walk.path;
        script.answers.push(...walk.pages.map((p) => p.answer));
        const method = getPath(client, walk.operation) as Parameters<typeof paginate>[0];
        const items = await paginate(method, walk.input as never, { retry: false }).toArray();
        const sent = captured.filter((r) => new URL(r.url).pathname.endsWith(walk.path));
        const decoder = new TextDecoder();
        const seen = sent.map((r, i) =>
          walk.pages[i]?.body !== undefined
            ? { body: r.body ? (JSON.parse(decoder.decode(r.body)) as unknown) : undefined }
            : { query: [...new URL(r.url).searchParams].sort() },
        );
        const documented = walk.pages.map((p) => (p.body !== undefined ? { body: p.body } : { query: [...new URLSearchParams(p.query ?? '')].sort() }));
        expect(seen, `${provider} ${walk.name}: the page requests`).toEqual(documented);
        expect(items, `${provider} ${walk.name}: the items of every page`).toHaveLength(walk.items);
        expect(script.answers, `${provider} ${walk.name}: pages left unread`).toEqual([]);
        if (walk.firstPage !== undefined) {
          script.answers.push(walk.pages[0]!.answer);
          const first: unknown[] = [];
          for await (const page of paginate(method, walk.input as never, { retry: false, maxPages: 1 }).pages()) first.push(page);
          expect(first, `${provider} ${walk.name}: what the SDK returns for the first page`).toEqual([walk.firstPage]);
        }
      });
    }
  });
}
