// Issue 9: random API keys, every error kind, the provider echoing the key (raw, URL-encoded,
// base64) in messages, codes, keys, nested bodies and headers: nothing reaches the user.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTestRuntime, scriptedFetch } from '@x/core/testing';
import { runLeakProperty, secretArb } from '../../core/test/property-kit';
import { createSevenOffers, type SevenOffersClient } from '../src/index';

describe('7offers: no credential in any form of any error (issue 9)', () => {
  it('random API keys × every error kind', async () => {
    const ended = await runLeakProperty<SevenOffersClient>(
      {
        // The key travels in the query: no spaces (createSevenOffers refuses them).
        secrets: fc.record({ apiKey: secretArb() }),
        secretList: (s) => [s.apiKey!],
        setup(secrets, failing, seen) {
          const fetch = scriptedFetch(failing);
          const client = createSevenOffers({ apiKey: secrets.apiKey, baseURL: 'https://7offers.test/api', fetch, runtime: createTestRuntime(), hooks: seen.hooks, logger: seen.logger } as never);
          return { client, fetch };
        },
        call: (client, options, invalid) => client.goal.list(invalid === undefined ? { offer_id: 1 } : { offer_id: invalid as never }, options),
      },
      210,
    );
    console.log(`[leak property] 7offers: 210 runs, ended as ${JSON.stringify(ended)}`);
    expect(Object.keys(ended).length).toBeGreaterThanOrEqual(5);
  }, 60_000);
});
