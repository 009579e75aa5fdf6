// The types the pipeline steps share: per-call options, hooks and logger, and the context a client holds.
import type { AuthStrategy } from './auth';
import type { ProviderInfo } from './define-provider';
import type { SdkError } from './errors';
import type { Redactor } from './redact';
import type { RetryPolicy } from './retry';
import type { Runtime } from './runtime';
import type { ValidationMode } from './schema';
import type { Transport } from './transport';

/** Redacted facts about one attempt, for hooks and logs. */
export interface RequestInfo {
  provider: string;
  endpoint: string;
  method: string;
  /** URL with credentials masked. */
  url: string;
  /** Headers with credentials masked. */
  headers: Record<string, string>;
  /** 0 for the first attempt, then 1, 2 ... (auth replays count too). */
  attempt: number;
}

/** A response arrived (before classification). */
export interface ResponseInfo extends RequestInfo {
  status: number;
  durationMs: number;
}

/** An attempt failed; `retryInMs` is set when another attempt follows. */
export interface ErrorInfo extends RequestInfo {
  error: SdkError;
  retryInMs?: number | undefined;
}

/** Observers of the pipeline. They only ever see redacted data; a throwing hook is logged and ignored. */
export interface Hooks {
  onRequest?(info: RequestInfo): void;
  onResponse?(info: ResponseInfo): void;
  onError?(info: ErrorInfo): void;
}

/** A minimal logger (console works). Every line is built from redacted data. */
export interface Logger {
  debug?(message: string, meta?: Record<string, unknown>): void;
  warn?(message: string, meta?: Record<string, unknown>): void;
}

/** Per-call options. */
export interface CallOptions {
  /** Abort the call (including retries and backoff waits). */
  signal?: AbortSignal | undefined;
  /** Timeout per attempt in ms. */
  timeout?: number | undefined;
  /** Extra headers for this call (e.g. `Prefer: example=...` against the mocks). */
  headers?: Record<string, string> | undefined;
  /** Retry overrides for this call, or `false` for none. */
  retry?: Partial<RetryPolicy> | false | undefined;
  /** Response validation mode for this call. */
  validateResponse?: ValidationMode | undefined;
}

/** The request as it is about to be sent (query pairs in order, headers). */
export interface PreparedRequest {
  /** Endpoint key. */
  key: string;
  query: Array<[string, string]>;
  headers: Headers;
  /** Form body pairs (see `AuthTarget.form`). */
  form?: Array<[string, string]> | undefined;
}

/** Everything a client holds; built once by `createCore`. @internal */
export interface ClientContext {
  provider: ProviderInfo;
  baseURL: string;
  hosts: Record<string, string>;
  headers: Record<string, string>;
  timeout: number;
  retry: RetryPolicy;
  validateResponses: ValidationMode;
  auth: ReadonlyMap<string, AuthStrategy>;
  transport: Transport;
  redactor: Redactor;
  runtime: Runtime;
  hooks: Hooks;
  logger: Logger | undefined;
  encodings: Readonly<Record<string, string>>;
  prepare: ((request: PreparedRequest) => void) | undefined;
}
