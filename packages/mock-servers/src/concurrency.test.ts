// Concurrent requests cannot slip between a mock's read and write: the same checks on both
// transports (msw handlers in this process, and the node:http server).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { createB2motor } from '@x/b2motor';
import { createOmarket } from '@x/omarket';
import { createOnlinerSecond } from '@x/onliner-second';
import { createQuince } from '@x/quince';
import { createSevenOffers } from '@x/7offers';
import { createB2motorMock } from './b2motor';
import { createOmarketMock, OMARKET_MOCK_API_KEY } from './omarket';
import { createOnlinerSecondMock } from './onliner-second';
import { createQuinceMock, QUINCE_DEMO_AUTH } from './quince';
import { createSevenOffersMock, defaultSevenOffersKeys } from './7offers';
import { createMockClock } from './clock';
import { createMockServer, type MockServer } from './server';
import type { ProviderMock } from './mock';

const start = Date.UTC(2026, 2, 2, 9, 0, 0);

/** One set of mocks, and the base URL of each of their hosts on a transport. */
function mocks(suffix: string) {
  const clock = createMockClock({ frozen: true, start });
  return {
    b2motor: createB2motorMock({ baseURL: `https://b2motor.${suffix}.test` }),
    omarket: createOmarketMock({ baseURL: `https://omarket.${suffix}.test` }),
    onliner: createOnlinerSecondMock({ clock, baseURL: `https://onliner.${suffix}.test`, hosts: { auth: `https://auth.onliner.${suffix}.test`, upload: `https://upload.onliner.${suffix}.test` } }),
    quince: createQuinceMock({ baseURL: `https://quince.${suffix}.test`, empty: true }),
    sevenOffers: createSevenOffersMock({ baseURL: `https://7offers.${suffix}.test/api` }),
  };
}
type Mocks = ReturnType<typeof mocks>;
type Urls = (mock: ProviderMock<any, any, any>, host?: string) => string;

const msw = mocks('msw');
const mswServer = setupServer(...Object.values(msw).flatMap((m) => m.handlers));
const http = mocks('http');
let httpServer: MockServer;

beforeAll(async () => {
  mswServer.listen({ onUnhandledRequest: 'bypass' });
  httpServer = await createMockServer({ providers: Object.values(http), port: 0 });
});
afterAll(async () => {
  mswServer.close();
  await httpServer.close();
});

const transports: Array<[string, () => Mocks, () => Urls]> = [
  ['msw', () => msw, () => (mock, host = 'main') => mock.baseURLs[host]!],
  ['node:http', () => http, () => (mock, host = 'main') => httpServer.urlFor(mock.name, host)],
];

describe.each(transports)('state under concurrent requests (%s)', { timeout: 60_000 }, (_name, getMocks, getUrls) => {
  it('b2motor: 200 concurrent basket.add of one item give one line with the exact sum', async () => {
    const { b2motor: mock } = getMocks();
    await mock.reset();
    const client = createB2motor({ login: 'demo', password: 'demo', baseURL: getUrls()(mock), retry: false });
    const [offer] = await client.search.product({ article: '01089', brand: 'Febi' });
    const position = { brand: offer!.brand, article: offer!.article, distributorID: String(offer!.distributorID), storeID: String(offer!.storeID), code: String(offer!.code), price: offer!.price, quantity: 1 };
    await Promise.all(Array.from({ length: 200 }, () => client.basket.add({ positions: [position] })));
    const basket = await client.basket.list();
    expect(basket.positions.map((p) => p.quantity)).toEqual(['200']);
  });

  it('b2motor: 10 concurrent orders.add of one basket place one order', async () => {
    const { b2motor: mock } = getMocks();
    await mock.reset();
    const client = createB2motor({ login: 'demo', password: 'demo', baseURL: getUrls()(mock), retry: false });
    const [offer] = await client.search.product({ article: '01089', brand: 'Febi' });
    await client.basket.add({ positions: [{ brand: offer!.brand, article: offer!.article, distributorID: String(offer!.distributorID), storeID: String(offer!.storeID), code: String(offer!.code), price: offer!.price, quantity: 3 }] });
    const results = await Promise.all(Array.from({ length: 10 }, () => client.orders.add().then((r) => r.status, (e: { kind?: string }) => e.kind)));
    // One order; the other nine find nothing left to order (the documented status 0, thrown as an api error).
    expect(results.filter((r) => r === 1)).toHaveLength(1);
    expect(results.filter((r) => r === 'api')).toHaveLength(9);
    expect((await client.orders.list()).orders).toHaveLength(1);
    expect((await client.basket.list()).positions).toEqual([]);
  });

  it('O!Market: concurrent registrations of one number create one user', async () => {
    const { omarket: mock } = getMocks();
    await mock.reset();
    const client = createOmarket({ apiKey: OMARKET_MOCK_API_KEY, baseURL: getUrls()(mock), retry: false });
    const msisdn = '996555000777';
    const before = mock.state.users.findMany().length;
    await Promise.all(Array.from({ length: 10 }, () => client.auth.register({ msisdn, password: 'race-password-1', password2: 'race-password-1' }).catch((e: unknown) => e)));
    expect(mock.state.users.findMany((q) => q.where({ msisdn }))).toHaveLength(1);
    expect(mock.state.users.findMany()).toHaveLength(before + 1);
  });

  it('Quince: 30 concurrent service adds get 30 different ids', async () => {
    const { quince: mock } = getMocks();
    await mock.reset();
    const client = createQuince({ baseURL: getUrls()(mock), auth: { header: QUINCE_DEMO_AUTH.header, value: QUINCE_DEMO_AUTH.value }, retry: false });
    const added = await Promise.all(Array.from({ length: 30 }, (_, i) => client.services.add({ array: [{ Name: `Послуга ${i}` }] })));
    const ids = added.flatMap((a) => a.data.map((d) => d.Id));
    expect(new Set(ids).size).toBe(30);
    expect(mock.state.services.findMany()).toHaveLength(30);
  });

  it('7offers: concurrent creates get distinct ids and concurrent deletes of one goal delete it once', async () => {
    const { sevenOffers: mock } = getMocks();
    await mock.reset();
    const client = createSevenOffers({ apiKey: defaultSevenOffersKeys.advertiser, baseURL: getUrls()(mock), retry: false });
    const created = await Promise.all(Array.from({ length: 20 }, (_, i) => client.goal.create({ offer_id: 2, title: `Цель ${i}` })));
    expect(new Set(created.map((c) => c.created)).size).toBe(20);
    const target = created[0]!.created;
    const outcomes = await Promise.all(Array.from({ length: 8 }, () => client.goal.delete(target).then(() => 'deleted', (e: { status?: number }) => e.status)));
    expect(outcomes.filter((o) => o === 'deleted')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 404)).toHaveLength(7);
  });

  it('Onliner: concurrent reads after an import finished save each offer once', async () => {
    const { onliner: mock } = getMocks();
    await mock.reset();
    const urls = getUrls();
    const client = createOnlinerSecond({ clientId: 'demo-client', clientSecret: 'demo-secret', baseURL: urls(mock), authURL: urls(mock, 'auth'), uploadURL: urls(mock, 'upload'), retry: false });
    const ids = ['race-1', 'race-2', 'race-3'];
    const offer = (id: string) => ({
      id,
      product: { category: 'Велосипеды', vendor: 'Orbea', model: `Alma ${id}` },
      price: { amount: 1250, currency: 'BYN' },
      location: { geo_town_id: 17030 },
      contact: { name: 'Александр', phones: ['+375295181888'], call_time: [9, 18] },
      condition: 9,
      description: `Велосипед ${id}`,
      delivery: { available_for_country: true },
    });
    await client.offers.send({ body: ids.map(offer) as never });
    mock.clock.advance(10 * 60_000);
    await Promise.all(Array.from({ length: 20 }, () => client.offers.list({ limit: 50 })));
    for (const id of ids) expect(mock.state.offers.findMany((q) => q.where({ id }))).toHaveLength(1);
  });
});
