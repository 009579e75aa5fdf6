import { describe, expect, it } from 'vitest';
import { defaultRetryPolicy, parseRetryAfter, retryDelay } from './retry';

const half = () => 0.5;

describe('retryDelay', () => {
  it('retries safe endpoints on the listed statuses, timeouts and network errors', () => {
    for (const status of [408, 425, 429, 500, 502, 503, 504]) expect(retryDelay(defaultRetryPolicy, { type: 'status', status }, 0, true, half)).toBe(225);
    expect(retryDelay(defaultRetryPolicy, { type: 'status', status: 400 }, 0, true, half)).toBeUndefined();
    expect(retryDelay(defaultRetryPolicy, { type: 'timeout' }, 1, true, half)).toBe(450);
    expect(retryDelay(defaultRetryPolicy, { type: 'network', requestSent: true }, 0, true, half)).toBe(225);
  });
  it('retries unsafe endpoints only when the request never left', () => {
    expect(retryDelay(defaultRetryPolicy, { type: 'status', status: 503 }, 0, false, half)).toBeUndefined();
    expect(retryDelay(defaultRetryPolicy, { type: 'timeout' }, 0, false, half)).toBeUndefined();
    expect(retryDelay(defaultRetryPolicy, { type: 'network', requestSent: true }, 0, false, half)).toBeUndefined();
    expect(retryDelay(defaultRetryPolicy, { type: 'network', requestSent: false }, 0, false, half)).toBe(225);
  });
  it('stops after maxRetries and caps the backoff', () => {
    expect(retryDelay(defaultRetryPolicy, { type: 'timeout' }, 2, true, half)).toBeUndefined();
    const policy = { ...defaultRetryPolicy, maxRetries: 10 };
    expect(retryDelay(policy, { type: 'timeout' }, 9, true, () => 0.999)).toBeLessThanOrEqual(policy.maxDelayMs);
    expect(retryDelay(policy, { type: 'timeout' }, 9, true, () => 0)).toBe(policy.maxDelayMs / 2);
  });
  it('uses Retry-After up to the cap', () => {
    expect(retryDelay(defaultRetryPolicy, { type: 'status', status: 429, retryAfterMs: 1500 }, 0, true, half)).toBe(1500);
    expect(retryDelay(defaultRetryPolicy, { type: 'status', status: 429, retryAfterMs: 61_000 }, 0, true, half)).toBeUndefined();
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.UTC(2026, 10, 22, 12, 0, 0);
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter(new Date(now + 10_000).toUTCString(), now)).toBe(10_000);
    expect(parseRetryAfter(new Date(now - 10_000).toUTCString(), now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
