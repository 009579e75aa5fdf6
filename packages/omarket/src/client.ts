// createOmarket: the O!Market client with its API key, its token lifecycle and `createAd`.
import * as v from 'valibot';
import {
  apiKeyAuth,
  canSendGetWithBody,
  AuthError,
  createClient,
  isApiError,
  isAuthError,
  memoryTokenStore,
  Redactor,
  RequestValidationError,
  TokenManager,
  tokenAuth,
  inputShapeIssues,
  wireValueIssues,
  type AuthStrategy,
  type CallOptions,
  type ClientOf,
  type ClientOptions,
  type InputOf,
  type TokenSet,
  type TokenStore,
  type ValidationIssue,
} from '@x/core/provider';
import {
  createTransport,
  toIssues,
  toStrictInput,
  type Transport,
} from '@x/core/internal';
import { OMARKET_REASONS } from './classify';
import type { authLogin } from './endpoints/auth/login';
import { endpoints } from './endpoints/index';
import { omarketProvider } from './provider';
import type { AdDetail, AdFull } from './schemas/ad';
import { adChanges, adFields, type AdChanges, type AdFields } from './schemas/input';

/** The provider's documented access-token lifetime; it sends no expiry, so the SDK computes one. */
export const ACCESS_TOKEN_TTL_MS = 30 * 60_000;

/** Options of `createOmarket`. */
export type OmarketOptions = ClientOptions & {
  /** The API key issued by O! (sent on every request). Never logged. */
  apiKey: string;
  /**
   * Header that carries the API key (default `x-api-key`, as the iOS peer sends it; the Android peer
   * sends `API_KEY`, which proxies often drop because of the underscore).
   */
  apiKeyHeader?: string;
  /** How the user token travels in `Authorization`: the bare token (`'raw'`, default) or `'Bearer <token>'`. */
  authScheme?: 'raw' | 'Bearer';
  /** Tokens from an earlier session (e.g. restored from storage). Give this or `tokenStore`, not both. */
  tokens?: TokenSet;
  /** Where tokens live (default: in memory). Share one store between clients or persist it. */
  tokenStore?: TokenStore;
  /** Called whenever the tokens change (login, refresh, logout); persist them here. */
  onTokens?: (tokens: TokenSet | undefined) => void | Promise<void>;
  /** Access-token lifetime the SDK assumes after a login or refresh (default 30 minutes). */
  accessTokenTtlMs?: number;
  /**
   * How `ads.filterDocumented` travels. `'GET'` (default) is the documented GET with a JSON body,
   * which `fetch` cannot send: it goes over `node:http`, so it works on Node ≥ 20.16 only (a
   * `RequestValidationError` elsewhere, before anything is sent). `'POST'` sends the same body with
   * POST (works everywhere; whether the live server accepts it is unverified). See decision 0043.
   */
  documentedFilterVia?: 'GET' | 'POST';
  /** Refresh this long before the computed expiry (default 60 s). */
  refreshAheadMs?: number;
};

/** Input of `login()`. */
export type LoginInput = InputOf<typeof authLogin>;

/** The O!Market client: the endpoint methods plus the session helpers. */
export type OmarketClient = ClientOf<typeof endpoints> & {
  /**
   * Log in and store the tokens (the token store and `onTokens` see them), with an expiry 30
   * minutes from now. Wrong msisdn/password → `AuthError` with reason `wrong_credentials`.
   */
  login(input: LoginInput, options?: CallOptions): Promise<TokenSet>;
  /** Forget the stored tokens (there is no logout endpoint). */
  logout(): Promise<void>;
  /**
   * Create an ad in one call: a draft (`ads.createDraft`), then its fields (`ads.update`, sent once,
   * never retried). Returns the ad (status `moderate`). The fields are checked before anything is
   * sent. When the provider rejects the update with a 4xx, the empty draft is deleted again and the
   * update's error is thrown. After a timeout, network error, abort or 5xx the update may have been
   * applied: the draft is kept and the thrown error names it (`draftUuidOf(error)`,
   * `error.details.draftUuid`).
   */
  createAd(fields: AdFields, options?: CallOptions): Promise<AdFull>;
  /**
   * Change some fields of an ad without copying it by hand: turns the ad back into update fields
   * (category, location and filter ids, prices, texts, images …), applies `changes` and writes the
   * whole set with `ads.update` (which needs the document's minimal fields). Give the ad as
   * `createAd`/`ads.update` returned it (filters expanded), or its uuid: then it is read with
   * `ads.get` first, whose `filters` are bare ids the update cannot take back, so an ad with
   * filters needs `filters` in `changes`. The ad goes back to moderation, as with every update.
   * Last write wins: a change made by someone else since the read is overwritten.
   *
   * @example
   * const ad = await omarket.createAd({ ... });
   * await omarket.editAd(ad, { old_price: 1200, price: 990 });
   */
  editAd(ad: string | AdFull, changes: AdChanges, options?: CallOptions): Promise<AdFull>;
  /** The token manager: `current()`, `set()`, `getToken()`. */
  readonly tokens: TokenManager;
};

/**
 * The uuid of the draft `createAd` kept when it failed after creating one (the update may have been
 * applied, or the empty draft could not be deleted), from `error.details.draftUuid`; `undefined`
 * when no draft is left behind. Check that ad (`ads.get({ uuid })`) before trying again.
 */
export function draftUuidOf(error: unknown): string | undefined {
  const details = error && typeof error === 'object' ? (error as { details?: unknown }).details : undefined;
  const uuid = details && typeof details === 'object' ? (details as { draftUuid?: unknown }).draftUuid : undefined;
  return typeof uuid === 'string' ? uuid : undefined;
}

/** A classified 4xx answer about the request itself: not the credentials, not throttling. */
function fieldsRejected(error: unknown): boolean {
  return isApiError(error) && error.status >= 400 && error.status < 500 && error.kind !== 'auth' && error.kind !== 'rate_limit';
}

/** Put the kept draft's uuid in `error.details.draftUuid` (and the message), so it is not lost. */
function keepDraft(error: unknown, uuid: string, why: string): unknown {
  if (!(error instanceof Error)) return error;
  const previous = (error as { details?: unknown }).details;
  const details =
    previous === undefined || previous === null
      ? { draftUuid: uuid }
      : typeof previous === 'object' && !Array.isArray(previous)
        ? { ...previous, draftUuid: uuid }
        : { draftUuid: uuid, previous };
  Object.defineProperty(error, 'details', { value: details, enumerable: true, configurable: true, writable: true });
  error.message = `${error.message} (createAd kept the draft ${uuid}: ${why}; check it with ads.get({ uuid }) before trying again)`;
  return error;
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

function checkTokens(tokens: unknown, path: string, issues: ValidationIssue[]): void {
  const t = tokens as Partial<TokenSet> | null;
  if (typeof t !== 'object' || t === null) {
    issues.push({ path, message: `${path} must be an object with accessToken` });
    return;
  }
  if (typeof t.accessToken !== 'string' || t.accessToken === '') issues.push({ path: `${path}.accessToken`, message: 'accessToken must be a non-empty string' });
  if (t.refreshToken !== undefined && (typeof t.refreshToken !== 'string' || t.refreshToken === '')) issues.push({ path: `${path}.refreshToken`, message: 'refreshToken must be a non-empty string' });
  if (t.expiresAt !== undefined && !Number.isFinite(t.expiresAt)) issues.push({ path: `${path}.expiresAt`, message: 'expiresAt must be epoch milliseconds' });
}

function validateOptions(options: OmarketOptions): void {
  const issues: ValidationIssue[] = [];
  const { apiKey, apiKeyHeader, authScheme, tokens, tokenStore, onTokens, accessTokenTtlMs, refreshAheadMs, documentedFilterVia } = options;
  if (documentedFilterVia !== undefined && documentedFilterVia !== 'GET' && documentedFilterVia !== 'POST') issues.push({ path: 'documentedFilterVia', message: "documentedFilterVia must be 'GET' or 'POST'" });
  if (typeof apiKey !== 'string' || apiKey.trim() === '') issues.push({ path: 'apiKey', message: 'apiKey is required' });
  else if (/[\r\n]/.test(apiKey) || apiKey.trim() !== apiKey) issues.push({ path: 'apiKey', message: 'apiKey must not contain line breaks or surrounding spaces' });
  if (apiKeyHeader !== undefined && (typeof apiKeyHeader !== 'string' || !HEADER_NAME.test(apiKeyHeader))) issues.push({ path: 'apiKeyHeader', message: 'apiKeyHeader must be a valid header name' });
  if (authScheme !== undefined && authScheme !== 'raw' && authScheme !== 'Bearer') issues.push({ path: 'authScheme', message: "authScheme must be 'raw' or 'Bearer'" });
  if (tokens !== undefined) checkTokens(tokens, 'tokens', issues);
  if (tokens !== undefined && tokenStore !== undefined) issues.push({ path: 'tokens', message: 'Give tokens or tokenStore, not both (put the tokens in the store)' });
  if (tokenStore !== undefined && (typeof tokenStore?.get !== 'function' || typeof tokenStore?.set !== 'function')) issues.push({ path: 'tokenStore', message: 'tokenStore must have get() and set()' });
  if (onTokens !== undefined && typeof onTokens !== 'function') issues.push({ path: 'onTokens', message: 'onTokens must be a function' });
  if (accessTokenTtlMs !== undefined && !(accessTokenTtlMs > 0)) issues.push({ path: 'accessTokenTtlMs', message: 'accessTokenTtlMs must be a positive number of ms' });
  const ttl = accessTokenTtlMs ?? ACCESS_TOKEN_TTL_MS;
  if (refreshAheadMs !== undefined && !(refreshAheadMs >= 0 && refreshAheadMs < ttl)) issues.push({ path: 'refreshAheadMs', message: 'refreshAheadMs must be ≥ 0 and shorter than the token lifetime' });
  if (issues.length > 0) {
    throw new RequestValidationError(`omarket: invalid options: ${issues.map((i) => i.message).join('; ')}`, { provider: 'omarket', issues });
  }
}

/**
 * The user token in `Authorization`, refreshed by the token manager. A rejected API key is not a
 * token problem, so it does not trigger a refresh.
 */
function userTokenAuth(tokens: TokenManager, scheme: 'raw' | 'Bearer'): AuthStrategy {
  const inner = tokenAuth({ name: 'token', tokens, scheme });
  return {
    name: inner.name,
    headerNames: inner.headerNames ?? ['authorization'],
    async apply(target, ctx) {
      const applied = await inner.apply(target, ctx);
      if (!applied) return undefined;
      return { recover: (error) => (error.reason === OMARKET_REASONS.apiKeyRejected ? Promise.resolve(false) : applied.recover(error)) };
    },
  };
}

/**
 * Secrets that travel in JSON bodies (password, password2, refresh_token) become known to the
 * redactor before the request leaves, so an answer that echoes them ("no such <token> refresh token
 * found") is scrubbed from error messages and bodies.
 */
function registerBodySecrets(transport: Transport, redactor: Redactor): Transport {
  return (request) => {
    if (typeof request.body === 'string' && request.body.startsWith('{')) {
      try {
        const body = JSON.parse(request.body) as Record<string, unknown>;
        for (const [name, value] of Object.entries(body)) {
          if (typeof value === 'string' && redactor.isSensitiveName(name)) redactor.addSecret(value);
        }
      } catch {
        // Not JSON after all: nothing to register.
      }
    }
    return transport(request);
  };
}

/** The update fields of an ad as `ads.get` returns it (fields without a value are left out). */
export function fieldsOfAd(ad: AdDetail | AdFull): Partial<AdFields> & { filters?: AdFields['filters'] } {
  const out: Record<string, unknown> = {
    title: ad.title,
    price: ad.price,
    currency: ad.currency,
    old_price: ad.old_price === '' ? undefined : ad.old_price,
    description: ad.description,
    ad_type: ad.ad_type,
    contract_price: ad.contract_price,
    o_money_pay: ad.o_money_pay,
    whatsapp_num: ad.whatsapp_num,
    whatsapp_num_is_ident: ad.whatsapp_num_is_ident,
    telegram_profile: ad.telegram_profile,
    telegram_profile_is_ident: ad.telegram_profile_is_ident,
    address: ad.address,
    latitude: ad.latitude,
    longitude: ad.longitude,
    delivery: ad.delivery,
    opening_at: ad.opening_at,
    commentary: ad.commentary,
  };
  if (ad.category.id !== undefined) out.category = ad.category.id;
  if (ad.location.id !== undefined) out.location = ad.location.id;
  if (ad.images !== undefined) out.images = ad.images;
  // Expanded filters carry their filter_id and value; bare ids cannot be turned back.
  if (ad.filters.every((f) => typeof f !== 'number')) out.filters = ad.filters.map((f) => ({ filter_id: (f as Exclude<typeof f, number>).filter_id, value: (f as Exclude<typeof f, number>).value }));
  // Request bodies take no nulls: a field the ad has no value for is left out.
  for (const [key, value] of Object.entries(out)) if (value === undefined || value === null) delete out[key];
  return out as Partial<AdFields>;
}

/** With `documentedFilterVia: 'POST'`, the documented filter's GET-with-body goes out as POST. */
function documentedFilterMethod(transport: Transport, via: 'GET' | 'POST'): Transport {
  if (via === 'GET') return transport;
  return (request) => (request.method === 'GET' && request.body !== undefined && /\/trusted\/ads-filter\/?$/.test(new URL(request.url).pathname) ? transport({ ...request, method: 'POST' }) : transport(request));
}

function notLoggedIn(reason: string, message: string): AuthError {
  return new AuthError(`omarket: ${message}`, { status: 0, provider: 'omarket', reason });
}

/**
 * Create an O!Market client. The API key goes in a header on every request; ads-board, category,
 * FAQ and user calls also carry the user token (raw by default), which the client refreshes ahead
 * of its 30-minute expiry and once more when the provider rejects it (403), with one refresh shared
 * by every concurrent call.
 *
 * @example
 * const omarket = createOmarket({ apiKey: process.env.OMARKET_API_KEY!, baseURL: 'http://127.0.0.1:4010/omarket' });
 * await omarket.login({ msisdn: '996709920328', password: '…' });
 * for await (const ad of paginate(omarket.ads.list, {}, { maxItems: 50 })) console.log(ad.title);
 */
export function createOmarket(options: OmarketOptions): OmarketClient {
  validateOptions(options);
  const {
    apiKey,
    apiKeyHeader = 'x-api-key',
    authScheme = 'raw',
    tokens: initialTokens,
    tokenStore,
    onTokens,
    accessTokenTtlMs = ACCESS_TOKEN_TTL_MS,
    refreshAheadMs = 60_000,
    documentedFilterVia = 'GET',
    ...clientOptions
  } = options;
  const clock = clientOptions.runtime?.now;
  const now = (): number => (clock ? clock() : Date.now());
  const redactor = new Redactor(omarketProvider.sensitiveNames);
  redactor.addSecret(apiKey);
  const remember = (tokens: TokenSet | undefined): void => {
    redactor.addSecret(tokens?.accessToken);
    redactor.addSecret(tokens?.refreshToken);
  };
  remember(initialTokens);

  // The refresh goes through the client's own auth.refreshToken (API key only, never the token).
  let refresh: (refreshToken: string) => Promise<{ access_token: string; refresh_token?: string | undefined }>;
  const manager = new TokenManager({
    store: tokenStore ?? memoryTokenStore(initialTokens),
    refreshMarginMs: refreshAheadMs,
    runtime: { now },
    onTokens: async (tokens) => {
      remember(tokens);
      await onTokens?.(tokens);
    },
    async fetchToken(current) {
      if (!current) throw notLoggedIn(OMARKET_REASONS.notLoggedIn, 'not logged in: call login() first, or pass tokens');
      if (!current.refreshToken) throw notLoggedIn(OMARKET_REASONS.noRefreshToken, 'the access token expired or was rejected and there is no refresh token: log in again');
      redactor.addSecret(current.refreshToken);
      let answer: Awaited<ReturnType<typeof refresh>>;
      try {
        answer = await refresh(current.refreshToken);
      } catch (error) {
        if (isAuthError(error) && error.reason === OMARKET_REASONS.unknownRefreshToken) throw await sessionEnded(error, current.refreshToken);
        throw error;
      }
      // No rotation is documented; a refresh token that comes back anyway replaces the old one.
      return { accessToken: answer.access_token, refreshToken: answer.refresh_token ?? current.refreshToken, expiresAt: now() + accessTokenTtlMs };
    },
  });

  /**
   * The provider does not know the refresh token: every later refresh with it is doomed. Clear the
   * stored tokens (`onTokens(undefined)` fires) unless a login replaced them meanwhile, and say
   * what to do.
   */
  async function sessionEnded(error: AuthError, rejected: string): Promise<AuthError> {
    const stored = await manager.current();
    if (stored?.refreshToken === rejected) await manager.set(undefined);
    return new AuthError(`omarket: the provider rejected the refresh token, so the session has ended: log in again with login(). (${error.message})`, {
      status: error.status,
      provider: error.provider,
      endpoint: error.endpoint,
      request: error.request,
      code: error.code,
      providerMessage: error.providerMessage,
      reason: OMARKET_REASONS.unknownRefreshToken,
      details: error.details,
      body: error.body,
      cause: error,
    });
  }

  const api = createClient(omarketProvider, clientOptions, {
    auth: [apiKeyAuth({ name: 'apiKey', key: apiKey, in: 'header', param: apiKeyHeader }), userTokenAuth(manager, authScheme)],
    redactor,
    transport: documentedFilterMethod(registerBodySecrets(createTransport(clientOptions.fetch), redactor), documentedFilterVia),
    prepare({ key }) {
      if (key === 'ads.filterDocumented' && documentedFilterVia === 'GET' && !canSendGetWithBody()) {
        throw new RequestValidationError(
          "omarket ads.filterDocumented: the documented GET with a JSON body needs node:http (Node ≥ 20.16); this runtime's fetch cannot send it. Use createOmarket({ documentedFilterVia: 'POST' }) or ads.filter. Nothing was sent.",
          { provider: 'omarket', endpoint: 'ads.filterDocumented', issues: [{ path: 'documentedFilterVia', message: 'GET with a body is not possible in this runtime' }] },
        );
      }
    },
  });
  refresh = (refreshToken) => api.auth.refreshToken({ refresh_token: refreshToken });

  const fieldsSchema = toStrictInput(adFields);
  const changesSchema = toStrictInput(adChanges);
  const invalid = (method: string, issues: ReturnType<typeof toIssues>) =>
    new RequestValidationError(`omarket ${method}: invalid input: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}. Nothing was sent.`, {
      provider: 'omarket',
      endpoint: method,
      issues,
    });

  return Object.freeze({
    ...api,
    tokens: manager,
    async login(input: LoginInput, callOptions?: CallOptions): Promise<TokenSet> {
      const answer = await api.auth.login(input, callOptions);
      const tokens: TokenSet = { accessToken: answer.access_token, refreshToken: answer.refresh_token, expiresAt: now() + accessTokenTtlMs };
      await manager.set(tokens);
      return tokens;
    },
    async logout(): Promise<void> {
      await manager.set(undefined);
    },
    async createAd(fields: AdFields, callOptions?: CallOptions): Promise<AdFull> {
      // Check the fields first, so invalid input never leaves an empty draft behind.
      // The same checks the pipeline runs on the update, so nothing it would refuse gets this far.
      const shape = inputShapeIssues(fields);
      const checked = shape.length > 0 ? undefined : v.safeParse(fieldsSchema, fields);
      const wire = checked?.success ? wireValueIssues(checked.output, 'json') : [];
      if (!checked?.success || wire.length > 0) throw invalid('createAd', checked && !checked.success ? toIssues(checked.issues) : shape.length > 0 ? shape : wire);
      const draft = await api.ads.createDraft(undefined, callOptions);
      const uuid = draft.result;
      try {
        // Sent once: a replay after a lost answer could be refused although the first update was
        // applied, and that refusal must not be mistaken for "the fields were rejected".
        const updated = await api.ads.update({ uuid, ...fields }, { ...callOptions, retry: false });
        return updated.result;
      } catch (error) {
        // Only a 4xx answer to the one update says the provider rejected the fields (nothing was
        // set), so only then does the empty draft go. After a timeout, a network error, an abort or
        // a 5xx the update may have been applied: the ad is kept and named in the error.
        if (!fieldsRejected(error)) throw keepDraft(error, uuid, 'the update may have been applied');
        const deleted = await api.ads.delete({ uuid }, { signal: callOptions?.signal }).then(
          () => true,
          () => false,
        );
        throw deleted ? error : keepDraft(error, uuid, 'the provider rejected the fields, and deleting the empty draft failed');
      }
    },
    async editAd(ad: string | AdFull, changes: AdChanges, callOptions?: CallOptions): Promise<AdFull> {
      const shape = inputShapeIssues(changes);
      if (shape.length > 0) throw invalid('editAd', shape);
      const checked = v.safeParse(changesSchema, changes);
      if (!checked.success) throw invalid('editAd', toIssues(checked.issues));
      if (typeof ad !== 'string' && (ad === null || typeof ad !== 'object' || typeof ad.uuid !== 'string')) throw invalid('editAd', [{ path: 'ad', message: 'give the ad (as createAd or ads.update returned it) or its uuid' }]);
      const uuid = typeof ad === 'string' ? ad : ad.uuid;
      const current = typeof ad === 'string' ? (await api.ads.get({ uuid }, callOptions)).result : ad;
      const fields = { ...fieldsOfAd(current), ...changes };
      if (fields.filters === undefined) {
        throw invalid('editAd', [{ path: 'filters', message: 'ads.get lists the filters as bare ids, which an update cannot take back: pass filters in changes, or give editAd the ad as createAd / ads.update returned it' }]);
      }
      // ads.update checks the merged fields (the document's minimal set included) before sending.
      return (await api.ads.update({ uuid, ...(fields as AdFields) }, callOptions)).result;
    },
  });
}
