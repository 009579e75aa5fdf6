// The fault catalogue on both transports: each scenario through the Prefer header, as fetch sees
// it in-process (msw) and over real HTTP (node:http server).
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createB2motorMock } from './b2motor';
import { createMockServer, type MockServer } from './server';
import { seededRandom } from './scenarios';

const MD5 = 'fe01ce2a7fbac8fafaed7c982a04e229'; // md5("demo")
const SEARCH = `/search/product/?article=01089&brand=Febi&userlogin=demo&userpassw=${MD5}`;

interface Transport {
  name: 'msw' | 'http';
  mock: ReturnType<typeof createB2motorMock>;
  base: () => string;
}

const mswMock = createB2motorMock({ baseURL: 'https://b2motor.faults-test/api' });
const httpMock = createB2motorMock();
let server: MockServer;

const transports: Transport[] = [
  { name: 'msw', mock: mswMock, base: () => 'https://b2motor.faults-test/api' },
  { name: 'http', mock: httpMock, base: () => server.urlFor('b2motor') },
];

/** What fetch does with a request: status, headers, body text, or the error on the way. */
async function call(t: Transport, prefer?: string, init: RequestInit = {}, path = SEARCH) {
  const started = performance.now();
  try {
    const response = await fetch(t.base() + path, { ...init, headers: { ...(prefer ? { prefer } : {}), ...(init.headers as Record<string, string>) } });
    try {
      const text = await response.text();
      return { status: response.status, headers: response.headers, text, ms: performance.now() - started };
    } catch (bodyError) {
      return { status: response.status, headers: response.headers, bodyError: bodyError as Error, ms: performance.now() - started };
    }
  } catch (error) {
    return { error: error as Error, ms: performance.now() - started };
  }
}

function causeCode(error: unknown): string | undefined {
  for (let e = error as { code?: string; cause?: unknown } | undefined, i = 0; e && i < 5; e = e.cause as typeof e, i++) if (e.code) return e.code;
  return undefined;
}

const msw = setupServer(...mswMock.handlers);
beforeAll(async () => {
  server = await createMockServer({ providers: [httpMock], port: 0 });
  // fetch keeps idle connections longer than node's 5 s keep-alive; a reused, just-closed socket
  // would fail a request with ECONNRESET that no fault caused.
  server.server.keepAliveTimeout = 120_000;
});
afterAll(() => server.close());

let normal = '';
beforeAll(async () => {
  const response = await fetch(server.urlFor('b2motor') + SEARCH);
  normal = await response.text();
  await httpMock.reset();
});

for (const t of transports) {
  describe(`fault catalogue over ${t.name === 'msw' ? 'msw (in-process)' : 'node:http'}`, () => {
    if (t.name === 'msw') {
      beforeAll(() => msw.listen({ onUnhandledRequest: 'bypass' }));
      afterAll(() => msw.close());
    }

    it('answers normally without a scenario', async () => {
      const r = await call(t);
      expect(r).toMatchObject({ status: 200, text: normal });
    });

    it('delay=<ms> waits, then answers normally', async () => {
      const r = await call(t, 'delay=120');
      expect(r).toMatchObject({ status: 200, text: normal });
      expect(r.ms).toBeGreaterThanOrEqual(110);
    });

    it('a delayed answer does not hold up other requests (delays wait outside the serial queue)', async () => {
      const slow = call(t, 'delay=400');
      await new Promise((resolve) => setTimeout(resolve, 20));
      const quick = await call(t);
      expect(quick.status).toBe(200);
      expect(quick.ms).toBeLessThan(350);
      expect((await slow).status).toBe(200);
    });

    it('delay=<min>-<max> draws from the seeded source', async () => {
      await t.mock.reset();
      const r = await call(t, 'delay=40-90');
      const expected = 40 + Math.floor(seededRandom(1)() * 51);
      expect(r.status).toBe(200);
      expect(r.ms).toBeGreaterThanOrEqual(expected - 5);
      expect(t.mock.journal.last()?.scenario).toBe('delay=40-90');
    });

    it('fault=reset drops the connection', async () => {
      const r = await call(t, 'fault=reset');
      expect(r.error).toBeInstanceOf(TypeError);
      if (t.name === 'http') expect(causeCode(r.error)).toBe('ECONNRESET');
      expect(t.mock.journal.last()).toMatchObject({ status: 0, scenario: 'fault=reset' });
    });

    it('fault=empty closes without answering', async () => {
      const r = await call(t, 'fault=empty');
      expect(r.error).toBeInstanceOf(TypeError);
      if (t.name === 'http') expect(causeCode(r.error)).toBe('UND_ERR_SOCKET');
    });

    it('fault=truncated sends headers promising the whole body, then half of it', async () => {
      const r = await call(t, 'fault=truncated');
      expect(r.status).toBe(200);
      expect(r.headers?.get('content-length')).toBe(String(Buffer.byteLength(normal)));
      expect(r.bodyError).toBeInstanceOf(Error);
    });

    it('fault=invalid-json answers 200 with half a JSON document', async () => {
      const r = await call(t, 'fault=invalid-json');
      expect(r.status).toBe(200);
      expect(r.headers?.get('content-type')).toContain('application/json');
      expect(normal.startsWith(r.text!)).toBe(true);
      expect(() => JSON.parse(r.text!)).toThrow(SyntaxError);
    });

    it('fault=html-502 answers a proxy error page, with retry-after when asked', async () => {
      const r = await call(t, 'fault=html-502, retry-after=3');
      expect(r.status).toBe(502);
      expect(r.headers?.get('content-type')).toContain('text/html');
      expect(r.headers?.get('retry-after')).toBe('3');
      expect(r.text).toContain('<h1>502 Bad Gateway</h1>');
    });

    it('fault=wrong-content-type sends the real body as text/html', async () => {
      const r = await call(t, 'fault=wrong-content-type');
      expect(r).toMatchObject({ status: 200, text: normal });
      expect(r.headers?.get('content-type')).toContain('text/html');
    });

    it('fault=slow-body dribbles the body in chunks', async () => {
      const started = performance.now();
      const response = await fetch(t.base() + SEARCH, { headers: { prefer: 'fault=slow-body, chunks=4, interval=60' } });
      const reader = response.body!.getReader();
      const pieces: Uint8Array[] = [];
      for (let r = await reader.read(); !r.done; r = await reader.read()) pieces.push(r.value);
      expect(Buffer.concat(pieces).toString()).toBe(normal);
      expect(pieces.length).toBeGreaterThanOrEqual(3);
      expect(performance.now() - started).toBeGreaterThanOrEqual(170);
    });

    it('fault=no-answer holds until the client gives up, and reset releases it', async () => {
      const r = await call(t, 'fault=no-answer', { signal: AbortSignal.timeout(150) });
      expect(r.error?.name).toBe('TimeoutError');
      expect(r.ms).toBeGreaterThanOrEqual(140);
      const pending = call(t, 'fault=no-answer');
      await new Promise((resolve) => setTimeout(resolve, 50));
      await t.mock.reset();
      expect((await pending).error).toBeInstanceOf(TypeError);
      expect(await call(t)).toMatchObject({ status: 200 });
    });

    it('code=429 and code=503 carry Retry-After in seconds or as an HTTP date', async () => {
      const seconds = await call(t, 'code=429, retry-after=2');
      expect(seconds.status).toBe(429);
      expect(seconds.headers?.get('retry-after')).toBe('2');
      const dated = await call(t, 'code=503; retry-after=date+5');
      expect(dated.status).toBe(503);
      const at = Date.parse(dated.headers!.get('retry-after')!);
      expect(at - Date.now()).toBeGreaterThan(4000);
      expect(at - Date.now()).toBeLessThanOrEqual(6000);
      expect(JSON.parse(dated.text!)).toHaveProperty('errorCode');
    });

    it('sequence= answers one step per request, then starts over', async () => {
      await t.mock.reset();
      const prefer = 'sequence="code=503 | code=503 retry-after=1 | pass"';
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await call(t, prefer)).status);
      expect(statuses).toEqual([503, 503, 200, 503]);
    });

    it('expire-after=<n> accepts a credential n times, then answers the auth error', async () => {
      await t.mock.reset();
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await call(t, 'expire-after=2')).status);
      expect(statuses).toEqual([200, 200, 401]);
      expect(t.mock.journal.last()).toMatchObject({ status: 401, scenario: 'expire-after=2' });
    });

    it('chance= applies a fault with a seeded probability, the same pattern after each reset', async () => {
      const run = async (): Promise<boolean[]> => {
        await t.mock.reset();
        const hits = [];
        for (let i = 0; i < 16; i++) hits.push((await call(t, 'chance=0.3, fault=html-502')).status === 502);
        return hits;
      };
      const random = seededRandom(1);
      const expected = Array.from({ length: 16 }, () => random() < 0.3);
      expect(await run()).toEqual(expected);
      expect(await run()).toEqual(expected);
      expect(expected.filter(Boolean).length).toBeGreaterThan(0);
    });

    it('mock.prefer queues the same vocabulary; each request uses one up', async () => {
      await t.mock.reset();
      t.mock.prefer('search.product', [{ fault: 'reset' }, { code: 429, retryAfter: 1 }]);
      t.mock.prefer('search.product', 'fault=html-502');
      const first = await call(t);
      const second = await call(t);
      const third = await call(t);
      const fourth = await call(t);
      expect(first.error).toBeInstanceOf(TypeError);
      expect([second.status, second.headers?.get('retry-after'), third.status, fourth.status]).toEqual([429, '1', 502, 200]);
      t.mock.prefer('search.product', { code: 503 }, { times: Infinity });
      for (let i = 0; i < 5; i++) expect((await call(t)).status).toBe(503);
      await t.mock.reset();
      expect((await call(t)).status).toBe(200);
    });

    it('a default scenario applies when nothing else is chosen, and survives reset', async () => {
      t.mock.setDefault('code=503');
      await t.mock.reset();
      expect((await call(t)).status).toBe(503);
      expect((await call(t, 'pass, delay=0')).status).toBe(200); // a Prefer header wins over the default
      t.mock.setDefault(undefined);
      expect((await call(t)).status).toBe(200);
    });

    it('a malformed or unknown scenario is a loud mock error', async () => {
      for (const prefer of ['fault=meltdown', 'code=503, fault=reset', 'retry-after=2', 'sequence="code=503 | explode"', 'delay=9-1']) {
        const r = await call(t, prefer);
        expect(r.status, prefer).toBe(400);
        expect(r.headers?.get('x-mock-error'), prefer).toBeTruthy();
      }
      expect((await call(t, 'fault=meltdown')).text).toContain('Valid: reset, empty, truncated, invalid-json, html-502, wrong-content-type, slow-body, no-answer');
      expect(() => t.mock.prefer('search.product', { fault: 'meltdown' as never })).toThrow('Unknown fault "meltdown"');
      expect(() => t.mock.prefer('search.product', 'code=503, example=doc-example')).toThrow('one answer');
      expect(() => t.mock.setDefault('example=doc-example')).toThrow('cannot name an example');
    });
  });
}

describe('admin route /__mock/scenarios (node:http)', () => {
  const admin = (init: RequestInit, query = '?provider=b2motor') => fetch(`${server.url}/__mock/scenarios${query}`, { ...init, headers: { 'content-type': 'application/json' } });

  it('queues scenarios on a running server, lists and clears them', async () => {
    await httpMock.reset();
    const posted = await admin({ method: 'POST', body: JSON.stringify({ endpoint: 'search.product', prefer: ['code=503', 'fault=reset'], times: 1 }) });
    expect(posted.status).toBe(200);
    expect(await posted.json()).toEqual({ b2motor: { default: null, queued: [ { endpoint: 'search.product', prefer: 'code=503', remaining: 1 }, { endpoint: 'search.product', prefer: 'fault=reset', remaining: 1 } ] } });
    expect((await call(transports[1]!)).status).toBe(503);
    expect((await call(transports[1]!)).error).toBeInstanceOf(TypeError);
    expect((await call(transports[1]!)).status).toBe(200);
    await admin({ method: 'POST', body: JSON.stringify({ endpoint: 'search.product', prefer: 'code=500', times: 'until reset' }) });
    expect(((await (await admin({ method: 'GET' })).json()) as any).b2motor.queued[0].remaining).toBe('until reset');
    await admin({ method: 'DELETE' });
    expect((await call(transports[1]!)).status).toBe(200);
  });

  it('sets and removes the default scenario', async () => {
    await admin({ method: 'POST', body: JSON.stringify({ default: 'code=429, retry-after=1' }) }, '');
    const r = await call(transports[1]!);
    expect([r.status, r.headers?.get('retry-after')]).toEqual([429, '1']);
    await admin({ method: 'POST', body: JSON.stringify({ default: null }) }, '');
    expect((await call(transports[1]!)).status).toBe(200);
  });

  it('rejects bad input with the usage', async () => {
    for (const body of ['nope', JSON.stringify({ endpoint: 'search.product' }), JSON.stringify({ endpoint: 'nope', prefer: 'code=503' }), JSON.stringify({ endpoint: 'search.product', prefer: 'fault=nope' })]) {
      const r = await admin({ method: 'POST', body });
      expect(r.status, body).toBe(400);
      expect(r.headers.get('x-mock-error'), body).toBeTruthy();
    }
  });
});
