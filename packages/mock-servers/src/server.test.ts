import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createB2motor, isAuthError } from '@x/b2motor';
import { createMockServer, type MockServer } from './index';

let server: MockServer;
beforeAll(async () => {
  server = await createMockServer({ providers: ['b2motor'], port: 0 });
});
afterAll(() => server.close());

describe('local HTTP mock server', () => {
  it('runs the b2motor flow over real HTTP', async () => {
    const client = createB2motor({ login: 'demo', password: 'demo', baseURL: server.urlFor('b2motor') });
    const offers = await client.search.product({ article: 'A78220S', brand: 'AVS' });
    expect(offers).toHaveLength(1);
    const avs = offers[0]!;
    const position = { brand: avs.brand, article: avs.article, distributorID: String(avs.distributorID), storeID: String(avs.storeID), code: String(avs.code), price: avs.price, quantity: 2 };
    await client.basket.add({ positions: [position] });
    await client.basket.add({ positions: [position] });
    const basket = await client.basket.list();
    expect(basket.positions.map((p) => p.quantity)).toEqual(['4']);
    const line = basket.positions[0]!;
    await client.basket.edit({ basketId: line.basketId!, quantity: 1 });
    const placed = await client.orders.add({ basketId: [line.basketId!] });
    expect(placed.orders[0]?.sum).toBe(175);
    const detail = await client.orders.list({ number: placed.orders[0]!.number });
    expect(detail.orders[0]?.positions?.[0]).toMatchObject({ article: 'A78220S', quantity: '1' });
    await client.basket.clear();
    expect(server.mocks.b2motor!.journal.count()).toBe(8);
  });

  it('answers the printed curl line', async () => {
    const curl = server.mocks.b2motor!.definition.curl(server.urlFor('b2motor'));
    const url = /curl '([^']+)'/.exec(curl)![1]!;
    const response = await fetch(url);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Array<{ brand: string }>;
    expect(body.map((o) => o.brand)).toContain('Febi');
  });

  it('serves scenarios by Prefer header and rejects unknown ones loudly', async () => {
    const client = createB2motor({ login: 'demo', password: 'demo', baseURL: server.urlFor('b2motor') });
    const error = await client.search.product({ article: '1', brand: '' }, { headers: { prefer: 'example=wrong-credentials' } }).catch((e: unknown) => e);
    expect(isAuthError(error)).toBe(true);
    const res = await fetch(`${server.urlFor('b2motor')}/basket/list/?userlogin=demo&userpassw=fe01ce2a7fbac8fafaed7c982a04e229`, { headers: { prefer: 'example=nope' } });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { mockError: string };
    expect(body.mockError).toContain('Valid: example=doc-example, example=not-orderable');
  });

  it('has admin routes for the journal, reset and the clock', async () => {
    const index = (await (await fetch(`${server.url}/__mock`)).json()) as { providers: Array<{ name: string; endpoints: unknown[] }> };
    expect(index.providers[0]).toMatchObject({ name: 'b2motor' });
    expect(index.providers[0]!.endpoints).toHaveLength(8);
    const journal = (await (await fetch(`${server.url}/__mock/journal`)).json()) as { entries: Array<{ query: Record<string, string> }> };
    expect(journal.entries.length).toBeGreaterThan(0);
    expect(JSON.stringify(journal)).not.toContain('fe01ce2a7fbac8fafaed7c982a04e229');
    const reset = await fetch(`${server.url}/__mock/reset`, { method: 'POST' });
    expect(reset.status).toBe(200);
    expect(server.mocks.b2motor!.journal.count()).toBe(0);
    const unknown = await fetch(`${server.url}/nope/x`);
    expect(unknown.status).toBe(404);
  });
});
