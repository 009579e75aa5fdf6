// How b2motor says "failed": HTTP ≥ 400 with {errorCode, errorMessage}, or HTTP 200 with the same
// fields, or `status: 0` with per-line errors (fact sheet Q12).
import { asRecord } from '@x/core';
import type { Classifier, ClassifyContext, ErrorSpec } from '@x/core';

/** The documented authentication failure code. */
export const AUTH_ERROR_CODE = 102;


function hasError(body: Record<string, unknown>): boolean {
  const { errorCode, errorMessage } = body;
  return (typeof errorMessage === 'string' && errorMessage !== '') || (errorCode !== undefined && errorCode !== null && errorCode !== 0 && errorCode !== '0' && errorCode !== '');
}

/** Provider-wide classifier: an error status, or top-level `errorCode`/`errorMessage` in any status. */
export const classifyB2motor: Classifier = (c: ClassifyContext): ErrorSpec | undefined => {
  const body = asRecord(c.body);
  if (c.ok && !(body && hasError(body))) return undefined;
  const code = body?.errorCode as string | number | undefined;
  // The whole text: core redacts secrets before it shortens a long message, so cutting it here
  // could leave part of a credential that no longer matches the redactor.
  const message = typeof body?.errorMessage === 'string' ? body.errorMessage : typeof c.body === 'string' ? c.body : undefined;
  const isAuth = code !== undefined && Number(code) === AUTH_ERROR_CODE;
  return {
    ...(isAuth ? { kind: 'auth' as const, reason: 'wrong_credentials' } : {}),
    code,
    message,
  };
};

/**
 * For operations whose `status: 0` means failure. When some lines succeeded the error's reason is
 * `partial_failure` (they WERE applied: do not blindly retry); otherwise `rejected`. Either way
 * `error.details.result` holds the whole answer and `error.details.failed` the failed lines.
 */
export function statusZeroFails(linesField?: string): Classifier {
  return (c) => {
    const general = classifyB2motor(c);
    const body = asRecord(c.body);
    const statusZero = body !== undefined && (body.status === 0 || body.status === '0');
    if (!statusZero || !c.ok || general?.kind === 'auth') return general;
    const rawLines = linesField ? body[linesField] : undefined;
    const lines = (Array.isArray(rawLines) ? rawLines : rawLines ? [rawLines] : []).map((l) => asRecord(l) ?? {});
    const failed = lines.filter((line) => hasError(line) || line.status === 0 || line.status === '0');
    const succeeded = lines.length - failed.length;
    const first = failed.find((line) => hasError(line));
    const code = (first?.errorCode ?? body.errorCode) as string | number | undefined;
    const detail = typeof first?.errorMessage === 'string' ? first.errorMessage : typeof body.errorMessage === 'string' ? body.errorMessage : undefined;
    const summary = lines.length > 0 ? `${failed.length} of ${lines.length} ${linesField} failed${succeeded > 0 ? `; ${succeeded} succeeded and were applied` : ''}` : 'the provider reported status 0';
    return {
      code,
      message: detail ? `${summary} (${detail})` : summary,
      reason: succeeded > 0 ? 'partial_failure' : 'rejected',
      details: { result: body, failed },
    };
  };
}
