// createOnlinerSecond: the Onliner Second client with its OAuth token lifecycle and the helpers that
// span several calls (offer checks, waiting for an import, uploading an image, closing with a report).
import * as v from 'valibot';
import {
  basicAuth,
  createClient,
  defaultRuntime,
  Redactor,
  RequestValidationError,
  TokenManager,
  tokenAuth,
  type CallOptions,
  type ClientOf,
  type ClientOptions,
  type InputOf,
  type OutputOf,
  type Runtime,
  type TokenStore,
  type ValidationIssue,
} from '@x/core/provider';
import { toStrictInput } from '@x/core/internal';
import { endpoints } from './endpoints/index';
import { offersBody, offersSend } from './endpoints/offers/send';
import { offerIssues } from './offer-rules';
import { onlinerSecondProvider } from './provider';
import type { Offer } from './schemas/offer';
import { closeOffers, uploadAndWait, waitForImport, type CloseResult, type ImportResult, type UploadImageOptions, type WaitOptions } from './helpers';

const PROVIDER = onlinerSecondProvider.name;

/** Options of `createOnlinerSecond`. */
export type OnlinerSecondOptions = ClientOptions & {
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
  /**
   * Check offers against the provider's documented rules before sending (towns, condition 0–10,
   * call-time hours 0–23, BYN only, photos on onliner.by). Default `true`; turn it off only to
   * send something the provider accepts before this SDK knows it (a new town id).
   */
  validateOffers?: boolean | undefined;
};

type RawClient = ClientOf<typeof endpoints>;

/** The Onliner Second client: the endpoint methods plus helpers spanning several calls. */
export type OnlinerSecondClient = RawClient & {
  /**
   * Poll `importReport.get` (with backoff) until the import is `processed` or `failed`, then fetch
   * its per-offer errors. Resolves with both; a `failed` import resolves too (check
   * `report.status`). Throws TimeoutError after `timeout` (default 5 min), AbortError on `signal`.
   */
  waitForImport(id: string, options?: WaitOptions): Promise<ImportResult>;
  /**
   * Close offers and report which requested ids the provider skipped silently (unknown, not yours,
   * or not in a closable state): `skipped` = requested minus `updated_offers`.
   */
  closeOffers(offerIds: readonly string[], options?: CallOptions): Promise<CloseResult>;
  /**
   * Upload one image and wait until the upload host has processed it; resolves with the size map
   * (`1280x1280`, `x80`, `mobile_list` → URL) to put in an offer's `photos`. Throws an ApiError with
   * reason `image_processing_failed` when processing ends in `error`.
   */
  uploadImage(file: Blob, options?: UploadImageOptions): Promise<Record<string, string>>;
};

function checkURL(issues: ValidationIssue[], name: string, value: unknown): void {
  if (value === undefined) return;
  let ok = false;
  try {
    const url = new URL(String(value));
    ok = url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    ok = false;
  }
  // The value is not echoed: a URL may carry credentials.
  if (!ok || typeof value !== 'string') issues.push({ path: name, message: `${name} must be an absolute http(s) URL` });
}

function validateOptions(options: OnlinerSecondOptions): void {
  const issues: ValidationIssue[] = [];
  const { clientId, clientSecret, tokenMarginMs } = options ?? ({} as OnlinerSecondOptions);
  if (typeof clientId !== 'string' || clientId.trim() === '') issues.push({ path: 'clientId', message: 'clientId is required (a non-empty string)' });
  if (typeof clientSecret !== 'string' || clientSecret === '') issues.push({ path: 'clientSecret', message: 'clientSecret is required (a non-empty string)' });
  checkURL(issues, 'baseURL', options?.baseURL);
  checkURL(issues, 'authURL', options?.authURL);
  checkURL(issues, 'uploadURL', options?.uploadURL);
  if (tokenMarginMs !== undefined && !(typeof tokenMarginMs === 'number' && Number.isFinite(tokenMarginMs) && tokenMarginMs >= 0)) {
    issues.push({ path: 'tokenMarginMs', message: 'tokenMarginMs must be a non-negative number of ms' });
  }
  if (issues.length > 0) {
    throw new RequestValidationError(`${PROVIDER}: invalid options: ${issues.map((i) => i.message).join('; ')}`, { provider: PROVIDER, issues });
  }
}

/** Type-check the batch (as the pipeline will), then apply the provider's per-offer rules. */
function assertOffers(input: unknown): void {
  const body = input && typeof input === 'object' ? (input as { body?: unknown }).body : undefined;
  const parsed = v.safeParse(toStrictInput(offersBody), body);
  // Shape and type errors are reported by the pipeline itself, in its usual form.
  if (!parsed.success) return;
  const issues = (parsed.output as Offer[]).flatMap((offer, i) => offerIssues(offer, `body.${i}`));
  if (issues.length === 0) return;
  const shown = issues.slice(0, 3).map((i) => `${i.path}: ${i.message}`).join('; ');
  const more = issues.length > 3 ? ` (+${issues.length - 3} more)` : '';
  throw new RequestValidationError(`${PROVIDER} offers.send: invalid input: ${shown}${more}. Nothing was sent.`, {
    provider: PROVIDER,
    endpoint: 'offers.send',
    issues,
  });
}

/**
 * Create an Onliner Second client. It obtains an OAuth token with the client credentials grant
 * on first use, caches it until `expires_in` (minus a margin) and fetches a new one when it
 * expires or when the API answers 403 `access_denied` — one request shared by concurrent calls.
 *
 * @example
 * const onliner = createOnlinerSecond({ clientId, clientSecret });
 * const { id } = await onliner.offers.send({ body: [offer] });
 * const { report, offerErrors } = await onliner.waitForImport(id);
 */
export function createOnlinerSecond(options: OnlinerSecondOptions): OnlinerSecondClient {
  validateOptions(options);
  const { clientId, clientSecret, authURL, uploadURL, tokenMarginMs = 60_000, tokenStore, validateOffers = true, ...clientOptions } = options;
  const runtime: Runtime = { ...defaultRuntime, ...clientOptions.runtime };
  const redactor = new Redactor(onlinerSecondProvider.sensitiveNames);
  redactor.addSecret(clientSecret);

  const tokens = new TokenManager({
    store: tokenStore,
    // The margin is already taken off `expiresAt` below (capped for short-lived tokens).
    refreshMarginMs: 0,
    runtime,
    async fetchToken() {
      const requestedAt = runtime.now();
      const answer = await raw.oauth.token({ grant_type: 'client_credentials' });
      redactor.addSecret(answer.access_token);
      const lifetime = answer.expires_in * 1000;
      return {
        accessToken: answer.access_token,
        // No usable lifetime: keep the token until the API rejects it (403 access_denied).
        expiresAt: lifetime > 0 ? requestedAt + lifetime - Math.min(tokenMarginMs, lifetime / 2) : undefined,
      };
    },
  });

  const raw: RawClient = createClient(
    onlinerSecondProvider,
    {
      ...clientOptions,
      hosts: {
        ...clientOptions.hosts,
        ...(authURL ? { auth: authURL } : {}),
        ...(uploadURL ? { upload: uploadURL } : {}),
      },
    },
    {
      redactor,
      auth: [
        basicAuth({ name: 'basic', username: clientId, password: clientSecret }),
        tokenAuth({ name: 'bearer', tokens }),
        // The upload host takes the same token as `?token=` (docs/upload_images.md).
        tokenAuth({ name: 'uploadToken', tokens, in: 'query', param: 'token' }),
      ],
    },
  );

  type SendMethod = RawClient['offers']['send'];
  const rawSend = raw.offers.send;
  const send = (async (input: InputOf<typeof offersSend>, callOptions?: CallOptions): Promise<OutputOf<typeof offersSend>> => {
    if (validateOffers) assertOffers(input);
    return rawSend(input, callOptions);
  }) as SendMethod;
  Object.defineProperties(send, {
    endpoint: { value: rawSend.endpoint, enumerable: true },
    key: { value: rawSend.key, enumerable: true },
    name: { value: rawSend.key },
  });

  const client: RawClient = Object.freeze({ ...raw, offers: Object.freeze({ ...raw.offers, send }) });
  return Object.freeze({
    ...client,
    waitForImport: (id: string, waitOptions?: WaitOptions) => waitForImport(client, runtime, id, waitOptions),
    closeOffers: (offerIds: readonly string[], callOptions?: CallOptions) => closeOffers(client, offerIds, callOptions),
    uploadImage: (file: Blob, uploadOptions?: UploadImageOptions) => uploadAndWait(client, runtime, redactor, file, uploadOptions),
  });
}
