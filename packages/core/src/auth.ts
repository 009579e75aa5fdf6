// Auth building blocks: credentials in the query, keys in a header or query, and token providers.
import { AuthError, AuthSetupError, isSdkError, SdkError, TOKEN_REFRESH_FAILED, type ApiError } from './errors';
import type { Redactor } from './redact';
import { defaultRuntime, type Runtime } from './runtime';

/** The parts of an outgoing request that auth may add to. */
export interface AuthTarget {
  /** Query pairs, in order. */
  query: Array<[string, string]>;
  headers: Headers;
  /**
   * Form body pairs, in order, when the request carries (or may carry) a form body: a form-encoded
   * body, or no body at all on a method other than GET/HEAD (a pair written here then becomes a
   * form body). `undefined` for GET/HEAD and for JSON or multipart bodies.
   */
  form?: Array<[string, string]> | undefined;
}

/** What a strategy sees while applying itself. */
export interface AuthContext {
  redactor: Redactor;
  signal?: AbortSignal | undefined;
}

/** Returned by `apply` when the strategy can recover from an auth failure of this request. */
export interface AppliedAuth {
  /** Called once when the response was an auth failure; resolve `true` to replay the call. */
  recover(error: ApiError): Promise<boolean>;
}

/** One way of authenticating. A client holds several by name; endpoints pick by name. */
export interface AuthStrategy {
  /** Name endpoints refer to (`auth: ['apiKey']`). */
  readonly name: string;
  /** Query parameter names this strategy writes (the mock and redaction know them). */
  readonly queryNames?: readonly string[];
  /** Header names this strategy writes. */
  readonly headerNames?: readonly string[];
  /** Add credentials to the request. */
  apply(target: AuthTarget, ctx: AuthContext): void | AppliedAuth | Promise<void | AppliedAuth>;
}

/**
 * Credentials as query parameters on every call (b2motor `userlogin` + `userpassw`).
 * `params` may be a function so a hash is computed once, lazily.
 */
export function queryAuth(name: string, params: Record<string, string> | (() => Record<string, string>)): AuthStrategy {
  let resolved: Record<string, string> | undefined = typeof params === 'function' ? undefined : params;
  const get = (): Record<string, string> => (resolved ??= (params as () => Record<string, string>)());
  return {
    name,
    get queryNames() {
      return Object.keys(get());
    },
    apply(target, ctx) {
      for (const [key, value] of Object.entries(get())) {
        ctx.redactor.addSecret(value);
        target.query.push([key, value]);
      }
    },
  };
}

/**
 * An API key in a header (`x-api-key`), a query parameter (`api_key`), or `in: 'body'`: in the form
 * body of POST/PUT/DELETE/PATCH and in the query of GET/HEAD (7offers: "GET parameters in the
 * URL, POST, PUT, DELETE parameters in the body"). A JSON or multipart body keeps it in the query.
 */
export function apiKeyAuth(options: { name?: string; key: string; in: 'header' | 'query' | 'body'; param: string }): AuthStrategy {
  const strategy: AuthStrategy = {
    name: options.name ?? 'apiKey',
    ...(options.in === 'header' ? { headerNames: [options.param] } : { queryNames: [options.param] }),
    apply(target, ctx) {
      ctx.redactor.addSecret(options.key);
      if (options.in === 'header') target.headers.set(options.param, options.key);
      else if (options.in === 'body' && target.form) target.form.push([options.param, options.key]);
      else target.query.push([options.param, options.key]);
    },
  };
  return strategy;
}

/** HTTP Basic auth (Onliner's OAuth token endpoint). */
export function basicAuth(options: { name?: string; username: string; password: string }): AuthStrategy {
  return {
    name: options.name ?? 'basic',
    headerNames: ['authorization'],
    apply(target, ctx) {
      ctx.redactor.addSecret(options.password);
      // The pair itself too, so every form of it (base64url, percent-encoded) is masked, not only the header's base64.
      ctx.redactor.addSecret(`${options.username}:${options.password}`);
      const encoded = base64(`${options.username}:${options.password}`);
      ctx.redactor.addSecret(encoded);
      target.headers.set('authorization', `Basic ${encoded}`);
    },
  };
}

/** RFC 9110 token characters: what a header name may contain. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Headers supplied by the caller, computed before every request (a static key, a rotating token,
 * a signature). Every header name it sets becomes sensitive and every value (and the credential
 * after a scheme such as `Bearer`) is scrubbed. A throwing function, or one returning something
 * other than names and string values, is an AuthSetupError that never quotes what it returned.
 */
export function headersAuth(
  name: string,
  headers: () => Record<string, string> | Promise<Record<string, string>>,
  options: { headerNames?: readonly string[] } = {},
): AuthStrategy {
  return {
    name,
    ...(options.headerNames ? { headerNames: options.headerNames } : {}),
    async apply(target, ctx) {
      let produced: unknown;
      try {
        produced = await headers();
      } catch (error) {
        throw new AuthSetupError(`${name}: the auth headers function failed (${error instanceof Error ? error.name : 'non-error thrown'})`, { reason: 'auth_headers_failed' });
      }
      if (!produced || typeof produced !== 'object' || Array.isArray(produced)) {
        throw new AuthSetupError(`${name}: the auth headers function must return an object of header names and string values`, { reason: 'auth_headers_invalid' });
      }
      for (const [key, value] of Object.entries(produced as Record<string, unknown>)) {
        if (!HEADER_NAME.test(key) || typeof value !== 'string' || /[\r\n]/.test(value)) {
          throw new AuthSetupError(`${name}: the auth headers function returned an invalid header "${HEADER_NAME.test(key) ? key : '?'}"`, { reason: 'auth_headers_invalid' });
        }
        ctx.redactor.addSensitiveName(key);
        ctx.redactor.addSecret(value);
        target.headers.set(key, value);
      }
    },
  };
}

/** A set of tokens as the SDK keeps them. */
export interface TokenSet {
  accessToken: string;
  /** Epoch ms after which the access token is no longer valid; unknown when absent. */
  expiresAt?: number | undefined;
  refreshToken?: string | undefined;
}

/** Where tokens live; in memory by default, pluggable so apps can persist or share them. */
export interface TokenStore {
  get(): TokenSet | undefined | Promise<TokenSet | undefined>;
  set(tokens: TokenSet | undefined): void | Promise<void>;
}

/** The default store: one variable. */
export function memoryTokenStore(initial?: TokenSet): TokenStore {
  let tokens = initial;
  return {
    get: () => tokens,
    set(next) {
      tokens = next;
    },
  };
}

/** Why a token is being fetched. */
export type TokenReason = 'missing' | 'expiring' | 'rejected';

/** Options of a token manager. */
export interface TokenManagerOptions {
  /** Obtain a new token set (client credentials, or a refresh with `current.refreshToken`). */
  fetchToken(current: TokenSet | undefined, reason: TokenReason, signal?: AbortSignal): Promise<TokenSet>;
  store?: TokenStore | undefined;
  /** Refresh this long before `expiresAt` (default 60 s). */
  refreshMarginMs?: number | undefined;
  /** Called after the tokens changed (login, refresh, logout). */
  onTokens?: ((tokens: TokenSet | undefined) => void | Promise<void>) | undefined;
  runtime?: Pick<Runtime, 'now'> | undefined;
}

/**
 * Keeps an access token fresh: cached until `expiresAt - margin`, refreshed ahead of expiry,
 * refreshed once when the provider rejects it, and one in-flight refresh shared by every
 * concurrent call. A refresh that loses a race with a newer token never overwrites it.
 */
export class TokenManager {
  readonly #options: TokenManagerOptions;
  readonly #store: TokenStore;
  #inflight: Promise<TokenSet> | undefined;
  #generation = 0;

  constructor(options: TokenManagerOptions) {
    this.#options = options;
    this.#store = options.store ?? memoryTokenStore();
  }

  /** The stored tokens, as they are. */
  async current(): Promise<TokenSet | undefined> {
    return this.#store.get();
  }

  /** Replace the tokens (after a login) or clear them (`undefined`). */
  async set(tokens: TokenSet | undefined): Promise<void> {
    this.#generation++;
    await this.#store.set(tokens);
    await this.#options.onTokens?.(tokens);
  }

  /** A valid access token, fetching or refreshing one if needed. */
  async getToken(signal?: AbortSignal): Promise<string> {
    // A refresh under way will hand out the next token: share it rather than read a stale store.
    if (this.#inflight) return (await this.#refresh(undefined, 'expiring', signal)).accessToken;
    const generation = this.#generation;
    const tokens = await this.#store.get();
    if (tokens && !this.#expiring(tokens)) return tokens.accessToken;
    // The store read was slow and tokens changed meanwhile (an async store): read again.
    if (generation !== this.#generation) return this.getToken(signal);
    const fresh = await this.#refresh(tokens, tokens ? 'expiring' : 'missing', signal);
    return fresh.accessToken;
  }

  /**
   * The provider rejected `rejected`. Refresh once (shared with concurrent callers) unless a newer
   * token already replaced it. Resolves `true` when the call is worth replaying.
   */
  async invalidate(rejected: string, signal?: AbortSignal): Promise<boolean> {
    if (this.#inflight) {
      await this.#refresh(undefined, 'rejected', signal);
      return true;
    }
    const generation = this.#generation;
    const tokens = await this.#store.get();
    // Newer tokens arrived while we read (or were already there): replay with them.
    if (generation !== this.#generation || (tokens && tokens.accessToken !== rejected)) return true;
    await this.#refresh(tokens, 'rejected', signal);
    return true;
  }

  #expiring(tokens: TokenSet): boolean {
    if (tokens.expiresAt === undefined) return false;
    const now = (this.#options.runtime ?? defaultRuntime).now();
    return now >= tokens.expiresAt - (this.#options.refreshMarginMs ?? 60_000);
  }

  #refresh(current: TokenSet | undefined, reason: TokenReason, signal?: AbortSignal): Promise<TokenSet> {
    const shared = this.#inflight ?? this.#startRefresh(current, reason);
    return signal ? raceAbort(shared, signal) : shared;
  }

  #startRefresh(current: TokenSet | undefined, reason: TokenReason): Promise<TokenSet> {
    const generation = this.#generation;
    const run = async (): Promise<TokenSet> => {
      let next: TokenSet;
      try {
        // The shared refresh is not tied to one caller's signal: aborting one call must not fail the others.
        next = await this.#options.fetchToken(current, reason);
      } catch (error) {
        throw toAuthError(error);
      }
      if (generation !== this.#generation) {
        // Someone stored newer tokens (a login) while we refreshed: keep theirs. Someone cleared
        // them (a logout): respect it, never write the refreshed tokens back.
        const newer = await this.#store.get();
        if (newer) return newer;
        throw new AuthSetupError('The tokens were cleared (logged out) while a refresh was under way', { reason: 'logged_out' });
      }
      await this.set(next);
      return next;
    };
    const promise = run().finally(() => {
      if (this.#inflight === promise) this.#inflight = undefined;
    });
    this.#inflight = promise;
    return promise;
  }
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** A refused token request becomes an AuthError, a token function that failed without an answer an AuthSetupError; network problems stay what they are. */
function toAuthError(error: unknown): unknown {
  if (isSdkError(error)) {
    if (error.kind === 'auth') return error;
    if (error.kind === 'api' || error.kind === 'not_found' || error.kind === 'response_validation') {
      const api = error as ApiError;
      return new AuthError(`Could not obtain a token: ${error.message}`, {
        status: api.status ?? 0,
        provider: error.provider,
        endpoint: error.endpoint,
        request: error.request,
        code: api.code,
        providerMessage: api.providerMessage,
        reason: api.reason ?? TOKEN_REFRESH_FAILED,
        body: api.body,
        cause: error,
      });
    }
    return error;
  }
  if (error instanceof SdkError) return error;
  // No provider answered (the token function itself failed): nothing was refused.
  return new AuthSetupError(`Could not obtain a token: ${error instanceof Error ? error.name : 'unknown error'}`, { reason: TOKEN_REFRESH_FAILED });
}

/** Where and how a token travels. */
export interface TokenAuthOptions {
  name?: string;
  tokens: TokenManager;
  /** `header` (default) or `query`. */
  in?: 'header' | 'query';
  /** Header or query parameter name (default `authorization` / `token`). */
  param?: string;
  /** Scheme before the token in a header: `Bearer` (default), or `raw` for the bare token. */
  scheme?: string;
}

/**
 * A token from a TokenManager in a header (`Authorization: Bearer …`, or raw) or a query
 * parameter (Onliner's upload host takes `?token=`). Recovers from an auth failure by refreshing once.
 */
export function tokenAuth(options: TokenAuthOptions): AuthStrategy {
  const where = options.in ?? 'header';
  const param = options.param ?? (where === 'header' ? 'authorization' : 'token');
  return {
    name: options.name ?? 'token',
    ...(where === 'header' ? { headerNames: [param] } : { queryNames: [param] }),
    async apply(target, ctx) {
      const token = await options.tokens.getToken(ctx.signal);
      ctx.redactor.addSecret(token);
      if (where === 'query') target.query.push([param, token]);
      else target.headers.set(param, !options.scheme || options.scheme === 'Bearer' ? `Bearer ${token}` : options.scheme === 'raw' ? token : `${options.scheme} ${token}`);
      return { recover: () => options.tokens.invalidate(token, ctx.signal) };
    },
  };
}

function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
