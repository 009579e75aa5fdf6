// The auth header value must never leave the SDK: not in errors (message, toJSON, cause, body),
// hooks or log lines, whatever the auth form and even when the provider echoes it back.
import { describe, expect, it } from 'vitest';
import { isAuthError, isAuthSetupError, isSdkError, type ErrorInfo, type RequestInfo, type ResponseInfo } from '@x/core/provider';
import { createTestRuntime, scriptedFetch } from '@x/core/testing';
import { createQuince, type QuinceAuth } from './index';
import { fail, ok } from '../test/fake-fetch';

const SECRET = 'qk_live_9f8e7d6c5b4a';
const SHORT = 'k9Z'; // shorter than the redactor's value threshold: only the header name protects it

function observed() {
  const seen: unknown[] = [];
  const lines: unknown[] = [];
  return {
    seen,
    lines,
    hooks: {
      onRequest: (info: RequestInfo) => seen.push(info),
      onResponse: (info: ResponseInfo) => seen.push(info),
      onError: (info: ErrorInfo) => seen.push({ ...info, error: info.error.toJSON() }),
    },
    logger: {
      debug: (message: string, meta?: Record<string, unknown>) => lines.push([message, meta]),
      warn: (message: string, meta?: Record<string, unknown>) => lines.push([message, meta]),
    },
  };
}

function everything(error: unknown, watch: ReturnType<typeof observed>): string {
  const e = error as Error & { toJSON(): unknown; cause?: unknown };
  return [String(e), e.message, e.stack ?? '', JSON.stringify(e), JSON.stringify(e.toJSON()), JSON.stringify(e.cause ?? null), JSON.stringify(watch.seen), JSON.stringify(watch.lines)].join('\n');
}

const forms: Array<[string, QuinceAuth, string, string]> = [
  ['a static header with a custom name', { header: 'X-Quince-Auth', value: SECRET }, 'x-quince-auth', SECRET],
  ['a headers function', () => ({ 'X-Session-Key': SECRET }), 'x-session-key', SECRET],
  ['an async headers function', async () => ({ Authorization: `Bearer ${SECRET}` }), 'authorization', `Bearer ${SECRET}`],
];

describe('the auth header value never leaks', () => {
  it.each(forms)('%s: sent on the wire, absent from errors, toJSON, hooks and logs', async (_, auth, header, value) => {
    const watch = observed();
    // The provider echoes the credential in its error, in a retried read (hooks fire 3 times).
    const fetch = scriptedFetch(fail({ code: 'E500', message: `internal error for key ${SECRET}`, echo: { [header]: value } }, 500));
    const quince = createQuince({ baseURL: 'https://tenant.quince.test', auth, fetch, runtime: createTestRuntime(), hooks: watch.hooks, logger: watch.logger });
    const error = await quince.services.list({ filter: { ParentFolder: null } }).catch((e: unknown) => e);
    expect(isSdkError(error)).toBe(true);
    // The test means something: the header did travel, and hooks and logs did record the calls.
    expect(fetch.calls).toHaveLength(3);
    expect(fetch.calls[0]?.headers[header]).toBe(value);
    expect(watch.seen.length).toBeGreaterThanOrEqual(6);
    expect(watch.lines.length).toBeGreaterThan(0);
    expect((watch.seen[0] as RequestInfo).headers[header]).toBe('[REDACTED]');
    const text = everything(error, watch);
    expect(text).toContain('internal error for key [REDACTED]');
    expect(text).not.toContain(SECRET);
  });

  it('keeps no piece of it in a long plain-text auth failure that carries it across character 300', async () => {
    // Text cut at 300 characters before redaction kept the value's first 15 characters.
    const key = 'qk_live_3e8a1f9c7b2d4e6a0c5f';
    const fetch = scriptedFetch(new Response(`${'Forbidden: key '.padEnd(285, '.')}${key} is revoked`, { status: 403, headers: { 'content-type': 'text/plain' } }));
    const quince = createQuince({ baseURL: 'https://tenant.quince.test', auth: { header: 'X-Quince-Auth', value: key }, fetch, runtime: createTestRuntime() });
    const error = await quince.services.list().catch((e: unknown) => e);
    expect(isAuthError(error)).toBe(true);
    const { message, providerMessage } = error as { message: string; providerMessage: string };
    expect(providerMessage.startsWith('Forbidden: key ...')).toBe(true);
    const text = [message, providerMessage, JSON.stringify(error), JSON.stringify((error as { toJSON(): unknown }).toJSON())].join('\n');
    for (let i = 0; i + 8 <= key.length; i++) expect(text, key.slice(i, i + 8)).not.toContain(key.slice(i, i + 8));
  });

  it('masks a short custom header value by its name in hooks', async () => {
    const watch = observed();
    const fetch = scriptedFetch(ok([]));
    const quince = createQuince({ baseURL: 'https://tenant.quince.test', auth: { header: 'X-Pin', value: SHORT }, fetch, runtime: createTestRuntime(), hooks: watch.hooks });
    await quince.services.folders.list();
    expect(fetch.calls[0]?.headers['x-pin']).toBe(SHORT);
    expect((watch.seen[0] as RequestInfo).headers['x-pin']).toBe('[REDACTED]');
    expect(JSON.stringify(watch.seen)).not.toContain(SHORT);
  });

  it('keeps a failing headers function\'s secret out of the AuthError it becomes', async () => {
    const fetch = scriptedFetch(ok([]));
    const quince = createQuince({
      baseURL: 'https://tenant.quince.test',
      auth: () => {
        throw new Error(`vault said no to ${SECRET}`);
      },
      fetch,
    });
    const error = await quince.services.list().catch((e: unknown) => e);
    expect(isAuthSetupError(error)).toBe(true);
    expect(error).toMatchObject({ kind: 'auth_setup', reason: 'auth_headers_failed' });
    expect(JSON.stringify(error) + String(error)).not.toContain(SECRET);
    expect(fetch.calls).toHaveLength(0);
  });

  it('rejects a headers function that returns something else, without sending', async () => {
    const fetch = scriptedFetch(ok([]));
    const quince = createQuince({ baseURL: 'https://tenant.quince.test', auth: () => ({ 'X-Key': 5 as unknown as string }), fetch });
    const error = await quince.services.list().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'auth_setup', reason: 'auth_headers_invalid' });
    expect(fetch.calls).toHaveLength(0);
  });
});
