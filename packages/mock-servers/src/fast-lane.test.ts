// The fast lane (fast-lane.ts) against node:http itself: the same mock behind a server with the
// lane and one without (`fastLane: false`) must write the same bytes for any request, whether
// the lane answers it or hands the connection to node:http.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { md5Hex } from '@x/b2motor/endpoints';
import { createMockServer, type MockServer } from './server';
import { completeAnswers, exchange, withoutDates, withoutOrigin, type RawExchange } from './raw-http.test-helper';
import { parseLaneHead } from './fast-lane';
import type { JournalEntry } from './journal';
import type { MockResponse } from './types';
import { connect, type Socket } from 'node:net';

const AUTH = `userlogin=demo&userpassw=${md5Hex('demo')}`;
const SEARCH = `/b2motor/search/product/?article=01089&brand=Febi&${AUTH}`;
const get = (target: string, extra = ''): string => `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${extra}\r\n`;
const BASKET_ADD_BODY = '{"positions":[]}';
const post = (target: string, body: string, extra = ''): string => `POST ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${extra}\r\n${body}`;

let lane: MockServer;
let node: MockServer;
const port = (server: MockServer): number => Number(new URL(server.url).port);

beforeAll(async () => {
  lane = await createMockServer({ providers: ['b2motor', 'onliner-second'], port: 0, seed: 'lane' });
  node = await createMockServer({ providers: ['b2motor', 'onliner-second'], port: 0, seed: 'lane', fastLane: false });
});
afterAll(async () => {
  await lane?.close();
  await node?.close();
});
afterEach(async () => {
  await Promise.all([lane, node].flatMap((s) => Object.values(s.mocks)).map((m) => m.reset()));
});

/** The same bytes to both servers; what each wrote (dates masked) and how the connection ended, and how many requests node:http saw on the lane server. */
async function both(parts: ReadonlyArray<string | Uint8Array>, options: Parameters<typeof exchange>[2] = {}): Promise<{ lane: RawExchange; node: RawExchange; viaNode: number }> {
  let viaNode = 0;
  const count = (): void => void viaNode++;
  lane.server.on('request', count);
  const a = await exchange(port(lane), parts, options);
  lane.server.off('request', count);
  const b = await exchange(port(node), parts, options);
  return { lane: { ...a, text: withoutOrigin(withoutDates(a.text), lane.url) }, node: { ...b, text: withoutOrigin(withoutDates(b.text), node.url) }, viaNode };
}

/** A node server setting the lane must honour as node:http does. */
type Setting = 'keepAliveTimeout' | 'maxRequestsPerSocket' | 'timeout' | 'maxHeadersCount' | 'maxHeaderSize';

/** Run `test` with `setting` changed on both servers, then put back what each had. */
async function withSetting(setting: Setting, value: number, test: () => Promise<void>): Promise<void> {
  // `maxHeaderSize` (a `createServer` option, read per connection) is not in node's declarations.
  const servers = [lane, node].map((s) => s.server as unknown as Record<Setting, unknown>);
  const before = servers.map((s) => s[setting]);
  for (const server of servers) server[setting] = value;
  try {
    await test();
  } finally {
    servers.forEach((server, i) => (server[setting] = before[i]));
  }
}

async function same(parts: ReadonlyArray<string | Uint8Array>, options: Parameters<typeof exchange>[2] = {}): Promise<{ lane: RawExchange; viaNode: number }> {
  const got = await both(parts, options);
  expect(got.lane.text).toBe(got.node.text);
  expect(got.lane.ending).toBe(got.node.ending);
  return got;
}

describe('the fast lane writes what node:http writes', () => {
  it('a documented search: answered by the lane, byte for byte', async () => {
    const got = await same([get(SEARCH)], { responses: 1 });
    expect(got.viaNode).toBe(0);
    expect(got.lane.text).toMatch(/^HTTP\/1\.1 200 OK\r\ncontent-type: application\/json; charset=utf-8\r\n/);
    expect(got.lane.text).toContain('\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n\r\n[{"brand":"Febi"');
  });

  it('keep-alive: many requests on one connection, pipelined in one write or one after another', async () => {
    const pipelined = await same([get(SEARCH).repeat(5)], { responses: 5 });
    expect(completeAnswers(pipelined.lane.text)).toBe(5);
    expect(pipelined.viaNode).toBe(0);
    const spaced = await same([get(SEARCH), get(SEARCH), get(`/b2motor/search/product/?article=nope&brand=x&${AUTH}`)], { responses: 3, gapMs: 20 });
    expect(completeAnswers(spaced.lane.text)).toBe(3);
  });

  it('hands the connection to node:http at the first request it does not take, with every unread byte', async () => {
    const mixed = await same([get(SEARCH) + post(`/b2motor/basket/add/?${AUTH}`, BASKET_ADD_BODY) + get(SEARCH)], { responses: 3 });
    expect(mixed.viaNode).toBe(2);
    const bodyFirst = await same([post(`/b2motor/basket/add/?${AUTH}`, BASKET_ADD_BODY) + get(SEARCH)], { responses: 2 });
    expect(bodyFirst.viaNode).toBe(2);
  });

  it('a head split across reads goes to node:http (with its header timeout), answered the same', async () => {
    const text = get(SEARCH);
    const got = await same([text.slice(0, 25), text.slice(25, 60), text.slice(60)], { responses: 1, gapMs: 30 });
    expect(got.viaNode).toBe(1);
  });

  const handedOff: Array<[string, string, Parameters<typeof exchange>[2]]> = [
    ['HTTP/1.0', `GET ${SEARCH} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n`, {}],
    ['Connection: close', get(SEARCH, 'Connection: close\r\n'), {}],
    ['HEAD', `HEAD ${SEARCH} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`, { fin: true }],
    ['a CORS preflight', `OPTIONS ${SEARCH} HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: http://a.test\r\nAccess-Control-Request-Method: GET\r\nAccess-Control-Request-Headers: prefer, x-trace\r\n\r\n`, { responses: 1 }],
    ['Expect: 100-continue', `POST /b2motor/basket/add/?${AUTH} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${BASKET_ADD_BODY.length}\r\nExpect: 100-continue\r\n\r\n${BASKET_ADD_BODY}`, { responses: 2 }],
    ['a chunked body', `POST /b2motor/basket/add/?${AUTH} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n${BASKET_ADD_BODY.length.toString(16)}\r\n${BASKET_ADD_BODY}\r\n0\r\n\r\n`, { responses: 1 }],
    ['Content-Length: 0 on a GET', get(SEARCH, 'Content-Length: 0\r\n'), { responses: 1 }],
    ['no Host', `GET ${SEARCH} HTTP/1.1\r\nAccept: */*\r\n\r\n`, {}],
    ['two Hosts', get(SEARCH, 'Host: other\r\n'), { responses: 1 }],
    ['a control character in a value', get(SEARCH, 'X-A: a\x01b\r\n'), {}],
    ['obs-text in a value (node reads it as latin1)', get(SEARCH, 'X-A: caf\xe9\r\n'), { responses: 1 }],
    ['a space before the colon', get(SEARCH, 'X-A : b\r\n'), {}],
    ['a bare LF line end', `GET ${SEARCH} HTTP/1.1\nHost: 127.0.0.1\n\n`, {}],
    ['a 20 kB head', get(SEARCH, `X-Big: ${'a'.repeat(20_000)}\r\n`), {}],
    ['a lower-case method', `get ${SEARCH} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`, {}],
    ['an unknown method', `BREW ${SEARCH} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`, {}],
    ['a target the URL parser normalises', get('/b2motor/search/./product/%2e%2e/product/?article=01089&brand=Febi&' + AUTH), { responses: 1 }],
    ['the admin routes', get('/__mock/scenarios?provider=b2motor'), { responses: 1 }],
    ['an unknown provider', get('/nope/x'), { responses: 1 }],
    ['Upgrade: websocket', get(SEARCH, 'Connection: Upgrade\r\nUpgrade: websocket\r\n'), { responses: 1, waitMs: 500 }],
  ];
  for (const [name, request, options] of handedOff) {
    it(`${name}: handed to node:http, answered the same`, async () => {
      const got = await same([request], options);
      expect(got.lane.text === '' || /^HTTP\/1\.1 \d{3} /.test(got.lane.text)).toBe(true);
    });
  }

  it('a FIN right after a request: the answer, then the connection closes, as node does', async () => {
    const got = await same([get(SEARCH)], { fin: true });
    expect(got.lane.ending).toBe('end');
    expect(completeAnswers(got.lane.text)).toBe(1);
  });
});

describe('wire faults on the fast lane', () => {
  const faults: Array<[string, Parameters<typeof exchange>[2]]> = [
    ['code=503, retry-after=2', { responses: 1 }],
    ['code=429, retry-after=date+30', { responses: 1 }],
    ['fault=html-502', { responses: 1 }],
    ['fault=invalid-json', { responses: 1 }],
    ['fault=wrong-content-type', { responses: 1 }],
    ['fault=truncated', {}],
    ['fault=empty', {}],
    ['fault=reset', {}],
    ['fault=slow-body, chunks=3, interval=20', { responses: 1 }],
    ['delay=40', { responses: 1 }],
    ['sequence="code=500 / example=doc-example"', { responses: 1 }],
  ];
  for (const [prefer, options] of faults) {
    it(`Prefer: ${prefer} — the same bytes and the same ending as node:http`, async () => {
      const got = await same([get(SEARCH, `Prefer: ${prefer}\r\n`)], options);
      expect(got.viaNode).toBe(0);
    });
  }

  it('retry-after as an HTTP date is there at all (the comparison above ran in one second)', async () => {
    const got = await exchange(port(lane), [get(SEARCH, 'Prefer: code=503, retry-after=date+5\r\n')], { responses: 1 });
    expect(got.text).toMatch(/\r\nretry-after: \w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT\r\n/);
  });

  it('fault=no-answer holds the request until the mock resets, then drops the connection', async () => {
    const pending = exchange(port(lane), [get(SEARCH, 'Prefer: fault=no-answer\r\n')], { waitMs: 5000 });
    await new Promise((r) => setTimeout(r, 100));
    await lane.mocks.b2motor!.reset();
    const got = await pending;
    expect(got.text).toBe('');
    expect(got.ending).not.toBe('open');
  });

  it('a request pipelined behind a delayed one waits its turn (answers stay in order)', async () => {
    const got = await same([get(SEARCH, 'Prefer: delay=60\r\n') + get(`/b2motor/search/product/?article=nope&brand=x&${AUTH}`)], { responses: 2 });
    const bodies = got.lane.text.split('\r\n\r\n');
    expect(bodies[1]).toMatch(/^\[\{"brand":"Febi"/);
    expect(bodies[2]).toBe('[]');
  });
});

describe('the fast lane keeps what node:http gives', () => {
  it('journal entries: the same method, path, query and redacted headers', async () => {
    await exchange(port(lane), [get(SEARCH, 'X-Trace: t1\r\nPrefer: example=doc-example\r\n')], { responses: 1 });
    await exchange(port(node), [get(SEARCH, 'X-Trace: t1\r\nPrefer: example=doc-example\r\n')], { responses: 1 });
    const a = lane.mocks.b2motor!.journal.last()!;
    const b = node.mocks.b2motor!.journal.last()!;
    expect({ ...a, at: 0 }).toEqual({ ...b, at: 0 });
    expect(a.headers['x-trace']).toBe('t1');
    expect(JSON.stringify(a)).not.toContain(md5Hex('demo'));
  });

  it('log lines: the same line for the same request', async () => {
    const lines: string[][] = [[], []];
    const servers = await Promise.all([0, 1].map((i) => createMockServer({ providers: ['b2motor'], port: 0, fastLane: i === 0, log: (line) => lines[i]!.push(line.replace(/ [\d.]+ ms$/, ' <ms>')) })));
    try {
      for (const server of servers) {
        await exchange(port(server), [get(SEARCH) + get(SEARCH, 'Prefer: code=503\r\n')], { responses: 2 });
        await exchange(port(server), [get(SEARCH, 'Prefer: fault=reset\r\n')]);
      }
      await new Promise((r) => setTimeout(r, 50));
      expect(lines[0]).toEqual(lines[1]);
      expect(lines[0]).toEqual(['GET /b2motor/search/product/ - 200 <ms>', 'GET /b2motor/search/product/ code=503 503 <ms>', 'GET /b2motor/search/product/ fault=reset aborted <ms>']);
    } finally {
      await Promise.all(servers.map((s) => s.close()));
    }
  });

  it('close() and the node server\'s own close() end idle lane connections at once', async () => {
    for (const stop of [(s: MockServer) => s.close(), (s: MockServer) => new Promise<void>((resolve) => s.server.close(() => resolve()))]) {
      const server = await createMockServer({ providers: ['b2motor'], port: 0 });
      const open = exchange(port(server), [get(SEARCH)], { waitMs: 10_000 });
      await new Promise((r) => setTimeout(r, 100));
      const started = performance.now();
      await stop(server);
      const got = await open;
      expect(performance.now() - started).toBeLessThan(2000);
      expect(completeAnswers(got.text)).toBe(1);
      expect(got.ending).not.toBe('open');
    }
  });

  it('an idle connection closes after the server\'s keepAliveTimeout, as on node:http', async () => {
    await withSetting('keepAliveTimeout', 300, async () => {
      const got = await same([get(SEARCH)], { waitMs: 4000 });
      expect(got.lane.ending).toBe('end');
      expect(got.lane.text).toContain('Keep-Alive: timeout=0\r\n');
    });
  });

  it('fastLane: false sends every request through the node server\'s request event', async () => {
    let seen = 0;
    const count = (): void => void seen++;
    node.server.on('request', count);
    await exchange(port(node), [get(SEARCH).repeat(3)], { responses: 3 });
    node.server.off('request', count);
    expect(seen).toBe(3);
  });
});

describe('parseLaneHead', () => {
  it('takes the strict form and keeps the header lines as they came', () => {
    expect(parseLaneHead(`GET /a?b=1 HTTP/1.1\r\nHost: x\r\nX-A: \t v \t`)).toEqual({ method: 'GET', target: '/a?b=1', fields: 'Host: x\r\nX-A: \t v \t' });
    expect(parseLaneHead('DELETE /a HTTP/1.1\r\nhost: x\r\nConnection: Keep-Alive')).toMatchObject({ method: 'DELETE' });
  });

  it.each([
    ['GET /a HTTP/1.1', 'no Host'],
    ['GET /a HTTP/1.1\r\nHost: x\r\nHost: y', 'two Hosts'],
    ['GET a HTTP/1.1\r\nHost: x', 'a target without a slash'],
    ['GET /a b HTTP/1.1\r\nHost: x', 'a space in the target'],
    ['GET /a HTTP/1.0\r\nHost: x', 'HTTP/1.0'],
    ['GET /a HTTP/1.1 \r\nHost: x', 'a trailing space'],
    ['HEAD /a HTTP/1.1\r\nHost: x', 'HEAD'],
    ['GET /a HTTP/1.1\r\nHost: x\r\nContent-Length: 0', 'a length'],
    ['GET /a HTTP/1.1\r\nHost: x\r\nconnection: close', 'Connection: close'],
    ['GET /a HTTP/1.1\r\nHost: x\r\nX: a\nb', 'a bare LF'],
    ['GET /a HTTP/1.1\r\nHost: x\r\nX: a\rb', 'a bare CR'],
    ['GET /a HTTP/1.1\r\nHost: x\r\n: b', 'an empty name'],
    ['GET /a HTTP/1.1\r\nHost: x\r\nX-\u00e9: b', 'a non-token name'],
    ['GET /a HTTP/1.1\r\nHost: x\r\nX: caf\u00e9', 'obs-text'],
    [`GET /a HTTP/1.1\r\nHost: x${'\r\nX: 1'.repeat(100)}`, 'more than 100 lines'],
  ])('%j goes to node:http (%s)', (head) => {
    expect(parseLaneHead(head)).toBeUndefined();
  });
});

describe('any request: the lane and node:http write the same bytes (seeded property)', () => {
  const method = fc.constantFrom('GET', 'GET', 'GET', 'POST', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'get', 'BREW', 'GE T');
  const target = fc.constantFrom(
    SEARCH,
    SEARCH,
    `/b2motor/search/product/?article=01089&brand=Febi&${AUTH}&extra=1`,
    `/b2motor/search/product/?article=01089&${AUTH}`,
    '/b2motor/search/product/?article=01089&brand=Febi&userlogin=demo&userpassw=bad',
    `/b2motor/basket/?${AUTH}`,
    '/b2motor/nowhere',
    '/onliner-second/_auth/oauth/token',
    '/onliner-second/_nope/x',
    '/nope',
    '/__mock',
    '/b2motor/search/product/?article=%D0%B0&brand=%ZZ',
    '/b2motor/search/product/?a="<>`',
    '/b2motor/../b2motor/search/product/',
    '*',
    'http://127.0.0.1/b2motor/search/product/',
  );
  const version = fc.constantFrom('HTTP/1.1', 'HTTP/1.1', 'HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'http/1.1');
  const header = fc.constantFrom(
    'Accept: */*',
    'Accept:application/json',
    'User-Agent: prop',
    'X-Trace: \t spaced \t',
    'X-Empty:',
    'Prefer: code=503, retry-after=1',
    'Prefer: example=doc-example',
    'Prefer: example=nope',
    'Prefer: fault=html-502',
    'Prefer: fault=empty',
    'Connection: keep-alive',
    'Connection: close',
    'Expect: 100-continue',
    'Host: second',
    'Bad Name: x',
    'X-Ctl: a\x01',
    'X-Latin: caf\xe9',
    'Origin: http://a.test',
    'Access-Control-Request-Method: GET',
  );
  // A body always comes with its framing: bytes after a complete request that are not a
  // request get node's 400 or not depending on whether its last answer finished writing.
  const body = fc.constantFrom<[string, string]>(['', ''], ['', ''], ['Content-Length: 0', ''], ['Content-Length: 2', 'ok'], ['Transfer-Encoding: chunked', '2\r\nok\r\n0\r\n\r\n']);
  const split = fc.integer({ min: 0, max: 3 });
  // Anything at all from the pieces above ...
  const wild = fc.record({ method, target, version, host: fc.boolean(), headers: fc.array(header, { maxLength: 5 }), eol: fc.constantFrom('\r\n', '\r\n', '\r\n', '\n'), body, split });
  // ... and requests in the lane's own form (most of them its to answer).
  const plain = fc.record({
    method: fc.constantFrom('GET', 'GET', 'DELETE', 'POST'),
    target,
    version: fc.constant('HTTP/1.1'),
    host: fc.constant(true),
    headers: fc.array(fc.constantFrom('Accept: */*', 'User-Agent: prop', 'X-Trace: \t spaced \t', 'X-Empty:', 'Prefer: code=503, retry-after=1', 'Prefer: example=doc-example', 'Prefer: example=nope', 'Prefer: fault=html-502', 'Connection: keep-alive'), { maxLength: 4 }),
    eol: fc.constant('\r\n'),
    body: fc.constant<[string, string]>(['', '']),
    // A head split across reads goes to node:http: mostly whole here.
    split: fc.constantFrom(0, 0, 0, 1),
  });
  const request = fc.oneof(wild, plain);

  it('for 150 seeded requests, the bytes written and how the connection ends agree', async () => {
    let byLane = 0;
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const [framing, body] = r.body;
        const lines = [`${r.method} ${r.target} ${r.version}`, ...(r.host ? ['Host: 127.0.0.1'] : []), ...r.headers, ...(framing ? [framing] : [])];
        const text = `${lines.join(r.eol)}${r.eol}${r.eol}${body}`;
        // Split into up to 4 writes at fixed points, 15 ms apart.
        const parts: string[] = [];
        let at = 0;
        for (let i = 1; i <= r.split; i++) {
          const next = Math.floor((text.length * i) / (r.split + 1));
          parts.push(text.slice(at, next));
          at = next;
        }
        parts.push(text.slice(at));
        const got = await both(parts, { fin: true, gapMs: r.split > 0 ? 15 : 0, waitMs: 1500 });
        expect(got.lane.text, JSON.stringify(text)).toBe(got.node.text);
        expect(got.lane.ending, JSON.stringify(text)).toBe(got.node.ending);
        // Answered by a mock without node's request event: by the lane (node's own 400s carry no CORS headers).
        if (got.viaNode === 0 && got.lane.text.includes('\r\naccess-control-allow-origin: *\r\n')) byLane++;
        await Promise.all([lane, node].flatMap((s) => Object.values(s.mocks)).map((m) => m.reset()));
      }),
      { seed: 20261126, numRuns: 150 },
    );
    // Both paths are exercised: the lane answered a good share of the requests itself.
    expect(byLane).toBeGreaterThan(25);
  }, 120_000);
});

describe('the fast lane at the edges of a connection, against node:http', () => {
  it('a FIN while a delayed answer is pending: node:http ends the connection at once, so does the lane', async () => {
    await same([get(SEARCH, 'Prefer: delay=80\r\n')], { fin: true });
    await same([get(SEARCH, 'Prefer: delay=80\r\n') + get(SEARCH)], { fin: true });
  });

  it('bytes and then a FIN while a delayed answer is pending: node:http still ends the connection at once', async () => {
    const ended = await same([get(SEARCH, 'Prefer: delay=150\r\n'), get(SEARCH)], { fin: true, gapMs: 30 });
    expect(ended.lane.text).toBe('');
    await same([get(SEARCH, 'Prefer: delay=150\r\n'), post(`/b2motor/basket/add/?${AUTH}`, BASKET_ADD_BODY)], { fin: true, gapMs: 30 });
    // Without a FIN, the request sent while the first waits is answered after it.
    const kept = await same([get(SEARCH, 'Prefer: delay=100\r\n'), get(SEARCH)], { responses: 2, gapMs: 30 });
    expect(completeAnswers(kept.lane.text)).toBe(2);
  });

  // The one known difference (decision 0127): node:http answers bytes its parser refuses with 400
  // at once and drops an answer still pending; the lane cannot hand a connection over in the
  // middle of an answer, so it writes its answer first and node's 400 after it.
  it('bytes node:http refuses, pipelined behind a delayed lane answer: the answer, then node\'s 400', async () => {
    const got = await both([get(SEARCH, 'Prefer: delay=100\r\n') + 'garbage\r\n\r\n'], {});
    expect(got.node.text).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(got.lane.text).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*\r\n\r\n\[\{"brand":"Febi"[\s\S]*\]HTTP\/1\.1 400 Bad Request\r\n/);
    expect(got.lane.ending).toBe(got.node.ending);
  });

  it('an idle connection stays open for keepAliveTimeout plus node\'s one second of grace', async () => {
    await withSetting('keepAliveTimeout', 300, async () => {
      const got = await same([get(SEARCH), get(SEARCH)], { gapMs: 800, responses: 2 });
      expect(completeAnswers(got.lane.text)).toBe(2);
    });
  });

  it('a client that pipelines and never reads: answers stop piling up in memory, as on node:http', async () => {
    // Requests of exactly 256 bytes in paced writes of whole requests, so that the server's reads
    // (64 KiB, or what has arrived) mostly end between two requests and the lane reads each head
    // whole; 6,000 requests, ~10 MB of answers, far past what the kernel's buffers take.
    const one = get(SEARCH, 'X-Pad: \r\n');
    const burst = get(SEARCH, `X-Pad: ${'p'.repeat(256 - one.length)}\r\n`).repeat(50);
    expect(burst.length).toBe(50 * 256);
    /** What the server holds unsent for that client, and how many requests reached node:http. */
    const unread = async (server: MockServer): Promise<{ held: number; viaNode: number }> => {
      let accepted: Socket | undefined;
      let viaNode = 0;
      const grab = (s: Socket): void => void (accepted = s);
      const count = (): void => void viaNode++;
      server.server.prependListener('connection', grab);
      server.server.on('request', count);
      const client = connect(port(server), '127.0.0.1');
      await new Promise((r) => client.once('connect', r));
      server.server.off('connection', grab);
      client.pause();
      for (let i = 0; i < 120 && !client.destroyed; i++) {
        client.write(burst);
        await new Promise((r) => setTimeout(r, 6));
      }
      await new Promise((r) => setTimeout(r, 300));
      const held = accepted!.writableLength;
      server.server.off('request', count);
      client.destroy();
      return { held, viaNode };
    };
    // node:http stops reading once its writes back up: at most an answer or so over the high-water mark.
    expect((await unread(node)).held).toBeLessThan(256 * 1024);
    // A read that still splits a head hands the connection to node:http, which is not the case
    // under test: try again (the lane kept it in nearly every run when measured).
    let got = await unread(lane);
    for (let attempt = 1; attempt < 4 && got.viaNode > 0; attempt++) got = await unread(lane);
    expect(got.viaNode).toBe(0);
    expect(got.held).toBeLessThan(256 * 1024);
  });

  it('a server maxHeaderSize below the default: a longer head gets node\'s 431 on the lane server too', async () => {
    // node reads the server's maxHeaderSize (a `createServer` option) for each new connection.
    await withSetting('maxHeaderSize', 1024, async () => {
      const got = await same([get(SEARCH, `X-Big: ${'a'.repeat(2000)}\r\n`)], {});
      expect(got.lane.text).toMatch(/^HTTP\/1\.1 431 /);
    });
  });

  it('a server maxRequestsPerSocket: its Keep-Alive max, Connection: close and 503 on the lane server too', async () => {
    await withSetting('maxRequestsPerSocket', 2, async () => {
      const got = await same([get(SEARCH).repeat(3)], { waitMs: 1000 });
      expect(got.lane.text).toContain('\r\nKeep-Alive: timeout=5, max=2\r\n');
      expect(got.lane.text).toContain('\r\nConnection: close\r\n');
    });
  });

  it('a server timeout: node:http answers (its timeout events)', async () => {
    await withSetting('timeout', 10_000, async () => {
      const got = await same([get(SEARCH, 'X-A: 1\r\n')], { responses: 1 });
      expect(got.viaNode).toBe(1);
    });
  });

  it('maxHeadersCount caps node\'s req.headers only: the lane answers, the journal keeps every header on both', async () => {
    await withSetting('maxHeadersCount', 2, async () => {
      const got = await same([get(SEARCH, 'X-A: 1\r\nX-B: 2\r\nX-C: 3\r\n')], { responses: 1 });
      expect(got.viaNode).toBe(0);
      const [a, b] = [lane, node].map((s) => s.mocks.b2motor!.journal.last()!) as [JournalEntry, JournalEntry];
      expect({ ...a, at: 0 }).toEqual({ ...b, at: 0 });
      expect(Object.keys(a.headers)).toEqual(['host', 'x-a', 'x-b', 'x-c']);
    });
  });

  it('a mock\'s own Keep-Alive, Connection or Transfer-Encoding header: the head node writes for it', async () => {
    const answers: MockResponse[] = [
      { status: 200, body: [], headers: { 'keep-alive': 'timeout=9' } },
      { status: 200, body: [], headers: { connection: 'close' } },
      { status: 200, body: 'abc', headers: { 'transfer-encoding': 'chunked' } },
    ];
    for (const answer of answers) {
      const mocks = [lane, node].map((s) => s.mocks.b2motor!);
      const saved = mocks.map((m) => m.answer);
      for (const m of mocks) m.answer = () => ({ ...answer });
      try {
        const got = await same([get(SEARCH)], { responses: 1, waitMs: 1000 });
        expect(got.viaNode).toBe(0);
      } finally {
        mocks.forEach((m, i) => (m.answer = saved[i]!));
      }
    }
  });

  it('log lines: a client that leaves before a delayed answer is logged as aborted', async () => {
    const lines: string[][] = [[], []];
    const servers = await Promise.all([0, 1].map((i) => createMockServer({ providers: ['b2motor'], port: 0, fastLane: i === 0, log: (line) => lines[i]!.push(line.replace(/ [\d.]+ ms$/, ' <ms>')) })));
    try {
      for (const server of servers) await exchange(port(server), [get(SEARCH, 'Prefer: delay=150\r\n')], { waitMs: 30 });
      await new Promise((r) => setTimeout(r, 300));
      expect(lines[0]).toEqual(lines[1]);
      expect(lines[0]).toEqual(['GET /b2motor/search/product/ delay=150 aborted <ms>']);
    } finally {
      await Promise.all(servers.map((s) => s.close()));
    }
  });

  it('node\'s server.close() during a delayed answer: the pipelined request behind it is still answered, as on node:http', async () => {
    const texts: string[] = [];
    for (const fastLane of [true, false]) {
      const server = await createMockServer({ providers: ['b2motor'], port: 0, seed: 'lane', fastLane });
      const open = exchange(port(server), [get(SEARCH, 'Prefer: delay=100\r\n') + get(SEARCH)], { responses: 2, waitMs: 2000 });
      await new Promise((r) => setTimeout(r, 30));
      const closed = new Promise<void>((resolve) => server.server.close(() => resolve()));
      const got = await open;
      texts.push(withoutDates(got.text));
      server.server.closeAllConnections();
      await closed;
    }
    expect(texts[0]).toBe(texts[1]);
    expect(completeAnswers(texts[0]!)).toBe(2);
  });
});
