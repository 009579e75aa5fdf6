// Issue 9: random client secrets and access tokens, every error kind, the provider echoing them
// (raw, URL-encoded, base64 of the Basic credential) in messages, codes, keys, nested bodies and
// headers: nothing reaches the user, neither from second.api nor from the token endpoint.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTestRuntime, scriptedFetch, type ScriptedAnswer, type ScriptedReply } from '@x/core/testing';
import { runLeakProperty, secretArb } from '../../core/test/property-kit';
import { createOnlinerSecond, type OnlinerSecondClient } from '../src/index';

function onliner(secrets: Record<string, string>, api: ScriptedAnswer, token: ScriptedAnswer, seen: { hooks: object; logger: object }, timeout?: number) {
  const fetch = scriptedFetch(async (request, recorded) => {
    const answer = recorded.parsedURL.pathname.endsWith('/oauth/token') ? token : api;
    return typeof answer === 'function' ? answer(request, recorded) : (answer as ScriptedReply);
  });
  const client = createOnlinerSecond({ clientId: secrets.clientId!, clientSecret: secrets.clientSecret!, fetch, runtime: createTestRuntime(), hooks: seen.hooks, logger: seen.logger, ...(timeout ? { timeout } : {}) } as never);
  return { client, fetch };
}

const secrets = fc.record({ clientId: secretArb(), clientSecret: secretArb(), token: secretArb() });
const list = (s: Record<string, string>) => [s.clientSecret!, s.token!, `${s.clientId}:${s.clientSecret}`];

describe('onliner-second: no credential in any form of any error (issue 9)', () => {
  it('random secrets and tokens × every error kind on second.api', async () => {
    const ended = await runLeakProperty<OnlinerSecondClient>(
      {
        secrets,
        kinds: ['4xx', '5xx', 'envelope-200', 'network', 'timeout', 'response-validation', 'request-validation'],
        secretList: list,
        setup: (s, failing, seen) => onliner(s, failing, { body: { access_token: s.token, expires_in: 3600, token_type: 'Bearer' } }, seen),
        call: (client, options, invalid) => client.offers.close({ offer_ids: [invalid ?? 'aszx98DD'] }, options),
      },
      140,
    );
    console.log(`[leak property] onliner-second (api): 140 runs, ended as ${JSON.stringify(ended)}`);
    expect(Object.keys(ended).length).toBeGreaterThanOrEqual(5);
  }, 60_000);

  it('random secrets × every error kind on the token endpoint (Basic credential echoed)', async () => {
    const ended = await runLeakProperty<OnlinerSecondClient>(
      {
        secrets,
        kinds: ['4xx', '5xx', 'envelope-200', 'network', 'timeout', 'response-validation'],
        // No token was issued here (the token endpoint fails), so the client cannot know one.
        secretList: (s) => [s.clientSecret!, `${s.clientId}:${s.clientSecret}`],
        // A short client timeout: the token request has no per-call options, a silent token endpoint ends by it.
        setup: (s, failing, seen) => onliner(s, { body: { updated_offers: [] } }, failing, seen, 50),
        call: (client, options, invalid) => client.offers.list(invalid === undefined ? {} : { page: invalid as never }, options),
      },
      140,
    );
    console.log(`[leak property] onliner-second (token endpoint): 140 runs, ended as ${JSON.stringify(ended)}`);
    // Token failures reach the caller as AuthError (or network / rate limit): the kinds collapse.
    expect(Object.keys(ended).length).toBeGreaterThanOrEqual(3);
  }, 60_000);
});
