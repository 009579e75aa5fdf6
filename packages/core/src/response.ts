// Reading an answer: parse the body, classify it (HTTP status and provider envelope), validate the output.
import * as v from 'valibot';
import type { AnyEndpoint, ClassifyContext } from './define-endpoint';
import { createApiError, kindFromStatus, ResponseValidationError, type ApiError, type ErrorSpec, type RedactedRequest } from './errors';
import type { ClientContext } from './pipeline-types';
import { redactIssue } from './request';
import { parseRetryAfter } from './retry';
import { responseSchemaFor, summarizeIssues, toIssues, type ValidationMode } from './schema';
import type { TransportResponse } from './transport';
import { parserFor } from './fast-parse';

/** What an answer turned out to be: the validated result, or a classified provider error. */
export type ReadOutcome = { type: 'result'; value: unknown } | { type: 'error'; error: ApiError; retryAfterMs: number | undefined };

/**
 * Classify an answer and, when it is a success, validate it. A response validation failure is
 * thrown (it is never retried); a provider error is returned for the retry and auth steps.
 */
export function readResponse(
  ctx: ClientContext,
  key: string,
  endpoint: AnyEndpoint,
  mode: ValidationMode,
  response: TransportResponse,
  failedAt: () => { provider: string; endpoint: string; request: RedactedRequest },
): ReadOutcome {
  const parsed = parseBody(response.text);
  const ok = endpoint.successStatus ? endpoint.successStatus.includes(response.status) : response.status >= 200 && response.status < 300;
  const classifyContext: ClassifyContext = { status: response.status, body: parsed, headers: response.headers, endpoint: key, ok };
  const spec = endpoint.classify?.(classifyContext) ?? ctx.provider.classify?.(classifyContext) ?? (ok ? undefined : defaultErrorSpec(classifyContext));
  if (!spec) return { type: 'result', value: validateOutput(ctx, endpoint, mode, response, parsed, failedAt) };
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), ctx.runtime.now());
  return { type: 'error', error: createApiError(spec, { ...failedAt(), status: response.status, body: parsed, retryAfterMs }, ctx.redactor), retryAfterMs };
}

/** JSON when it parses, otherwise the text itself ('' for an empty body). */
function parseBody(text: string): unknown {
  if (text === '') return undefined;
  // JSON.parse skips JSON's own whitespace; only a failure pays for a trimmed copy (a BOM, or
  // other whitespace JSON does not allow around a value).
  try {
    return JSON.parse(text);
  } catch {
    const trimmed = text.trim();
    if (trimmed === '') return undefined;
    try {
      return JSON.parse(trimmed);
    } catch {
      return text;
    }
  }
}

/** The error spec for a non-success status when no classifier claimed the response. */
function defaultErrorSpec(c: ClassifyContext): ErrorSpec {
  const body = c.body;
  if (typeof body === 'string') return { kind: kindFromStatus(c.status), message: body };
  const record = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const message = [record.message, record.error, record.errorMessage, record.detail].find((m) => typeof m === 'string') as string | undefined;
  const code = [record.code, record.errorCode].find((c) => typeof c === 'string' || typeof c === 'number') as string | number | undefined;
  return { kind: kindFromStatus(c.status), message, code };
}

export function validateOutput(ctx: ClientContext, endpoint: AnyEndpoint, mode: ValidationMode, response: TransportResponse, parsed: unknown, failedAt: () => { provider: string; endpoint: string; request: RedactedRequest }): unknown {
  if (mode === 'off') return parsed;
  const schema = responseSchemaFor(endpoint.response, mode);
  const fast = parserFor(schema)(parsed);
  if (fast) return fast.output;
  // Invalid, or a case the compiled parser leaves to valibot: valibot decides and words the issues.
  const result = v.safeParse(schema, parsed);
  if (result.success) return result.output;
  // Issue texts quote the provider's data, which may echo a credential or carry a new token
  // (a refresh_token of the wrong type): the same redaction as for the caller's input.
  const issues = toIssues(result.issues, { quoteValues: false }).map((i) => redactIssue(ctx.redactor, i));
  const where = failedAt();
  throw new ResponseValidationError(`${where.provider} ${where.endpoint}: unexpected response (${mode}): ${summarizeIssues(issues)}`, {
    ...where,
    issues,
    status: response.status,
    body: ctx.redactor.value(parsed),
  });
}
