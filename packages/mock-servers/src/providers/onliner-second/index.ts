// The Onliner Second mock: an OAuth token host, second.api with a stateful import queue and
// moderation, and the image upload host. Documented examples replay by scenario.
import { md5 } from '@noble/hashes/legacy';
import { bytesToHex } from '@noble/hashes/utils';
import { onlinerSecondProvider } from '@x/onliner-second/endpoints';
import type { ValidationIssue } from '@x/core/provider';
import type { RequestHandler } from 'msw';
import { defineProviderMock } from '../../define-provider-mock';
import { createMock, type ProviderMock } from '../../provider-mock';
import type { IncomingRequest, MockOptions, MockResponse } from '../../types';
import { accessDeniedBody, onlinerSecondExamples } from './examples';
import { minskTime, settle } from './rules';
import {
  createOnlinerSecondState,
  defaultOnlinerSecondAccounts,
  type OnlinerSecondAccount,
  type OnlinerSecondSettings,
  type OnlinerSecondState,
  type StoredImage,
  type StoredImport,
} from './state';

export { onlinerSecondExamples } from './examples';
export { checkOffer, IMPORT_VALIDATION_MESSAGE, LOW_PRICE_LIMIT, LOW_PRICE_REASON, OFFER_ERROR_TEXTS } from './rules';
export { DEFAULT_CATEGORIES, defaultOnlinerSecondAccounts, defaultOnlinerSecondSettings } from './state';
export type { IssuedToken, OnlinerSecondAccount, OnlinerSecondSettings, OnlinerSecondState, StoredImage, StoredImport, StoredOffer } from './state';

const JSON_UTF8 = { 'content-type': 'application/json; charset=utf-8' };

/** Field texts of close_offers.md and get_offers.md "Возможные ошибки для полей". */
const FIELD_TEXTS = {
  list: 'Значение поля должно быть последовательным индексированным массивом',
  integer: 'Значение поля должно быть целым числом',
  min1: 'Минимум 1',
  max50: 'Максимум 50',
  /** The mock's own, for any other field. */
  invalid: 'Значение поля заполнено некорректно',
} as const;

const accessDenied = (): MockResponse => ({ status: 403, headers: JSON_UTF8, body: { ...accessDeniedBody } });
const notFound = (message: string): MockResponse => ({ status: 404, headers: JSON_UTF8, body: { code: 'not_found', message } });

/** `Basic base64(id:secret)` → its parts. */
function parseBasic(header: string | null): { id: string; secret: string } | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!match) return undefined;
  let text: string;
  try {
    text = new TextDecoder().decode(Uint8Array.from(atob(match[1] as string), (ch) => ch.charCodeAt(0)));
  } catch {
    return undefined;
  }
  const colon = text.indexOf(':');
  return colon < 0 ? undefined : { id: text.slice(0, colon), secret: text.slice(colon + 1) };
}

function bearer(header: string | null): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
}

/** The provider's 422 body for failed request checks, with the documented Russian texts. */
function validationResponse(key: string, issues: ValidationIssue[]): MockResponse {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) {
    let field = issue.path || 'body';
    let text: string = FIELD_TEXTS.invalid;
    if (key === 'offers.close' && (field === 'body' || field.startsWith('offer_ids'))) {
      field = 'offer_ids';
      text = FIELD_TEXTS.list;
    } else if (key === 'offers.list' && (field === 'page' || field === 'limit')) {
      text = /at least/.test(issue.message) ? FIELD_TEXTS.min1 : /at most/.test(issue.message) ? FIELD_TEXTS.max50 : FIELD_TEXTS.integer;
    }
    const list = (errors[field] ??= []);
    if (!list.includes(text)) list.push(text);
  }
  return { status: 422, headers: JSON_UTF8, body: { message: 'Validation failed', errors } };
}

function reportOut(imp: StoredImport) {
  return { id: imp.id, status: imp.status, total: imp.total, errors: imp.errors, error_message: imp.error_message };
}

function imageOut(image: StoredImage) {
  return {
    id: image.id,
    hash: image.hash,
    images: image.images,
    created_at: image.created_at,
    errors: image.errors,
    ...(image.updated_at ? { updated_at: image.updated_at } : {}),
    status: image.status,
    url: image.url,
  };
}

/** Base URL of the upload host as the client reached it (so `url` works over msw and the HTTP server). */
function uploadBase(request: IncomingRequest): string {
  return `${request.url.origin}${request.url.pathname.replace(/\/upload\/?$/, '')}`;
}

/** The Onliner Second mock definition (use `createOnlinerSecondMock` for an instance). */
export function onlinerSecondMockDefinition(accounts: readonly OnlinerSecondAccount[] = defaultOnlinerSecondAccounts, settings: Partial<OnlinerSecondSettings> = {}) {
  return defineProviderMock({
    provider: onlinerSecondProvider,
    examples: onlinerSecondExamples,
    authParams: ['token'],
    sensitiveNames: ['client_secret'],
    createState: ({ clock }) => createOnlinerSecondState(clock, accounts, settings),

    authenticate(request, { key, state, clock }) {
      if (key === 'oauth.token') {
        const given = parseBasic(request.headers.get('authorization'));
        const account = given && state.accounts.find((a) => a.clientId === given.id && a.clientSecret === given.secret);
        if (!account) {
          // Undocumented: OAuth 2 (RFC 6749 §5.2) answers a failed client authentication so.
          return { response: { status: 401, headers: { ...JSON_UTF8, 'www-authenticate': 'Basic realm="b2bapi"' }, body: { error: 'invalid_client', error_description: 'Client authentication failed' } } };
        }
        return { principal: account.clientId };
      }
      // The status poll is documented without a token.
      if (key === 'upload.status') return { principal: undefined };
      // second.api wants `Authorization: Bearer`; the upload host `?token=` (the query form is not honoured on second.api).
      const token = key === 'upload.image' ? request.query.token : bearer(request.headers.get('authorization'));
      const issued = typeof token === 'string' ? state.tokens.findFirst((q) => q.where({ token })) : undefined;
      if (!issued || issued.expiresAt <= clock.now()) return { response: accessDenied() };
      return { principal: issued.clientId };
    },

    errors: {
      validation(issues, { key }) {
        if (key === 'oauth.token') {
          const grant = issues.some((i) => i.path === 'grant_type');
          return {
            status: 400,
            headers: JSON_UTF8,
            body: grant ? { error: 'unsupported_grant_type', error_description: 'Only grant_type=client_credentials is supported' } : { error: 'invalid_request', error_description: 'The request is malformed' },
          };
        }
        return validationResponse(key, issues);
      },
      status(status, message) {
        if (status === 403) return accessDenied();
        const code = status === 404 ? 'not_found' : status === 405 ? 'method_not_allowed' : status === 429 ? 'too_many_requests' : status >= 500 ? 'internal_error' : 'error';
        return { status, headers: JSON_UTF8, body: { code, message } };
      },
    },

    resolvers: {
      async 'oauth.token'({ state, principal, clock, random }) {
        const token = random.hex(40);
        const expiresIn = state.settings.expiresIn;
        await state.tokens.create({ token, clientId: principal as string, expiresAt: clock.now() + expiresIn * 1000 });
        return { status: 200, headers: { ...JSON_UTF8, 'cache-control': 'no-store' }, body: { access_token: token, expires_in: expiresIn, token_type: 'Bearer' } };
      },

      async 'offers.send'({ input, state, principal, clock }) {
        await settle(state);
        const id = (0x5a16c41acab2fd0202641102n + BigInt(state.nextImport++)).toString(16).padStart(24, '0');
        const failMessage = state.settings.failNextImport ?? null;
        state.settings.failNextImport = undefined;
        await state.imports.create({
          id,
          clientId: principal as string,
          createdAt: clock.now(),
          status: 'pending',
          total: 0,
          errors: 0,
          error_message: null,
          offers: input.body.map((offer) => structuredClone(offer) as Record<string, unknown>),
          failMessage,
          offerErrors: [],
        });
        return { status: 202, headers: JSON_UTF8, body: { id } };
      },

      async 'offers.close'({ input, state, principal }) {
        await settle(state);
        const updated: string[] = [];
        for (const id of input.body.offer_ids) {
          if (updated.includes(id)) continue;
          const offer = state.offers.findFirst((q) => q.where({ id, clientId: principal as string }));
          // Unknown, someone else's, or already closed/rejected: skipped silently, as documented.
          if (!offer || offer.status === 'closed' || offer.status === 'rejected') continue;
          await state.offers.update(offer, {
            data: (r) => {
              r.status = 'closed';
              r.reason = null;
              r.moderateAt = null;
            },
          });
          updated.push(id);
        }
        return { status: 200, headers: JSON_UTF8, body: { updated_offers: updated } };
      },

      async 'offers.list'({ input, state, principal }) {
        await settle(state);
        const page = input.query.page ?? 1;
        const limit = input.query.limit ?? 50;
        const all = state.offers.findMany((q) => q.where({ clientId: principal as string }), { orderBy: { seq: 'asc' } });
        const slice = all.slice((page - 1) * limit, page * limit);
        return {
          status: 200,
          headers: JSON_UTF8,
          body: {
            offers: slice.map((o) => ({ id: o.id, status: o.status, reason: o.reason })),
            total: all.length,
            page: { limit, items: slice.length, current: page, last: Math.max(1, Math.ceil(all.length / limit)) },
          },
        };
      },

      async 'importReport.get'({ input, state, principal }) {
        await settle(state);
        const imp = state.imports.findFirst((q) => q.where({ id: input.path.id, clientId: principal as string }));
        return imp ? { status: 200, headers: JSON_UTF8, body: reportOut(imp) } : notFound('Импорт не найден');
      },

      async 'importReport.errors'({ input, state, principal }) {
        await settle(state);
        const imp = state.imports.findFirst((q) => q.where({ id: input.path.id, clientId: principal as string }));
        return imp ? { status: 200, headers: JSON_UTF8, body: imp.offerErrors } : notFound('Импорт не найден');
      },

      async 'upload.image'({ input, request, state, principal, clock, random }) {
        await settle(state);
        const bytes = new Uint8Array(await input.body.file.arrayBuffer());
        const id = random.text(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');
        const now = clock.now();
        const image = await state.images.create({
          id,
          clientId: principal as string,
          hash: bytesToHex(md5(bytes)),
          createdAt: now,
          status: 'uploaded',
          // The mock's own rule and text: an empty file cannot be processed.
          failure: bytes.byteLength === 0 ? 'Файл пустой или не является изображением' : null,
          bucket: 1684694 + ++state.nextImage,
          url: `${uploadBase(request)}/upload/${id}`,
          created_at: minskTime(now),
          images: [],
          errors: [],
        });
        return { status: 202, headers: JSON_UTF8, body: imageOut(image) };
      },

      async 'upload.status'({ input, state }) {
        await settle(state);
        const image = state.images.findFirst((q) => q.where({ id: input.path.id }));
        return image ? { status: 200, headers: JSON_UTF8, body: imageOut(image) } : notFound('Изображение не найдено');
      },
    },

    curl: (base) => `curl -u demo-client:demo-secret -H 'Accept: application/json' -d grant_type=client_credentials '${base}/_auth/oauth/token'`,
  });
}

/** Options of the Onliner Second mock. */
export interface OnlinerSecondMockOptions extends MockOptions {
  /** OAuth applications the mock accepts (default `demo-client` / `demo-secret`). */
  accounts?: readonly OnlinerSecondAccount[];
  /** Token lifetime and queue timings (see `OnlinerSecondSettings`). */
  settings?: Partial<OnlinerSecondSettings>;
}

/** An Onliner Second mock instance. */
export type OnlinerSecondMock = ProviderMock<typeof onlinerSecondProvider.endpoints, OnlinerSecondState, typeof onlinerSecondExamples>;

/**
 * Create an Onliner Second mock: msw handlers for its three hosts (`mock.handlers`), state,
 * journal, clock and scenarios.
 *
 * @example
 * const mock = createOnlinerSecondMock({ settings: { expiresIn: 600 } });
 * const server = setupServer(...mock.handlers);
 */
export function createOnlinerSecondMock(options: OnlinerSecondMockOptions = {}): OnlinerSecondMock {
  return createMock(onlinerSecondMockDefinition(options.accounts, options.settings), options);
}

/** msw handlers for Onliner Second at its real hosts (or `options`' hosts), with a fresh mock behind them. */
export function onlinerSecondHandlers(options: OnlinerSecondMockOptions = {}): RequestHandler[] {
  return createOnlinerSecondMock(options).handlers;
}
