// THE request pipeline: the steps of one call from the caller's input to a validated result or a
// typed error. Each step's work lives in its own file:
//
//   1. initialize   merge client defaults with per-call options (options.ts checks them)
//   2. serialize    validate input, fill path, encode query and body              request.ts
//   3. build        auth and default headers, per attempt                          request.ts
//   4. send         one transport call per attempt, with timeout and abort         (here)
//   5. deserialize  classify the response, validate output                        response.ts
//   6. retry        by the classified failure and `safe`                           retry.ts
//   hooks and logs see redacted data only                                          observe.ts
import * as v from 'valibot';
import type { AppliedAuth } from './auth';
import type { AnyEndpoint } from './define-endpoint';
import { AbortError, NetworkError, RequestValidationError, TimeoutError, type ApiError, type RedactedRequest, type SdkError } from './errors';
import { parserFor } from './fast-parse';
import { attemptInfo, notify, sanitizeCause } from './observe';
import { CallOptionsSchema, optionIssues } from './options';
import type { CallOptions, ClientContext } from './pipeline-types';
import { buildAttempt, buildRequest, guardAuth, type AttemptRequest } from './request';
import { readResponse } from './response';
import { retryDelay, type AttemptFailure, type RetryPolicy } from './retry';
import { summarizeIssues } from './schema';
import { networkErrorCode, requestNeverSent, type TransportResponse } from './transport';

export type { CallOptions, ClientContext, ErrorInfo, Hooks, Logger, PreparedRequest, RequestInfo, ResponseInfo } from './pipeline-types';

type Where = { provider: string; endpoint: string };

/** One attempt's outcome: an answer arrived, or the attempt failed with a typed error. */
type Attempt = { type: 'answer'; response: TransportResponse } | { type: 'failed'; error: SdkError; failure: AttemptFailure };

/** Run one endpoint call through the pipeline. @internal */
export async function callEndpoint(ctx: ClientContext, key: string, endpoint: AnyEndpoint, input: unknown, rawOptions?: unknown): Promise<unknown> {
  // ── 1. initialize ────────────────────────────────────────────────────────────────────────────
  const provider = ctx.provider.name;
  const where: Where = { provider, endpoint: key };
  // Options are the caller's input too: checked (valibot) before anything is sent or any timer starts.
  const options = rawOptions === undefined ? NO_OPTIONS : checkOptions(ctx, where, rawOptions);
  const signal = options.signal;
  const timeout = options.timeout ?? ctx.timeout;
  // The client's policy object as is, unless this call overrides it.
  const policy: RetryPolicy =
    options.retry === undefined ? ctx.retry : options.retry === false ? { ...ctx.retry, maxRetries: 0 } : { ...ctx.retry, ...options.retry };
  const mode = options.validateResponse ?? ctx.validateResponses;
  if (signal?.aborted) throw new AbortError(`${provider} ${key} was aborted before it started`, where);

  // ── 2. serialize ─────────────────────────────────────────────────────────────────────────────
  const base = buildRequest(ctx, key, endpoint, input, options);
  const strategies = endpoint.auth === false ? [] : endpoint.auth ? endpoint.auth.flatMap((name) => ctx.auth.get(name) ?? []) : [...ctx.auth.values()];
  let attempt = 0;
  let retries = 0;
  let recovered = false;
  for (;;) {
    // ── 3. build ───────────────────────────────────────────────────────────────────────────────
    const request = await buildAttempt(ctx, key, base, strategies, signal);
    // Redacting costs regex passes over the URL and headers: do it only when someone will look
    // (an error, a hook, a logger), not on every successful call.
    let redacted: RedactedRequest | undefined;
    const shown = (): RedactedRequest => (redacted ??= { method: base.method, url: ctx.redactor.url(request.url) });
    const failedAt = (): Where & { request: RedactedRequest } => ({ ...where, request: shown() });
    const info = attemptInfo(ctx, where, shown, request.headers, attempt);
    notify(ctx, 'onRequest', info);
    if (ctx.logger?.debug) ctx.logger.debug(`→ ${shown().method} ${shown().url}`, { endpoint: key, attempt });

    // ── 4. send ────────────────────────────────────────────────────────────────────────────────
    const started = ctx.runtime.now();
    const sent = await send(ctx, where, base.method, request, timeout, signal, failedAt);
    let failed: { error: SdkError; failure: AttemptFailure };

    // ── 5. deserialize ─────────────────────────────────────────────────────────────────────────
    if (sent.type === 'answer') {
      const { response } = sent;
      if (info) notify(ctx, 'onResponse', { ...info, status: response.status, durationMs: ctx.runtime.now() - started });
      if (ctx.logger?.debug) ctx.logger.debug(`← ${response.status} ${shown().method} ${shown().url}`, { endpoint: key, attempt });
      const read = readResponse(ctx, key, endpoint, mode, response, failedAt);
      if (read.type === 'result') return read.value;
      const apiError = read.error;
      if (apiError.kind === 'auth' && !recovered && request.applied.length > 0) {
        recovered = true;
        if (await guardAuth(ctx, key, signal, () => recoverAuth(request.applied, apiError))) {
          if (info) notify(ctx, 'onError', { ...info, error: apiError, retryInMs: 0 });
          attempt++;
          continue;
        }
      }
      failed = { error: apiError, failure: { type: 'status', status: response.status, retryAfterMs: read.retryAfterMs, kind: apiError.kind } };
    } else {
      failed = sent;
    }

    // ── 6. retry ───────────────────────────────────────────────────────────────────────────────
    const delay = retryDelay(policy, failed.failure, retries, endpoint.safe, ctx.runtime.random);
    if (info) notify(ctx, 'onError', { ...info, error: failed.error, retryInMs: delay });
    if (delay === undefined) throw failed.error;
    ctx.logger?.warn?.(`${provider} ${key}: ${failed.error.message}; retrying in ${delay} ms`, { attempt });
    try {
      await ctx.runtime.sleep(delay, signal);
    } catch {
      throw new AbortError(`${provider} ${key} was aborted while waiting to retry`, failedAt());
    }
    retries++;
    attempt++;
  }
}

const NO_OPTIONS: CallOptions = Object.freeze({});

function checkOptions(ctx: ClientContext, where: Where, rawOptions: unknown): CallOptions {
  // Compiled once (valibot words the issues when it rejects).
  const fast = parserFor(CallOptionsSchema)(rawOptions);
  if (fast) return (fast.output ?? NO_OPTIONS) as CallOptions;
  const parsed = v.safeParse(CallOptionsSchema, rawOptions);
  if (parsed.success) return (parsed.output ?? NO_OPTIONS) as CallOptions;
  const issues = optionIssues(parsed.issues, ctx.redactor, 'options');
  throw new RequestValidationError(`${where.provider} ${where.endpoint}: invalid call options: ${summarizeIssues(issues)}. Nothing was sent.`, { ...where, issues });
}

/** One transport call with the attempt's timeout and the caller's signal; never leaves a timer behind. */
async function send(
  ctx: ClientContext,
  where: Where,
  method: string,
  request: AttemptRequest,
  timeout: number,
  signal: AbortSignal | undefined,
  failedAt: () => Where & { request: RedactedRequest },
): Promise<Attempt> {
  const { provider, endpoint: key } = where;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const onCallerAbort = (): void => controller.abort();
  signal?.addEventListener('abort', onCallerAbort, { once: true });
  try {
    return { type: 'answer', response: await ctx.transport({ url: request.url, method, headers: request.headers, body: request.body, signal: controller.signal }) };
  } catch (cause) {
    if (signal?.aborted) throw new AbortError(`${provider} ${key} was aborted`, failedAt());
    if (timedOut) {
      return { type: 'failed', error: new TimeoutError(`${provider} ${key} timed out after ${timeout} ms`, { ...failedAt(), timeoutMs: timeout }), failure: { type: 'timeout' } };
    }
    const code = networkErrorCode(cause);
    const requestSent = !requestNeverSent(code);
    const error = new NetworkError(`${provider} ${key} failed to reach the server${code ? ` (${code})` : ''}`, {
      ...failedAt(),
      code,
      requestSent,
      cause: sanitizeCause(cause, ctx.redactor),
    });
    return { type: 'failed', error, failure: { type: 'network', requestSent } };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onCallerAbort);
  }
}

async function recoverAuth(applied: AppliedAuth[], error: ApiError): Promise<boolean> {
  let replay = false;
  for (const auth of applied) {
    if (await auth.recover(error)) replay = true;
  }
  return replay;
}
