// The local HTTP mock server: a thin node:http adapter over the same mock `handle()` msw uses.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MockClock } from './clock';
import { MOCK_ERROR_HEADER } from './scenarios';
import type { ProviderMock } from './mock';
import { serializeResponse } from './respond';
import { mockProviders, type MockProviderName } from './providers/index';

/** Options of `createMockServer`. */
export interface MockServerOptions {
  /** Providers to serve, by name or as ready mock instances (default: all). */
  providers?: ReadonlyArray<MockProviderName | ProviderMock<any, any, any>>;
  /** Port (default 4010; 0 picks a free one). */
  port?: number;
  /** Interface (default 127.0.0.1). */
  host?: string;
  /** One clock for every provider built here by name. */
  clock?: MockClock;
  /** Providers built here by name accept undocumented request forms (see `MockOptions.lenient`). */
  lenient?: boolean;
}

/** A started mock server. */
export interface MockServer {
  /** `http://host:port`. */
  readonly url: string;
  /** Mock instances by provider name (state, journal, clock, scenarios). */
  readonly mocks: Readonly<Record<string, ProviderMock<any, any, any>>>;
  /** Base URL of a provider's host on this server (`main` by default). */
  urlFor(provider: string, host?: string): string;
  /** The underlying node:http server. */
  readonly server: Server;
  /** Stop listening and close open connections. */
  close(): Promise<void>;
}

/**
 * Start a local mock server. Each provider is mounted under `/<name>` (its other hosts under
 * `/<name>/_<host>`), so one port serves every provider; admin routes live under `/__mock`.
 *
 * @example
 * const server = await createMockServer({ providers: ['b2motor'], port: 0 });
 * const b2motor = createB2motor({ login: 'demo', password: 'demo', baseURL: server.urlFor('b2motor') });
 */
export async function createMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const requested = options.providers ?? (Object.keys(mockProviders) as MockProviderName[]);
  const mocks: Record<string, ProviderMock<any, any, any>> = {};
  for (const entry of requested) {
    const mock = typeof entry === 'string' ? buildByName(entry, options.clock, options.lenient) : entry;
    if (mocks[mock.name]) throw new Error(`Provider ${mock.name} is listed twice`);
    mocks[mock.name] = mock;
  }
  await Promise.all(Object.values(mocks).map((m) => m.ready()));

  let origin = '';
  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      send(res, 500, { mockError: `Mock server error: ${error instanceof Error ? error.message : String(error)}` });
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    const segments = url.pathname.split('/');
    const name = segments[1] ?? '';
    if (name === '__mock') return admin(req, res, url, mocks, urlFor);
    const mock = mocks[name];
    if (!mock) {
      const mounted = Object.keys(mocks).map((n) => `/${n}`).join(', ');
      return send(res, 404, { mockError: `No provider is mounted at /${name}. Mounted: ${mounted}; admin: /__mock` });
    }
    let host = 'main';
    let rest = segments.slice(2);
    const first = rest[0];
    if (first?.startsWith('_') && first.slice(1) in mock.baseURLs && first !== '_main') {
      host = first.slice(1);
      rest = rest.slice(1);
    }
    const body = await readBody(req);
    const response = await mock.handle({
      method: (req.method ?? 'GET').toUpperCase(),
      url,
      headers: toHeaders(req),
      body,
      host,
      path: `/${rest.join('/')}`,
    });
    const out = serializeResponse(response);
    res.writeHead(response.status, out.headers);
    res.end(out.body);
  }

  function urlFor(provider: string, host = 'main'): string {
    if (!mocks[provider]) throw new Error(`Provider ${provider} is not served here. Served: ${Object.keys(mocks).join(', ')}`);
    return host === 'main' ? `${origin}/${provider}` : `${origin}/${provider}/_${host}`;
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const hostName = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  origin = `http://${hostName}:${address.port}`;

  return {
    url: origin,
    mocks,
    urlFor,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function buildByName(name: MockProviderName, clock: MockClock | undefined, lenient: boolean | undefined): ProviderMock<any, any, any> {
  const entry = mockProviders[name];
  if (!entry) throw new Error(`Unknown provider "${String(name)}". Known: ${Object.keys(mockProviders).join(', ')}`);
  return entry.create({ ...(clock ? { clock } : {}), ...(lenient ? { lenient } : {}) });
}

async function admin(req: IncomingMessage, res: ServerResponse, url: URL, mocks: Record<string, ProviderMock<any, any, any>>, urlFor: (p: string, h?: string) => string): Promise<void> {
  const action = url.pathname.replace(/^\/__mock\/?/, '');
  const only = url.searchParams.get('provider');
  const selected = Object.values(mocks).filter((m) => !only || m.name === only);
  if (only && selected.length === 0) return send(res, 404, { mockError: `Provider ${only} is not served here` });
  if (action === '' && req.method === 'GET') {
    return send(res, 200, {
      providers: selected.map((m) => ({
        name: m.name,
        urls: Object.fromEntries(Object.keys(m.baseURLs).map((h) => [h, urlFor(m.name, h)])),
        curl: m.definition.curl(urlFor(m.name)),
        endpoints: m.routes.map((r) => ({ key: r.key, method: r.method, host: r.host, path: r.endpoint.path, examples: m.examplesFor(r.key).map((e) => e.name) })),
      })),
    });
  }
  if (action === 'openapi' && req.method === 'GET') {
    if (selected.length !== 1) return send(res, 400, { mockError: `Give ?provider=<name>; served: ${Object.keys(mocks).join(', ')}` });
    const mock = selected[0]!;
    return send(res, 200, mock.openapi(Object.fromEntries(Object.keys(mock.baseURLs).map((h) => [h, urlFor(mock.name, h)]))));
  }
  if (action === 'journal' && req.method === 'GET') {
    return send(res, 200, { entries: selected.flatMap((m) => m.journal.entries) });
  }
  if (action === 'reset' && req.method === 'POST') {
    await Promise.all(selected.map((m) => m.reset()));
    return send(res, 200, { reset: selected.map((m) => m.name) });
  }
  if (action === 'clock/advance' && req.method === 'POST') {
    const ms = Number(url.searchParams.get('ms'));
    if (!Number.isFinite(ms) || ms < 0) return send(res, 400, { mockError: 'Give ?ms=<non-negative number>' });
    const clocks = new Set(selected.map((m) => m.clock));
    for (const clock of clocks) clock.advance(ms);
    return send(res, 200, { now: Object.fromEntries(selected.map((m) => [m.name, m.clock.now()])) });
  }
  return send(res, 404, { mockError: 'Admin routes: GET /__mock, GET /__mock/journal, GET /__mock/openapi?provider=, POST /__mock/reset, POST /__mock/clock/advance?ms=' });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  const message = (body as { mockError?: string }).mockError;
  if (message) headers[MOCK_ERROR_HEADER] = message.replace(/[^\x20-\x7e]/g, '?');
  res.writeHead(status, headers);
  res.end(text);
}

function toHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    headers.append(req.rawHeaders[i] as string, req.rawHeaders[i + 1] as string);
  }
  return headers;
}

async function readBody(req: IncomingMessage): Promise<Uint8Array | undefined> {
  if (req.method === 'GET' || req.method === 'HEAD') {
    // GET may still carry a body (O!Market documents one); read it if the client sent it.
    if (!req.headers['content-length'] && !req.headers['transfer-encoding']) return undefined;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length === 0 ? undefined : Buffer.concat(chunks);
}
