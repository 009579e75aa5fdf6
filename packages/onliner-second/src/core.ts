// createOnlinerSecondCore: a configuration-only Onliner Second client (client credentials, hosts,
// the OAuth token it obtains) for the standalone endpoint functions. It imports one endpoint, the
// token endpoint every call needs, and none of the helpers (no town table).
import * as v from 'valibot';
import { basicAuth, coreState, createCore, defaultRuntime, parseClientOptions, Redactor, TokenManager, tokenAuth, type ClientCore, type ClientOptions, type Runtime, type TokenStore } from '@x/core/provider';
import { oauthToken } from './functions';
import { onlinerSecondInfo } from './info';

/** Options of `createOnlinerSecondCore`. */
export type OnlinerSecondCoreOptions = ClientOptions & {
  /** Client ID of the OAuth application (b2b.onliner.by/api). */
  clientId: string;
  /** Client Secret of the OAuth application. Never logged, never put in an error. */
  clientSecret: string;
  /** Base URL of the token host (default `https://b2bapi.onliner.by`). */
  authURL?: string | undefined;
  /** Base URL of the image upload host (default `https://upload.api.onliner.by`). */
  uploadURL?: string | undefined;
  /**
   * Stop using a token this long before its `expires_in` runs out (default 60000 ms; at most half
   * the token's lifetime, so short-lived tokens still get used).
   */
  tokenMarginMs?: number | undefined;
  /** Where the token is kept (default: in memory, per client). Share one to share tokens between clients. */
  tokenStore?: TokenStore | undefined;
};

/** A configuration-only Onliner Second client: pass it to `offersList`, `offersSend`, `waitForImport`, ... */
export type OnlinerSecondCore = ClientCore<'onliner-second'>;

/** What the helpers need besides the configuration. @internal */
export interface OnlinerSecondState {
  /** The clock and sleep the helpers poll with (the client's, so tests can fake them). */
  readonly runtime: Runtime;
  /** The client's redactor: it knows the secret and every token obtained. */
  readonly redactor: Redactor;
}

/** An absolute http(s) URL; the value is never echoed (a URL may carry credentials). */
function absoluteURL(name: string) {
  return v.optional(
    v.custom<string>((value) => {
      if (typeof value !== 'string') return false;
      try {
        const url = new URL(value);
        return url.protocol === 'https:' || url.protocol === 'http:';
      } catch {
        return false;
      }
    }, `${name} must be an absolute http(s) URL`),
  );
}

/** The options of `createOnlinerSecondCore`; client-wide options (timeout, retry, ...) are checked by core. */
export const OnlinerSecondCoreOptionsSchema = /* @__PURE__ */ v.looseObject(
  {
    clientId: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.string('clientId is required (a non-empty string)'),
      /* @__PURE__ */ v.check((s: string) => s.trim() !== '', 'clientId is required (a non-empty string)'),
    ),
    clientSecret: /* @__PURE__ */ v.pipe(/* @__PURE__ */ v.string('clientSecret is required (a non-empty string)'), /* @__PURE__ */ v.nonEmpty('clientSecret is required (a non-empty string)')),
    baseURL: /* @__PURE__ */ absoluteURL('baseURL'),
    authURL: /* @__PURE__ */ absoluteURL('authURL'),
    uploadURL: /* @__PURE__ */ absoluteURL('uploadURL'),
    tokenMarginMs: /* @__PURE__ */ v.optional(
      /* @__PURE__ */ v.pipe(
        /* @__PURE__ */ v.number('tokenMarginMs must be a non-negative number of ms'),
        /* @__PURE__ */ v.finite('tokenMarginMs must be a non-negative number of ms'),
        /* @__PURE__ */ v.minValue(0, 'tokenMarginMs must be a non-negative number of ms'),
      ),
      60_000,
    ),
  },
  'options must be an object',
);

/**
 * Create a configuration-only Onliner Second client. It obtains an OAuth token with the client
 * credentials grant on first use, caches it until `expires_in` (minus a margin) and fetches a new
 * one when it expires or when the API answers 403 `access_denied`, one request shared by
 * concurrent calls.
 *
 * @example
 * import { createOnlinerSecondCore, offersList } from '@x/onliner-second';
 * const core = createOnlinerSecondCore({ clientId, clientSecret });
 * const page = await offersList(core, { limit: 50 });
 */
export function createOnlinerSecondCore(options: OnlinerSecondCoreOptions): OnlinerSecondCore {
  const { clientId, clientSecret, authURL, uploadURL, tokenMarginMs, tokenStore, ...rest } = parseClientOptions(onlinerSecondInfo.name, OnlinerSecondCoreOptionsSchema, options);
  const clientOptions = rest as ClientOptions;
  const runtime: Runtime = { ...defaultRuntime, ...clientOptions.runtime };
  const redactor = new Redactor(onlinerSecondInfo.sensitiveNames);
  redactor.addSecret(clientSecret);

  const tokens = new TokenManager({
    store: tokenStore as TokenStore | undefined,
    // The margin is already taken off `expiresAt` below (capped for short-lived tokens).
    refreshMarginMs: 0,
    runtime,
    async fetchToken() {
      const requestedAt = runtime.now();
      const answer = await oauthToken(core, { grant_type: 'client_credentials' });
      redactor.addSecret(answer.access_token);
      const lifetime = answer.expires_in * 1000;
      return {
        accessToken: answer.access_token,
        // No usable lifetime: keep the token until the API rejects it (403 access_denied).
        expiresAt: lifetime > 0 ? requestedAt + lifetime - Math.min(tokenMarginMs, lifetime / 2) : undefined,
      };
    },
  });

  const hosts: Record<string, string> = { ...clientOptions.hosts };
  if (authURL) hosts.auth = authURL;
  if (uploadURL) hosts.upload = uploadURL;
  const core: OnlinerSecondCore = createCore(
    onlinerSecondInfo,
    { ...clientOptions, hosts },
    {
      redactor,
      auth: [
        basicAuth({ name: 'basic', username: clientId, password: clientSecret }),
        tokenAuth({ name: 'bearer', tokens }),
        // The upload host takes the same token as `?token=` (docs/upload_images.md).
        tokenAuth({ name: 'uploadToken', tokens, in: 'query', param: 'token' }),
      ],
      state: { runtime, redactor } satisfies OnlinerSecondState,
    },
  );
  return core;
}

/** The helpers' state of a client, or the typed "not an onliner-second client" error. @internal */
export function stateOf(core: unknown, key: string): OnlinerSecondState {
  return coreState<OnlinerSecondState>(core, onlinerSecondInfo.name, key);
}
