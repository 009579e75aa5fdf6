// Query schemas that admit extra keys (loose, or with a rest schema) pass undeclared fields to the
// query string; plain object schemas keep rejecting them as unknown fields.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createClient } from './create-client';
import { defineEndpoint } from './define-endpoint';
import { defineProvider } from './define-provider';
import { isRequestValidationError } from './errors';

const scalar = v.union([v.string(), v.number()]);

const endpoints = {
  loose: defineEndpoint({
    method: 'GET',
    path: '/loose/',
    summary: 'Loose query.',
    request: { query: v.looseObject({ page: v.optional(v.number()) }) },
    response: v.unknown(),
    safe: true,
  }),
  rest: defineEndpoint({
    method: 'GET',
    path: '/rest/',
    summary: 'Query with a rest schema.',
    request: { query: v.objectWithRest({ page: v.optional(v.number()) }, scalar) },
    response: v.unknown(),
    safe: true,
  }),
  plain: defineEndpoint({
    method: 'GET',
    path: '/plain/',
    summary: 'Plain query.',
    request: { query: v.object({ page: v.optional(v.number()) }) },
    response: v.unknown(),
    safe: true,
  }),
  spread: defineEndpoint({
    method: 'POST',
    path: '/spread/',
    summary: 'Rest query and an object body: extras go to the body.',
    request: { query: v.objectWithRest({ page: v.optional(v.number()) }, scalar), body: v.looseObject({ title: v.string() }) },
    response: v.unknown(),
    safe: false,
  }),
};

const provider = defineProvider({ name: 'toy', title: 'Toy', baseURL: 'https://toy.test', endpoints });

function client() {
  const urls: string[] = [];
  const bodies: Array<string | undefined> = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    urls.push(request.url);
    bodies.push(request.body ? await request.text() : undefined);
    return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { api: createClient(provider, { fetch: fetchImpl, retry: false }), urls, bodies };
}

describe('query schemas that admit extra keys', () => {
  it('sends undeclared fields of a loose query schema in the query string', async () => {
    const { api, urls } = client();
    await api.loose({ page: 2, offer_id: 7, 'tags[]': 'x' } as never);
    expect(urls).toEqual(['https://toy.test/loose/?page=2&offer_id=7&tags[]=x']);
  });

  it('validates undeclared fields against the rest schema before sending', async () => {
    const { api, urls } = client();
    await api.rest({ page: 1, offer_id: '-123' });
    expect(urls).toEqual(['https://toy.test/rest/?page=1&offer_id=-123']);
    const error = await api.rest({ nested: { a: 1 } } as never).catch((e: unknown) => e);
    expect(isRequestValidationError(error)).toBe(true);
    expect(urls).toHaveLength(1);
  });

  it('keeps rejecting unknown fields of a plain object query schema', async () => {
    const { api, urls } = client();
    const error = await api.plain({ page: 1, offer_id: 7 } as never).catch((e: unknown) => e);
    expect(isRequestValidationError(error)).toBe(true);
    expect((error as { issues: unknown[] }).issues).toEqual([{ path: 'offer_id', message: 'Unknown field "offer_id"' }]);
    expect(urls).toEqual([]);
  });

  it('leaves extras to an object body when the endpoint spreads one', async () => {
    const { api, urls, bodies } = client();
    await api.spread({ page: 3, title: 'T', extra: 'e' });
    expect(urls).toEqual(['https://toy.test/spread/?page=3']);
    expect(JSON.parse(bodies[0] ?? '')).toEqual({ title: 'T', extra: 'e' });
  });
});
