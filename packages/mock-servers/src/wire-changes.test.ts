// The six wire changes issue 12 found the old contract tests blind to, each applied to one endpoint
// definition as a user might: the fixture comparison must notice every one (and nothing when the
// definition is left alone).
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { b2motorProvider } from '@x/b2motor/endpoints';
import { basicAuth, createClient, defineEndpoint, defineProvider, getPath, queryAuth, type AnyEndpoint, type Provider } from '@x/core/provider';
import { objectEntries } from '@x/core/internal';
import { onlinerSecondProvider } from '@x/onliner-second/endpoints';
import { b2motorFixtures } from './fixtures/b2motor';
import { onlinerSecondFixtures } from './fixtures/onliner-second';
import type { WireFixture } from './fixtures/types';
import { compareSent, fixtureInput, type SentRequest } from './wire-contract';

type Change = (endpoint: AnyEndpoint) => AnyEndpoint;

/** The provider with one endpoint redefined (by dotted key). */
function withChange(provider: Provider<any>, key: string, change: Change): Provider<any> {
  const [group, name] = key.split('.') as [string, string];
  const endpoints = provider.endpoints as Record<string, Record<string, AnyEndpoint>>;
  const changed = change(endpoints[group]![name]!);
  const groupEndpoints = endpoints[group] as Record<string, AnyEndpoint>;
  return defineProvider({ ...provider, endpoints: { ...endpoints, [group]: { ...groupEndpoints, [name]: changed } } } as never);
}

/** Redefine an endpoint from its config. */
function redefine(endpoint: AnyEndpoint, patch: Record<string, unknown>): AnyEndpoint {
  const { kind: _k, pathParams: _p, spreadBody: _s, ...config } = endpoint as AnyEndpoint & Record<string, unknown>;
  return defineEndpoint({ ...(config as Record<string, unknown>), ...patch } as never);
}

/** Send the fixture's input through a client of `provider` and compare what left with the fixture. */
async function failuresFor(provider: Provider<any>, fixture: WireFixture): Promise<string[]> {
  let sent: SentRequest | undefined;
  const fetchStub = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const body = request.method === 'GET' ? undefined : new Uint8Array(await request.arrayBuffer());
    sent = { method: request.method, url: request.url, headers: new Headers([...request.headers.entries()]), body };
    return new Response('{}', { status: 599 });
  }) as typeof fetch;
  const auth =
    provider.name === 'b2motor'
      ? [queryAuth('credentials', { userlogin: 'demo', userpassw: 'ffffffffffffffffffffffffffffffff' })]
      : [basicAuth({ name: 'basic', username: 'id', password: 'secret' })];
  // Onliner's bearer endpoints: a fixed token header (the token flow is not what is checked here).
  const headers: Record<string, string> = provider.name === 'b2motor' ? {} : { authorization: 'Bearer token' };
  const client = createClient(provider, { fetch: fetchStub, retry: false, headers }, { auth });
  await (getPath(client, fixture.operation) as (input: unknown) => Promise<unknown>)(fixtureInput(fixture)).catch(() => undefined);
  if (!sent) return ['nothing was sent'];
  return compareSent(fixture, sent);
}

const fixture = (list: readonly WireFixture[], name: string): WireFixture => list.find((f) => f.name === name)!;

const changes: Array<{ name: string; provider: Provider<any>; key: string; fixture: WireFixture; change: Change; caught: RegExp }> = [
  {
    name: 'a path typo (/shop/import-report/{id} → /shop/import-reports/{id})',
    provider: onlinerSecondProvider,
    key: 'importReport.get',
    fixture: fixture(onlinerSecondFixtures, 'import-report'),
    change: (e) => redefine(e, { path: '/shop/import-reports/{id}' }),
    caught: /^path: sent \/shop\/import-reports\/jFY, documented \/shop\/import-report\/jFY/,
  },
  {
    name: 'a dropped trailing slash (b2motor /basket/edit/)',
    provider: b2motorProvider,
    key: 'basket.edit',
    fixture: fixture(b2motorFixtures, 'basket-edit'),
    change: (e) => redefine(e, { path: '/basket/edit' }),
    caught: /^path: sent \/api\/webservice\/basket\/edit, documented \/api\/webservice\/basket\/edit\//,
  },
  {
    name: 'GET → POST (b2motor orders.add)',
    provider: b2motorProvider,
    key: 'orders.add',
    fixture: fixture(b2motorFixtures, 'orders-add'),
    change: (e) => redefine(e, { method: 'POST' }),
    caught: /^method: sent POST, documented GET/,
  },
  {
    name: 'a number where the document shows a string (b2motor quantity "6")',
    provider: b2motorProvider,
    key: 'basket.add',
    fixture: fixture(b2motorFixtures, 'basket-add'),
    change: (e) => {
      const positions = objectEntries(e.request!.body)!.positions as v.ArraySchema<v.GenericSchema, undefined>;
      const item = objectEntries(positions.item as never)!;
      const quantity = v.pipe(v.union([v.string(), v.number()]), v.transform(Number));
      return redefine(e, { request: { body: v.object({ positions: v.array(v.object({ ...item, quantity })) }) } });
    },
    caught: /^body: sent .*"quantity":6/,
  },
  {
    name: 'JSON where the document shows a form body (Onliner oauth/token)',
    provider: onlinerSecondProvider,
    key: 'oauth.token',
    fixture: fixture(onlinerSecondFixtures, 'oauth-token'),
    change: (e) => redefine(e, { encoding: 'json' }),
    caught: /^encoding: sent application\/json, documented application\/x-www-form-urlencoded/,
  },
  {
    name: 'a renamed wire parameter (b2motor orders/list number → orderNumber)',
    provider: b2motorProvider,
    key: 'orders.list',
    fixture: { ...fixture(b2motorFixtures, 'orders-list-number'), input: { orderNumber: '957831' } },
    change: (e) => redefine(e, { request: { query: v.object({ orderNumber: v.optional(v.string()), format: v.optional(v.string()) }) } }),
    caught: /^query: sent \["orderNumber=957831"\], documented \["number=957831"\]/,
  },
];

describe('the wire changes issue 12 lists are caught by the fixture comparison', () => {
  for (const c of changes) {
    it(`unchanged: ${c.key} matches fixture ${c.fixture.name}`, async () => {
      const original = c.fixture.name === 'orders-list-number' ? fixture(b2motorFixtures, 'orders-list-number') : c.fixture;
      expect(await failuresFor(c.provider, original)).toEqual([]);
    });

    it(`caught: ${c.name}`, async () => {
      const failures = await failuresFor(withChange(c.provider, c.key, c.change), c.fixture);
      expect(failures.some((f) => c.caught.test(f)), failures.join('\n')).toBe(true);
    });
  }
});
