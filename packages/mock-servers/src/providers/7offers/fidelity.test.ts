// The 7offers mock as seed 003 describes it: 405 for an action a resource lacks (also on the
// POST /del/<id> alias) and `api_key` in the body of POST/PUT/DELETE, over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSevenOffers, hasReason } from '@x/7offers';
import { defaultSevenOffersKeys } from '../../7offers';
import { createMockServer, type MockServer } from '../../index';

let server: MockServer;
beforeAll(async () => {
  server = await createMockServer({ providers: ['7offers'], port: 0 });
});
afterAll(() => server.close());

describe('7offers mock fidelity', () => {
  it('answers 405 (not 404) to POST /geo/del/1: geo has no delete', async () => {
    const key = defaultSevenOffersKeys.advertiser;
    const response = await fetch(`${server.urlFor('7offers')}/geo/del/1`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `api_key=${key}` });
    expect(response.status).toBe(405);
    expect(await response.json()).toEqual({ error: expect.stringContaining('not allowed') });
    // Through the SDK too, and an unknown resource stays a 404.
    const client = createSevenOffers({ apiKey: key, baseURL: server.urlFor('7offers') });
    const error = await client.resource('geo').delete(1, { via: 'POST' }).catch((e: unknown) => e);
    expect(hasReason(error, 'method_not_allowed')).toBe(true);
    expect((await fetch(`${server.urlFor('7offers')}/nothing/del/1`, { method: 'POST' })).status).toBe(404);
  });

  it('reads api_key from the form body of writes, and keeps it out of the journal', async () => {
    const client = createSevenOffers({ apiKey: defaultSevenOffersKeys.advertiser, baseURL: server.urlFor('7offers') });
    const { created } = await client.goal.create({ offer_id: 1, title: 'Body key' });
    await client.goal.update(created, { title: 'Body key 2' });
    await client.goal.delete(created);
    const journal = server.mocks['7offers']!.journal;
    const writes = journal.entries.filter((e) => e.method !== 'GET' && e.endpoint?.startsWith('goal.'));
    expect(writes.map((e) => [e.method, e.status, 'api_key' in e.query])).toEqual([
      ['POST', 201, false],
      ['POST', 200, false],
      ['DELETE', 200, false],
    ]);
    expect(JSON.stringify(journal.entries)).not.toContain(defaultSevenOffersKeys.advertiser);
  });
});
