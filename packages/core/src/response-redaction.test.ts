// A response that fails validation may quote a credential the provider echoed: the error must not.
import { inspect } from 'node:util';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { apiKeyAuth } from './auth';
import { createClient } from './create-client';
import { defineEndpoint } from './define-endpoint';
import { defineProvider } from './define-provider';
import { isResponseValidationError } from './errors';

const KEY = 'key-0123456789abcdef';

const provider = defineProvider({
  name: 'toy',
  title: 'Toy',
  baseURL: 'https://toy.test',
  endpoints: {
    item: defineEndpoint({ method: 'GET', path: '/item', summary: 'An item.', response: v.object({ name: v.string() }), safe: true }),
  },
});

describe('response validation errors', () => {
  it('scrub known secrets from issue messages and the error message', async () => {
    const fetchImpl = (async () =>
      new Response(JSON.stringify(`<html>your key ${KEY} is blocked</html>`), { status: 200, headers: { 'content-type': 'application/json' } })) as typeof fetch;
    const api = createClient(provider, { fetch: fetchImpl, retry: false }, { auth: [apiKeyAuth({ key: KEY, in: 'query', param: 'api_key' })] });
    const error = await api.item().catch((e: unknown) => e);
    expect(isResponseValidationError(error)).toBe(true);
    const text = [String(error), JSON.stringify(error), inspect(error, { depth: 10 })].join('\n');
    expect(text).not.toContain(KEY);
    expect(text).toContain('[REDACTED]');
  });
});
