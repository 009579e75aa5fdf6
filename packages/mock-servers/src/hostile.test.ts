// Hostile input on both transports: body limit (413), deep nesting (400), bad clock advances (400),
// oversized headers (431), junk methods, many slow connections, and what the journal keeps.
import { request as httpRequest } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { createB2motorMock } from './b2motor';
import { createQuinceMock, QUINCE_DEMO_AUTH } from './quince';
import { createMockServer, type MockServer } from './server';
import { DEFAULT_BODY_LIMIT, MAX_BODY_DEPTH } from './limits';

const MSW_BASE = 'https://b2motor.hostile.test';
const LIMIT = 256 * 1024;
const msw = createB2motorMock({ baseURL: MSW_BASE, bodyLimit: LIMIT });
const mswServer = setupServer(...msw.handlers);
let server: MockServer;
let b2motor: string;
const creds = 'userlogin=demo&userpassw=fe01ce2a7fbac8fafaed7c982a04e229';

beforeAll(async () => {
  mswServer.listen({ onUnhandledRequest: 'bypass' });
  server = await createMockServer({ providers: ['b2motor', createQuinceMock({ bodyLimit: LIMIT })], port: 0, bodyLimit: LIMIT });
  b2motor = server.urlFor('b2motor');
});
afterAll(async () => {
  mswServer.close();
  await server.close();
});

/** A body stream of `size` bytes in 16 kB chunks, with no declared length. */
function streamOf(size: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= size) return controller.close();
      const chunk = new Uint8Array(Math.min(16_384, size - sent)).fill(0x61);
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
}

/** Raw HTTP exchange over a socket: the status line of the answer. */
function raw(text: string): Promise<string> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname, () => socket.write(text));
    let data = '';
    socket.on('data', (d) => {
      data += d.toString('latin1');
    });
    socket.on('end', () => resolve(data.split('\r\n')[0] ?? ''));
    socket.on('close', () => resolve(data.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
  });
}

/** POST `size` bytes with node:http (which reads the answer even while it is still sending). */
function postLarge(url: string, size: number, declare: boolean): Promise<{ status: number | undefined; body: string }> {
  return new Promise((resolve) => {
    const req = httpRequest(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(declare ? { 'content-length': String(size) } : {}) } }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode, body }));
    });
    req.on('error', () => undefined);
    const chunk = Buffer.alloc(65_536, 0x61);
    let sent = 0;
    const pump = (): void => {
      while (sent < size) {
        const part = chunk.subarray(0, Math.min(chunk.byteLength, size - sent));
        sent += part.byteLength;
        if (!req.write(part)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

describe('body size limit (413)', () => {
  it('documents a default of 10 MiB', () => {
    expect(DEFAULT_BODY_LIMIT).toBe(10 * 1024 * 1024);
    expect(createB2motorMock().bodyLimit).toBe(DEFAULT_BODY_LIMIT);
  });

  it('msw: a declared or streamed body over the limit gets the provider-shaped 413, on a route, a 405 and an unknown path', async () => {
    for (const path of ['/basket/add/', '/search/product/', '/no/such/path']) {
      const declared = await fetch(`${MSW_BASE}${path}?${creds}`, { method: 'POST', body: 'a'.repeat(LIMIT + 1) });
      expect(declared.status, path).toBe(413);
      expect(await declared.json()).toMatchObject({ errorMessage: expect.stringContaining(`${LIMIT} bytes`) });
      const streamed = await fetch(`${MSW_BASE}${path}?${creds}`, { method: 'POST', body: streamOf(LIMIT * 4), duplex: 'half' } as RequestInit);
      expect(streamed.status, path).toBe(413);
    }
    expect(msw.journal.entries.filter((e) => e.status === 413)).toHaveLength(6);
    const fits = await fetch(`${MSW_BASE}/basket/add/?${creds}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ positions: [] }) });
    expect(fits.status).not.toBe(413);
  });

  it('node:http: 413 on a route, a 405, an unknown provider and the admin routes, declared or streamed, without keeping it', async () => {
    for (const url of [`${b2motor}/basket/add/?${creds}`, `${b2motor}/search/product/`, `${b2motor}/nope`, `${server.url}/nobody/here`, `${server.url}/__mock/reset`]) {
      const declared = await postLarge(url, 8 * 1024 * 1024, true);
      expect(declared.status, url).toBe(413);
      const streamed = await postLarge(url, 8 * 1024 * 1024, false);
      expect(streamed.status, url).toBe(413);
    }
    const shaped = await postLarge(`${b2motor}/basket/add/?${creds}`, LIMIT + 1, true);
    expect(JSON.parse(shaped.body)).toMatchObject({ errorCode: expect.any(Number), errorMessage: expect.stringContaining('larger than') });
    // The server still answers afterwards.
    expect((await fetch(`${b2motor}/basket/list/?${creds}`)).status).toBe(200);
  }, 60_000);
});

describe('deep nesting (400, not 500)', () => {
  const deep = '['.repeat(100_000) + ']'.repeat(100_000);
  const deepObject = '{"positions":'.repeat(15_000) + '[]' + '}'.repeat(15_000);

  it.each([
    ['msw', () => `${MSW_BASE}/basket/add/?${creds}`],
    ['node:http', () => `${b2motor}/basket/add/?${creds}`],
  ])('%s: JSON nested 100,000 deep is a validation error in the provider shape', async (_name, url) => {
    for (const body of [deep, deepObject]) {
      const response = await fetch(url(), { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ errorMessage: expect.stringContaining(`deeper than ${MAX_BODY_DEPTH}`) });
    }
    const form = await fetch(url(), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `a${'[b]'.repeat(20_000)}=1` });
    expect(form.status).toBe(400);
    const query = await fetch(`${url()}&q${'[b]'.repeat(1_000)}=1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"positions":[]}' });
    expect(query.status).toBe(400);
  });

  it('a nested body the schema does not read still reaches the journal bounded', async () => {
    const quince = server.urlFor('quince');
    const body = JSON.stringify({ array: [{ Name: 'x', Memo: 'y'.repeat(5_000) }] });
    const response = await fetch(`${quince}/service/add`, { method: 'POST', headers: { 'content-type': 'application/json', [QUINCE_DEMO_AUTH.header]: QUINCE_DEMO_AUTH.value }, body });
    expect(response.status).toBeLessThan(500);
    expect(JSON.stringify(server.mocks.quince!.journal.last()?.body)).toContain('[5000 characters]');
  });
});

describe('clock advance over HTTP', () => {
  it.each(['1e308', 'NaN', '-1', '1e20', 'Infinity', '', 'abc', '0x10', String(200 * 365.25 * 86_400_000)])('?ms=%s answers 400 and the clock stays usable', async (ms) => {
    const before = server.mocks.b2motor!.clock.now();
    const response = await fetch(`${server.url}/__mock/clock/advance?ms=${encodeURIComponent(ms)}`, { method: 'POST' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { mockError: string }).mockError).toContain('ms=');
    expect(server.mocks.b2motor!.clock.now()).toBeGreaterThanOrEqual(before);
    expect((await fetch(`${b2motor}/orders/list/?${creds}`)).status).toBe(200);
  });

  it('a sane advance works', async () => {
    const response = await fetch(`${server.url}/__mock/clock/advance?ms=60000`, { method: 'POST' });
    expect(response.status).toBe(200);
  });

  it('the clock itself refuses a time a Date cannot hold', () => {
    const clock = server.mocks.b2motor!.clock;
    expect(() => clock.advance(1e308)).toThrow(RangeError);
    expect(() => clock.advance(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => clock.set(Number.NaN)).toThrow(RangeError);
    expect(Number.isNaN(new Date(clock.now()).getTime())).toBe(false);
  });
});

describe('what keeps working', () => {
  it('oversized headers and URLs answer 431', async () => {
    expect(await raw(`GET /b2motor/basket/list/ HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`)).toContain('431');
    expect(await raw(`GET /b2motor/${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`)).toContain('431');
  });

  it('junk methods answer 400, a wrong method 405 with each allowed method once', async () => {
    expect(await raw('FOO /b2motor/basket/list/ HTTP/1.1\r\nHost: x\r\n\r\n')).toContain('400');
    const wrong = await fetch(`${b2motor}/basket/list/?${creds}`, { method: 'PATCH' });
    expect(wrong.status).toBe(405);
    const allow = wrong.headers.get('allow')!.split(', ');
    expect(allow.length).toBe(new Set(allow).size);
  });

  it('200 slow connections do not stop the server answering others', async () => {
    const url = new URL(server.url);
    const sockets: Socket[] = [];
    await Promise.all(
      Array.from(
        { length: 200 },
        () =>
          new Promise<void>((resolve) => {
            const socket = connect(Number(url.port), url.hostname, () => {
              socket.write('POST /b2motor/basket/add/ HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"posi');
              resolve();
            });
            socket.on('error', () => resolve());
            sockets.push(socket);
          }),
      ),
    );
    try {
      const response = await fetch(`${b2motor}/basket/list/?${creds}`);
      expect(response.status).toBe(200);
    } finally {
      for (const socket of sockets) socket.destroy();
    }
  });

  it('a 100 kB token-like body is journaled as its length, never scanned whole', async () => {
    const token = 'A1b2C3d4'.repeat(12_800);
    const response = await fetch(`${b2motor}/basket/add/?${creds}`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: token });
    expect(response.status).toBe(400);
    const entry = server.mocks.b2motor!.journal.last('basket.add')!;
    expect(entry.body).toBe(`[${token.length} characters]`);
  });
});
