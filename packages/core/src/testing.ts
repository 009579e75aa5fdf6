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

/** A request a scripted fetch received, read once so tests can assert on plain values. */
export interface RecordedRequest {
  /** The HTTP method, upper-case (`GET`, `POST`, ...). */
  method: string;
  /** The full URL as sent, with the query (`Request.url`). */
  url: string;
  /** `url`, parsed: `parsedURL.pathname`, `parsedURL.searchParams.get('page')`, ... */
  parsedURL: URL;
  /** Path and query without the origin (`/api/items?page=2`): `parsedURL.pathname + parsedURL.search`. */
  path: string;
  /** Every header as a plain object; the names are lower-case (`headers['content-type']`). */
  headers: Record<string, string>;
  /** The body as text; undefined when the request has none, and for multipart bodies (see `form`). */
  body: string | undefined;
  /**
   * The body parsed as JSON when the request declares a JSON content type (`application/json`,
   * `*+json`) and has a non-empty body that parses; undefined otherwise. Typed `any` so tests can
   * reach into it (`calls[0].json.items[0].id`).
   */
  json: any;
  /** The parsed body of a `multipart/form-data` request; undefined for every other body. */
  form: FormData | undefined;
}

/**
 * A JSON answer written as data: `body` is sent through `JSON.stringify` with
 * `content-type: application/json`, `status` defaults to 200, `headers` are added to the response.
 * For a body that is not JSON (HTML, empty, malformed), answer with a `Response` instead.
 */
export interface JsonAnswer {
  /** The HTTP status; 200 when left out. */
  status?: number;
  /** The value to serialise as the response body. */
  body: unknown;
  /** Extra response headers (they may override `content-type`). */
  headers?: Record<string, string>;
}

/** What one answer of a scripted fetch resolves to: a response, a network error to throw, or a JSON answer. */
export type ScriptedReply = Response | Error | JsonAnswer;

/**
 * What a scripted fetch answers with: a `Response` (cloned, so it can repeat), an `Error` (thrown,
 * like a network failure), a {@link JsonAnswer}, or a function called with the `Request` (unread,
 * with its `signal`) and the {@link RecordedRequest} that returns or resolves to any of those. A
 * function may also throw.
 */
export type ScriptedAnswer = ScriptedReply | ((request: Request, recorded: RecordedRequest) => ScriptedReply | Promise<ScriptedReply>);

/** A `fetch` built by {@link scriptedFetch}: `calls` lists every request it received, oldest first. */
export type ScriptedFetch = typeof fetch & { calls: RecordedRequest[] };

/**
 * A `fetch` for tests that answers with the given answers in order (the last one repeats) and
 * records every request in `calls` before answering. Pass it as the client's `fetch` option.
 *
 * ```ts
 * const fetch = scriptedFetch({ status: 503, body: {} }, (_, r) => ({ body: { page: r.parsedURL.searchParams.get('page') } }));
 * ```
 */
export function scriptedFetch(...answers: ScriptedAnswer[]): ScriptedFetch {
  const calls: RecordedRequest[] = [];
  const answer = async (request: Request): Promise<Response> => {
    const recorded = await record(request);
    calls.push(recorded);
    const next = answers.length > 1 ? answers.shift() : answers[0];
    if (next === undefined) throw new Error('scriptedFetch: no answer scripted');
    const reply = typeof next === 'function' ? await next(request, recorded) : next;
    return toResponse(reply);
  };
  // Like a real fetch, an abort rejects the call at any point, even while the request is still
  // being read or an answer ignores its signal. The listener goes on the CALLER's signal, never on
  // `request.signal`: undici links a Request's own signal to the one it was built from through a
  // WeakRef, so after a garbage collection `request.signal` may never abort and the call would hang
  // (seen in property runs, about one run in three). An answer's own rejection on abort still wins:
  // the signal's reason is used one macrotask later.
  const fn = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined) ?? request.signal;
    if (signal.aborted) return Promise.reject(signal.reason);
    return new Promise<Response>((resolve, reject) => {
      const onAbort = (): void => void setTimeout(() => reject(signal.reason), 0);
      signal.addEventListener('abort', onAbort, { once: true });
      answer(request)
        .then(resolve, reject)
        .finally(() => signal.removeEventListener('abort', onAbort));
    });
  };
  return Object.assign(fn as typeof fetch, { calls });
}

/** Read a request into a {@link RecordedRequest}, leaving the request itself unread. */
async function record(request: Request): Promise<RecordedRequest> {
  const type = request.headers.get('content-type') ?? '';
  const form = request.body && type.includes('multipart/form-data') ? await request.clone().formData() : undefined;
  const body = request.body && !form ? await request.clone().text() : undefined;
  const parsedURL = new URL(request.url);
  return {
    method: request.method,
    url: request.url,
    parsedURL,
    path: `${parsedURL.pathname}${parsedURL.search}`,
    headers: Object.fromEntries(request.headers.entries()),
    body,
    json: body && isJsonType(type) ? parseJson(body) : undefined,
    form,
  };
}

/** Whether a content type is JSON (`application/json`, `application/problem+json`, with or without parameters). */
function isJsonType(type: string): boolean {
  const essence = type.split(';')[0]!.trim().toLowerCase();
  return essence === 'application/json' || essence.endsWith('+json');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function toResponse(reply: ScriptedReply): Response {
  if (reply instanceof Error) throw reply;
  if (reply instanceof Response) return reply.clone();
  if (typeof reply !== 'object' || reply === null || !('body' in reply)) {
    throw new TypeError('scriptedFetch: an answer must be a Response, an Error, { status?, body, headers? } or a function returning one');
  }
  return jsonResponse(reply.body, reply.status ?? 200, reply.headers ?? {});
}

/**
 * A JSON response: `body` through `JSON.stringify`, `content-type: application/json` unless
 * `headers` says otherwise. A null-body status (204, 205, 304) gets no body.
 */
export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const text = status === 204 || status === 205 || status === 304 ? null : JSON.stringify(body);
  return new Response(text, { status, headers: { 'content-type': 'application/json', ...headers } });
}

/**
 * A network failure shaped like undici's (`TypeError: fetch failed` with a cause carrying `code`,
 * e.g. `ECONNREFUSED`, `ECONNRESET`, `ENOTFOUND`). Answer with it, or return it from a function.
 */
export function networkFailure(code: string): Error {
  const cause = Object.assign(new Error(`connect ${code} 10.0.0.1:443`), { code });
  return new TypeError('fetch failed', { cause });
}

export { captureObservations, expectNoSecret, findSecrets, secretForms, serializations } from './leak-check';
export type { Leak, LeakCheckOptions, Observations, SecretForm } from './leak-check';
