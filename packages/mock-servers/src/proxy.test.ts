// The drift proxy against local fake upstreams (node:http): one that answers as documented and one
// that drifts on purpose (a renamed field, a wrong type, an undocumented status, an undocumented
// parameter). Credentials never reach a log line or the journal.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createB2motor } from '@x/b2motor';
import { createSevenOffers } from '@x/7offers';
import { createDriftProxy, type DriftProxy } from './proxy';

const MD5 = 'fe01ce2a7fbac8fafaed7c982a04e229'; // md5("demo")
const offer = { brand: 'Febi', article: '01089', articleFix: '01089', description: 'Антифриз', availability: '1943', deliveryPeriod: 3, price: 233, weight: '1.76' };

type Answer = (req: IncomingMessage, url: URL, body: string) => { status: number; body: unknown };

async function upstream(answer: Answer): Promise<{ url: string; server: Server; seen: Array<{ method?: string; url?: string; body: string }> }> {
  const seen: Array<{ method?: string; url?: string; body: string }> = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, body });
      const out = answer(req, new URL(req.url ?? '/', 'http://x'), body);
      res.writeHead(out.status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(out.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/webservice`, server, seen };
}

const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

describe('x-mock proxy: b2motor', () => {
  let conforming: Awaited<ReturnType<typeof upstream>>;
  let drifting: Awaited<ReturnType<typeof upstream>>;
  let good: DriftProxy;
  let bad: DriftProxy;
  const lines: string[] = [];

  beforeAll(async () => {
    conforming = await upstream((_req, url) => (url.pathname.endsWith('/search/product/') ? { status: 200, body: [offer] } : { status: 200, body: { status: 1, positions: [] } }));
    drifting = await upstream((_req, url) => {
      if (url.pathname.endsWith('/search/product/')) {
        const { brand, ...rest } = offer;
        return { status: 200, body: [{ ...rest, Brand: brand, price: true, weight: 1.76, deliveryPeriod: true }] };
      }
      return { status: 418, body: { errorCode: 7, errorMessage: `teapot for userpassw=${MD5}` } };
    });
    good = await createDriftProxy({ provider: 'b2motor', target: conforming.url, port: 0, log: (l) => lines.push(l) });
    bad = await createDriftProxy({ provider: 'b2motor', target: drifting.url, port: 0, log: (l) => lines.push(l) });
  });
  afterAll(async () => {
    await Promise.all([good.close(), bad.close(), close(conforming.server), close(drifting.server)]);
  });

  it('forwards a conforming exchange unchanged and reports no violation', async () => {
    const client = createB2motor({ login: 'demo', password: 'demo', baseURL: good.url, retry: false });
    expect(await client.search.product({ article: '01089', brand: 'Febi' })).toEqual([offer]);
    expect((await client.basket.list()).status).toBe(1);
    // Unchanged: the upstream saw the SDK's request as sent (documented Cyrillic flag, credentials).
    expect(conforming.seen[0]?.url).toBe(`/api/webservice/search/product/?article=01089&brand=Febi&userlogin=demo&userpassw=${MD5}`);
    expect(good.journal.map((e) => [e.endpoint, e.status, e.violations])).toEqual([
      ['search.product', 200, []],
      ['basket.list', 200, []],
    ]);
  });

  it('names a renamed field, wrong types, an undocumented status and an undocumented parameter', async () => {
    const search = await fetch(`${bad.url}/search/product/?article=01089&brand=Febi&number=5&userlogin=demo&userpassw=${MD5}`);
    expect(search.status).toBe(200); // the answer still reaches the caller unchanged
    expect(((await search.json()) as Array<Record<string, unknown>>)[0]).toHaveProperty('Brand', 'Febi');
    const list = await fetch(`${bad.url}/basket/list/?userlogin=demo&userpassw=${MD5}`);
    expect(list.status).toBe(418);
    const [first, second] = bad.journal;
    expect(first!.endpoint).toBe('search.product');
    const text = first!.violations.join('\n');
    expect(text).toContain('request: query parameter number is not documented');
    expect(text).toMatch(/response: 0\.brand: .*received undefined/i);
    expect(text).toMatch(/response: 0\.Brand/);
    // price "two hundred" is still a string (documented string | number); true is a wrong type.
    expect(text.match(/response: .*Invalid type: Expected .* but received true/g)).toHaveLength(2);
    expect(second!.violations).toEqual([expect.stringMatching(/^response: status 418 is not documented for basket\.list/)]);
  });

  it('flags an undocumented operation and a wrong method', async () => {
    await fetch(`${bad.url}/search/articles/?number=P999&userlogin=demo&userpassw=${MD5}`);
    await fetch(`${bad.url}/basket/add/?userlogin=demo&userpassw=${MD5}`, { method: 'GET' });
    const [a, b] = bad.journal.slice(-2);
    expect(a!.violations[0]).toBe('request: GET /api/webservice/search/articles/ matches no documented operation'.replace('/api/webservice', ''));
    expect(b!.violations[0]).toMatch(/GET is not documented for \/basket\/add\/ \(documented: POST\)/);
  });

  it('keeps credentials out of every log line, the journal and GET /__proxy/journal', async () => {
    const served = await (await fetch(`${bad.url}/__proxy/journal`)).text();
    const everything = [lines.join('\n'), JSON.stringify(good.journal), JSON.stringify(bad.journal), served, good.summary(), bad.summary()].join('\n');
    expect(everything).not.toContain(MD5);
    expect(everything).toContain('userpassw=[REDACTED]');
    expect(JSON.parse(served).entries).toHaveLength(bad.journal.length);
    expect(bad.summary()).toMatch(/^drift proxy \(b2motor\): 4 request\(s\), 4 with violations/);
    expect(good.summary()).toBe('drift proxy (b2motor): 2 request(s), 0 with violations');
    expect(lines.some((l) => l.startsWith('ok    GET /search/product/'))).toBe(true);
    expect(lines.some((l) => l.startsWith('DRIFT GET /basket/list/'))).toBe(true);
  });
});

describe('x-mock proxy: a form body with the key (7offers)', () => {
  it('checks the documented form body and never writes the api_key down', async () => {
    const key = 'adv-5f2c9e7a1b';
    const up = await upstream(() => ({ status: 201, body: { created: 7 } }));
    const lines: string[] = [];
    const proxy = await createDriftProxy({ provider: '7offers', target: up.url.replace('/api/webservice', '/api'), port: 0, log: (l) => lines.push(l) });
    try {
      const client = createSevenOffers({ apiKey: key, baseURL: proxy.url });
      expect(await client.goal.create({ offer_id: 1, title: 'x' })).toEqual({ created: 7 });
      expect(up.seen[0]?.body).toBe(`offer_id=1&title=x&api_key=${key}`);
      expect(proxy.journal[0]).toMatchObject({ endpoint: 'goal.create', status: 201, violations: [] });
      const json = await fetch(`${proxy.url}/goal/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ offer_id: 1, title: 'x', api_key: key }) });
      expect(json.status).toBe(201);
      expect(proxy.journal[1]!.violations).toContain('request: body sent as application/json; documented: application/x-www-form-urlencoded');
      expect([lines.join('\n'), JSON.stringify(proxy.journal)].join('\n')).not.toContain(key);
    } finally {
      await proxy.close();
      await close(up.server);
    }
  });
});
