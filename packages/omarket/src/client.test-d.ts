// Type tests for the O!Market client (vitest typecheck mode: type-checked by tsc, never executed).
import { describe, expectTypeOf, test } from 'vitest';
import {
  createOmarket,
  draftUuidOf,
  isApiError,
  isAuthError,
  isNotFoundError,
  memoryTokenStore,
  paginate,
  type AdChanges,
  type AdFields,
  type AdFull,
  type AdStatus,
  type CallOptions,
  type FaqEntry,
  type LoginInput,
  type OmarketClient,
  type OmarketOptions,
  type OmarketReason,
  type TokenSet,
} from './index';
import type { TokenManager } from '@x/core/provider';

const omarket = createOmarket({ apiKey: 'key' });

describe('createOmarket options', () => {
  test('the API key is required; session options are typed', () => {
    expectTypeOf(omarket).toEqualTypeOf<OmarketClient>();
    // @ts-expect-error the API key is required
    void (() => createOmarket({}));
    expectTypeOf<OmarketOptions['authScheme']>().toEqualTypeOf<'raw' | 'Bearer' | undefined>();
    expectTypeOf<OmarketOptions['documentedFilterVia']>().toEqualTypeOf<'GET' | 'POST' | undefined>();
    expectTypeOf<OmarketOptions['onTokens']>().toEqualTypeOf<((tokens: TokenSet | undefined) => void | Promise<void>) | undefined>();
    expectTypeOf(createOmarket).toBeCallableWith({ apiKey: 'key', tokenStore: memoryTokenStore(), baseURL: 'http://127.0.0.1:4010/omarket', retry: false });
    // @ts-expect-error the scheme is `raw` or `Bearer`
    void (() => createOmarket({ apiKey: 'key', authScheme: 'bearer' }));
  });
});

describe('session helpers', () => {
  test('login takes msisdn and password and resolves to the stored tokens', () => {
    expectTypeOf(omarket.login).parameter(0).toEqualTypeOf<LoginInput>();
    expectTypeOf<LoginInput>().toEqualTypeOf<{ msisdn: string; password: string }>();
    expectTypeOf(omarket.login).returns.resolves.toEqualTypeOf<TokenSet>();
    // @ts-expect-error the password is required
    void (() => omarket.login({ msisdn: '996700000000' }));
    expectTypeOf(omarket.logout).returns.resolves.toBeVoid();
    expectTypeOf(omarket.tokens).toEqualTypeOf<TokenManager>();
  });

  test('createAd takes the ad fields, editAd an ad or its uuid and a subset', () => {
    expectTypeOf(omarket.createAd).parameter(0).toEqualTypeOf<AdFields>();
    expectTypeOf(omarket.createAd).returns.resolves.toEqualTypeOf<AdFull>();
    expectTypeOf(omarket.editAd).parameters.toEqualTypeOf<[ad: string | AdFull, changes: AdChanges, options?: CallOptions]>();
    expectTypeOf<Partial<AdFields>>().toMatchTypeOf<AdChanges>();
    expectTypeOf(draftUuidOf).returns.toEqualTypeOf<string | undefined>();
  });
});

describe('endpoint methods', () => {
  test('raw auth.login answers the wire token pair', () => {
    expectTypeOf(omarket.auth.login).returns.resolves.toEqualTypeOf<{ access_token: string; refresh_token: string }>();
  });

  test('path and body fields are required where the document says so', () => {
    expectTypeOf(omarket.ads.get).parameter(0).toEqualTypeOf<{ uuid: string }>();
    // @ts-expect-error the uuid is required
    void (() => omarket.ads.get({}));
    expectTypeOf(omarket.ads.createDraft).toBeCallableWith();
    // @ts-expect-error createDraft takes no fields
    void (() => omarket.ads.createDraft({ title: 'x' }));
    expectTypeOf(omarket.ads.createDraft).returns.resolves.toMatchTypeOf<{ result: string; resultCode: 'SUCCESS' }>();
  });

  test('my-ads statuses are the documented literals; the ad status is an open enum', () => {
    expectTypeOf(omarket.user.myAds).parameter(0).toEqualTypeOf<{ page?: number | string | undefined; statuses: ('active' | 'cancelled' | 'moderate' | 'disabled')[] }>();
    // @ts-expect-error `initial` is not a my-ads status
    void (() => omarket.user.myAds({ statuses: ['initial'] }));
    expectTypeOf<AdStatus>().toEqualTypeOf<'initial' | 'moderate' | 'active' | 'cancelled' | 'disabled' | (string & {})>();
  });

  test('every method takes CallOptions second', () => {
    expectTypeOf(omarket.ads.list).parameter(1).toEqualTypeOf<CallOptions | undefined>();
    expectTypeOf(omarket.categories.list).toBeCallableWith(undefined, { timeout: 1000 });
  });
});

describe('paginate', () => {
  test('items of the enveloped feeds and of the bare FAQ page', () => {
    expectTypeOf(paginate(omarket.ads.list)).toMatchTypeOf<AsyncIterable<AdFull>>();
    expectTypeOf(paginate(omarket.faq.list).toArray()).resolves.toEqualTypeOf<FaqEntry[]>();
    void (() => paginate(omarket.user.myAds, { statuses: ['active'] }));
    // @ts-expect-error paginate owns the page, the statuses stay required
    void (() => paginate(omarket.user.myAds, {}));
  });
});

describe('errors', () => {
  test('guards narrow; reasons are the documented set', () => {
    const e: unknown = undefined;
    if (isApiError(e)) expectTypeOf(e.status).toEqualTypeOf<number>();
    if (isAuthError(e)) expectTypeOf(e.reason).toEqualTypeOf<string | undefined>();
    if (isNotFoundError(e)) expectTypeOf(e.status).toEqualTypeOf<number>();
    expectTypeOf<'wrong_otp'>().toMatchTypeOf<OmarketReason>();
    expectTypeOf<'not_logged_in'>().toMatchTypeOf<OmarketReason>();
    expectTypeOf<'fail'>().not.toMatchTypeOf<OmarketReason>();
  });
});
