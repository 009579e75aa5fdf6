import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSevenOffers, isAuthError, isNotFoundError } from '@x/7offers';
import { defaultSevenOffersKeys } from '../../7offers';
import { createMockServer, type MockServer } from '../../index';

let server: MockServer;
beforeAll(async () => {
  server = await createMockServer({ providers: ['7offers'], port: 0 });
});
afterAll(() => server.close());

describe('7offers over the local HTTP mock server', () => {
  it('runs create → view → update → list → delete (both forms) over real HTTP', async () => {
    const client = createSevenOffers({ apiKey: defaultSevenOffersKeys.advertiser, baseURL: server.urlFor('7offers') });
    const { created } = await client.goal.create({ offer_id: 3, title: 'Подписка', geo: ['KZ'] });
    expect((await client.goal.view(created)).object).toMatchObject({ offer_id: 3, title: 'Подписка', geo: ['KZ'] });
    await client.goal.update(created, { title: 'Подписка на месяц' });
    const titles: string[] = [];
    for await (const goal of client.goal.all({ offer_id: 3, per_page: 10 })) titles.push(String(goal.title));
    expect(titles).toHaveLength(6);
    expect(titles.at(-1)).toBe('Подписка на месяц');
    const ids: unknown[] = [];
    for await (const goal of client.goal.all({ per_page: 10 })) ids.push(goal.id);
    expect(new Set(ids).size).toBe(26);

    await client.goal.delete(created);
    expect(isNotFoundError(await client.goal.view(created).catch((e: unknown) => e))).toBe(true);
    const again = await client.goal.create({ offer_id: 3, title: 'Ещё одна' });
    expect(await client.goal.delete(again.created, { via: 'POST' })).toEqual({ deleted: again.created });
    const journal = server.mocks['7offers']!.journal;
    expect(journal.entries.filter((e) => e.endpoint?.startsWith('goal.delete')).map((e) => `${e.method} ${e.path} ${e.status}`)).toEqual([
      `DELETE /goal/${created} 200`,
      `POST /goal/del/${again.created} 200`,
    ]);
    expect(journal.last('goal.create')?.status).toBe(201);
  });

  it('answers the printed curl line and the seed\'s two error requests', async () => {
    const base = server.urlFor('7offers');
    const curl = server.mocks['7offers']!.definition.curl(base);
    const url = /curl '([^']+)'/.exec(curl)![1]!;
    const listed = await fetch(url);
    expect(listed.status).toBe(200);
    expect(((await listed.json()) as { total_count: number }).total_count).toBe(12);

    const wrongKey = await fetch(`${base}/geo?api_key=wrongkey`);
    expect(wrongKey.status).toBe(401);
    expect(await wrongKey.json()).toEqual({ error: 'Unauthorized' });
    const unknownOffer = await fetch(`${base}/goal/?offer_id=-123`);
    expect(unknownOffer.status).toBe(400);
    expect(await unknownOffer.json()).toEqual({ error: { offer_id: ['Offers not found'] } });

    const wrong = createSevenOffers({ apiKey: 'wrongkey', baseURL: base });
    expect(isAuthError(await wrong.geo.list().catch((e: unknown) => e))).toBe(true);
  });

  it('lists its routes on the admin index', async () => {
    const index = (await (await fetch(`${server.url}/__mock?provider=7offers`)).json()) as { providers: Array<{ endpoints: Array<{ key: string; method: string; path: string }> }> };
    const routes = index.providers[0]!.endpoints.filter((e) => e.key.startsWith('goal.')).map((e) => `${e.method} ${e.path}`);
    expect(routes.sort()).toEqual(['DELETE /goal/{id}', 'GET /goal/', 'GET /goal/{id}', 'POST /goal/', 'POST /goal/del/{id}', 'POST /goal/{id}']);
  });
});
