// x-mock for front-ends: CORS on every answer, preflights on every path, one log line per request
// without secrets, a port-taken message that says what to do, unknown scenarios explained in the
// SDK error's message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createB2motor } from '@x/b2motor';
import { createMockServer, CORS_EXPOSE_HEADERS, type MockServer } from './server';
import { mockProviders } from './providers/index';

const lines: string[] = [];
let server: MockServer;
const md5 = 'fe01ce2a7fbac8fafaed7c982a04e229';
beforeAll(async () => {
  server = await createMockServer({ port: 0, log: (line) => lines.push(line) });
});
afterAll(() => server.close());

describe('CORS', () => {
  it.each(['/b2motor/basket/list/', '/quince/service/get', '/omarket/api/v1/ads/categories/', '/nope/x', '/__mock/journal', '/__mock/reset'])('answers the preflight for %s', async (path) => {
    const response = await fetch(`${server.url}${path}`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'prefer, authorization, x-api-key, x-quince-auth, content-type' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    const allowed = response.headers.get('access-control-allow-headers')!.split(', ');
    expect(allowed).toEqual(expect.arrayContaining(['prefer', 'authorization', 'x-api-key', 'x-quince-auth', 'content-type']));
  });

  it('marks every answer, errors included, and exposes the headers the SDKs read', async () => {
    for (const [url, status] of [
      [`${server.url}/b2motor/basket/list/?userlogin=demo&userpassw=${md5}`, 200],
      [`${server.url}/b2motor/basket/list/?userlogin=demo&userpassw=nope`, 401],
      [`${server.url}/nope/x`, 404],
      [`${server.url}/__mock`, 200],
    ] as const) {
      const response = await fetch(url, { headers: { origin: 'http://localhost:5173' } });
      expect(response.status === status || response.status >= 400).toBe(true);
      expect(response.headers.get('access-control-allow-origin'), url).toBe('*');
      expect(response.headers.get('access-control-expose-headers')!.split(', ')).toEqual(expect.arrayContaining(['Retry-After', 'X-Mock-Error', 'Allow']));
    }
    expect(CORS_EXPOSE_HEADERS).toContain('Retry-After');
  });

  it('an OPTIONS that is not a preflight still reaches the provider (405 with each method once)', async () => {
    const response = await fetch(`${server.url}/b2motor/basket/list/`, { method: 'OPTIONS' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
  });
});

describe('request log', () => {
  it('one line per request: method, path, scenario, status, time; no query string, no token', async () => {
    lines.length = 0;
    await fetch(`${server.url}/b2motor/basket/list/?userlogin=demo&userpassw=${md5}`, { headers: { prefer: 'example=not-orderable', authorization: 'Bearer secret-token-123' } });
    await fetch(`${server.url}/b2motor/orders/list/?userlogin=demo&userpassw=${md5}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^GET \/b2motor\/basket\/list\/ example=not-orderable 200 \d+\.\d ms$/);
    expect(lines[1]).toMatch(/^GET \/b2motor\/orders\/list\/ - 200 \d+\.\d ms$/);
    expect(lines.join('\n')).not.toMatch(/userpassw|secret-token|fe01ce2a/);
  });
});

describe('port taken', () => {
  it('says how to choose another port', async () => {
    const port = Number(new URL(server.url).port);
    const error = await createMockServer({ port, providers: ['b2motor'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain(`Port ${port}`);
    expect((error as Error).message).toContain('--port');
    expect((error as { code?: string }).code).toBe('EADDRINUSE');
  });
});

/** A list call of each provider that needs no input. */
const listCalls: Record<string, string> = { b2motor: 'basket.list', quince: 'services.list', 'onliner-second': 'offers.list', omarket: 'categories.list', '7offers': 'goal.list' };

describe('unknown scenario through an SDK', () => {
  it.each(Object.keys(mockProviders))('%s: the error message lists the valid names', async (name) => {
    const mock = server.mocks[name]!;
    const urls = Object.fromEntries(Object.keys(mock.baseURLs).map((h) => [h, server.urlFor(name, h)]));
    const client = (mockProviders as Record<string, { client(u: Record<string, string>): any }>)[name]!.client(urls);
    const key = listCalls[name]!;
    const call = key.split('.').reduce((node: any, part) => node?.[part], client) as (input?: unknown, options?: unknown) => Promise<unknown>;
    const error = (await call(undefined, { headers: { prefer: 'example=no-such-scenario' } }).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toContain('Unknown scenario example=no-such-scenario');
    const first = mock.examplesFor(key)[0]?.name;
    if (first) expect(error.message).toContain(`example=${first}`);
  });

  it('b2motor: the typed client shows the list in the message', async () => {
    const b2motor = createB2motor({ login: 'demo', password: 'demo', baseURL: server.urlFor('b2motor'), retry: false });
    const error = (await b2motor.basket.list(undefined, { headers: { prefer: 'example=nope' } }).catch((e: unknown) => e)) as Error;
    expect(error.message).toContain('Valid: example=doc-example, example=not-orderable, or code=<HTTP status>');
  });
});
