import { describe, expect, it } from 'vitest';
import { createTestRuntime, jsonResponse, scriptedFetch } from '@x/core/testing';
import { isApiError, isAuthError, isRequestValidationError } from '@x/core/provider';
import { createB2motor, type B2motorOptions } from './index';
import { md5Hex } from './md5';

const base = 'https://b2motor.test/api/webservice';
const DEMO_MD5 = 'fe01ce2a7fbac8fafaed7c982a04e229';

function b2motor(fetch: typeof globalThis.fetch, options: Partial<B2motorOptions> = {}) {
  return createB2motor({ login: 'demo', password: 'demo', baseURL: base, fetch, runtime: createTestRuntime(), ...options } as B2motorOptions);
}

describe('md5', () => {
  it('hashes like every other md5 (UTF-8)', () => {
    expect(md5Hex('demo')).toBe(DEMO_MD5);
    expect(md5Hex('')).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(md5Hex('пароль')).toBe('e242f36f4f95f12966da8fa2efd59992');
  });
});

describe('createB2motor options', () => {
  it('sends login and the md5 of the password as userpassw on every call', async () => {
    const fetch = scriptedFetch(jsonResponse({ status: 1, positions: [] }));
    await b2motor(fetch).basket.list();
    expect(fetch.calls[0]?.url).toBe(`${base}/basket/list/?userlogin=demo&userpassw=${DEMO_MD5}`);
  });

  it('accepts a pre-hashed password and the userpsw / both parameter names', async () => {
    const fetch = scriptedFetch(jsonResponse({ status: 1 }));
    await b2motor(fetch, { password: undefined, passwordMd5: DEMO_MD5.toUpperCase(), passwordParam: 'userpsw' }).basket.clear();
    await b2motor(fetch, { passwordParam: 'both' }).basket.clear();
    expect(fetch.calls.map((c) => new URL(c.url).search)).toEqual([`?userlogin=demo&userpsw=${DEMO_MD5}`, `?userlogin=demo&userpassw=${DEMO_MD5}&userpsw=${DEMO_MD5}`]);
  });

  it('rejects bad options with a typed error that never echoes the password', () => {
    const cases: Array<Partial<B2motorOptions>> = [
      { login: '' },
      { passwordMd5: 'not-a-hash-secret' } as Partial<B2motorOptions>,
      { password: undefined, passwordMd5: 'xyz-secret' },
      { password: '' },
    ];
    for (const c of cases) {
      let error: unknown;
      try {
        b2motor(scriptedFetch(jsonResponse({})), c);
      } catch (e) {
        error = e;
      }
      expect(isRequestValidationError(error), JSON.stringify(c)).toBe(true);
      expect(JSON.stringify(error) + String(error)).not.toMatch(/secret/);
    }
  });

  it('sends the analogues flag with the Cyrillic А as documented by default, in ASCII on request', async () => {
    const fetch = scriptedFetch(jsonResponse([]));
    await b2motor(fetch, { analogParam: 'isAnalog' }).search.product({ article: 'P999', brand: 'Hepu', isAnalog: false, isOnlineStocks: true });
    await b2motor(fetch).search.product({ article: 'P999', brand: 'Hepu', isAnalog: true });
    expect(new URL(fetch.calls[0]!.url).search).toBe(`?article=P999&brand=Hepu&isAnalog=0&isOnlineStocks=1&userlogin=demo&userpassw=${DEMO_MD5}`);
    expect(fetch.calls[1]?.url).toContain('is%D0%90nalog=1');
  });

  it('encodes the brand and basketId arrays as documented', async () => {
    const fetch = scriptedFetch(jsonResponse([]), jsonResponse({ status: 1, positions: [] }));
    await b2motor(fetch).search.product({ article: '24-1106010', brand: 'ШАНС ПЛЮС' });
    await b2motor(fetch).basket.delete({ basketId: [167846, '167847'] });
    expect(fetch.calls[0]?.url).toContain('brand=%D0%A8%D0%90%D0%9D%D0%A1%20%D0%9F%D0%9B%D0%AE%D0%A1');
    expect(new URL(fetch.calls[1]!.url).search.startsWith('?basketId[0]=167846&basketId[1]=167847&')).toBe(true);
  });

  it('sends basket/add as JSON with string values, or as a PHP-bracket form on request', async () => {
    const fetch = scriptedFetch(jsonResponse({ status: 1, positions: [] }));
    const position = { brand: 'САЗ', article: '2121-2915402', distributorID: 1, storeID: '0007', quantity: 6, price: 427, code: '078733' };
    await b2motor(fetch).basket.add({ positions: [position] });
    expect(JSON.parse(fetch.calls[0]!.body!)).toEqual({ positions: [{ ...position, distributorID: '1', quantity: '6', price: '427' }] });
    await b2motor(fetch, { basketAddEncoding: 'form' }).basket.add({ positions: [position] });
    expect(fetch.calls[1]?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(decodeURIComponent(fetch.calls[1]!.body!)).toContain('positions[0][storeID]=0007&positions[0][quantity]=6');
  });

  it('validates positions before sending: storeID a string or number, quantity a whole number', async () => {
    const fetch = scriptedFetch(jsonResponse({}));
    const error = await b2motor(fetch)
      .basket.add({ positions: [{ brand: 'A', article: 'B', distributorID: '1', storeID: true as unknown as string, quantity: 1.5, price: 1, code: 'C' }] })
      .catch((e: unknown) => e);
    expect(isRequestValidationError(error)).toBe(true);
    expect((error as { issues: Array<{ path: string }> }).issues.map((i) => i.path)).toEqual(['positions.0.storeID', 'positions.0.quantity']);
    expect(fetch.calls).toHaveLength(0);
  });
});

describe('errors and retries', () => {
  it('keeps no piece of the hash in a long plain-text error that carries it across character 300', async () => {
    // Text the classifier cut at 300 characters kept the hash's first 15 characters: core redacts
    // whole secrets, so it must see the whole text.
    const body = `${'Fatal error: query userpassw='.padEnd(285, '.')}${DEMO_MD5} failed`;
    const fetch = scriptedFetch(new Response(body, { status: 500, headers: { 'content-type': 'text/plain' } }));
    const error = await b2motor(fetch, { retry: false }).orders.list().catch((e: unknown) => e);
    expect(isApiError(error)).toBe(true);
    const { message, providerMessage } = error as { message: string; providerMessage: string };
    expect(providerMessage.startsWith('Fatal error: query userpassw=')).toBe(true);
    const text = [message, providerMessage, JSON.stringify(error), JSON.stringify((error as { toJSON(): unknown }).toJSON())].join('\n');
    for (let i = 0; i + 8 <= DEMO_MD5.length; i++) expect(text, DEMO_MD5.slice(i, i + 8)).not.toContain(DEMO_MD5.slice(i, i + 8));
  });

  it('maps errorCode 102 to an AuthError whatever the status, and never leaks the hash', async () => {
    for (const status of [200, 401, 403]) {
      const fetch = scriptedFetch(jsonResponse({ errorCode: 102, errorMessage: 'User Authentication Error' }, status));
      const error = await b2motor(fetch).orders.list().catch((e: unknown) => e);
      expect(isAuthError(error), `status ${status}`).toBe(true);
      expect(error).toMatchObject({ code: 102, reason: 'wrong_credentials', providerMessage: 'User Authentication Error' });
      const text = `${String(error)} ${JSON.stringify(error)} ${(error as Error).stack}`;
      expect(text).not.toContain(DEMO_MD5);
    }
  });

  it('treats status 0 as failure except in basket/list', async () => {
    const failed = scriptedFetch(jsonResponse({ status: 0, errorCode: 7, errorMessage: 'no' }));
    await expect(b2motor(failed).basket.clear()).rejects.toMatchObject({ code: 7, reason: 'rejected', providerMessage: expect.stringContaining('no') });
    const listing = scriptedFetch(jsonResponse({ status: 0, positions: [{ brand: 'A', article: 'B', canBay: 0 }] }));
    expect(await b2motor(listing).basket.list()).toEqual({ status: 0, positions: [{ brand: 'A', article: 'B', canBay: 0 }] });
  });

  it('returns partial orders as results with the placed order (decision 0040)', async () => {
    const body = { status: 0, orders: { number: 1, positions: [{ brand: 'A', article: 'B' }] }, errorMessage: '' };
    const result = await b2motor(scriptedFetch(jsonResponse(body))).orders.add();
    expect(result).toMatchObject({ status: 0, orders: [{ number: 1 }], failed: [] });
  });

  it('normalises orders to an array (object or array on the wire)', async () => {
    const order = { number: 957831, statusCode: 1, sum: 10 };
    const one = await b2motor(scriptedFetch(jsonResponse({ status: 1, orders: order }))).orders.add();
    const many = await b2motor(scriptedFetch(jsonResponse({ status: 1, orders: [order] }))).orders.add();
    expect(one.orders).toEqual([order]);
    expect(many.orders).toEqual([order]);
  });

  it('retries the safe search on 503 but never the mutating GETs', async () => {
    const search = scriptedFetch(jsonResponse({ errorCode: 503, errorMessage: 'busy' }, 503), jsonResponse([]));
    expect(await b2motor(search).search.product({ article: 'x', brand: '' })).toEqual([]);
    expect(search.calls).toHaveLength(2);
    for (const call of [(c: ReturnType<typeof b2motor>) => c.basket.clear(), (c: ReturnType<typeof b2motor>) => c.orders.add(), (c: ReturnType<typeof b2motor>) => c.basket.edit({ basketId: 1 })]) {
      const fetch = scriptedFetch(jsonResponse({ errorCode: 503, errorMessage: 'busy' }, 503));
      await expect(call(b2motor(fetch))).rejects.toMatchObject({ status: 503 });
      expect(fetch.calls).toHaveLength(1);
    }
  });
});

describe('both password forms at once', () => {
  it('are refused at run time too (the types refuse them: client.test-d.ts)', () => {
    // @ts-expect-error both password forms at once are a type error
    const both = () => createB2motor({ login: 'x', password: 'a', passwordMd5: 'b' });
    expect(both).toThrow('exactly one of password or passwordMd5');
  });
});

describe('a wrong password (errorCode 102) is never resent (issue 9)', () => {
  for (const status of [500, 200, 401, 503]) {
    it(`HTTP ${status} with errorCode 102: AuthError after exactly one request, also on a safe endpoint`, async () => {
      const fetch = scriptedFetch(jsonResponse({ errorCode: 102, errorMessage: 'User Authentication Error' }, status));
      const error = await b2motor(fetch).search.product({ article: '01089', brand: 'Febi' }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isAuthError(error)).toBe(true);
      expect(error).toMatchObject({ status, code: 102 });
      expect(fetch.calls).toHaveLength(1);
    });
  }

  it('a plain 500 without errorCode 102 is still retried on a safe endpoint', async () => {
    const fetch = scriptedFetch(jsonResponse({ errorCode: 1, errorMessage: 'Internal error' }, 500), jsonResponse([]));
    await b2motor(fetch).search.product({ article: '01089', brand: 'Febi' });
    expect(fetch.calls).toHaveLength(2);
  });
});

