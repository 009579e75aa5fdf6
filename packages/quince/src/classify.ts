// How Quince says "failed": `success: false` with an `error` ("code and content", structure not
// documented) in any HTTP status, or an HTTP error status (statuses are not documented either).
import { asRecord, GENERIC_REASON, kindFromStatus, providerErrorGuard, TOKEN_REFRESH_FAILED, type ApiError, type Classifier, type ClassifyContext, type ErrorSpec } from '@x/core/provider';

/** What could be read from a Quince `error` value (fact sheet Q6: its structure is not documented). */
export interface QuinceErrorInfo {
  /** The provider's error code, when one was found. */
  code?: string | number | undefined;
  /** The provider's error text, when one was found. */
  message?: string | undefined;
  /** Ids the provider says it did not find (update calls), when it listed any. */
  notFoundIds?: number[] | undefined;
}

/** `reason` of the NotFoundError an update gets when the provider lists ids it does not know. */
export const UNKNOWN_IDS_REASON = 'unknown_ids';

/**
 * Every `reason` a Quince error can carry (`QuinceReason`); narrow with `isQuinceError`. The
 * envelope's `error` has no documented structure (fact sheet Q6), so the provider's own code stays
 * in `error.code` and these say only what the SDK can tell:
 * - `unauthorized`: HTTP 401 or 403 (an AuthError);
 * - `unknown_ids`: an update listed ids the provider does not know, nothing changed (a
 *   NotFoundError, `isUnknownIdsError`);
 * - `rejected`: any other `success: false` answer;
 * - `token_refresh_failed`: a `tokenAuth` strategy passed as `auth` could not get a token;
 * - `provider_error`: core's fallback when a reason could not be kept.
 *
 * An HTTP error without the envelope has no reason: read `error.status`.
 */
export const QUINCE_REASONS = ['unauthorized', UNKNOWN_IDS_REASON, 'rejected', TOKEN_REFRESH_FAILED, GENERIC_REASON] as const;

/** One of `QUINCE_REASONS`. */
export type QuinceReason = (typeof QUINCE_REASONS)[number];

/** A Quince ApiError (or AuthError, NotFoundError...), its `reason` a `QuinceReason`. */
export type QuinceError = ApiError<unknown, QuinceReason>;

/**
 * Whether an error is a Quince API error, narrowing `error.reason` to `QuinceReason | undefined`.
 *
 * @example
 * catch (error) { if (isQuinceError(error) && error.reason === 'rejected') console.log(error.code, error.providerMessage) }
 */
export const isQuinceError = /* @__PURE__ */ providerErrorGuard('quince', QUINCE_REASONS);

const CODE_KEYS = ['code', 'Code', 'errorCode', 'ErrorCode', 'error_code'];
const MESSAGE_KEYS = ['message', 'Message', 'text', 'Text', 'content', 'Content', 'description', 'Description', 'errorMessage', 'error'];
const NOT_FOUND_KEYS = ['notFound', 'NotFound', 'notFoundIds', 'NotFoundIds', 'notFoundId', 'NotFoundId', 'missingIds', 'MissingIds', 'ids', 'Ids', 'IDs'];


/** One id as the provider may write it: `5`, `"5"`, `{ Id: 5 }`, `{ id: 5 }` or `{ ID: 5 }`. */
function readId(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
  const obj = asRecord(value);
  if (obj) return readId(obj.Id ?? obj.id ?? obj.ID);
  return undefined;
}

/** A list of ids, or undefined when the value is not one. */
function readIds(value: unknown): number[] | undefined {
  const list = Array.isArray(value) ? value : typeof value === 'number' || typeof value === 'string' ? [value] : undefined;
  if (!list) return undefined;
  const ids = list.map(readId);
  return ids.every((id): id is number => id !== undefined) ? ids : undefined;
}

/**
 * Read the `error` of a failed Quince answer whatever its shape: a string (the message), a number
 * (the code), an object with code/message/not-found keys in any of several spellings, or an array
 * of those. Nothing is guessed beyond these keys.
 *
 * @example readQuinceError({ code: 'not_found', message: 'Id not found', notFound: [7] })
 * // { code: 'not_found', message: 'Id not found', notFoundIds: [7] }
 */
export function readQuinceError(error: unknown): QuinceErrorInfo {
  if (typeof error === 'string') return error.trim() === '' ? {} : { message: error };
  if (typeof error === 'number') return { code: error };
  if (Array.isArray(error)) {
    const parts = error.map(readQuinceError);
    const messages = parts.map((p) => p.message).filter((m): m is string => m !== undefined);
    const ids = parts.flatMap((p) => p.notFoundIds ?? []);
    return {
      code: parts.find((p) => p.code !== undefined)?.code,
      message: messages.length > 0 ? messages.join('; ') : undefined,
      notFoundIds: ids.length > 0 ? ids : undefined,
    };
  }
  const obj = asRecord(error);
  if (!obj) return {};
  const code = CODE_KEYS.map((k) => obj[k]).find((c) => typeof c === 'string' || typeof c === 'number') as string | number | undefined;
  const message = MESSAGE_KEYS.map((k) => obj[k]).find((m) => typeof m === 'string' && m !== '') as string | undefined;
  let notFoundIds: number[] | undefined;
  for (const key of NOT_FOUND_KEYS) {
    const ids = readIds(obj[key]);
    if (ids && ids.length > 0) {
      notFoundIds = ids;
      break;
    }
  }
  return { code, message, notFoundIds };
}

/**
 * The provider-wide classifier:
 * - `success: false` in any HTTP status is an error with the provider's code and message;
 * - on an update, ids the provider lists as not found make it a NotFoundError with
 *   `reason: 'unknown_ids'` and `details.unknownIds` (the list may sit in `error` or in `data`);
 * - 401 and 403 are AuthErrors (the docs give no statuses; these are the usual ones);
 * - any other error status without the envelope is left to core's default.
 */
export const classifyQuince: Classifier<QuinceReason> = (c: ClassifyContext): ErrorSpec<QuinceReason> | undefined => {
  const body = asRecord(c.body);
  const failed = body !== undefined && (body.success === false || body.success === 'false');
  const auth = c.status === 401 || c.status === 403;
  if (c.ok && !failed) return undefined;
  if (!failed && !auth) return undefined;
  const info = readQuinceError(body?.error);
  // The whole text: core redacts before it shortens, so a cut here could leave half a secret.
  const message = info.message ?? (typeof c.body === 'string' ? c.body : undefined);
  if (auth) return { kind: 'auth', code: info.code, message, reason: 'unauthorized' };
  // The doc says unknown ids are "additionally returned" without saying where: error first, then data.
  const unknownIds = info.notFoundIds ?? (c.endpoint.endsWith('.update') ? readIds(body?.data) : undefined);
  const details = { error: body?.error, ...(unknownIds && unknownIds.length > 0 ? { unknownIds } : {}) };
  if (unknownIds && unknownIds.length > 0) {
    return {
      kind: 'not_found',
      code: info.code,
      message: message ?? `unknown ids: ${unknownIds.join(', ')}`,
      reason: UNKNOWN_IDS_REASON,
      details,
    };
  }
  return {
    kind: c.ok ? 'api' : kindFromStatus(c.status),
    code: info.code,
    message: message ?? 'the provider answered success: false',
    reason: 'rejected',
    details,
  };
};

/** An update rejected because some ids do not exist; `details.unknownIds` lists them. */
export type UnknownIdsError = QuinceError & { readonly reason: typeof UNKNOWN_IDS_REASON; readonly details: { unknownIds: number[]; error?: unknown } };

/** Whether an error is an update rejected for unknown ids (nothing was changed). */
export function isUnknownIdsError(error: unknown): error is UnknownIdsError {
  if (!isQuinceError(error) || error.reason !== UNKNOWN_IDS_REASON) return false;
  const ids = (error.details as { unknownIds?: unknown } | undefined)?.unknownIds;
  return Array.isArray(ids);
}

/** The ids an update was rejected for (empty when the error is not about unknown ids). */
export function unknownIdsOf(error: unknown): number[] {
  return isUnknownIdsError(error) ? [...error.details.unknownIds] : [];
}
