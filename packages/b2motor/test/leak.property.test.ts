// Issue 9: random passwords, every error kind, the provider echoing the password (raw, URL-encoded,
// base64, md5) in messages, codes, keys, nested bodies and headers: nothing reaches the user.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTestRuntime, scriptedFetch } from '@x/core/testing';
import { runLeakProperty, secretArb } from '../../core/test/property-kit';
import { createB2motor, type B2motorClient } from '../src/index';

describe('b2motor: no credential in any form of any error (issue 9)', () => {
  it('random passwords × every error kind', async () => {
    const ended = await runLeakProperty<B2motorClient>(
      {
        secrets: fc.record({ password: secretArb() }),
        secretList: (s) => [s.password!],
        md5: true,
        setup(secrets, failing, seen) {
          const fetch = scriptedFetch(failing);
          const client = createB2motor({ login: 'demo', password: secrets.password!, baseURL: 'https://b2motor.test/api/webservice', fetch, runtime: createTestRuntime(), hooks: seen.hooks, logger: seen.logger });
          return { client, fetch };
        },
        call: (client, options, invalid) => client.search.product({ article: invalid ?? '01089', brand: 'Febi' }, options),
      },
      210,
    );
    console.log(`[leak property] b2motor: 210 runs, ended as ${JSON.stringify(ended)}`);
    expect(Object.keys(ended).length).toBeGreaterThanOrEqual(5);
  }, 60_000);
});
