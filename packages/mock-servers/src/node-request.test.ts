import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nodeRawRequest, splitTarget } from './node-request';
import { queryPairs } from './query-text';
import { createMockServer } from './server';
import { QUINCE_DEMO_AUTH } from './quince';

const ORIGIN = 'http://127.0.0.1:4010';
// Pieces a request target is made of, the awkward ones included: dot segments, escapes of a dot,
// backslashes, doubled slashes, '#', spaces and tabs, non-ASCII, bad escapes and bad UTF-8.
const piece = fc.constantFrom('/', 'a', 'Z', '0', '.', '..', '%2e', '%2E', '%', '%4', '%41', '%D0%B0', '%C3%28', '%ED%A0%80', '+', '=', '&', '?', '#', ' ', '\t', '\\', '~', "'", '"', '<', '{', 'я', '\u00e9', '_', '-', '@', ':', ';', ',');
const target = fc.array(piece, { maxLength: 24 }).map((parts) => `/${parts.join('')}`);
const query = fc.array(piece.filter((p) => p !== '?' && p !== '#'), { maxLength: 24 }).map((parts) => parts.join(''));

describe('request targets without a URL object', () => {
  it('splitTarget gives what new URL() gives, or leaves the target to the URL parser', () => {
    let plain = 0;
    fc.assert(
      fc.property(target, (t) => {
        const split = splitTarget(t);
        if (!split) return;
        plain++;
        const url = new URL(t, ORIGIN);
        expect(split.pathname).toBe(url.pathname);
        expect(split.query === '' ? '' : `?${split.query}`).toBe(url.search);
        expect(queryPairs(split.query)).toEqual([...url.searchParams]);
      }),
      { seed: 0x5917, numRuns: 2000 },
    );
    // The property would pass vacuously if nothing were plain.
    expect(plain).toBeGreaterThan(200);
  });

  it('queryPairs equals URLSearchParams for any well-formed query text, bad escapes and bad UTF-8 included', () => {
    fc.assert(
      fc.property(query, (q) => {
        expect(queryPairs(q)).toEqual([...new URLSearchParams(`?${q}`)]);
      }),
      { seed: 0x9a17, numRuns: 2000 },
    );
    expect(queryPairs('a=1&a=2&b&=c&&d=%D0%B0+x')).toEqual([['a', '1'], ['a', '2'], ['b', ''], ['', 'c'], ['d', 'а x']]);
  });

  it('builds the URL only when read; a spread copy leaves it behind', () => {
    const raw = nodeRawRequest('GET', '/p/q?x=1', ORIGIN, new Headers(), 'main', '/q', 'x=1', undefined);
    expect(raw.url.href).toBe(`${ORIGIN}/p/q?x=1`);
    expect(raw.url).toBe(raw.url);
    const copy: Partial<typeof raw> = { ...raw, path: '/other' };
    expect(copy.url).toBeUndefined();
    expect(copy.queryText).toBe('x=1');
  });

  it('the engine gives a rewritten spread copy its URL back (Quince bare path, a scenario that reads the URL)', async () => {
    const server = await createMockServer({ providers: ['quince'], port: 0 });
    try {
      // expire-after keys its count on the credentials in headers and URL: it reads the URL of
      // the request Quince's rewrite spread into a new object.
      const call = () =>
        fetch(`${server.urlFor('quince')}/service/list`, {
          method: 'POST',
          headers: { authorization: QUINCE_DEMO_AUTH.value, 'content-type': 'application/json', prefer: 'expire-after=1' },
          body: '{"page":1}',
        });
      expect((await call()).status).toBe(200);
      expect((await call()).status).toBe(401);
      expect(server.mocks.quince!.docHits.at(-1)).toMatchObject({ kind: 'bare-path' });
    } finally {
      await server.close();
    }
  });

  it('the server routes targets the URL parser must normalise exactly as before', async () => {
    const server = await createMockServer({ providers: ['b2motor'], port: 0 });
    const get = (path: string): Promise<{ status: number; body: string }> =>
      new Promise((resolve, reject) => {
        const req = httpRequest(`${server.url}/`, { path }, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.end();
      });
    try {
      const q = 'article=01089&brand=Febi&userlogin=demo&userpassw=fe01ce2a7fbac8fafaed7c982a04e229';
      const plain = await get(`/b2motor/search/product/?${q}`);
      expect(plain.status).toBe(200);
      // Dot segments and an escaped dot resolve as in new URL(); the answer is the same bytes.
      for (const odd of [`/b2motor/search/x/../product/?${q}`, `/b2motor/./search/product/?${q}`, `/b2motor/search/%2e/product/?${q}`]) {
        expect(await get(odd)).toEqual(plain);
      }
      // A query with a bad escape decodes as URLSearchParams does (the mock then refuses the brand).
      const bad = await get(`/b2motor/search/product/?${q.replace('brand=Febi', 'brand=Fe%bi')}`);
      expect(bad.status).toBe(200);
      expect(server.mocks.b2motor!.journal.entries.at(-1)!.query.brand).toBe('Fe%bi');
      // Targets node lets through and the URL parser refuses: a 400 naming the problem, not a 500
      // carrying the parser's TypeError, and the target (which may hold a key) is not echoed.
      for (const refused of ['http://[', '//[', `http://%zz/b2motor/search/product/?${q}`]) {
        const got = await get(refused);
        expect(got.status, refused).toBe(400);
        expect(JSON.parse(got.body)).toEqual({ mockError: 'The request target is not a valid URL path or absolute URL' });
      }
    } finally {
      await server.close();
    }
  });
});
