// The API key travels in the query of every call; it must never show in errors, hooks or logs.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createTestRuntime, scriptedFetch } from '@x/core/testing';
import { createSevenOffers } from './client';

const KEY = 'wm-3c1d5e8f9a2b4c6d';

describe('the API key is redacted everywhere', () => {
  it('in error messages, toJSON, inspect, hooks and log lines', async () => {
    const seen: unknown[] = [];
    const lines: string[] = [];
    const logger = {
      debug: (message: string, meta?: Record<string, unknown>) => lines.push(message, JSON.stringify(meta)),
      warn: (message: string, meta?: Record<string, unknown>) => lines.push(message, JSON.stringify(meta)),
    };
    const fetch = scriptedFetch(
      // A provider that echoes the key back in its error and in a field error.
      { status: 401, body: { error: `Unknown key ${KEY}` } },
      { status: 400, body: { error: { api_key: [`${KEY} is not valid`], offer_id: [`no offer for ${KEY}`] } } },
      { status: 500, body: { error: 'Oops' } },
      { status: 500, body: { error: `still ${KEY}` } },
      { status: 500, body: { error: 'last' } },
      new Response(`<html>${KEY}</html>`, { status: 200, headers: { 'content-type': 'application/json' } }),
      () => {
        throw new TypeError(`fetch failed for https://7offers.test/api/geo/?api_key=${KEY}`);
      },
      { status: 401, body: { error: 'Unauthorized' } },
    );
    const client = createSevenOffers({
      apiKey: KEY,
      baseURL: 'https://7offers.test/api',
      fetch,
      logger,
      runtime: createTestRuntime(),
      hooks: { onRequest: (info) => seen.push(info), onResponse: (info) => seen.push(info), onError: (info) => seen.push(info) },
    });

    const errors: unknown[] = [];
    const attempt = async (call: () => Promise<unknown>) => {
      try {
        await call();
      } catch (error) {
        errors.push(error);
      }
    };
    await attempt(() => client.geo.list());
    await attempt(() => client.goal.list({ offer_id: 1 }));
    await attempt(() => client.goal.view(1)); // 500, 500, 500: retried twice
    await attempt(() => client.goal.list()); // 200 with an HTML body
    await attempt(() => client.goal.create({ title: 'x' })); // network failure
    await attempt(() => client.goal.list({ per_page: 1 })); // rejected before sending
    await attempt(() => client.resource('geo').delete(1, { via: 'POST' }));

    expect(errors).toHaveLength(7);
    expect(fetch.calls.length).toBeGreaterThanOrEqual(7);
    // GET carries the key in the query, POST/DELETE in the form body.
    expect(fetch.calls.every((c) => (c.method === 'GET' ? c.parsedURL.searchParams.get('api_key') : new URLSearchParams(c.body ?? '').get('api_key')) === KEY)).toBe(true);
    const everything = [
      ...errors.flatMap((e) => [String(e), (e as Error).stack ?? '', JSON.stringify(e), inspect(e, { depth: 10 }), JSON.stringify((e as Error).cause ?? null)]),
      JSON.stringify(seen),
      inspect(seen, { depth: 10 }),
      ...lines,
    ].join('\n');
    expect(everything).not.toContain(KEY);
    expect(everything).not.toContain(encodeURIComponent(KEY));
    expect(everything).toContain('api_key=[REDACTED]');
    expect(errors.map((e) => (e as { kind: string }).kind)).toEqual(['auth', 'api', 'api', 'response_validation', 'network', 'request_validation', 'auth']);
  });
});

describe('long error texts', () => {
  /** Every 8-character piece of the key: none may survive in the error. */
  const pieces = (secret: string) => Array.from({ length: secret.length - 7 }, (_, i) => secret.slice(i, i + 8));
  const key = 'wm-9d4f2a7c1e8b3f6a0d5c';

  it.each([
    ['a plain-text body', () => new Response(`${'Server error for api_key='.padEnd(285, '.')}${key} (trace)`, { status: 400, headers: { 'content-type': 'text/plain' } })],
    ['an `error` object with nested values', () => Response.json({ error: { trace: { text: `${'x'.padEnd(270, '.')}${key} (trace)` } } }, { status: 400 })],
  ])('keep no piece of the API key when it straddles character 300 (%s)', async (_, answer) => {
    // Text cut at 300 characters before redaction kept the key's first characters.
    const fetch = scriptedFetch(answer);
    const client = createSevenOffers({ apiKey: key, baseURL: 'https://7offers.test/api', fetch, runtime: createTestRuntime(), retry: false });
    const error = await client.geo.list().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'api', status: 400 });
    const { message, providerMessage } = error as { message: string; providerMessage: string };
    expect(providerMessage).toContain('(trace)'); // the text after the key survives: nothing was cut
    const text = [message, providerMessage, JSON.stringify(error), JSON.stringify((error as { toJSON(): unknown }).toJSON())].join('\n');
    for (const piece of pieces(key)) expect(text, piece).not.toContain(piece);
  });
});
