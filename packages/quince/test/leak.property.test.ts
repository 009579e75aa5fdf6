// Issue 9: random API keys in the configured header, every error kind, the provider echoing the key
// (raw, URL-encoded, base64) in messages, codes, keys, nested bodies and headers: nothing reaches the user.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTestRuntime, scriptedFetch } from '@x/core/testing';
import { runLeakProperty, secretArb } from '../../core/test/property-kit';
import { createQuince, type QuinceClient } from '../src/index';

describe('quince: no credential in any form of any error (issue 9)', () => {
  it('random API keys × every error kind', async () => {
    const ended = await runLeakProperty<QuinceClient>(
      {
        secrets: fc.record({ key: secretArb() }),
        secretList: (s) => [s.key!],
        setup(secrets, failing, seen) {
          const fetch = scriptedFetch(failing);
          const client = createQuince({ baseURL: 'https://tenant.quince.test', auth: { header: 'Authorization', value: `Bearer ${secrets.key}` }, fetch, runtime: createTestRuntime(), hooks: seen.hooks, logger: seen.logger } as never);
          return { client, fetch };
        },
        call: (client, options, invalid) => client.services.list(invalid === undefined ? { page: 1 } : { filter: { Id: invalid as never } }, options),
      },
      210,
    );
    console.log(`[leak property] quince: 210 runs, ended as ${JSON.stringify(ended)}`);
    expect(Object.keys(ended).length).toBeGreaterThanOrEqual(5);
  }, 60_000);
});
