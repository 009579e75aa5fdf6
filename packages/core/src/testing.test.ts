import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createTestRuntime, jsonResponse, networkFailure, scriptedFetch, type RecordedRequest } from './testing';

describe('scriptedFetch: what it records', () => {
  it('records method, url, parsed URL, path, lower-cased headers, body text and parsed JSON', async () => {
    const fetch = scriptedFetch(jsonResponse({}));
    await fetch('https://api.test/v1/items?page=2&q=a%20b', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Api-Key': 'k-1' },
      body: '{"name":"a","tags":[1,2]}',
    });
    const [call] = fetch.calls;
    expect(call).toEqual({
      method: 'POST',
      url: 'https://api.test/v1/items?page=2&q=a%20b',
      parsedURL: new URL('https://api.test/v1/items?page=2&q=a%20b'),
      path: '/v1/items?page=2&q=a%20b',
      headers: { 'content-type': 'application/json', 'x-api-key': 'k-1' },
      body: '{"name":"a","tags":[1,2]}',
      json: { name: 'a', tags: [1, 2] },
      form: undefined,
    });
    expect(call!.parsedURL.searchParams.get('q')).toBe('a b');
  });

  it('leaves body, json and form undefined for a request without a body', async () => {
    const fetch = scriptedFetch(jsonResponse([]));
    await fetch('https://api.test/list');
    expect(fetch.calls[0]).toMatchObject({ method: 'GET', path: '/list', headers: {} });
    expect(fetch.calls[0]!.body).toBeUndefined();
    expect(fetch.calls[0]!.json).toBeUndefined();
    expect(fetch.calls[0]!.form).toBeUndefined();
  });

  it('keeps a form-encoded body as text and parses no JSON from it', async () => {
    const fetch = scriptedFetch(jsonResponse({}));
    await fetch('https://api.test/token', { method: 'POST', body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'a b' }) });
    expect(fetch.calls[0]!.headers['content-type']).toBe('application/x-www-form-urlencoded;charset=UTF-8');
    expect(fetch.calls[0]!.body).toBe('grant_type=client_credentials&scope=a+b');
    expect(fetch.calls[0]!.json).toBeUndefined();
    expect(fetch.calls[0]!.form).toBeUndefined();
  });

  it('parses a multipart body into form (and leaves body undefined)', async () => {
    const form = new FormData();
    form.set('meta[type]', 'photo');
    form.set('file', new File([new Uint8Array([1, 2, 3])], 'a.jpg', { type: 'image/jpeg' }));
    const fetch = scriptedFetch(jsonResponse({}));
    await fetch('https://upload.test/upload', { method: 'POST', body: form });
    const call = fetch.calls[0]!;
    expect(call.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(call.form?.get('meta[type]')).toBe('photo');
    expect((call.form?.get('file') as File).name).toBe('a.jpg');
    expect((call.form?.get('file') as File).size).toBe(3);
    expect(call.body).toBeUndefined();
    expect(call.json).toBeUndefined();
  });

  it('parses JSON only under a JSON content type, and never throws on malformed JSON', async () => {
    const fetch = scriptedFetch(jsonResponse({}));
    const send = (type: string, body: string) => fetch('https://api.test/', { method: 'POST', headers: { 'content-type': type }, body });
    await send('application/json; charset=utf-8', '{"a":1}');
    await send('application/problem+json', '{"b":2}');
    await send('text/plain', '{"c":3}');
    await send('application/json', '{not json');
    await send('application/json', '');
    expect(fetch.calls.map((c) => c.json)).toEqual([{ a: 1 }, { b: 2 }, undefined, undefined, undefined]);
    expect(fetch.calls.map((c) => c.body)).toEqual(['{"a":1}', '{"b":2}', '{"c":3}', '{not json', '']);
  });

  it('records a Request passed as input, with its init applied', async () => {
    const fetch = scriptedFetch(jsonResponse({}));
    await fetch(new Request('https://api.test/a', { method: 'PUT', headers: { Authorization: 'Bearer t' } }), { headers: { Accept: 'application/json' } });
    await fetch(new URL('https://api.test/b?x=1'));
    expect(fetch.calls.map((c) => [c.method, c.path, c.headers])).toEqual([
      ['PUT', '/a', { accept: 'application/json' }],
      ['GET', '/b?x=1', {}],
    ]);
  });

  it('records the request before answering, even when the answer is a failure', async () => {
    const fetch = scriptedFetch(networkFailure('ECONNRESET'));
    await expect(fetch('https://api.test/x', { method: 'DELETE' })).rejects.toThrow('fetch failed');
    expect(fetch.calls).toHaveLength(1);
    expect(fetch.calls[0]!.method).toBe('DELETE');
  });
});

describe('scriptedFetch: how it answers', () => {
  it('answers in order and repeats the last answer', async () => {
    const fetch = scriptedFetch(jsonResponse({ n: 1 }), jsonResponse({ n: 2 }, 201));
    const answers = [];
    for (let i = 0; i < 4; i++) {
      const response = await fetch('https://api.test/');
      answers.push([response.status, await response.json()]);
    }
    expect(answers).toEqual([
      [200, { n: 1 }],
      [201, { n: 2 }],
      [201, { n: 2 }],
      [201, { n: 2 }],
    ]);
    expect(fetch.calls).toHaveLength(4);
  });

  it('sends a { status, body, headers } answer as JSON, 200 by default', async () => {
    const fetch = scriptedFetch({ body: { ok: true } }, { status: 429, body: { error: 'slow down' }, headers: { 'retry-after': '2' } });
    const first = await fetch('https://api.test/');
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/json');
    expect(await first.json()).toEqual({ ok: true });
    const second = await fetch('https://api.test/');
    expect(second.status).toBe(429);
    expect(second.headers.get('retry-after')).toBe('2');
    expect(await second.json()).toEqual({ error: 'slow down' });
  });

  it('JSON-encodes a string body (a raw body needs a Response)', async () => {
    const fetch = scriptedFetch({ body: '<html>' }, new Response('<html>', { status: 502 }));
    expect(await (await fetch('https://api.test/')).text()).toBe('"<html>"');
    const raw = await fetch('https://api.test/');
    expect(raw.status).toBe(502);
    expect(await raw.text()).toBe('<html>');
  });

  it('throws an Error answer, as fetch does on a network failure', async () => {
    const fetch = scriptedFetch(networkFailure('ECONNREFUSED'), { body: 'ok' });
    const error = await fetch('https://api.test/').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toMatchObject({ message: 'fetch failed', cause: { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 10.0.0.1:443' } });
    expect(await (await fetch('https://api.test/')).json()).toBe('ok');
  });

  it('calls a function answer with the unread Request and the recorded request', async () => {
    const seen: Array<[string, unknown, RecordedRequest]> = [];
    const fetch = scriptedFetch(async (request, recorded) => {
      seen.push([request.url, await request.json(), recorded]);
      return { status: 201, body: { page: Number(recorded.parsedURL.searchParams.get('page')) + 1 } };
    });
    const response = await fetch('https://api.test/list?page=1', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"q":"x"}' });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ page: 2 });
    expect(seen).toEqual([['https://api.test/list?page=1', { q: 'x' }, fetch.calls[0]]]);
    expect(seen[0]![2].json).toEqual({ q: 'x' });
  });

  it('lets a function answer with a Response, an Error, or by throwing, sync or async', async () => {
    const fetch = scriptedFetch(
      () => jsonResponse({ from: 'sync' }),
      async () => jsonResponse({ from: 'async' }),
      () => networkFailure('ENOTFOUND'),
      async () => networkFailure('ECONNRESET'),
      () => {
        throw new TypeError('thrown');
      },
      (_, r) => ({ body: r.method }),
    );
    const outcome = async () =>
      fetch('https://api.test/').then(
        async (r) => r.json(),
        (e: Error) => `${e.message} ${String((e.cause as { code?: string } | undefined)?.code)}`,
      );
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await outcome());
    expect(results).toEqual([{ from: 'sync' }, { from: 'async' }, 'fetch failed ENOTFOUND', 'fetch failed ECONNRESET', 'thrown undefined', 'GET']);
  });

  it('gives the function the request signal, so a hanging answer can be aborted', async () => {
    const fetch = scriptedFetch((request) => new Promise<Response>((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason))));
    const controller = new AbortController();
    const pending = fetch('https://api.test/', { signal: controller.signal }).catch((e: unknown) => e);
    setTimeout(() => controller.abort(new Error('stop')), 5);
    expect(await pending).toMatchObject({ message: 'stop' });
  });

  it('settles on abort even after a garbage collection broke the Request signal link (undici WeakRef)', async () => {
    // undici ties `new Request(url, { signal }).signal` to the caller's signal through a WeakRef: after
    // a GC that link may be gone and `request.signal` never aborts. A hanging answer must still end.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const fetch = scriptedFetch(() => new Promise<Response>(() => undefined));
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, async () => {
        const controller = new AbortController();
        const pending = fetch('https://api.test/', { signal: controller.signal }).catch((e: unknown) => e);
        await new Promise((resolve) => setTimeout(resolve, 5));
        gc();
        controller.abort(new Error('stop'));
        return Promise.race([pending, new Promise((resolve) => setTimeout(() => resolve('still pending'), 1_000))]);
      }),
    );
    expect(outcomes.map((o) => (o instanceof Error ? o.message : o))).toEqual(['stop', 'stop', 'stop', 'stop', 'stop']);
  });

  it('clones a Response answer, so the same answer can be read each time it repeats', async () => {
    const response = jsonResponse({ same: true });
    const fetch = scriptedFetch(response);
    expect(await (await fetch('https://api.test/')).json()).toEqual({ same: true });
    expect(await (await fetch('https://api.test/')).json()).toEqual({ same: true });
    expect(response.bodyUsed).toBe(false);
  });

  it('rejects clearly when nothing is scripted or an answer is malformed', async () => {
    await expect(scriptedFetch()('https://api.test/')).rejects.toThrow('scriptedFetch: no answer scripted');
    await expect(scriptedFetch({ status: 200 } as never)('https://api.test/')).rejects.toThrow(/an answer must be a Response, an Error, \{ status\?, body, headers\? \}/);
    await expect(scriptedFetch((() => undefined) as never)('https://api.test/')).rejects.toThrow(TypeError);
  });
});

describe('jsonResponse', () => {
  it('serialises the body with a JSON content type, a status and extra headers', async () => {
    const response = jsonResponse({ a: [1] }, 400, { 'x-request-id': 'r1' });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('x-request-id')).toBe('r1');
    expect(await response.text()).toBe('{"a":[1]}');
    expect((await jsonResponse('plain').json())).toBe('plain');
    expect(jsonResponse({}, 200, { 'content-type': 'application/json; charset=utf-8' }).headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  it('sends no body with a null-body status', async () => {
    const response = jsonResponse({ ignored: true }, 204);
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
  });
});

describe('createTestRuntime', () => {
  it('sleeps instantly on a fake clock and records each delay', async () => {
    const runtime = createTestRuntime({ now: 1000, random: 0.25 });
    await runtime.sleep(300);
    await runtime.sleep(50);
    expect(runtime.sleeps).toEqual([300, 50]);
    expect(runtime.now()).toBe(1350);
    expect(runtime.random()).toBe(0.25);
    runtime.advance(10);
    expect(runtime.now()).toBe(1360);
    runtime.set(5);
    expect(runtime.now()).toBe(5);
  });

  it('rejects a sleep whose signal is already aborted, without recording it', async () => {
    const runtime = createTestRuntime();
    await expect(runtime.sleep(100, AbortSignal.abort(new Error('gone')))).rejects.toThrow('gone');
    expect(runtime.sleeps).toEqual([]);
  });
});
