import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { apiKeyAuth, basicAuth, createClient, defineEndpoint, defineProvider, isAuthError, queryAuth, type ClassifyContext, type ErrorSpec } from './provider';
import { captureObservations, createTestRuntime, expectNoSecret, findSecrets, jsonResponse, scriptedFetch } from './testing';

/** A provider whose classifier copies whatever the body says into code, reason, message and details. */
function echoingProvider(classify?: (c: ClassifyContext) => ErrorSpec | undefined) {
  const read = defineEndpoint({ method: 'GET', path: '/read', summary: 'A safe read.', response: v.unknown(), safe: true });
  const write = defineEndpoint({ method: 'POST', path: '/write', summary: 'An unsafe write.', request: { body: v.object({ note: v.string() }) }, response: v.unknown(), safe: false });
  return defineProvider({
    name: 'echo',
    title: 'Echo',
    baseURL: 'https://echo.test',
    endpoints: { read, write },
    classify:
      classify ??
      ((c) => {
        if (c.ok) return undefined;
        const b = c.body as Record<string, unknown>;
        return { kind: b.auth ? 'auth' : undefined, code: b.code as string, reason: b.reason as string, message: b.message as string, details: b.details };
      }),
  });
}

const user = 'demo-user';
const password = 'pw:Sécret 1/2+3';
const md5 = 'fe01ce2a7fbac8fafaed7c982a04e229';
const apiKey = 'ak_9Zx/+w==';
const basic = btoa(unescape(encodeURIComponent(`${user}:${password}`)));

function echoClient(body: unknown, status = 400, classify?: (c: ClassifyContext) => ErrorSpec | undefined) {
  const fetch = scriptedFetch(jsonResponse(body, status, { 'x-echo': `${apiKey} ${md5}` }));
  const seen = captureObservations();
  const api = createClient(
    echoingProvider(classify),
    { fetch, hooks: seen.hooks, logger: seen.logger, runtime: createTestRuntime() },
    { auth: [queryAuth('creds', { login: user, hash: md5 }), apiKeyAuth({ key: apiKey, in: 'header', param: 'x-key' }), basicAuth({ username: user, password })] },
  );
  return { api, fetch, seen };
}

describe('credentials in code, reason and message (issue 9)', () => {
  it('redacts a code that echoes the request URL (md5 in the query), also in the message, String and stack', async () => {
    const url = `https://echo.test/read?login=${user}&hash=${md5}`;
    const { api, seen } = echoClient({ code: url, message: `failed ${url}` });
    const error = (await api.read().catch((e: unknown) => e)) as Error & { code: unknown };
    expect(String(error.code)).not.toContain(md5);
    expect(error.message).toContain('[REDACTED]');
    expectNoSecret(error, [md5, password, apiKey, `${user}:${password}`], { lines: seen.lines });
  });

  it('turns a reason carrying the Basic credential into provider_error, keeping the text redacted in details', async () => {
    const { api, seen } = echoClient({ reason: `Basic ${basic}`, code: `Basic ${basic}`, message: basic, auth: true }, 401);
    const error = (await api.read().catch((e: unknown) => e)) as { reason: string; details: { providerReason: string }; code: string };
    expect(isAuthError(error)).toBe(true);
    expect(error.reason).toBe("provider_error");
    expect(error.details.providerReason).toBe('Basic [REDACTED]');
    expectNoSecret(error, [md5, password, apiKey, `${user}:${password}`], { lines: seen.lines });
  });

  it('keeps stable reasons, drops free text and a stable-looking reason that is a known secret', async () => {
    expect(((await echoClient({ reason: 'wrong_credentials' }).api.read().catch((e: unknown) => e)) as { reason: string }).reason).toBe('wrong_credentials');
    const free = (await echoClient({ reason: 'Ключ API неверен', details: { a: 1 } }).api.read().catch((e: unknown) => e)) as { reason: string; details: unknown };
    expect(free).toMatchObject({ reason: "provider_error", details: { a: 1, providerReason: 'Ключ API неверен' } });
    const lowerSecret = 'abcd_secret_value';
    const fetch = scriptedFetch(jsonResponse({ reason: lowerSecret }, 400));
    const api = createClient(echoingProvider(), { fetch, runtime: createTestRuntime() }, { auth: [apiKeyAuth({ key: lowerSecret, in: 'header', param: 'x-key' })] });
    const error = await api.read().catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: "provider_error" });
    expectNoSecret(error, [lowerSecret]);
  });

  it('redacts secrets used as keys deep in the body and details, in every serialisation and hook line', async () => {
    let deep: Record<string, unknown> = { [apiKey]: [md5] };
    for (let i = 0; i < 50; i++) deep = { [`${md5}${i}`]: deep };
    const { api, seen } = echoClient({ error: { [apiKey]: ['invalid'] }, details: deep, message: 'x' });
    const error = await api.read().catch((e: unknown) => e);
    expectNoSecret(error, [md5, password, apiKey, `${user}:${password}`], { lines: seen.lines });
  });

  it('property: random credentials echoed anywhere never leave, whatever the error kind', async () => {
    const secretArb = fc.string({ unit: fc.constantFrom(...'abcdefXYZ0189-_./+=: %'.split('')), minLength: 8, maxLength: 20 }).filter((s) => s.trim() === s && s.trim().length >= 8);
    const where = fc.constantFrom('code', 'reason', 'message', 'key', 'nested', 'details', 'raw');
    const kinds: Record<string, number> = {};
    await fc.assert(
      fc.asyncProperty(secretArb, secretArb, where, fc.constantFrom(200, 400, 401, 403, 500), fc.boolean(), async (key, pw, place, status, encode) => {
        const echo = encode ? encodeURIComponent(`${pw} ${key}`) : `${pw} ${key}`;
        const body: Record<string, unknown> = { failed: true, auth: status === 401 };
        if (place === 'code' || place === 'reason' || place === 'message') body[place] = echo;
        if (place === 'key') body.error = { [echo]: [echo] };
        if (place === 'nested') body.a = [{ b: { c: echo } }];
        if (place === 'details') body.details = { [key]: pw };
        const fetch = scriptedFetch(place === 'raw' ? new Response(`oops ${echo} ${btoa(`u:${pw}`)}`, { status: status === 200 ? 500 : status }) : jsonResponse(body, status));
        const seen = captureObservations();
        const api = createClient(
          echoingProvider((c) => {
            const b = c.body as Record<string, unknown> | string;
            if (typeof b === 'string') return c.ok ? undefined : { message: b, code: b, reason: b };
            if (c.ok && !b.failed) return undefined;
            return { kind: b.auth ? 'auth' : undefined, code: b.code as string, reason: b.reason as string, message: b.message as string, details: b.details };
          }),
          { fetch, hooks: seen.hooks, logger: seen.logger, runtime: createTestRuntime(), retry: false },
          { auth: [apiKeyAuth({ key, in: 'query', param: 'k' }), basicAuth({ username: 'u', password: pw })] },
        );
        const error = await api.read().catch((e: unknown) => e);
        const kind = (error as { kind?: string }).kind ?? 'not an SDK error';
        kinds[kind] = (kinds[kind] ?? 0) + 1;
        return error instanceof Error && findSecrets(error, [key, pw, `u:${pw}`], { lines: seen.lines }).length === 0;
      }),
      { seed: 0x51ed, numRuns: 150 },
    );
    console.info(`leak property: 150 generated echoes → ${JSON.stringify(kinds)}`);
    expect(Object.values(kinds).reduce((a, b) => a + b, 0)).toBe(150);
    expect(kinds.api! + kinds.auth!).toBe(150);
  }, 30_000);
});

describe('retries follow the classified failure (issue 9)', () => {
  it('never retries a response the classifier calls an auth failure, even a 500 on a safe endpoint', async () => {
    const toAuth = (c: ClassifyContext): ErrorSpec | undefined => (c.status === 500 ? { kind: 'auth', code: 102, reason: 'wrong_credentials', message: 'wrong password' } : undefined);
    const { api, fetch } = echoClient({ errorCode: 102 }, 500, toAuth);
    const error = await api.read().catch((e: unknown) => e);
    expect(isAuthError(error)).toBe(true);
    expect(fetch.calls).toHaveLength(1);
  });

  it('still retries an unclassified 500 on a safe endpoint', async () => {
    const { api, fetch } = echoClient({ message: 'boom' }, 500);
    await api.read().catch((e: unknown) => e);
    expect(fetch.calls).toHaveLength(3);
  });
});
