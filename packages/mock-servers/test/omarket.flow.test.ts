import { afterEach, describe, expect, it } from 'vitest';
import { createOmarket, isApiError, isAuthError, isNotFoundError, paginate, type CategoryFilter, type MainFilters, type OmarketOptions, type TokenSet } from '@x/omarket';
import { createOmarketMock, OMARKET_DEMO_SESSION, OMARKET_DEMO_USER, OMARKET_MOCK_API_KEY, revokeRefreshTokens, setAdStatus } from '../src/omarket';
import { useMsw } from './setup-msw';

const BASE = 'https://omarket.test';
const mock = createOmarketMock({ baseURL: BASE, pageSize: 2 });
useMsw(...mock.handlers);
afterEach(() => mock.reset());

const MINUTES = 60_000;

function sdk(options: Partial<OmarketOptions> = {}) {
  return createOmarket({ apiKey: OMARKET_MOCK_API_KEY, baseURL: BASE, retry: false, ...options } as OmarketOptions);
}

/** Endpoint and status of every journal entry, e.g. `categories.list 403`. */
function trail(): string[] {
  return mock.journal.entries.map((e) => `${e.endpoint} ${e.status}`);
}

async function registered(msisdn: string, password: string, client = sdk()) {
  await client.auth.register({ msisdn, password, password2: password });
  await client.auth.checkOtp({ msisdn, otp: '1234' });
  return client;
}

describe('O!Market stateful flow through the SDK (msw)', () => {
  it('register → check OTP → login → createAd → upload image → my-ads → remove image → delete', async () => {
    const client = sdk();
    const msisdn = '996555000111';
    const password = 'flow-password-1';
    expect(await client.auth.register({ msisdn, password, password2: password })).toEqual({ success: 'SUCCESS' });
    // Not confirmed yet: the number cannot log in.
    expect(await client.login({ msisdn, password }).catch((e: unknown) => e)).toMatchObject({ kind: 'auth', reason: 'wrong_credentials' });
    expect(await client.auth.checkOtp({ msisdn, otp: '9999' }).catch((e: unknown) => e)).toMatchObject({ kind: 'api', status: 400, reason: 'wrong_otp', providerMessage: 'Not match opt code' });
    expect(await client.auth.checkOtp({ msisdn, otp: '1234' })).toEqual({ success: 'SUCCESS' });
    // Registered and confirmed: the number is taken now.
    expect(await client.auth.register({ msisdn, password, password2: password }).catch((e: unknown) => e)).toMatchObject({ reason: 'number_exists' });

    const tokens = await client.login({ msisdn, password });
    expect(atob(tokens.accessToken)).toMatch(/^\{"user_id": \d+, "uuid": "[0-9a-f]{32}", "ex_time": \d+\}$/);
    expect(tokens.refreshToken).toMatch(/^[0-9a-f]{32}$/);

    const ad = await client.createAd({
      title: 'Toyota Camry 2010',
      description: 'One owner',
      category: 2,
      location: 1,
      price: 950000,
      currency: 'som',
      ad_type: 'sell',
      filters: [{ filter_id: 11, value: '4304' }],
    });
    expect(ad).toMatchObject({ title: 'Toyota Camry 2010', status: 'moderate', price: '950000', price_sort: '950000.0000', is_own: true, has_image: false });
    expect(ad.author.msisdn).toBe(msisdn);
    expect(ad.category).toMatchObject({ id: 2, name: 'Автомобили', parent: { id: 1, name: 'Транспорт' } });
    expect(ad.location).toMatchObject({ id: 1, name: 'Бишкек', search_by_name: 'Бишкекте издоо' });
    expect(ad.filters).toEqual([expect.objectContaining({ filter_id: 11, value: '4304', list_value: ['Toyota'], filter: expect.objectContaining({ create_label: 'Маркаку' }) })]);

    const image = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], 'camry.jpg', { type: 'image/jpeg' });
    const uploaded = await client.ads.uploadImage({ uuid: ad.uuid, image });
    expect(uploaded.details).toBe('Uploaded');
    expect(uploaded.result.url).toMatch(/^https:\/\/media\.omarket\.test\/ads\/[A-Za-z0-9]{50}\.JPG$/);
    const detail = await client.ads.get({ uuid: ad.uuid });
    expect(detail.result).toMatchObject({ has_image: true, images: [uploaded.result.url], has_complained: false });

    const moderated = await client.user.myAds({ statuses: ['moderate'] });
    expect(moderated.result.results.map((c) => c.uuid)).toEqual([ad.uuid]);
    expect(moderated.result.results[0]).toMatchObject({ title: 'Toyota Camry 2010', is_own: true, category: { name: 'Автомобили' }, location: { name: 'Бишкек' }, promotion_type: { type: null } });
    expect(moderated.result.results[0]!.minify_images).toHaveLength(1);
    expect((await client.user.myAds({ statuses: ['active'] })).result.count).toBe(0);

    // The moderator approves it: it shows in the public feed and among the active own ads.
    await setAdStatus(mock.state, ad.uuid, 'active');
    expect((await client.user.myAds({ statuses: ['active', 'cancelled'] })).result.results.map((c) => c.uuid)).toEqual([ad.uuid]);
    const feed = await paginate(client.ads.list).toArray();
    expect(feed.map((a) => a.uuid)).toContain(ad.uuid);

    expect(await client.ads.removeImage({ uuid: ad.uuid, url: uploaded.result.url })).toMatchObject({ result: 'Successfully deleted' });
    const again = await client.ads.removeImage({ uuid: ad.uuid, url: uploaded.result.url }).catch((e: unknown) => e);
    expect(isNotFoundError(again)).toBe(true);
    expect(again).toMatchObject({ status: 200, reason: 'image_not_found', providerMessage: 'Image not found' });
    expect((await client.ads.get({ uuid: ad.uuid })).result.images).toEqual([]);

    expect(await client.ads.delete({ uuid: ad.uuid })).toEqual({ result: [], resultCode: 'SUCCESS', details: 'Deleted', errorCode: 0 });
    expect(isNotFoundError(await client.ads.get({ uuid: ad.uuid }).catch((e: unknown) => e))).toBe(true);
    expect((await client.user.myAds({ statuses: ['active', 'moderate', 'cancelled', 'disabled'] })).result.count).toBe(0);
  });

  it('an access token that expires mid-flow (mock clock +31 min) is refreshed once and the call succeeds', async () => {
    const client = sdk();
    await client.login({ msisdn: OMARKET_DEMO_USER.msisdn, password: OMARKET_DEMO_USER.password });
    const ad = await client.createAd({ title: 'Bike', category: 2, location: 1, price: '12000' });
    mock.journal.clear();

    mock.clock.advance(31 * MINUTES);
    const mine = await client.user.myAds({ statuses: ['moderate'] });
    expect(mine.result.results.map((c) => c.uuid)).toContain(ad.uuid);
    expect(trail()).toEqual(['user.myAds 403', 'auth.refreshToken 200', 'user.myAds 200']);
    // The SDK only knew the provider rejected the token; its own clock had not moved.
    const [rejected, , replayed] = mock.journal.entries;
    expect(rejected!.headers.authorization).toBe('[REDACTED]');
    expect(replayed!.headers.authorization).toBe('[REDACTED]');
  });

  it('with a clock shared with the mock, the SDK refreshes ahead of expiry instead (no 403)', async () => {
    const client = sdk({ runtime: { now: () => mock.clock.now() } });
    await client.login({ msisdn: OMARKET_DEMO_USER.msisdn, password: OMARKET_DEMO_USER.password });
    mock.journal.clear();
    mock.clock.advance(29.5 * MINUTES);
    await client.categories.list();
    expect(trail()).toEqual(['auth.refreshToken 200', 'categories.list 200']);
    const stored = (await client.tokens.current()) as TokenSet;
    // A fresh 30 minutes from the refresh (the clock also follows real time by a few ms).
    expect(stored.expiresAt! - mock.clock.now()).toBeGreaterThan(29.9 * MINUTES);
    expect(stored.expiresAt! - mock.clock.now()).toBeLessThanOrEqual(30 * MINUTES);
  });

  it('100 concurrent calls on an expired token cause exactly one refresh request', async () => {
    const client = sdk();
    await client.login({ msisdn: OMARKET_DEMO_USER.msisdn, password: OMARKET_DEMO_USER.password });
    mock.journal.clear();
    mock.clock.advance(31 * MINUTES);
    const answers = await Promise.all(Array.from({ length: 100 }, () => client.categories.list()));
    expect(answers.every((a) => a.resultCode === 'SUCCESS')).toBe(true);
    expect(mock.journal.count('auth.refreshToken')).toBe(1);
    expect(mock.journal.for('categories.list').filter((e) => e.status === 403)).toHaveLength(100);
    expect(mock.journal.for('categories.list').filter((e) => e.status === 200)).toHaveLength(100);
  }, 30_000);

  it('a rejected refresh token is a typed AuthError that ends the session: tried once, tokens cleared, never a loop', async () => {
    const changes: Array<TokenSet | undefined> = [];
    const client = sdk({ onTokens: (t) => void changes.push(t) });
    await client.login({ msisdn: OMARKET_DEMO_USER.msisdn, password: OMARKET_DEMO_USER.password });
    revokeRefreshTokens(mock.state, OMARKET_DEMO_USER.id);
    mock.journal.clear();
    mock.clock.advance(31 * MINUTES);
    const error = await client.faq.list().catch((e: unknown) => e);
    expect(isAuthError(error)).toBe(true);
    expect(error).toMatchObject({ status: 400, reason: 'unknown_refresh_token', endpoint: 'auth.refreshToken', providerMessage: 'no such [REDACTED] refresh token found' });
    expect(trail()).toEqual(['faq.list 403', 'auth.refreshToken 400']);
    expect((error as Error).message).toMatch(/log in again/);
    // The dead tokens are cleared, so the next call sends no doomed refresh: nothing at all.
    expect(changes.at(-1)).toBeUndefined();
    expect(await client.tokens.current()).toBeUndefined();
    expect(await client.faq.list().catch((e: unknown) => e)).toMatchObject({ kind: 'auth', reason: 'not_logged_in' });
    expect(trail()).toEqual(['faq.list 403', 'auth.refreshToken 400']);
    // Logging in again recovers.
    await client.login({ msisdn: OMARKET_DEMO_USER.msisdn, password: OMARKET_DEMO_USER.password });
    expect((await client.faq.list()).count).toBe(2);
  });

  it('replays a call once after the expired-access-token scenario', async () => {
    const client = sdk({ tokens: { ...OMARKET_DEMO_SESSION } });
    mock.prefer('ads.list', { example: 'expired-access-token' });
    const page = await client.ads.list();
    expect(page.result.count).toBe(4);
    expect(trail()).toEqual(['ads.list 403', 'auth.refreshToken 200', 'ads.list 200']);
    expect(mock.journal.entries[0]!.scenario).toBe('example=expired-access-token');
  });

  it('answers a missing or wrong API key with 403, which the SDK does not mistake for a stale token', async () => {
    const wrong = sdk({ apiKey: 'not-the-mock-key', tokens: { ...OMARKET_DEMO_SESSION } });
    const error = await wrong.categories.list().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'auth', status: 403, reason: 'api_key_rejected', providerMessage: 'API key is missing or invalid.' });
    expect(await wrong.login({ msisdn: OMARKET_DEMO_USER.msisdn, password: OMARKET_DEMO_USER.password }).catch((e: unknown) => e)).toMatchObject({ reason: 'api_key_rejected' });
    expect(trail()).toEqual(['categories.list 403', 'auth.login 403']);
  });

  it('accepts the Android peer header (API_KEY) and the Bearer scheme', async () => {
    const client = sdk({ apiKeyHeader: 'API_KEY', authScheme: 'Bearer', tokens: { ...OMARKET_DEMO_SESSION } });
    expect((await client.categories.list()).result.map((c) => c.name)).toEqual(['Транспорт', 'Тест категория', 'Музыка', 'Виды спорта']);
    expect(Object.keys(mock.journal.last()!.headers)).toContain('api_key');
  });

  it('pages the feed, the FAQ and my-ads with count/next/previous', async () => {
    const client = sdk({ tokens: { ...OMARKET_DEMO_SESSION } });
    const first = await client.ads.list();
    expect(first.result).toMatchObject({ count: 4, next: 2, previous: null });
    const pages = [];
    for await (const p of paginate(client.ads.list).pages()) pages.push(p.result);
    expect(pages.map((p) => [p.next, p.previous, p.results.length])).toEqual([
      [2, null, 2],
      [null, 1, 2],
    ]);
    const ids = [];
    for await (const ad of paginate(client.ads.list)) ids.push(ad.id);
    expect(ids).toEqual([23406, 23405, 23028, 22985]);
    expect(await paginate(client.faq.list).toArray()).toHaveLength(2);
    const past = await client.ads.list({ page: 3 }).catch((e: unknown) => e);
    expect(past).toMatchObject({ kind: 'not_found', status: 404, providerMessage: 'Invalid page.' });
    const mine = await paginate(client.user.myAds, { statuses: ['active'] }).toArray();
    expect(mine.map((c) => c.id)).toEqual([22985]);
  });

  it('filters by category (with sub-categories), text, location and category filters', async () => {
    const client = sdk({ tokens: { ...OMARKET_DEMO_SESSION } });
    const titles = async (input: { main_filters?: MainFilters; category_filters?: CategoryFilter[] }) => (await paginate(client.ads.filter, input).toArray()).map((c) => c.title);
    expect(await titles({ main_filters: { category_id: 1 } })).toEqual(['Lada 2107', 'Lada', 'MY new OBV of saling UBUNTU car']);
    expect(await titles({ main_filters: { q: 'ваз' } })).toEqual(['Lada 2107']);
    expect(await titles({ main_filters: { category_id: 2, order_by: 'new' }, category_filters: [{ filter_id: 11, value: ['23', '64'] }] })).toEqual(['Lada 2107', 'Lada']);
    expect(await titles({ main_filters: { pics: true } })).toEqual([]);
    expect(await titles({ main_filters: { location_id: 448 } })).toEqual([]);
    const documented = await client.ads.filterDocumented({ main_filters: { category_id: 531 } });
    expect(documented.result.results.map((c) => c.title)).toEqual(['Test for music 8']);
    expect(mock.journal.last()).toMatchObject({ method: 'POST', endpoint: 'ads.filterDocumented' });
  });

  it('sets and removes the avatar, which shows on the own ads', async () => {
    const client = sdk({ tokens: { ...OMARKET_DEMO_SESSION } });
    const { result } = await client.user.uploadAvatar({ image: new File([new Uint8Array([1, 2])], 'me.PNG', { type: 'image/png' }) });
    expect(result.url).toMatch(/^https:\/\/media\.omarket\.test\/ads-avatar\/[A-Za-z0-9]{50}\.png$/);
    const draft = (await client.ads.get({ uuid: '15f83777-df64-4819-8996-78eda3066a14' })).result;
    expect(draft).toMatchObject({ status: 'initial', author: { username: 'jackson', avatar: result.url } });
    await client.user.removeAvatar();
    expect((await client.ads.get({ uuid: draft.uuid })).result.author.avatar).toBe('');
  });

  it('keeps other people\'s ads and drafts out of reach', async () => {
    const other = sdk();
    await registered('996555000222', 'other-password-1', other);
    await other.login({ msisdn: '996555000222', password: 'other-password-1' });
    const draft = '15f83777-df64-4819-8996-78eda3066a14';
    expect(isNotFoundError(await other.ads.get({ uuid: draft }).catch((e: unknown) => e))).toBe(true);
    expect(isNotFoundError(await other.ads.delete({ uuid: draft }).catch((e: unknown) => e))).toBe(true);
    const listed = await other.ads.get({ uuid: '2111973e-3b48-4ea3-b0e8-08424de1792d' });
    expect(listed.result).toMatchObject({ is_own: false, author: { username: 'SulTanos' }, promotion_type: { type: 'VIP' } });
    const rejected = await other.createAd({ title: 'x', category: 9999, location: 1 }).catch((e: unknown) => e);
    expect(isApiError(rejected)).toBe(true);
    expect(rejected).toMatchObject({ status: 400, providerMessage: 'category: 9999 does not exist' });
    // The empty draft was deleted again.
    expect(mock.journal.entries.slice(-3).map((e) => `${e.endpoint} ${e.status}`)).toEqual(['ads.createDraft 200', 'ads.update 400', 'ads.delete 200']);
  });
});

describe('O!Market secrets', () => {
  it('never appear in errors, toJSON, hooks, logs or the journal', async () => {
    const seen: string[] = [];
    const tokens: string[] = [];
    const client = sdk({
      hooks: {
        onRequest: (info) => seen.push(JSON.stringify(info)),
        onResponse: (info) => seen.push(JSON.stringify(info)),
        onError: (info) => seen.push(JSON.stringify({ ...info, error: info.error.toJSON() }), info.error.message, info.error.stack ?? ''),
      },
      logger: {
        debug: (message, meta) => seen.push(message, JSON.stringify(meta)),
        warn: (message, meta) => seen.push(message, JSON.stringify(meta)),
      },
      onTokens: (t) => {
        if (t) tokens.push(t.accessToken, t.refreshToken ?? '');
      },
    });
    const password = 'secret-password-42';
    const errors: unknown[] = [];
    const keep = (p: Promise<unknown>) => p.catch((e: unknown) => errors.push(e));

    await keep(client.login({ msisdn: OMARKET_DEMO_USER.msisdn, password: 'wrong-password-77' }));
    await client.auth.register({ msisdn: '996555000333', password, password2: password });
    await keep(client.auth.checkOtp({ msisdn: '996555000333', otp: '0000' }));
    await client.auth.checkOtp({ msisdn: '996555000333', otp: '1234' });
    await client.login({ msisdn: '996555000333', password });
    await client.categories.list();
    mock.clock.advance(31 * MINUTES);
    await client.categories.list(); // 403 → refresh → replay
    const first = [...tokens];
    await keep(client.auth.refreshToken({ refresh_token: 'unknown-refresh-token-abc' }));
    revokeRefreshTokens(mock.state, mock.state.users.findFirst((q) => q.where({ msisdn: '996555000333' }))!.id);
    mock.clock.advance(31 * MINUTES);
    await keep(client.categories.list()); // 403 → refresh rejected
    expect(errors).toHaveLength(4);

    const secrets = [OMARKET_MOCK_API_KEY, password, 'wrong-password-77', 'unknown-refresh-token-abc', ...tokens.filter(Boolean)];
    expect(first.length).toBeGreaterThanOrEqual(3);
    const text = [
      ...errors.map((e) => [String(e), (e as Error).stack, JSON.stringify(e), JSON.stringify((e as { body?: unknown }).body)].join('\n')),
      ...seen,
      JSON.stringify(mock.journal.entries),
    ].join('\n');
    for (const secret of secrets) expect(text, `leaked ${secret.slice(0, 6)}…`).not.toContain(secret);
    // The OTP is masked in the journal too.
    expect(mock.journal.for('auth.checkOtp').map((e) => (e.body as { otp: string }).otp)).toEqual(['[REDACTED]', '[REDACTED]']);
  });
});
