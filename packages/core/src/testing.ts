// Test helpers: a runtime whose clock, sleep and randomness the test controls, and a scripted fetch.
import type { Runtime } from './runtime';

/** A Runtime for tests: sleeping advances a fake clock instantly and is recorded. */
export interface TestRuntime extends Runtime {
  /** Every delay the pipeline slept, in order. */
  readonly sleeps: number[];
  /** Move the fake clock forward. */
  advance(ms: number): void;
  /** Set the fake clock. */
  set(ms: number): void;
}

/**
 * Build a fake runtime. `random` is the value every `random()` call returns (default 0.5), so
 * backoff delays are deterministic and can be asserted.
 */
export function createTestRuntime(options: { now?: number; random?: number } = {}): TestRuntime {
  let now = options.now ?? Date.UTC(2026, 0, 1);
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    random: () => options.random ?? 0.5,
    async sleep(ms, signal) {
      if (signal?.aborted) throw signal.reason;
      sleeps.push(ms);
      now += ms;
      // Yield so an abort scheduled by the test can land between attempts.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (signal?.aborted) throw signal.reason;
    },
    advance(ms) {
      now += ms;
    },
    set(ms) {
      now = ms;
    },
  };
}

/** A request a scripted fetch received. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
  form: FormData | undefined;
}

/** What a scripted fetch answers with: a response, a network error to throw, or a function of the request. */
export type ScriptedAnswer = Response | Error | ((request: Request) => Response | Error | Promise<Response | Error>);

/**
 * A `fetch` for tests that answers with the given responses in order (the last one repeats) and
 * records every request in `calls`. Pass it as the client's `fetch` option.
 */
export function scriptedFetch(...answers: ScriptedAnswer[]): typeof fetch & { calls: RecordedRequest[] } {
  const calls: RecordedRequest[] = [];
  const fn = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const type = request.headers.get('content-type') ?? '';
    const form = type.includes('multipart/form-data') ? await request.clone().formData() : undefined;
    const body = request.body && !form ? await request.clone().text() : undefined;
    calls.push({ method: request.method, url: request.url, headers: Object.fromEntries(request.headers.entries()), body, form });
    const next = answers.length > 1 ? answers.shift()! : answers[0]!;
    const answer = typeof next === 'function' ? await next(request) : next;
    if (answer instanceof Error) throw answer;
    return answer.clone();
  };
  return Object.assign(fn as typeof fetch, { calls });
}

/** A JSON response. */
export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/** A network failure shaped like undici's (`TypeError: fetch failed` with a coded cause). */
export function networkFailure(code: string): Error {
  const cause = Object.assign(new Error(`connect ${code} 10.0.0.1:443`), { code });
  return new TypeError('fetch failed', { cause });
}
