// The typed error tree every SDK throws, with guards that work across realms and package copies.
import type { Redactor } from './redact';

/** Every kind of failure an SDK call can end in. */
export type ErrorKind =
  | 'api'
  | 'auth'
  | 'auth_setup'
  | 'rate_limit'
  | 'not_found'
  | 'network'
  | 'timeout'
  | 'abort'
  | 'request_validation'
  | 'response_validation';

/** One validation problem, as reported by valibot, reduced to what a caller needs. */
export interface ValidationIssue {
  /** Dotted path of the offending field (`positions.0.brand`), or `''` for the value itself. */
  path: string;
  /** What was wrong, in English. */
  message: string;
  /** What the schema expected, when valibot says so. */
  expected?: string;
  /** What it got (type name or value), when valibot says so. */
  received?: string;
}

/** The request an error happened on, with every credential already redacted. */
export interface RedactedRequest {
  method: string;
  url: string;
}

const BRAND = Symbol.for('@x/core.error');

/** Options shared by every SDK error. */
export interface SdkErrorOptions {
  provider?: string;
  endpoint?: string;
  request?: RedactedRequest;
  cause?: unknown;
}

/**
 * Base of every error thrown by an @x SDK. Carries the provider and endpoint key and never a
 * secret: messages, `toJSON()` and `cause` are built from redacted data only.
 */
export class SdkError extends Error {
  /** Discriminant for `switch` statements and cross-realm guards. */
  readonly kind: ErrorKind;
  /** Provider name, e.g. `b2motor`. */
  readonly provider: string | undefined;
  /** Endpoint key, e.g. `basket.add`. */
  readonly endpoint: string | undefined;
  /** The request, redacted. */
  readonly request: RedactedRequest | undefined;

  constructor(kind: ErrorKind, message: string, options: SdkErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SdkError';
    this.kind = kind;
    this.provider = options.provider;
    this.endpoint = options.endpoint;
    this.request = options.request;
    Object.defineProperty(this, BRAND, { value: kind, enumerable: false });
  }

  /** A plain, secret-free object for logs and snapshots. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { name: this.name, kind: this.kind, message: this.message };
    for (const [key, value] of Object.entries(this)) {
      if (value !== undefined && key !== 'kind') out[key] = value;
    }
    if (this.cause instanceof Error) out.cause = { name: this.cause.name, message: this.cause.message };
    return out;
  }
}

/** Details of a failed API call, as classified from the HTTP status and the provider's body. */
export interface ApiErrorDetails extends SdkErrorOptions {
  /** HTTP status (200 when the provider reported failure inside a successful response). */
  status: number;
  /** The provider's own error code (`102`, `access_denied`, ...). */
  code?: string | number | undefined;
  /** The provider's own error message, verbatim. */
  providerMessage?: string | undefined;
  /**
   * A stable, provider-independent reason where one can be mapped (`wrong_otp`, `unknown_ids`):
   * lower-case snake_case of at most 48 characters (`isStableReason`). Anything else becomes
   * `provider_error` (`GENERIC_REASON`).
   */
  reason?: string | undefined;
  /** Structured extras: field errors, unknown ids, the partial result. Redacted. */
  details?: unknown;
  /** The response body, parsed when it was JSON, redacted. */
  body?: unknown;
  /** Milliseconds the provider asked us to wait (Retry-After). */
  retryAfterMs?: number | undefined;
}

/**
 * The `reason` an ApiError gets when the classifier's reason is not a stable code or holds a known
 * secret (its text is then kept, redacted, in `details.providerReason`). Every provider's reason
 * union includes it.
 */
export const GENERIC_REASON = 'provider_error';

/**
 * The `reason` of the AuthError a token refresh ends in when the provider refused the token request
 * without a reason of its own (a 5xx, an answer that failed validation), and of the AuthSetupError
 * when the token function failed without an answer. In the reason union of every provider whose
 * client can refresh tokens.
 */
export const TOKEN_REFRESH_FAILED = 'token_refresh_failed';

const STABLE_REASON = /^[a-z][a-z0-9_]{0,47}$/;

/** Whether a value may be an error's `reason`: lower-case snake_case, 1–48 characters (`wrong_credentials`). */
export function isStableReason(value: unknown): value is string {
  return typeof value === 'string' && STABLE_REASON.test(value);
}

/**
 * The provider answered, and the answer is a failure (HTTP status or envelope). `Details` types
 * `details`: providers export guards that narrow it (`isB2motorLineError(error)` →
 * `error.details.failed` is typed). `Reason` types `reason`: every SDK exports a guard that
 * narrows it to that provider's documented reasons (`isB2motorError(error)` → `error.reason` is a
 * `B2motorReason`).
 */
export class ApiError<Details = unknown, Reason extends string = string> extends SdkError {
  readonly status: number;
  readonly code: string | number | undefined;
  readonly providerMessage: string | undefined;
  /** A stable code to branch on, or `undefined` when none was mapped; see the provider's `…_REASONS`. */
  readonly reason: Reason | undefined;
  readonly details: Details;
  readonly body: unknown;
  readonly retryAfterMs: number | undefined;

  constructor(message: string, details: ApiErrorDetails, kind: ErrorKind = 'api') {
    super(kind, message, details);
    this.name = 'ApiError';
    this.status = details.status;
    this.code = details.code;
    this.providerMessage = details.providerMessage;
    // `reason` is for branching, never free text: a provider's message must not land here.
    this.reason = (details.reason === undefined ? undefined : isStableReason(details.reason) ? details.reason : GENERIC_REASON) as Reason | undefined;
    this.details = details.details as Details;
    this.body = details.body;
    this.retryAfterMs = details.retryAfterMs;
  }
}

/** Credentials were missing, wrong or expired (b2motor 102, Onliner 403 `access_denied`, ...). */
export class AuthError extends ApiError {
  constructor(message: string, details: ApiErrorDetails) {
    super(message, details, 'auth');
    this.name = 'AuthError';
  }
}

/** The provider throttled the call (429); `retryAfterMs` says how long it asked to wait. */
export class RateLimitError extends ApiError {
  constructor(message: string, details: ApiErrorDetails) {
    super(message, details, 'rate_limit');
    this.name = 'RateLimitError';
  }
}

/** The addressed object does not exist (404 or the provider's equivalent). */
export class NotFoundError extends ApiError {
  constructor(message: string, details: ApiErrorDetails) {
    super(message, details, 'not_found');
    this.name = 'NotFoundError';
  }
}

/**
 * The SDK could not authenticate before sending anything, so no provider answered: an auth
 * function threw or returned headers that cannot be sent, a token could not be obtained for a
 * reason other than an answer, or the tokens were cleared (logged out) during a refresh. An
 * `AuthError` means the provider refused the credential; this one means the request never left.
 */
export class AuthSetupError extends SdkError {
  /** A stable code: `auth_setup_failed`, `auth_headers_failed`, `auth_headers_invalid`, `token_refresh_failed`, `logged_out`. */
  readonly reason: string;

  constructor(message: string, options: SdkErrorOptions & { reason: string }) {
    super('auth_setup', message, options);
    this.name = 'AuthSetupError';
    this.reason = isStableReason(options.reason) ? options.reason : GENERIC_REASON;
  }
}

/** The request could not be completed at the network level. */
export class NetworkError extends SdkError {
  /** System error code when known (`ECONNREFUSED`, `ENOTFOUND`, ...). */
  readonly code: string | undefined;
  /** `false` when the request provably never left this machine (connection refused, DNS). */
  readonly requestSent: boolean;

  constructor(message: string, options: SdkErrorOptions & { code?: string | undefined; requestSent: boolean }) {
    super('network', message, options);
    this.name = 'NetworkError';
    this.code = options.code;
    this.requestSent = options.requestSent;
  }
}

/** One attempt took longer than its timeout. */
export class TimeoutError extends SdkError {
  readonly timeoutMs: number;

  constructor(message: string, options: SdkErrorOptions & { timeoutMs: number }) {
    super('timeout', message, options);
    this.name = 'TimeoutError';
    this.timeoutMs = options.timeoutMs;
  }
}

/** The caller's AbortSignal fired. */
export class AbortError extends SdkError {
  constructor(message: string, options: SdkErrorOptions = {}) {
    super('abort', message, options);
    this.name = 'AbortError';
  }
}

/** The caller's input failed validation. Nothing was sent. */
export class RequestValidationError extends SdkError {
  readonly issues: ValidationIssue[];

  constructor(message: string, options: SdkErrorOptions & { issues: ValidationIssue[] }) {
    super('request_validation', message, options);
    this.name = 'RequestValidationError';
    this.issues = options.issues;
  }
}

/** The provider's answer did not match the endpoint's response schema. */
export class ResponseValidationError extends SdkError {
  readonly issues: ValidationIssue[];
  readonly status: number;
  /** The body as received (redacted), so nothing the provider sent is lost. */
  readonly body: unknown;

  constructor(
    message: string,
    options: SdkErrorOptions & { issues: ValidationIssue[]; status: number; body: unknown },
  ) {
    super('response_validation', message, options);
    this.name = 'ResponseValidationError';
    this.issues = options.issues;
    this.status = options.status;
    this.body = options.body;
  }
}

const API_KINDS: ReadonlySet<ErrorKind> = new Set(['api', 'auth', 'rate_limit', 'not_found']);

function kindOf(value: unknown): ErrorKind | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const kind = (value as Record<symbol, unknown>)[BRAND];
  return typeof kind === 'string' ? (kind as ErrorKind) : undefined;
}

/** True for any error thrown by an @x SDK, from any copy of @x/core or any realm. */
export function isSdkError(value: unknown): value is SdkError {
  return kindOf(value) !== undefined;
}
/** True when the provider answered with a failure (includes auth, rate limit and not found). */
export function isApiError(value: unknown): value is ApiError {
  const kind = kindOf(value);
  return kind !== undefined && API_KINDS.has(kind);
}
/** True for credential failures. */
export function isAuthError(value: unknown): value is AuthError {
  return kindOf(value) === 'auth';
}
/** True when authentication failed before anything was sent (no provider answer). */
export function isAuthSetupError(value: unknown): value is AuthSetupError {
  return kindOf(value) === 'auth_setup';
}
/** True when the provider throttled the call. */
export function isRateLimitError(value: unknown): value is RateLimitError {
  return kindOf(value) === 'rate_limit';
}
/** True when the addressed object does not exist. */
export function isNotFoundError(value: unknown): value is NotFoundError {
  return kindOf(value) === 'not_found';
}
/** True for network-level failures. */
export function isNetworkError(value: unknown): value is NetworkError {
  return kindOf(value) === 'network';
}
/** True when an attempt timed out. */
export function isTimeoutError(value: unknown): value is TimeoutError {
  return kindOf(value) === 'timeout';
}
/** True when the caller aborted. */
export function isAbortError(value: unknown): value is AbortError {
  return kindOf(value) === 'abort';
}
/** True when the caller's input was rejected before sending. */
export function isRequestValidationError(value: unknown): value is RequestValidationError {
  return kindOf(value) === 'request_validation';
}
/** True when the provider's answer failed the response schema. */
export function isResponseValidationError(value: unknown): value is ResponseValidationError {
  return kindOf(value) === 'response_validation';
}

/**
 * What a classifier returns to turn a response into an error. `Reason` narrows `reason` to the
 * provider's documented reasons, so a classifier cannot set one its provider does not list.
 */
export interface ErrorSpec<Reason extends string = string> {
  /** Which error class to throw; defaults from the HTTP status. */
  kind?: 'api' | 'auth' | 'rate_limit' | 'not_found';
  code?: string | number | undefined;
  message?: string | undefined;
  reason?: Reason | undefined;
  details?: unknown;
}

/** Longest provider `code` kept (after redaction); a longer one is cut. */
const MAX_CODE_LENGTH = 64;

/** A provider code as the error may carry it: a finite number, or redacted text without control characters, cut to 64 characters. */
function safeCode(code: unknown, redactor: Redactor): string | number | undefined {
  if (typeof code === 'number') return Number.isFinite(code) ? code : undefined;
  if (typeof code !== 'string') return undefined;
  // Redact first, then cut: a cut made before redaction could leave half a secret behind.
  const clean = redactor.text(code).replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return clean.length > MAX_CODE_LENGTH ? `${clean.slice(0, MAX_CODE_LENGTH)}…` : clean;
}

/**
 * Builds the right ApiError subclass for a classified failure. Every string that reaches the
 * error passes the redactor: the code (also in the message), the provider's message, `details`
 * and `body`; a `reason` that is not a stable code ({@link isStableReason}) or that holds a known
 * secret becomes `provider_error`, its text kept (redacted) as `details.providerReason`.
 * @internal
 */
export function createApiError(
  spec: ErrorSpec,
  ctx: { status: number; provider: string; endpoint: string; request: RedactedRequest; body: unknown; retryAfterMs?: number | undefined },
  redactor: Redactor,
): ApiError {
  const kind = spec.kind ?? kindFromStatus(ctx.status);
  const providerMessage = spec.message === undefined || spec.message === null ? undefined : redactor.message(String(spec.message));
  const code = safeCode(spec.code, redactor);
  const where = `${ctx.provider} ${ctx.endpoint}`;
  const codePart = code === undefined || code === '' ? '' : ` [${String(code)}]`;
  const shown = providerMessage && providerMessage.length > 300 ? `${providerMessage.slice(0, 300)}…` : providerMessage;
  // A last pass over the assembled message: nothing built from parts may re-form a secret.
  const message = redactor.text(`${where} failed with HTTP ${ctx.status}${codePart}${shown ? `: ${shown}` : ''}`);
  let details = spec.details === undefined ? undefined : redactor.value(spec.details);
  let reason: string | undefined;
  if (spec.reason !== undefined && spec.reason !== null) {
    const text = String(spec.reason);
    if (isStableReason(text) && !redactor.containsSecret(text)) {
      reason = text;
    } else {
      reason = GENERIC_REASON;
      const providerReason = redactor.text(text.length > 1000 ? `${text.slice(0, 1000)}…` : text);
      if (details === undefined) details = { providerReason };
      else if (details !== null && typeof details === 'object' && !Array.isArray(details)) details = { ...(details as Record<string, unknown>), providerReason };
    }
  }
  const full: ApiErrorDetails = {
    status: ctx.status,
    provider: ctx.provider,
    endpoint: ctx.endpoint,
    request: ctx.request,
    code,
    providerMessage,
    reason,
    details,
    body: redactor.value(ctx.body),
    retryAfterMs: ctx.retryAfterMs,
  };
  switch (kind) {
    case 'auth':
      return new AuthError(message, full);
    case 'rate_limit':
      return new RateLimitError(message, full);
    case 'not_found':
      return new NotFoundError(message, full);
    default:
      return new ApiError(message, full);
  }
}

/** The default error kind for an HTTP status. */
export function kindFromStatus(status: number): NonNullable<ErrorSpec['kind']> {
  if (status === 401) return 'auth';
  if (status === 404) return 'not_found';
  if (status === 429) return 'rate_limit';
  return 'api';
}
