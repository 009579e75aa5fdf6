// Issue 9: own `__proto__` / `constructor` keys, ids the documents do not allow, and values the
// form encoding cannot carry are refused before anything is sent.
import { describe, expect, it } from 'vitest';
import { isRequestValidationError, type RequestValidationError } from '@x/core/provider';
import { createTestRuntime, scriptedFetch } from '@x/core/testing';
import { createSevenOffers } from './client';

function setup() {
  const fetch = scriptedFetch({ status: 201, body: { created: 1, objects: [] } });
  const client = createSevenOffers({ apiKey: 'adv-5f2c9e7a1b', baseURL: 'https://7offers.test/api', fetch, runtime: createTestRuntime() });
  return { client, fetch };
}

async function refused(call: Promise<unknown>): Promise<RequestValidationError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isRequestValidationError(error), String(error)).toBe(true);
  return error as RequestValidationError;
}

describe('7offers input hardening (issue 9)', () => {
  it('an own __proto__ key in list filters is refused, not read through the prototype (was sent as offer_id=5)', async () => {
    const { client, fetch } = setup();
    const error = await refused(client.goal.list(JSON.parse('{"__proto__":{"offer_id":5}}')));
    expect(error.issues.map((i) => i.path)).toEqual(['__proto__']);
    expect(error.message).toContain('Nothing was sent');
    expect(fetch.calls).toHaveLength(0);
  });

  it('create refuses __proto__ and constructor instead of dropping them silently', async () => {
    const { client, fetch } = setup();
    for (const input of ['{"title":"t","__proto__":{"x":1}}', '{"title":"t","constructor":"x"}', '{"title":"t","prototype":"x"}']) {
      const error = await refused(client.goal.create(JSON.parse(input)));
      expect(error.issues[0]?.path).toMatch(/^(__proto__|constructor|prototype)$/);
    }
    expect(fetch.calls).toHaveLength(0);
  });

  it('refuses ids the documents do not allow and numbers the form cannot carry', async () => {
    const { client, fetch } = setup();
    await refused(client.goal.view(0));
    await refused(client.goal.view(-4));
    await refused(client.goal.view('..'));
    await refused(client.goal.view('a\r\nb'));
    await refused(client.goal.view(2 ** 60));
    await refused(client.goal.create({ offer_id: 0 }));
    await refused(client.goal.create({ title: 't', value: Infinity }));
    await refused(client.goal.create({ title: 't', value: 1.7e183 }));
    await refused(client.goal.list({ offer_id: 1e21 }));
    await refused(client.goal.list({ q: Number.NaN }));
    await refused(client.goal.list({ q: 'x\ud800' }));
    expect(fetch.calls).toHaveLength(0);
  });

  it('still sends the documented negative filter example (the provider answers its field error)', async () => {
    const { client, fetch } = setup();
    await client.goal.list({ offer_id: -123 });
    expect(fetch.calls[0]?.parsedURL.searchParams.get('offer_id')).toBe('-123');
  });
});
