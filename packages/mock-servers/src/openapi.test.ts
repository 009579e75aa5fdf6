import { validate } from '@readme/openapi-parser';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import * as v from 'valibot';
import { defineEndpoint, defineProvider } from '@x/core/provider';
import { describe, expect, it } from 'vitest';
import { mockProviders, type MockProviderEntry } from './index';
import { toOpenAPI } from './openapi';

type Operation = {
  operationId: string;
  parameters: Array<{ name: string; in: string; required: boolean }>;
  requestBody?: { content: Record<string, { examples?: object }> };
  responses: Record<string, { content: Record<string, { schema?: object; examples?: Record<string, unknown> }> }>;
  security?: Array<Record<string, string[]>>;
};
type Document = { openapi: string; paths: Record<string, Record<string, Operation>>; security?: Array<Record<string, string[]>>; components?: Record<string, Record<string, any>> };

const providers = Object.entries(mockProviders as Record<string, MockProviderEntry>);

/**
 * Redocly warnings the documents are allowed to carry, and why (decisions/0025):
 * - `no-path-trailing-slash` (an error in `recommended`, lowered to a warning here): the trailing
 *   slash is part of the provider's real path (`/basket/add/`, `/api/goal/`); the document must
 *   say what the provider serves.
 * - `operation-4xx-response`: the provider's documents give no error answer for these operations,
 *   and the generator documents only what the documents show.
 * - `info-license`: the providers publish no licence for their APIs.
 */
const ACCEPTED_WARNINGS = new Set(['no-path-trailing-slash', 'operation-4xx-response', 'info-license']);

describe('OpenAPI derived from the endpoint definitions', () => {
  for (const [name, entry] of providers) {
    it(`${name}: one operation per endpoint, with parameters, bodies, responses and examples`, () => {
      const mock = entry.create();
      const doc = mock.openapi() as Document;
      expect(doc.openapi).toBe('3.1.0');
      const operations = Object.values(doc.paths).flatMap((p) => Object.values(p));
      expect(operations.map((o) => o.operationId).sort()).toEqual(mock.routes.map((r) => r.key).sort());
      for (const { key, endpoint } of mock.definition.provider.operations) {
        const op = operations.find((o) => o.operationId === key)!;
        for (const param of endpoint.pathParams) expect(op.parameters).toContainEqual(expect.objectContaining({ name: param, in: 'path', required: true }));
        const success = String(endpoint.successStatus?.[0] ?? 200);
        expect(op.responses[success]?.content['application/json']?.schema, key).toBeDefined();
        const documented = mock.examplesFor(key).length;
        const attached = Object.values(op.responses).reduce((n, r) => n + Object.keys(r.content['application/json']?.examples ?? {}).length, 0);
        expect(attached, `${key} examples`).toBe(documented);
        if (endpoint.request?.body) expect(op.requestBody, key).toBeDefined();
      }
    });
  }

  it('b2motor: query parameters keep wire names and requiredness', () => {
    const doc = mockProviders.b2motor.create().openapi() as Document;
    const search = doc.paths['/search/product/']!.get!;
    expect(search.parameters.map((p) => [p.name, p.required])).toEqual([
      ['article', true],
      ['brand', true],
      ['isAnalog', false],
      ['is\u0410nalog', false],
      ['isOnlineStocks', false],
    ]);
    expect(Object.keys(search.responses).sort()).toEqual(['200', '401']);
  });
});

describe('OpenAPI documents pass the validators', () => {
  // Redocly's `recommended` ruleset, with the one rule the providers' own paths break lowered to a warning.
  const config = createConfig({ extends: ['recommended'], rules: { 'no-path-trailing-slash': 'warn' } });

  for (const [name, entry] of providers) {
    it(`${name}: @redocly/openapi-core (recommended) finds no error and only accepted warnings`, async () => {
      const source = JSON.stringify(entry.create().openapi());
      const problems = await lintFromString({ source, absoluteRef: `/${name}.openapi.json`, config: await config });
      const errors = problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`);
      expect(errors).toEqual([]);
      const unexpected = problems.filter((p) => !ACCEPTED_WARNINGS.has(p.ruleId)).map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`);
      expect(unexpected).toEqual([]);
    }, 60_000); // seconds of CPU for the larger documents; minutes when the machine is loaded

    it(`${name}: @readme/openapi-parser validates the document`, async () => {
      const result = await validate(structuredClone(entry.create().openapi()) as never);
      expect(result).toMatchObject({ valid: true, specification: 'OpenAPI' });
      expect(result.warnings).toEqual([]);
    }, 60_000);
  }
});

describe('OpenAPI schemas', () => {
  const item = v.object({ name: v.string() });
  type Node = { name: string; children: Node[] };
  const node: v.GenericSchema<Node> = v.pipe(v.object({ name: v.string(), children: v.array(v.lazy(() => node)) }), v.title('Tree node'));
  const anonymous: v.GenericSchema<Node> = v.object({ name: v.string(), children: v.array(v.lazy(() => anonymous)) });
  const provider = defineProvider({
    name: 'demo',
    title: 'Demo',
    baseURL: 'https://demo.test',
    endpoints: {
      tree: defineEndpoint({ method: 'GET', path: '/tree', summary: 'A tree.', response: node, safe: true }),
      forest: defineEndpoint({ method: 'GET', path: '/forest', summary: 'Trees.', response: v.array(node), safe: true }),
      other: defineEndpoint({ method: 'GET', path: '/other', summary: 'Another tree.', response: anonymous, safe: true }),
      pair: defineEndpoint({ method: 'POST', path: '/pair', summary: 'A pair.', request: { body: v.tuple([v.string(), item]) }, response: v.unknown(), safe: false }),
    },
  });
  const doc = toOpenAPI(provider) as Document;

  it('puts a recursive schema into components once, named by its title, with refs that resolve from the root', async () => {
    expect(Object.keys(doc.components!.schemas!)).toEqual(['TreeNode', 'OtherItem']);
    expect(doc.components!.schemas!.TreeNode.properties.children).toEqual({ type: 'array', items: { $ref: '#/components/schemas/TreeNode' } });
    expect(JSON.stringify(doc)).not.toContain('$defs');
    expect(await validate(structuredClone(doc) as never)).toMatchObject({ valid: true });
  });

  it('writes tuples as prefixItems (JSON Schema 2020-12), not the old array form of items', () => {
    const body = (doc.paths['/pair']!.post!.requestBody!.content['application/json'] as { schema: Record<string, any> }).schema;
    expect(body.prefixItems).toEqual([{ type: 'string' }, { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] }]);
    expect(Array.isArray(body.items)).toBe(false);
  });
});

describe('OpenAPI security', () => {
  const schemesOf = (name: keyof typeof mockProviders) => (mockProviders[name].create().openapi() as Document).components!.securitySchemes;

  it('declares each provider\'s credentials where they travel', () => {
    expect(schemesOf('b2motor')).toMatchObject({
      'credentials-userlogin': { type: 'apiKey', in: 'query', name: 'userlogin' },
      'credentials-userpassw': { type: 'apiKey', in: 'query', name: 'userpassw' },
    });
    expect(schemesOf('omarket')).toMatchObject({ apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key' }, token: { type: 'apiKey', in: 'header', name: 'Authorization' } });
    const onliner = mockProviders['onliner-second'].create();
    expect((onliner.openapi() as Document).components!.securitySchemes).toMatchObject({
      basic: { type: 'http', scheme: 'basic' },
      // The token URL follows the servers the document is for (a mock's own auth host here).
      bearer: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: `${onliner.baseURLs.auth}/oauth/token`, scopes: {} } } },
      uploadToken: { type: 'apiKey', in: 'query', name: 'token' },
    });
    expect(schemesOf('7offers')).toMatchObject({ apiKey: { type: 'apiKey', in: 'query', name: 'api_key' } });
    expect(schemesOf('quince')).toMatchObject({ quince: { type: 'apiKey', in: 'header', name: 'Authorization' } });
  });

  it('sets the commonest requirement on the document and the others per operation', () => {
    const omarket = mockProviders.omarket.create().openapi() as Document;
    expect(omarket.security).toEqual([{ apiKey: [], token: [] }]);
    expect(omarket.paths['/api/market-auth/auth/msisdn-password/']!.post!.security).toEqual([{ apiKey: [] }]);
    expect(omarket.paths['/api/ads-board/faq/']!.get!.security).toBeUndefined();
    const onliner = mockProviders['onliner-second'].create().openapi() as Document;
    expect(onliner.security).toEqual([{ bearer: [] }]);
    expect(onliner.paths['/oauth/token']!.post!.security).toEqual([{ basic: [] }]);
    expect(onliner.paths['/upload/{id}']!.get!.security).toEqual([]);
    const sevenOffers = mockProviders['7offers'].create().openapi() as Document;
    expect(sevenOffers.paths['/geo/']!.get!.security).toEqual([{}, { apiKey: [] }]);
    expect(sevenOffers.paths['/goal/']!.post!.security).toBeUndefined();
  });

  // The declarations must say what the mocks (and so the providers' documents) do: an operation
  // that requires credentials turns away a request without them; an open one does not.
  for (const [name, entry] of providers) {
    it(`${name}: the mock turns away a request without credentials exactly where the document requires them`, async () => {
      const mock = entry.create();
      const doc = mock.openapi() as Document;
      for (const { key, endpoint } of mock.definition.provider.operations) {
        const op = doc.paths[endpoint.path]![endpoint.method.toLowerCase()]!;
        const security = op.security ?? doc.security ?? [];
        const required = security.length > 0 && !security.some((r) => Object.keys(r).length === 0);
        const host = endpoint.host ?? 'main';
        const path = endpoint.path.replace(/\{[^}]+\}/g, '1');
        const response = await mock.handle({ method: endpoint.method, url: new URL(`${mock.baseURLs[host]}${path}`), headers: new Headers(), body: undefined, host, path });
        expect([401, 403].includes(response.status), `${key}: ${response.status} ${JSON.stringify(response.body)}`).toBe(required);
      }
    });
  }
});
