// createOmarketCore: a configuration-only O!Market client (API key, token lifecycle, switches) for
// the standalone endpoint functions. The token state lives here, so `login(core, ...)` and
// `adsList(core)` share it. It imports one endpoint, auth.refreshToken, which the token lifecycle
// needs, and none of the helpers.
import * as v from 'valibot';
import {
  apiKeyAuth,
  AuthError,
  canSendGetWithBody,
  coreState,
  createCore,
  isAuthError,
  memoryTokenStore,
  parseClientOptions,
  Redactor,
  RequestValidationError,
  TokenManager,
  tokenAuth,
  type AuthStrategy,
  type ClientCore,
  type ClientOptions,
  type TokenSet,
  type TokenStore,
} from '@x/core/provider';
import { createTransport, isHeaderName, type Transport } from '@x/core/internal';
import { OMARKET_REASONS, type OmarketReason } from './classify';
import { authRefreshToken } from './functions';
import { omarketInfo } from './info';

/** The provider's documented access-token lifetime; it sends no expiry, so the SDK computes one. */
export const ACCESS_TOKEN_TTL_MS = 30 * 60_000;

/** Options of `createOmarketCore` (and of `createOmarket`). */
export type OmarketCoreOptions = ClientOptions & {
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

/** A configuration-only O!Market client: pass it to `adsList`, `login`, `createAd`, ... */
export type OmarketCore = ClientCore<'omarket'> & {
  /** The token manager every call with this client shares: `current()`, `set()`, `getToken()`. */
  readonly tokens: TokenManager;
};

/** What the session helpers need besides the configuration. @internal */
export interface OmarketState {
  readonly tokens: TokenManager;
  /** The client's clock (`runtime.now`, so tests can fake it). */
  readonly now: () => number;
  /** The lifetime assumed for a token from a login or refresh. */
  readonly accessTokenTtlMs: number;
}

const positiveMs = (message: string) => v.pipe(v.number(message), v.gtValue(0, message));
const nonEmpty = (message: string) => v.pipe(v.string(message), v.nonEmpty(message));

/** The options of `createOmarketCore`; client-wide options (timeout, retry, ...) are checked by core. */
export const OmarketCoreOptionsSchema = /* @__PURE__ */ v.pipe(
  /* @__PURE__ */ v.looseObject(
    {
      apiKey: /* @__PURE__ */ v.pipe(
        /* @__PURE__ */ v.string('apiKey is required'),
        /* @__PURE__ */ v.check((key: string) => key.trim() !== '', 'apiKey is required'),
        /* @__PURE__ */ v.check((key: string) => key.trim() === '' || (!/[\r\n]/.test(key) && key.trim() === key), 'apiKey must not contain line breaks or surrounding spaces'),
      ),
      apiKeyHeader: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.pipe(/* @__PURE__ */ v.string('apiKeyHeader must be a valid header name'), /* @__PURE__ */ v.check(isHeaderName, 'apiKeyHeader must be a valid header name')),
        'x-api-key',
      ),
      authScheme: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.picklist(['raw', 'Bearer'], "authScheme must be 'raw' or 'Bearer'"), 'raw'),
      documentedFilterVia: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.picklist(['GET', 'POST'], "documentedFilterVia must be 'GET' or 'POST'"), 'GET'),
      tokens: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.looseObject(
          {
            accessToken: /* @__PURE__ */ nonEmpty('accessToken must be a non-empty string'),
            refreshToken: /* @__PURE__ */ v.optional(/* @__PURE__ */ nonEmpty('refreshToken must be a non-empty string')),
            expiresAt: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.pipe(/* @__PURE__ */ v.number('expiresAt must be epoch milliseconds'), /* @__PURE__ */ v.finite('expiresAt must be epoch milliseconds'))),
          },
          'tokens must be an object with accessToken',
        ),
      ),
      tokenStore: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.custom<TokenStore>((s) => typeof (s as TokenStore | null)?.get === 'function' && typeof (s as TokenStore).set === 'function', 'tokenStore must have get() and set()'),
      ),
      onTokens: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.function('onTokens must be a function')),
      accessTokenTtlMs: /* @__PURE__ */ v.optional(/* @__PURE__ */ positiveMs('accessTokenTtlMs must be a positive number of ms'), ACCESS_TOKEN_TTL_MS),
      refreshAheadMs: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.pipe(/* @__PURE__ */ v.number('refreshAheadMs must be ≥ 0 and shorter than the token lifetime'), /* @__PURE__ */ v.minValue(0, 'refreshAheadMs must be ≥ 0 and shorter than the token lifetime')),
      ),
    },
    'options must be an object',
  ),
  /* @__PURE__ */ v.forward(
    /* @__PURE__ */ v.partialCheck([['tokens'], ['tokenStore']], (o) => o.tokens === undefined || o.tokenStore === undefined, 'Give tokens or tokenStore, not both (put the tokens in the store)'),
    ['tokens'],
  ),
  /* @__PURE__ */ v.forward(
    /* @__PURE__ */ v.partialCheck(
      [['accessTokenTtlMs'], ['refreshAheadMs']],
      (o) => o.refreshAheadMs === undefined || o.refreshAheadMs < o.accessTokenTtlMs,
      'refreshAheadMs must be ≥ 0 and shorter than the token lifetime',
    ),
    ['refreshAheadMs'],
  ),
);

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

const DOCUMENTED_FILTER_PATH = /\/trusted\/ads-filter\/?$/;

/** With `documentedFilterVia: 'POST'`, the documented filter's GET-with-body goes out as POST. */
function documentedFilterMethod(transport: Transport, via: 'GET' | 'POST'): Transport {
  if (via === 'GET') return transport;
  // The path read from the text: a same-origin base URL (`/api/omarket` behind a proxy) makes a
  // relative request URL, which `new URL()` alone would refuse with a TypeError.
  return (request) => (request.method === 'GET' && request.body !== undefined && DOCUMENTED_FILTER_PATH.test(request.url.split(/[?#]/, 1)[0] as string) ? transport({ ...request, method: 'POST' }) : transport(request));
}

function notLoggedIn(reason: OmarketReason, message: string): AuthError {
  return new AuthError(`omarket: ${message}`, { status: 0, provider: 'omarket', reason });
}

/**
 * Create a configuration-only O!Market client. The API key goes in a header on every request;
 * ads-board, category, FAQ and user calls also carry the user token (raw by default), which the
 * client refreshes ahead of its 30-minute expiry and once more when the provider rejects it (403),
 * with one refresh shared by every concurrent call.
 *
 * @example
 * import { createOmarketCore, login, adsList } from '@x/omarket';
 * const core = createOmarketCore({ apiKey: process.env.OMARKET_API_KEY! });
 * await login(core, { msisdn: '996709920328', password: '…' });
 * const page = await adsList(core);
 */
export function createOmarketCore(options: OmarketCoreOptions): OmarketCore {
  const { apiKey, apiKeyHeader, authScheme, tokens: _checked, tokenStore, onTokens, accessTokenTtlMs, refreshAheadMs = 60_000, documentedFilterVia, ...rest } = parseClientOptions(
    omarketInfo.name,
    OmarketCoreOptionsSchema,
    options,
  );
  // The tokens as given (the parsed copy is not the caller's object); the other options are core's.
  const initialTokens = options.tokens;
  const clientOptions = rest as ClientOptions;
  const clock = clientOptions.runtime?.now;
  const now = (): number => (clock ? clock() : Date.now());
  const redactor = new Redactor(omarketInfo.sensitiveNames);
  redactor.addSecret(apiKey);
  const remember = (tokens: TokenSet | undefined): void => {
    redactor.addSecret(tokens?.accessToken);
    redactor.addSecret(tokens?.refreshToken);
  };
  remember(initialTokens);

  const manager = new TokenManager({
    store: tokenStore ?? memoryTokenStore(initialTokens),
    refreshMarginMs: refreshAheadMs,
    runtime: { now },
    onTokens: async (tokens) => {
      remember(tokens);
      await (onTokens as OmarketCoreOptions['onTokens'])?.(tokens);
    },
    async fetchToken(current) {
      if (!current) throw notLoggedIn(OMARKET_REASONS.notLoggedIn, 'not logged in: call login() first, or pass tokens');
      if (!current.refreshToken) throw notLoggedIn(OMARKET_REASONS.noRefreshToken, 'the access token expired or was rejected and there is no refresh token: log in again');
      redactor.addSecret(current.refreshToken);
      let answer: { access_token: string; refresh_token?: string | undefined };
      try {
        // The refresh goes through the client's own auth.refreshToken (API key only, never the token).
        answer = await authRefreshToken(core, { refresh_token: current.refreshToken });
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

  const base = createCore(omarketInfo, clientOptions, {
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
    state: { tokens: manager, now, accessTokenTtlMs } satisfies OmarketState,
  });
  // The token manager is part of the client: readable as `core.tokens`, like `omarket.tokens`.
  const core: OmarketCore = Object.freeze({ ...base, tokens: manager });
  return core;
}

/** The session state of a client, or the typed "not an omarket client" error. @internal */
export function stateOf(core: unknown, key: string): OmarketState {
  return coreState<OmarketState>(core, omarketInfo.name, key);
}
