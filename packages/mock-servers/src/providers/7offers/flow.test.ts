import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createSevenOffers,
  fieldErrors,
  hasReason,
  isApiError,
  isAuthError,
  isNotFoundError,
  isRequestValidationError,
  unverifiedResources,
} from '@x/7offers';
import { createSevenOffersMock, defaultSevenOffersKeys } from '../../7offers';
import { useMsw } from '../../setup-msw.test-helper';

const BASE = 'https://7offers.test/api';
const SOON = 'https://soon.7offers.test/api';
const mock = createSevenOffersMock({ baseURL: BASE });
const soon = createSevenOffersMock({ baseURL: SOON, comingSoon: ['goal.delete', 'offer.create'] });
useMsw(...mock.handlers, ...soon.handlers);
afterEach(async () => {
  await mock.reset();
  await soon.reset();
});

const advertiser = createSevenOffers({ apiKey: defaultSevenOffersKeys.advertiser, baseURL: BASE, retry: false });
const webmaster = createSevenOffers({ apiKey: defaultSevenOffersKeys.webmaster, baseURL: BASE, retry: false });
const guest = createSevenOffers({ baseURL: BASE, retry: false });

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('7offers stateful flow through the SDK (msw)', () => {
  it('create → view → update → list across pages → delete in both forms', async () => {
    const { created } = await advertiser.goal.create({ offer_id: 2, title: 'Регистрация', value: 150, geo: ['RU', 'BY'] });
    expect(mock.journal.last('goal.create')).toMatchObject({ method: 'POST', status: 201, body: { offer_id: '2', title: 'Регистрация', value: '150', geo: ['RU', 'BY'] } });

    const { object } = await advertiser.goal.view(created);
    // Form fields arrive as text; offer_id is declared an integer, value (number or text) stays as sent.
    expect(object).toEqual({ id: created, offer_id: 2, title: 'Регистрация', value: '150', geo: ['RU', 'BY'] });

    expect(await advertiser.goal.update(created, { title: 'Регистрация (новая ставка)' })).toEqual({ updated: created });
    expect(mock.journal.last('goal.update')).toMatchObject({ method: 'POST', path: `/goal/${created}` });
    expect((await advertiser.goal.view(created)).object.title).toBe('Регистрация (новая ставка)');

    const ids: unknown[] = [];
    for await (const goal of advertiser.goal.all({ per_page: 10 })) ids.push(goal.id);
    const stored = mock.state.collections.goal!.all().map((g) => (g as { id: number }).id);
    expect(ids).toHaveLength(26);
    expect(new Set(ids).size).toBe(26);
    expect([...ids].sort((a, b) => Number(a) - Number(b))).toEqual([...stored].sort((a, b) => a - b));
    // Pages 1, 2, 3 hold 10 + 10 + 6; page 4 comes back empty and ends the walk.
    expect(mock.journal.for('goal.list').map((e) => [e.query.page, e.query.per_page])).toEqual([
      ['1', '10'],
      ['2', '10'],
      ['3', '10'],
      ['4', '10'],
    ]);

    const offer2 = await advertiser.goal.all({ offer_id: 2, per_page: 10 }).toArray();
    expect(offer2.map((g) => g.offer_id)).toEqual(Array(9).fill(2));
    expect(offer2.at(-1)?.id).toBe(created);

    expect(await advertiser.goal.delete(created)).toEqual({ deleted: created });
    expect(mock.journal.last('goal.delete')).toMatchObject({ method: 'DELETE', path: `/goal/${created}`, status: 200 });
    const gone = await rejection(advertiser.goal.view(created));
    expect(isNotFoundError(gone)).toBe(true);
    expect(gone).toMatchObject({ status: 404, reason: 'not_found', providerMessage: 'Not found' });

    const second = await advertiser.goal.create({ offer_id: 1, title: 'Покупка' });
    expect(await advertiser.goal.delete(second.created, { via: 'POST' })).toEqual({ deleted: second.created });
    expect(mock.journal.last('goal.deleteViaPost')).toMatchObject({ method: 'POST', path: `/goal/del/${second.created}`, status: 200 });
    const proxySafe = createSevenOffers({ apiKey: defaultSevenOffersKeys.advertiser, baseURL: BASE, deleteVia: 'POST' });
    expect(isNotFoundError(await rejection(proxySafe.goal.delete(second.created)))).toBe(true);
    expect(mock.journal.count('goal.deleteViaPost')).toBe(2);
    expect(mock.state.collections.goal!.count()).toBe(25);
  });

  it('lists as a guest, without a key', async () => {
    const page = await guest.goal.list({ offer_id: 3 });
    expect(page).toMatchObject({ total_count: 5, per_page: 100, page: 1 });
    expect(page.objects.map((g) => g.offer_id)).toEqual([3, 3, 3, 3, 3]);
    expect(mock.journal.last('goal.list')?.query).toEqual({ offer_id: '3' });
    expect((await guest.geo.list()).objects.map((g) => g.code)).toEqual(['RU', 'BY', 'KZ', 'UZ', 'AM']);
  });

  it('rejects a wrong key with the documented 401 body, even on public resources', async () => {
    const wrong = createSevenOffers({ apiKey: 'wrongkey', baseURL: BASE });
    const error = await rejection(wrong.geo.list());
    expect(isAuthError(error)).toBe(true);
    expect(error).toMatchObject({ status: 401, reason: 'unauthorized', providerMessage: 'Unauthorized', body: { error: 'Unauthorized' } });
    expect(JSON.stringify(error)).not.toContain('wrongkey');
  });

  it('answers the seed\'s offer_id example from state: 400 with field messages', async () => {
    const error = await rejection(guest.goal.list({ offer_id: -123 }));
    expect(error).toMatchObject({ status: 400, reason: 'bad_request', body: { error: { offer_id: ['Offers not found'] } } });
    expect(fieldErrors(error)).toEqual({ offer_id: ['Offers not found'] });
  });

  it('refuses a method the role lacks: 403 for an account, 401 for a guest', async () => {
    const forbidden = await rejection(webmaster.goal.create({ offer_id: 1, title: 'x' }));
    expect(isApiError(forbidden) && !isAuthError(forbidden)).toBe(true);
    expect(forbidden).toMatchObject({ status: 403, reason: 'forbidden', providerMessage: 'Forbidden' });
    expect(hasReason(forbidden, 'forbidden')).toBe(true);
    const anonymous = await rejection(guest.goal.delete(1));
    expect(isAuthError(anonymous)).toBe(true);
    const leads = createSevenOffers({ baseURL: BASE, resources: unverifiedResources });
    expect(isAuthError(await rejection(leads.lead.list()))).toBe(true);
    const mine = createSevenOffers({ apiKey: defaultSevenOffersKeys.webmaster, baseURL: BASE, resources: unverifiedResources });
    expect((await mine.lead.list({ status: 1 })).objects.map((l) => l.id)).toEqual([2]);
    expect(mock.state.collections.goal!.count()).toBe(25);
  });

  it('rejects per_page out of range before sending; the mock answers 400 with a field error', async () => {
    for (const per_page of [5, 101]) {
      const error = await rejection(guest.goal.list({ per_page }));
      expect(isRequestValidationError(error)).toBe(true);
      expect(isRequestValidationError(await rejection(guest.goal.all({ per_page }).toArray()))).toBe(true);
    }
    expect(mock.journal.count()).toBe(0);
    const response = await fetch(`${BASE}/goal/?per_page=5`);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { per_page: ['per_page must be between 10 and 100'] } });
  });

  it('types 405 for a method the resource lacks, through the generic client', async () => {
    const geo = advertiser.resource<{ id: number; name: string }>('geo');
    expect((await geo.view(2)).object.name).toBe('Беларусь');
    for (const call of [() => geo.create({ name: 'Атлантида' }), () => geo.update(1, { name: 'x' }), () => geo.delete(1)]) {
      const error = await rejection(call());
      expect(error).toMatchObject({ kind: 'api', status: 405, reason: 'method_not_allowed' });
    }
    expect(mock.journal.entries.filter((e) => e.status === 405).map((e) => `${e.method} ${e.path}`)).toEqual(['POST /geo/', 'POST /geo/1', 'DELETE /geo/1']);
  });

  it('types 501 for a method configured as coming soon', async () => {
    const client = createSevenOffers({ apiKey: defaultSevenOffersKeys.advertiser, baseURL: SOON, resources: unverifiedResources });
    const { created } = await client.goal.create({ offer_id: 1, title: 'x' });
    for (const call of [() => client.goal.delete(created), () => client.goal.delete(created, { via: 'POST' }), () => client.offer.create({ title: 'y' })]) {
      const error = await rejection(call());
      expect(error).toMatchObject({ kind: 'api', status: 501, reason: 'not_implemented', providerMessage: 'Not implemented' });
      expect(hasReason(error, 'not_implemented')).toBe(true);
    }
    expect((await client.goal.view(created)).object.id).toBe(created);
    expect(() => createSevenOffersMock({ comingSoon: ['geo.delete'] })).toThrow(/not a registered action/);
  });

  it('checks references and required fields on create and update', async () => {
    expect(fieldErrors(await rejection(advertiser.goal.create({ title: 'x' })))).toEqual({ offer_id: ['This field is required'] });
    expect(fieldErrors(await rejection(advertiser.goal.create({ offer_id: 99, title: 'x' })))).toEqual({ offer_id: ['Offers not found'] });
    expect(fieldErrors(await rejection(advertiser.goal.update(1, { offer_id: 99 })))).toEqual({ offer_id: ['Offers not found'] });
    expect(isNotFoundError(await rejection(advertiser.goal.update(999, { title: 'x' })))).toBe(true);
  });

  it('accepts the key in a form body too, and never stores it', async () => {
    const response = await fetch(`${BASE}/goal/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `api_key=${defaultSevenOffersKeys.advertiser}&offer_id=1&title=Body`,
    });
    expect(response.status).toBe(201);
    const { created } = (await response.json()) as { created: number };
    const { object } = await guest.goal.view(created);
    expect(object).toEqual({ id: created, offer_id: 1, title: 'Body' });
    expect(JSON.stringify(mock.journal.entries)).not.toContain(defaultSevenOffersKeys.advertiser);
  });

  it('serves unpaged resources in one answer, and iterates them with one call', async () => {
    const client = createSevenOffers({ baseURL: BASE, resources: unverifiedResources });
    const titles: unknown[] = [];
    for await (const category of client.category.all()) titles.push(category.title);
    expect(titles).toEqual(['Электроника', 'Еда', 'Образование']);
    expect(mock.journal.count('category.list')).toBe(1);
    expect(await client.category.list()).toEqual({ objects: [{ id: 1, title: 'Электроника' }, { id: 2, title: 'Еда' }, { id: 3, title: 'Образование' }] });
  });

  it('replays documented examples on request (typed scenarios)', async () => {
    mock.prefer('geo.list', { example: 'error-in-200' });
    const error = await rejection(guest.geo.list());
    expect(error).toMatchObject({ status: 200, reason: 'error_in_body', providerMessage: 'Service temporarily unavailable' });
    expect(() => mock.prefer('geo.list', { example: 'nope' as never })).toThrow(/Valid: example=doc-wrong-key/);
  });
});

describe('the API key never leaks', () => {
  it('from errors, toJSON, hooks, logs or the journal', async () => {
    const key = defaultSevenOffersKeys.webmaster;
    const seen: unknown[] = [];
    const lines: unknown[] = [];
    const client = createSevenOffers({
      apiKey: key,
      baseURL: BASE,
      retry: false,
      hooks: { onRequest: (i) => seen.push(i), onResponse: (i) => seen.push(i), onError: (i) => seen.push(i) },
      logger: { debug: (...args) => lines.push(args), warn: (...args) => lines.push(args) },
      resources: unverifiedResources,
    });
    const errors: unknown[] = [];
    for (const call of [
      () => client.goal.create({ offer_id: 1, title: 'x' }), // 403
      () => client.goal.view(999), // 404
      () => client.goal.list({ offer_id: -1 }), // 400
      () => client.resource('geo').delete(1, { via: 'POST' }), // 404 (no such route)
      () => client.goal.list({ per_page: 1 }), // rejected before sending
    ]) {
      errors.push(await rejection(call()));
    }
    await client.lead.list();
    await client.goal.all({ per_page: 10 }).toArray();
    const text = [
      ...errors.flatMap((e) => [String(e), JSON.stringify(e), inspect(e, { depth: 10 })]),
      JSON.stringify(seen),
      JSON.stringify(lines),
      JSON.stringify(mock.journal.entries),
    ].join('\n');
    expect(mock.journal.count()).toBeGreaterThan(5);
    expect(text).not.toContain(key);
    expect(text).toContain('[REDACTED]');
  });
});
