// The local HTTP mock server: a thin node:http adapter over the same mock `handle()` msw uses.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MockClock } from './clock';
import type { MockResponse, WireFault } from './define-mock';
import { formatScenario, MOCK_ERROR_HEADER } from './scenarios';
import type { ProviderMock } from './mock';
import { serializeResponse } from './respond';
import type { MockProviderName } from './providers/index';
import { loadProviderMock, providerNames } from './providers/load';

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
  /** A default scenario for every provider built here by name (`x-mock --fault`), in `Prefer` syntax. */
  fault?: string;
  /** Seed of the random source behind `delay=<min>-<max>` and `chance=` (`x-mock --fault-seed`). */
  faultSeed?: number;
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
  const requested = options.providers ?? providerNames;
  // Providers named here are imported now, in parallel; nothing else is loaded.
  const built = await Promise.all(requested.map((entry) => (typeof entry === 'string' ? buildByName(entry, options) : entry)));
  const mocks: Record<string, ProviderMock<any, any, any>> = {};
  for (const mock of built) {
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
    if (response.wire) return realiseFault(mock, req, res, response);
    const out = serializeResponse(response);
    if (out.body === undefined) {
      res.writeHead(response.status, out.headers);
      res.end();
      return;
    }
    // A known length (no chunked framing) and a string body, which node:http sends in one write
    // together with the head.
    out.headers['content-length'] = String(Buffer.byteLength(out.body));
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

async function buildByName(name: MockProviderName, options: MockServerOptions): Promise<ProviderMock<any, any, any>> {
  const create = await loadProviderMock(name);
  return create({
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.fault !== undefined ? { fault: options.fault } : {}),
    ...(options.faultSeed !== undefined ? { faultSeed: options.faultSeed } : {}),
  });
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
  if (action === 'scenarios') return scenarios(req, res, selected);
  return send(res, 404, {
    mockError:
      'Admin routes: GET /__mock, GET /__mock/journal, GET /__mock/openapi?provider=, POST /__mock/reset, POST /__mock/clock/advance?ms=, GET|POST|DELETE /__mock/scenarios',
  });
}

/** Wire faults over node:http: socket operations and partial or paced writes. */
async function realiseFault(mock: ProviderMock<any, any, any>, req: IncomingMessage, res: ServerResponse, response: MockResponse): Promise<void> {
  const wire = response.wire as WireFault;
  const socket = req.socket;
  switch (wire.kind) {
    case 'reset':
      // A TCP RST: the client sees ECONNRESET.
      socket.resetAndDestroy();
      return;
    case 'empty':
      // A FIN without a byte of answer: the client sees "socket hang up" / "other side closed".
      socket.destroy();
      return;
    case 'no-answer': {
      const hold = mock.hold();
      socket.once('close', hold.cancel);
      await hold.released;
      socket.off('close', hold.cancel);
      // Released by a reset while the client still waits: drop the connection.
      if (!socket.destroyed) socket.destroy();
      return;
    }
    case 'truncated': {
      const { body, headers } = serializeResponse(response);
      const bytes = Buffer.from(body ?? '');
      res.writeHead(response.status, { ...headers, 'content-length': String(bytes.byteLength) });
      res.write(bytes.subarray(0, Math.floor(bytes.byteLength / 2)), () => socket.destroy());
      return;
    }
    case 'slow-body': {
      const { body, headers } = serializeResponse(response);
      const bytes = Buffer.from(body ?? '');
      res.writeHead(response.status, { ...headers, 'content-length': String(bytes.byteLength) });
      const size = Math.ceil(bytes.byteLength / wire.chunks);
      for (let sent = 0; sent < bytes.byteLength; sent += size) {
        if (sent > 0) await new Promise((resolve) => setTimeout(resolve, wire.interval));
        if (socket.destroyed) return;
        res.write(bytes.subarray(sent, sent + size));
      }
      res.end();
      return;
    }
  }
}

/**
 * `GET /__mock/scenarios` lists queued and default scenarios; `POST` with
 * `{ endpoint, prefer, times? }` queues one on an endpoint (`prefer` in `Prefer` syntax, or an
 * array of them for a run of steps), and `{ default: prefer | null }` sets or removes the default;
 * `DELETE` drops queued scenarios. Each takes `?provider=` (POST with `endpoint` needs exactly one).
 */
async function scenarios(req: IncomingMessage, res: ServerResponse, selected: ProviderMock<any, any, any>[]): Promise<void> {
  const list = () => Object.fromEntries(selected.map((m) => [m.name, { default: m.defaultScenario ? formatScenario(m.defaultScenario) : null, queued: m.queued.map((q) => ({ endpoint: q.key, prefer: formatScenario(q.scenario), remaining: q.remaining === Infinity ? 'until reset' : q.remaining })) }]));
  if (req.method === 'GET') return send(res, 200, list());
  if (req.method === 'DELETE') {
    for (const m of selected) m.clearQueue();
    return send(res, 200, list());
  }
  if (req.method !== 'POST') return send(res, 405, { mockError: 'Use GET, POST or DELETE on /__mock/scenarios' });
  const usage = 'POST /__mock/scenarios?provider=<name> with JSON { "endpoint": "<key>", "prefer": "code=503, retry-after=1", "times": 2 } or { "default": "delay=50-200" | null }';
  let input: { endpoint?: unknown; prefer?: unknown; times?: unknown; default?: unknown };
  try {
    const bytes = await readBody(req);
    input = JSON.parse(bytes ? Buffer.from(bytes).toString('utf8') : 'null') as typeof input;
    if (!input || typeof input !== 'object') throw new Error('not an object');
  } catch {
    return send(res, 400, { mockError: `Body is not a JSON object. ${usage}` });
  }
  try {
    if ('default' in input) {
      if (input.default !== null && typeof input.default !== 'string') throw new Error(`"default" takes Prefer text or null. ${usage}`);
      for (const m of selected) m.setDefault(input.default ?? undefined);
      return send(res, 200, list());
    }
    if (selected.length !== 1) throw new Error(`Queueing on an endpoint needs ?provider=<name>; served: ${selected.map((m) => m.name).join(', ')}`);
    const prefer = input.prefer;
    const valid = typeof prefer === 'string' || (Array.isArray(prefer) && prefer.length > 0 && prefer.every((p) => typeof p === 'string'));
    if (typeof input.endpoint !== 'string' || !valid) throw new Error(`Give "endpoint" and "prefer". ${usage}`);
    const times = input.times === undefined ? undefined : input.times === 'until reset' ? Infinity : Number(input.times);
    (selected[0] as ProviderMock<any, any, any>).queue(input.endpoint, prefer as string | string[], times === undefined ? {} : { times });
    return send(res, 200, list());
  } catch (error) {
    return send(res, 400, { mockError: error instanceof Error ? error.message : String(error) });
  }
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
