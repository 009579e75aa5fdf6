// Retry policy: which failures are retried, and how long to wait between attempts.
import type { ErrorKind } from './errors';

/** How a client retries. */
export interface RetryPolicy {
  /** Retries after the first attempt (default 2). `0` disables retries. */
  maxRetries: number;
  /** HTTP statuses worth retrying on safe endpoints. */
  statuses: readonly number[];
  /** First backoff delay in ms (default 300). */
  baseDelayMs: number;
  /** Largest backoff delay in ms (default 5000). */
  maxDelayMs: number;
  /** Largest `Retry-After` honoured, in ms (default 60000); a longer one ends the retries. */
  maxRetryAfterMs: number;
}

/** The defaults: 2 retries on 408/425/429/500/502/503/504 with jittered exponential backoff. */
export const defaultRetryPolicy: RetryPolicy = Object.freeze({
  maxRetries: 2,
  statuses: Object.freeze([408, 425, 429, 500, 502, 503, 504]),
  baseDelayMs: 300,
  maxDelayMs: 5000,
  maxRetryAfterMs: 60_000,
});

/** What went wrong on an attempt, as far as retrying is concerned. */
export type AttemptFailure =
  | {
      type: 'status';
      status: number;
      retryAfterMs?: number | undefined;
      /** How the classifier judged the answer; an `auth` failure is never retried, whatever the status. */
      kind?: ErrorKind | undefined;
    }
  | { type: 'timeout' }
  | { type: 'network'; requestSent: boolean };

/**
 * Decide whether to retry and after how long. `attempt` counts retries already made (0 first).
 * Safe endpoints retry network errors, timeouts and the listed statuses; unsafe ones retry only
 * when the request provably never left (connection refused, DNS failure). A failure classified as
 * an auth error is never retried, whatever its HTTP status: resending a rejected credential risks a
 * lock-out (b2motor answers a wrong password with HTTP 500). Token recovery (refresh once, replay
 * once) is separate and not a retry.
 * Returns the delay in ms, or `undefined` to stop.
 */
export function retryDelay(
  policy: RetryPolicy,
  failure: AttemptFailure,
  attempt: number,
  safe: boolean,
  random: () => number,
): number | undefined {
  if (attempt >= policy.maxRetries) return undefined;
  if (failure.type === 'status' && failure.kind === 'auth') return undefined;
  const retryable =
    failure.type === 'network'
      ? safe || !failure.requestSent
      : failure.type === 'timeout'
        ? safe
        : safe && policy.statuses.includes(failure.status);
  if (!retryable) return undefined;
  if (failure.type === 'status' && failure.retryAfterMs !== undefined) {
    return failure.retryAfterMs <= policy.maxRetryAfterMs ? failure.retryAfterMs : undefined;
  }
  // Exponential backoff with "equal jitter": half fixed, half random, so waits never collapse to 0.
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** Parse a `Retry-After` header (delta seconds or HTTP date) into ms from `now`. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
