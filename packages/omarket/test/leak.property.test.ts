// Issue 9: random API keys, access and refresh tokens, every error kind, the provider echoing them
// (raw, URL-encoded, base64) in messages, codes, keys, nested bodies and headers: nothing reaches the user.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTestRuntime, scriptedFetch } from '@x/core/testing';
import { runLeakProperty, secretArb } from '../../core/test/property-kit';
import { createOmarket, type OmarketClient } from '../src/index';

describe('omarket: no credential in any form of any error (issue 9)', () => {
  it('random keys and tokens × every error kind', async () => {
    const ended = await runLeakProperty<OmarketClient>(
      {
        secrets: fc.record({ apiKey: secretArb(), accessToken: secretArb(), refreshToken: secretArb() }),
        secretList: (s) => [s.apiKey!, s.accessToken!, s.refreshToken!],
        setup(secrets, failing, seen) {
          const fetch = scriptedFetch(failing);
          const client = createOmarket({
            apiKey: secrets.apiKey!,
            baseURL: 'https://omarket.test',
            fetch,
            runtime: createTestRuntime(),
            tokens: { accessToken: secrets.accessToken!, refreshToken: secrets.refreshToken! },
            hooks: seen.hooks,
            logger: seen.logger,
          } as never);
          return { client, fetch };
        },
        call: (client, options, invalid) => client.ads.list(invalid === undefined ? { page: 1 } : { page: invalid as never }, options),
      },
      210,
    );
    console.log(`[leak property] omarket: 210 runs, ended as ${JSON.stringify(ended)}`);
    expect(Object.keys(ended).length).toBeGreaterThanOrEqual(5);
  }, 60_000);
});
