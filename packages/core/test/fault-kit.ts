// Fault matrix for multi-step helpers (issue 9): each transport fault is injected at each step of a
// helper, once or on every attempt, through `scriptedFetch`; the test then asserts the typed error,
// how often each step was sent, and what the helper reports. Test-only (not published).
import { expect } from 'vitest';
import { isSdkError } from '../src/provider';
import { createTestRuntime, networkFailure, scriptedFetch, type RecordedRequest, type ScriptedReply, type TestRuntime } from '../src/testing';

/** The faults of the matrix. */
export const FAULTS = ['500', 'html-502', '503-retry-after-seconds', '429-retry-after-date', 'reset', 'refused', 'truncated-json', 'invalid-json', 'no-answer'] as const;
/** One fault. */
export type Fault = (typeof FAULTS)[number];

/** The error kind a fault ends in when it is not retried away. */
export const FAULT_KIND: Record<Fault, string> = {
  '500': 'api',
  'html-502': 'api',
  '503-retry-after-seconds': 'api',
  '429-retry-after-date': 'rate_limit',
  reset: 'network',
  refused: 'network',
  'truncated-json': 'response_validation',
  'invalid-json': 'response_validation',
  'no-answer': 'timeout',
};

/** Faults a safe step retries (the default policy: 2 retries), and faults after which a request provably never left. */
export const RETRIED_WHEN_SAFE = new Set<Fault>(['500', 'html-502', '503-retry-after-seconds', '429-retry-after-date', 'reset', 'refused', 'no-answer']);
/** The one fault after which nothing was sent, so even an unsafe step may be sent again. */
export const NEVER_SENT = new Set<Fault>(['refused']);

/** The reply of a fault (a function for the silent server). */
export function faultReply(fault: Fault, now: number, request: Request): ScriptedReply | Promise<ScriptedReply> {
  switch (fault) {
    case '500':
      return { status: 500, body: { message: 'Internal Server Error' } };
    case 'html-502':
      return new Response('<html><body><h1>502 Bad Gateway</h1></body></html>', { status: 502, headers: { 'content-type': 'text/html' } });
    case '503-retry-after-seconds':
      return { status: 503, body: { message: 'busy' }, headers: { 'retry-after': '2' } };
    case '429-retry-after-date':
      return { status: 429, body: { message: 'slow down' }, headers: { 'retry-after': new Date(now + 3_000).toUTCString() } };
    case 'reset':
      return networkFailure('ECONNRESET');
    case 'refused':
      return networkFailure('ECONNREFUSED');
    case 'truncated-json':
      return new Response('{"id": "5a16c41a', { status: 200, headers: { 'content-type': 'application/json' } });
    case 'invalid-json':
      return new Response('<!doctype html><p>maintenance</p>', { status: 200, headers: { 'content-type': 'application/json' } });
    case 'no-answer':
      return new Promise((_, reject) => request.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true }));
  }
}

/** How a helper's requests map to steps, and what each step answers when it is not faulted. */
export interface Steps {
  /** The step a request belongs to (`upload.image`), or undefined for requests outside the matrix (token requests). */
  stepOf(request: RecordedRequest): string;
  /** The good answer of a step. */
  answer(step: string, request: RecordedRequest): ScriptedReply;
}

/** One cell's fetch: `fault` at `target` on its first attempt only (`once`) or on every attempt. */
export function faultedFetch(steps: Steps, target: string, fault: Fault, mode: 'once' | 'always', runtime: TestRuntime) {
  let hits = 0;
  const fetch = scriptedFetch(async (request, recorded) => {
    const step = steps.stepOf(recorded);
    if (step === target && (mode === 'always' || hits++ === 0)) return faultReply(fault, runtime.now(), request);
    return steps.answer(step, recorded);
  });
  const sent = (step: string): number => fetch.calls.filter((r) => steps.stepOf(r) === step).length;
  return { fetch, sent };
}

/** A test runtime and the per-attempt timeout the matrix clients use (a silent server ends by it). */
export function matrixRuntime(): TestRuntime {
  return createTestRuntime();
}

/** Per-attempt timeout of matrix clients, in ms. */
export const MATRIX_TIMEOUT_MS = 40;

/** Await a promise and return what it ended in. */
export async function settle<T>(promise: Promise<T>): Promise<{ value?: T; error?: unknown }> {
  try {
    return { value: await promise };
  } catch (error) {
    return { error };
  }
}

/** The error a cell must end in: typed, of the fault's kind. */
export function expectFaultError(error: unknown, fault: Fault, where: string): void {
  expect(isSdkError(error), `${where}: ${String(error)}`).toBe(true);
  expect((error as { kind: string }).kind, where).toBe(FAULT_KIND[fault]);
}
