import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQuince, isAuthError, isUnknownIdsError, unknownIdsOf } from '@x/quince';
import { createMockServer, type MockServer } from '../../index';
import { QUINCE_DEMO_AUTH, type QuinceMock } from '../../quince';

let server: MockServer;
beforeAll(async () => {
  server = await createMockServer({ providers: ['quince'], port: 0 });
});
afterAll(() => server.close());

const auth = { header: QUINCE_DEMO_AUTH.header, value: QUINCE_DEMO_AUTH.value };

describe('quince over the local HTTP mock server', () => {
  it('runs the flow over real HTTP', async () => {
    const quince = createQuince({ baseURL: server.urlFor('quince'), auth, validateResponses: 'strict' });
    const { data } = await quince.services.folders.add({ array: [{ Name: 'HTTP', ParentFolder: 100 }] });
    const home = data[0]!.Id;
    expect(home).toBe(129);

    const added = await quince.services.addAll(Array.from({ length: 150 }, (_, i) => ({ Name: `H${i}`, ParentFolder: home })));
    expect(added.chunks.map((c) => [c.status, c.items.length])).toEqual([
      ['succeeded', 100],
      ['succeeded', 50],
    ]);
    expect(added.ids[0]).toBe(116);

    const listed = [];
    for await (const service of quince.services.listAll({ filter: { ParentFolder: home } })) listed.push(service);
    expect(listed.map((s) => s.Id)).toEqual(added.ids);

    const error = await quince.services.update({ array: [{ Id: added.ids[0]!, Name: 'Змінена' }, { Id: 999999 }] }).catch((e: unknown) => e);
    expect(isUnknownIdsError(error)).toBe(true);
    expect(unknownIdsOf(error)).toEqual([999999]);
    await quince.services.update({ array: [{ Id: added.ids[0]!, Name: 'Змінена' }] });
    expect((await quince.services.list({ filter: { Id: added.ids[0]! } })).data[0]?.Name).toBe('Змінена');

    const top = await quince.services.folders.list({ filter: { ParentFolder: null } });
    expect(top.data.map((f) => f.Id)).toEqual([100]);

    const journal = server.mocks.quince!.journal;
    expect(journal.for('services.add')).toHaveLength(2);
    expect(journal.entries.every((e) => e.path.startsWith('/api/v2/service/'))).toBe(true);
  });

  it('answers the printed curl line and the bare path', async () => {
    const mock = server.mocks.quince as QuinceMock;
    const curl = mock.definition.curl(server.urlFor('quince'));
    const url = /curl -X POST '([^']+)'/.exec(curl)![1]!;
    const headers = Object.fromEntries([...curl.matchAll(/-H '([^:]+): ([^']+)'/g)].map((m) => [m[1]!, m[2]!]));
    const body = /-d '([^']+)'/.exec(curl)![1]!;
    const response = await fetch(url, { method: 'POST', headers, body });
    expect(response.status).toBe(200);
    const json = (await response.json()) as { success: boolean; data: Array<{ Id: number; Prices: Array<{ PriceType: number }> }> };
    expect(json.success).toBe(true);
    expect(json.data.map((s) => s.Id)).toEqual([111]);
    expect(json.data[0]?.Prices.map((p) => p.PriceType)).toEqual([339]);

    const bare = await fetch(url.replace('/api/v2/service/', '/service/'), { method: 'POST', headers, body });
    expect(((await bare.json()) as { data: unknown[] }).data).toEqual(json.data);
    expect(mock.docHits.at(-1)).toMatchObject({ kind: 'bare-path', path: '/service/list' });
  });

  it('serves scenarios by Prefer header, rejects unknown ones loudly, and keeps the key out of the journal', async () => {
    const quince = createQuince({ baseURL: server.urlFor('quince'), auth });
    const denied = await quince.services.list({}, { headers: { prefer: 'example=unauthorized' } }).catch((e: unknown) => e);
    expect(isAuthError(denied)).toBe(true);
    const res = await fetch(`${server.urlFor('quince')}/api/v2/service/list`, {
      method: 'POST',
      headers: { authorization: QUINCE_DEMO_AUTH.value, 'content-type': 'application/json', prefer: 'example=nope' },
      body: '{}',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { mockError: string }).mockError).toContain('Valid: example=doc-example, example=error-envelope, example=unauthorized');
    const journal = await (await fetch(`${server.url}/__mock/journal?provider=quince`)).text();
    expect(journal).toContain('[REDACTED]');
    expect(journal).not.toContain('quince-demo-key');
  });
});
