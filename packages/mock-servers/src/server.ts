// The local HTTP mock server: a thin node:http adapter over the same mock `handle()` msw uses.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { MockClock } from './clock';
import type { HandleInfo, MockResponse, RawRequest, WireFault } from './types';
import { formatScenario, MOCK_ERROR_HEADER } from './scenarios';
import type { ProviderMock } from './provider-mock';
import { BodyTooLargeError, declaredTooLarge, DEFAULT_BODY_LIMIT } from './limits';
import { serializeResponse } from './respond';
import { serializeResponseParts } from './respond-bytes';
import { DOCS_PATH, docsPathFor, referenceAnswer } from './reference-page';
import type { MockProviderName } from './providers/index';
import { loadProviderMock, providerNames } from './providers/load';
import { NodeRequestHeaders } from './node-headers';
import { nodeRawRequest, splitTarget } from './node-request';
import { installFastLane, LaneReply } from './fast-lane';

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
  /**
   * Largest request body in bytes (default `DEFAULT_BODY_LIMIT`, 10 MiB), on every route: larger
   * bodies get a 413 as soon as the declared length or the bytes read so far exceed it.
   * Providers built here by name get the same limit; mock instances keep their own.
   */
  bodyLimit?: number;
  /** Seed for every id, uuid and token of the providers built here by name (see `MockOptions.seed`). */
  seed?: number | string;
  /**
   * Called with one line per answered request: method, path (never the query string), scenario,
   * status and time in ms. Default: no logging (the CLI logs to stdout unless `--quiet`).
   */
  log?: (line: string) => void;
  /** Providers built here by name accept undocumented request forms (see `MockOptions.lenient`). */
  lenient?: boolean;
  /** A default scenario for every provider built here by name (`x-mock --fault`), in `Prefer` syntax. */
  fault?: string;
  /** Seed of the random source behind `delay=<min>-<max>` and `chance=` (`x-mock --fault-seed`). */
  faultSeed?: number;
  /**
   * Answer plain keep-alive requests without a body (most calls to a mock) straight on the
   * socket, with the bytes node:http would write, and hand every other connection to node:http
   * (default `true`). Requests the lane answers do not pass through the node server's `request`
   * event; set `false` to see every request there.
   */
  fastLane?: boolean;
}

/** What an answer is written through: node's `ServerResponse`, or the fast lane's writer. */
type Reply = ServerResponse | LaneReply;

/** Headers a browser may send cross-origin besides those it asks for in a preflight. */
export const CORS_ALLOW_HEADERS = ['Accept', 'Authorization', 'Content-Type', 'Prefer', 'X-Api-Key'] as const;

/** Response headers a browser script may read: what the SDKs read, and the mock's own. */
export const CORS_EXPOSE_HEADERS = ['Retry-After', 'Allow', 'WWW-Authenticate', 'Content-Disposition', 'X-Mock-Error'] as const;

const CORS_EXPOSE_TEXT = CORS_EXPOSE_HEADERS.join(', ');

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
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  if (!(bodyLimit >= 0)) throw new RangeError(`bodyLimit must be a non-negative number of bytes, got ${String(options.bodyLimit)}`);
  // Providers named here are imported now, in parallel; nothing else is loaded.
  const built = await Promise.all(
    requested.map((entry) =>
      typeof entry === 'string' ? buildByName(entry, { clock: options.clock, bodyLimit, seed: options.seed, fault: options.fault, faultSeed: options.faultSeed, lenient: options.lenient }) : entry,
    ),
  );
  const mocks: Record<string, ProviderMock<any, any, any>> = {};
  for (const mock of built) {
    if (mocks[mock.name]) throw new Error(`Provider ${mock.name} is listed twice`);
    mocks[mock.name] = mock;
  }
  await Promise.all(Object.values(mocks).map((m) => m.ready()));

  let origin = '';
  const server = createServer((req, res) => {
    const info: HandleInfo = {};
    // CORS on every answer, including errors: a browser shows a script nothing without it. The
    // common answer (a mock's, on the synchronous path) gets the headers in its writeHead object;
    // every other path sets them first with `cors(res)`.
    if (options.log) {
      const log = options.log;
      const started = performance.now();
      res.once('close', () => log(logLine(req.method ?? '-', req.url ?? '/', info, res, started)));
    }
    try {
      route(req, res, info)?.catch((error: unknown) => failed(res, error));
    } catch (error) {
      failed(res, error);
    }
  });

  // Plain keep-alive requests without a body skip node's request machinery (see fast-lane.ts);
  // everything the lane does not take below, before anything is done, goes to `route`.
  if (options.fastLane !== false) {
    installFastLane(server, (method, target, fields, res) => {
      const plain = splitTarget(target);
      if (!plain) return false;
      const where = locate(plain.pathname);
      if (!where.mock) return false;
      const info: HandleInfo = {};
      const started = options.log ? performance.now() : 0;
      let done: Promise<void> | void = undefined;
      try {
        const head = nodeRawRequest(method, target, origin, new NodeRequestHeaders(fields), where.host, where.path, plain.query, undefined);
        done = answerNow(where.mock, head, res, res.socket, info)?.catch((error: unknown) => failed(res, error));
      } catch (error) {
        failed(res, error);
      }
      if (!options.log) return done;
      const log = options.log;
      const logged = (): void => {
        log(logLine(method, target, info, res, started));
      };
      return done ? done.then(logged) : logged();
    });
  }

  /** The mounted mock, host and provider-relative path of a request path. */
  function locate(pathname: string): { name: string; mock: ProviderMock<any, any, any> | undefined; host: string; path: string } {
    // `/<name>/<rest>`, or `/<name>/_<host>/<rest>` for a provider's other hosts.
    let end = pathname.indexOf('/', 1);
    if (end < 0) end = pathname.length;
    const name = pathname.slice(1, end);
    const mock = name === '__mock' ? undefined : mocks[name];
    let host = 'main';
    let rest = end;
    if (mock && pathname.charCodeAt(end + 1) === 95 /* _ */) {
      let next = pathname.indexOf('/', end + 1);
      if (next < 0) next = pathname.length;
      const named = pathname.slice(end + 2, next);
      if (named !== 'main' && Object.hasOwn(mock.baseURLs, named)) {
        host = named;
        rest = next;
      }
    }
    return { name, mock, host, path: rest < pathname.length ? pathname.slice(rest) : '/' };
  }

  /** Ask the mock and write its answer: synchronous when the answer is ready at once. */
  function answerNow(mock: ProviderMock<any, any, any>, head: RawRequest, res: Reply, socket: Socket, info: HandleInfo): Promise<void> | void {
    const response = mock.answer(head, info);
    return isPromise(response) ? response.then((r) => answer(mock, res, socket, r)) : answer(mock, res, socket, response);
  }

  // Synchronous for a request without a body whose answer is ready at once (most GETs): no
  // promise or microtask per request; anything that has to wait returns a promise.
  function route(req: IncomingMessage, res: ServerResponse, info: HandleInfo): Promise<void> | void {
    const target = req.url ?? '/';
    const method = (req.method ?? 'GET').toUpperCase();
    if (method === 'OPTIONS' && req.headers['access-control-request-method']) {
      cors(res);
      return preflight(req, res);
    }
    // Most targets are plain: path and query come from the text, and the URL is built only if read.
    const plain = splitTarget(target);
    const pathname = plain ? plain.pathname : URL.canParse(target, origin) ? new URL(target, origin).pathname : undefined;
    if (pathname === undefined) {
      // node's parser lets through targets the URL parser refuses (`http://[`, `//[`): a 400 that
      // says so, not a 500 with the parser's TypeError. The target is not quoted (it may hold a key).
      cors(res);
      return send(res, 400, { mockError: 'The request target is not a valid URL path or absolute URL' });
    }
    const where = locate(pathname);
    const headers = new NodeRequestHeaders(req.rawHeaders);
    const head = nodeRawRequest(method, target, origin, headers, where.host, where.path, plain?.query, undefined);

    const limit = where.mock?.bodyLimit ?? bodyLimit;
    if (where.mock && !hasBody(headers)) return answerNow(where.mock, head, res, req.socket, info);
    return routeWithBody(req, res, info, where.name, where.mock, head, limit);
  }

  async function routeWithBody(req: IncomingMessage, res: ServerResponse, info: HandleInfo, name: string, mock: ProviderMock<any, any, any> | undefined, head: RawRequest, limit: number): Promise<void> {
    cors(res);
    // The body limit comes first, on every route: a 413 without reading the rest of the body.
    let body: Uint8Array | undefined;
    try {
      if (declaredTooLarge(req.headers['content-length'], limit)) throw new BodyTooLargeError(limit);
      // A request without a body (most are GETs) goes on without waiting for one.
      if (hasBody(head.headers)) body = await readBody(req, limit);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      // The rest of the body is read and dropped, nothing kept, and the 413 follows: most clients
      // read no answer before they have sent their body, and a closed socket would reach them as
      // a broken pipe. Past `DRAIN_LIMIT` the connection is closed instead.
      if (!(await drain(req, limit))) return;
      if (mock) return reply(res, mock.tooLarge(head));
      return send(res, 413, { mockError: `Request body is larger than ${limit} bytes (the server's body limit; x-mock --body-limit changes it)` });
    }

    if (name === '__mock') return admin(req, res, head.url, mocks, urlFor, body);
    if (!mock) {
      const mounted = Object.keys(mocks).map((n) => `/${n}`).join(', ');
      return send(res, 404, { mockError: `No provider is mounted at /${name}. Mounted: ${mounted}; admin: /__mock` });
    }
    head.body = body;
    return answer(mock, res, req.socket, await mock.answer(head, info));
  }

  function urlFor(provider: string, host = 'main'): string {
    if (!mocks[provider]) throw new Error(`Provider ${provider} is not served here. Served: ${Object.keys(mocks).join(', ')}`);
    return host === 'main' ? `${origin}/${provider}` : `${origin}/${provider}/_${host}`;
  }

  const port = options.port ?? 4010;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        const taken = new Error(`Port ${port} on ${options.host ?? '127.0.0.1'} is already in use (another x-mock?). Choose another port: x-mock --port 4011, or --port 0 for any free one ({ port } in createMockServer).`);
        Object.assign(taken, { code: 'EADDRINUSE', cause: error });
        reject(taken);
      } else reject(error);
    });
    server.listen(port, options.host ?? '127.0.0.1', () => {
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

async function buildByName(
  name: MockProviderName,
  options: { clock: MockClock | undefined; bodyLimit: number; seed: number | string | undefined; fault: string | undefined; faultSeed: number | undefined; lenient: boolean | undefined },
): Promise<ProviderMock<any, any, any>> {
  const create = await loadProviderMock(name);
  return create({
    bodyLimit: options.bodyLimit,
    ...(options.fault !== undefined ? { fault: options.fault } : {}),
    ...(options.faultSeed !== undefined ? { faultSeed: options.faultSeed } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.lenient ? { lenient: true } : {}),
  });
}

/** Answer a CORS preflight for any path: every method, the baseline headers and whatever the page asks for. */
function preflight(req: IncomingMessage, res: ServerResponse): void {
  const asked = String(req.headers['access-control-request-headers'] ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter((h) => /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(h));
  const allowed = [...new Set([...CORS_ALLOW_HEADERS, ...asked].map((h) => h.toLowerCase()))];
  res.writeHead(204, {
    'access-control-allow-methods': 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers': allowed.join(', '),
    'access-control-max-age': '600',
    vary: 'Access-Control-Request-Headers',
  });
  res.end();
}

/**
 * Write a mock's answer, or act out its wire fault on `socket` (the request's: a node response
 * to a pipelined request gets its socket only when its turn comes).
 */
function answer(mock: ProviderMock<any, any, any>, res: Reply, socket: Socket, response: MockResponse): Promise<void> | void {
  if (response.wire) {
    cors(res);
    return realiseFault(mock, res, socket, response);
  }
  reply(res, response);
}

/** A 500 for an error of the server itself (a mock that threw), or a dropped connection once the head went out. */
function failed(res: Reply, error: unknown): void {
  if (res.headersSent) return void res.destroy();
  cors(res);
  send(res, 500, { mockError: `Mock server error: ${error instanceof Error ? error.message : String(error)}` });
}

/** The `log` line of an answered request: method, path (never the query), scenario, status, time. */
function logLine(method: string, target: string, info: HandleInfo, res: Reply, started: number): string {
  const status = res.writableFinished ? String(res.statusCode) : 'aborted';
  return `${method} ${target.split('?')[0]} ${info.scenario ?? '-'} ${status} ${(performance.now() - started).toFixed(1)} ms`;
}

/** The CORS headers of every answer, set on the response (see `reply` for the common path). */
function cors(res: Reply): void {
  res.setHeader('access-control-allow-origin', '*');
  res.setHeader('access-control-expose-headers', CORS_EXPOSE_TEXT);
}

function isPromise<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown }).then === 'function';
}

function reply(res: Reply, response: MockResponse): void {
  const out = serializeResponseParts(response);
  // In the writeHead object rather than set beforehand: node then takes its faster path. A mock's
  // own CORS header (none today) would win, as it did over the ones set first.
  out.headers['access-control-allow-origin'] ??= '*';
  out.headers['access-control-expose-headers'] ??= CORS_EXPOSE_TEXT;
  if (out.parts === undefined) {
    res.writeHead(response.status, out.headers);
    res.end();
    return;
  }
  // A known length (no chunked framing), and the body as bytes: a string would be joined to the
  // head and encoded again in the write. The lane copies the parts straight after the head.
  out.headers['content-length'] = String(out.length);
  res.writeHead(response.status, out.headers);
  if (res instanceof LaneReply) res.endParts(out.parts, out.length);
  else res.end(out.parts.length === 1 ? out.parts[0] : Buffer.concat(out.parts, out.length));
}

async function admin(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  mocks: Record<string, ProviderMock<any, any, any>>,
  urlFor: (p: string, h?: string) => string,
  body: Uint8Array | undefined,
): Promise<void> {
  const action = url.pathname.replace(/^\/__mock\/?/, '');
  const only = url.searchParams.get('provider');
  if ((url.pathname === DOCS_PATH || url.pathname.startsWith(`${DOCS_PATH}/`)) && (req.method === 'GET' || req.method === 'HEAD')) {
    const served = Object.values(mocks).map((m) => ({ name: m.name, title: m.definition.provider.title }));
    const answer = await referenceAnswer(url.pathname, only, served);
    if (answer) {
      res.writeHead(answer.status, answer.headers);
      res.end(req.method === 'HEAD' ? undefined : answer.body);
      return;
    }
  }
  const selected = Object.values(mocks).filter((m) => !only || m.name === only);
  if (only && selected.length === 0) return send(res, 404, { mockError: `Provider ${only} is not served here` });
  if (action === '' && req.method === 'GET') {
    return send(res, 200, {
      providers: selected.map((m) => ({
        name: m.name,
        urls: Object.fromEntries(Object.keys(m.baseURLs).map((h) => [h, urlFor(m.name, h)])),
        curl: m.definition.curl(urlFor(m.name)),
        docs: `${url.origin}${docsPathFor(m.name)}`,
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
    const text = url.searchParams.get('ms') ?? '';
    const ms = /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
    const clocks = [...new Set(selected.map((m) => m.clock))];
    const fits = Number.isFinite(ms) && ms <= MAX_ADVANCE_MS && clocks.every((clock) => Math.abs(clock.now() + ms) <= MAX_DATE_MS);
    if (!fits) return send(res, 400, { mockError: `Give ?ms=<whole or decimal milliseconds, 0 to ${MAX_ADVANCE_MS} (100 years)>, got "${text.slice(0, 40)}"` });
    for (const clock of clocks) clock.advance(ms);
    return send(res, 200, { now: Object.fromEntries(selected.map((m) => [m.name, m.clock.now()])) });
  }
  if (action === 'scenarios') return scenarios(req, res, selected, body);
  return send(res, 404, {
    mockError:
      'Admin routes: GET /__mock, GET /__mock/journal, GET /__mock/openapi?provider=, GET /__mock/docs?provider=, POST /__mock/reset, POST /__mock/clock/advance?ms=, GET|POST|DELETE /__mock/scenarios',
  });
}

/** Largest single clock advance over HTTP: 100 years. */
const MAX_ADVANCE_MS = 100 * 365.25 * 24 * 3600 * 1000;
/** Largest time a Date can hold. */
const MAX_DATE_MS = 8.64e15;

/** Wire faults over HTTP: socket operations and partial or paced writes. */
async function realiseFault(mock: ProviderMock<any, any, any>, res: Reply, socket: Socket, response: MockResponse): Promise<void> {
  const wire = response.wire as WireFault;
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
function scenarios(req: IncomingMessage, res: ServerResponse, selected: ProviderMock<any, any, any>[], bytes: Uint8Array | undefined): void {
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

function send(res: Reply, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  const message = (body as { mockError?: string }).mockError;
  if (message) headers[MOCK_ERROR_HEADER] = message.replace(/[^\x20-\x7e]/g, '?');
  res.writeHead(status, headers);
  res.end(text);
}

/**
 * Whether a request carries a body: a length or a transfer coding (RFC 9112 §6.3). Read from the
 * raw header list: `req.headers` would build node's header object for this one question.
 */
function hasBody(headers: Headers): boolean {
  return headers.get('content-length') !== null || headers.get('transfer-encoding') !== null;
}

/** Read a request's body (GET may carry one too: O!Market documents one), up to `limit` bytes. */
async function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array | undefined> {
  // Events rather than `for await`: leaving an async iterator early destroys the socket.
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.byteLength;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData);
      req.off('end', onEnd);
      reject(new BodyTooLargeError(limit));
    };
    const onEnd = (): void => resolve(chunks.length === 0 ? undefined : Buffer.concat(chunks));
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('error', reject);
  });
}

/** Bytes of an oversized body the server reads and drops after its 413 before closing the connection. */
const DRAIN_LIMIT = 64 * 1024 * 1024;

/**
 * Read and drop the rest of a rejected body. Resolves `true` once it ended, or `false` after
 * closing the connection because more than `DRAIN_LIMIT` bytes (or the limit, if larger) came.
 */
function drain(req: IncomingMessage, limit: number): Promise<boolean> {
  let dropped = 0;
  const cap = Math.max(limit, DRAIN_LIMIT);
  return new Promise((resolve) => {
    if (req.complete) return resolve(true);
    req.on('data', (chunk: Buffer) => {
      dropped += chunk.byteLength;
      if (dropped <= cap) return;
      req.socket.destroy();
      resolve(false);
    });
    req.once('end', () => resolve(true));
    req.once('close', () => resolve(req.complete));
    req.on('error', () => resolve(false));
    req.resume();
  });
}
