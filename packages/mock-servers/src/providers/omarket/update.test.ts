// O!Market ads.update as seed 002 words it: the minimal set is required, every other field may be
// updated (old_price), and editAd writes an ad back with only the caller's changes applied.
import { afterEach, describe, expect, it } from 'vitest';
import { createOmarket, isRequestValidationError } from '@x/omarket';
import { createOmarketMock, OMARKET_DEMO_USER, OMARKET_MOCK_API_KEY } from '../../omarket';
import { useMsw } from '../../setup-msw.test-helper';

const BASE = 'https://omarket.test';
const mock = createOmarketMock({ baseURL: BASE });
useMsw(...mock.handlers);
afterEach(() => mock.reset());

async function loggedIn() {
  const client = createOmarket({ apiKey: OMARKET_MOCK_API_KEY, baseURL: BASE, retry: false });
  await client.login({ msisdn: OMARKET_DEMO_USER.msisdn, password: OMARKET_DEMO_USER.password });
  return client;
}

describe('O!Market ads.update and editAd against the mock', () => {
  it('stores old_price sent with the minimal set', async () => {
    const client = await loggedIn();
    const ad = await client.createAd({ title: 'Toyota', price: 1010101, currency: 'som', category: 2, filters: [{ filter_id: 11, value: '4304' }], location: 1, old_price: 1200000 });
    expect(ad).toMatchObject({ price: '1010101', old_price: '1200000', status: 'moderate' });
  });

  it('editAd changes one field and keeps every other one', async () => {
    const client = await loggedIn();
    const ad = await client.createAd({ title: 'Toyota', price: 1010101, currency: 'som', category: 2, filters: [{ filter_id: 11, value: '4304' }], location: 1, description: 'Синяя', delivery: true });
    mock.journal.clear();
    const edited = await client.editAd(ad, { old_price: 1100000 });
    expect(edited).toMatchObject({ title: 'Toyota', price: '1010101', old_price: '1100000', description: 'Синяя', delivery: true, category: { id: 2 }, location: { id: 1 } });
    expect(edited.filters).toEqual([expect.objectContaining({ filter_id: 11, value: '4304', list_value: ['Toyota'] })]);
    expect(mock.journal.entries.map((e) => `${e.method} ${e.endpoint}`)).toEqual(['PUT ads.update']);
    expect(mock.journal.last('ads.update')?.body).toMatchObject({ title: 'Toyota', price: '1010101', currency: 'som', category: 2, location: 1, filters: [{ filter_id: 11, value: '4304' }], old_price: 1100000 });
  });

  it('editAd by uuid reads the ad first; ads.get lists filters as ids, so filters must be given', async () => {
    const client = await loggedIn();
    const ad = await client.createAd({ title: 'Toyota', price: 1010101, currency: 'som', category: 2, filters: [{ filter_id: 11, value: '4304' }], location: 1 });
    const refused = await client.editAd(ad.uuid, { price: 1 }).catch((e: unknown) => e);
    expect(isRequestValidationError(refused) && refused.issues[0]?.path).toBe('filters');
    mock.journal.clear();
    const edited = await client.editAd(ad.uuid, { price: 999, filters: [{ filter_id: 11, value: '4305' }] });
    expect(edited).toMatchObject({ title: 'Toyota', price: '999', filters: [expect.objectContaining({ list_value: ['Honda'] })] });
    expect(mock.journal.entries.map((e) => `${e.method} ${e.endpoint}`)).toEqual(['GET ads.get', 'PUT ads.update']);
  });

  it('editAd refuses bad changes before reading the ad', async () => {
    const client = await loggedIn();
    mock.journal.clear();
    const error = await client.editAd('15f83777-df64-4819-8996-78eda3066a14', { old_price: -1, colour: 'red' } as never).catch((e: unknown) => e);
    expect(isRequestValidationError(error)).toBe(true);
    expect(mock.journal.count()).toBe(0);
  });
});
