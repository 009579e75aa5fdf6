import { describe, expect, it } from 'vitest';
import { mockProviders, type MockProviderEntry } from '../src/index';

type Operation = { operationId: string; parameters: Array<{ name: string; in: string; required: boolean }>; requestBody?: { content: Record<string, { examples?: object }> }; responses: Record<string, { content: Record<string, { schema?: object; examples?: Record<string, unknown> }> }> };

describe('OpenAPI derived from the endpoint definitions', () => {
  for (const [name, entry] of Object.entries(mockProviders as Record<string, MockProviderEntry>)) {
    it(`${name}: one operation per endpoint, with parameters, bodies, responses and examples`, () => {
      const mock = entry.create();
      const doc = mock.openapi() as { openapi: string; paths: Record<string, Record<string, Operation>> };
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
    const doc = mockProviders.b2motor.create().openapi() as { paths: Record<string, Record<string, Operation>> };
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
