// How b2motor says "failed": HTTP ≥ 400 with {errorCode, errorMessage}, or HTTP 200 with the same
// fields, or `status: 0` with per-line errors (fact sheet Q12).
import { asRecord, GENERIC_REASON, providerErrorGuard } from '@x/core/provider';
import type { ApiError, Classifier, ClassifyContext, ErrorSpec } from '@x/core/provider';

/** The documented authentication failure code. */
export const AUTH_ERROR_CODE = 102;

/**
 * Every `reason` a b2motor error can carry (`B2motorReason`); narrow with `isB2motorError`:
 * - `wrong_credentials`: errorCode 102 "User Authentication Error" (an AuthError);
 * - `rejected`: a basket or order call answered `status: 0` and applied nothing (`failedLines(error)`);
 * - `partial_failure`: some lines failed and the rest WERE applied (do not blindly retry);
 * - `provider_error`: core's fallback when a reason could not be kept.
 *
 * Any other failure (another errorCode, an HTTP error) has no reason: read `error.code` and
 * `error.providerMessage`.
 */
export const B2MOTOR_REASONS = ['wrong_credentials', 'rejected', 'partial_failure', GENERIC_REASON] as const;

/** One of `B2MOTOR_REASONS`. */
export type B2motorReason = (typeof B2MOTOR_REASONS)[number];

/** A b2motor ApiError (or AuthError, NotFoundError...), its `reason` a `B2motorReason`. */
export type B2motorError = ApiError<unknown, B2motorReason>;

/**
 * Whether an error is a b2motor API error, narrowing `error.reason` to `B2motorReason | undefined`.
 *
 * @example
 * catch (error) { if (isB2motorError(error) && error.reason === 'partial_failure') console.log(failedLines(error)) }
 */
export const isB2motorError = /* @__PURE__ */ providerErrorGuard('b2motor', B2MOTOR_REASONS);

function hasError(body: Record<string, unknown>): boolean {
  const { errorCode, errorMessage } = body;
  return (typeof errorMessage === 'string' && errorMessage !== '') || (errorCode !== undefined && errorCode !== null && errorCode !== 0 && errorCode !== '0' && errorCode !== '');
}

/** Provider-wide classifier: an error status, or top-level `errorCode`/`errorMessage` in any status. */
export const classifyB2motor: Classifier<B2motorReason> = (c: ClassifyContext): ErrorSpec<B2motorReason> | undefined => {
  const body = asRecord(c.body);
  if (c.ok && !(body && hasError(body))) return undefined;
  const code = body?.errorCode as string | number | undefined;
  // The whole text: core redacts secrets before it shortens a long message, so cutting it here
  // could leave part of a credential that no longer matches the redactor.
  const message = typeof body?.errorMessage === 'string' ? body.errorMessage : typeof c.body === 'string' ? c.body : undefined;
  const isAuth = code !== undefined && Number(code) === AUTH_ERROR_CODE;
  return {
    ...(isAuth ? { kind: 'auth' as const, reason: 'wrong_credentials' as const } : {}),
    code,
    message,
  };
};

/**
 * One basket or order line the provider did not apply, read from the answer's lines: it carries
 * an `errorCode`/`errorMessage` or a `status: 0` (`reason: 'error'`), or only `canBay: 0`, which the
 * seed defines as "will not go into the order" (`reason: 'not_orderable'`).
 */
export interface LineFailure {
  /** Position of the line in the answer's `positions` (or the order's `positions`). */
  index: number;
  /** The order whose `positions` held the line (orders/add only). */
  order?: string | number;
  /** The basket line id, when the answer gives one. */
  basketId?: string | number;
  brand?: string;
  article?: string;
  /** The provider's per-line error code. */
  code?: string | number;
  /** The provider's per-line error text, verbatim. */
  message?: string;
  reason: 'error' | 'not_orderable';
}

/** `error.details` of a b2motor error about lines (basket/add, basket/delete, orders/add). */
export interface B2motorLineErrorDetails {
  /** The whole answer, redacted. */
  result: Record<string, unknown>;
  /** The lines that were not applied. */
  failed: LineFailure[];
  /** How many lines WERE applied (do not blindly retry when > 0). */
  applied: number;
}

/** A b2motor error about lines; `error.details.failed` and `error.reason` are typed. */
export type B2motorLineError = ApiError<B2motorLineErrorDetails, B2motorReason>;

const isZero = (x: unknown): boolean => x === 0 || x === '0';

/** The failures among `lines` (raw wire objects), in order. */
export function lineFailures(lines: readonly unknown[], order?: string | number): LineFailure[] {
  const failures: LineFailure[] = [];
  lines.forEach((raw, index) => {
    const line = asRecord(raw) ?? {};
    const error = hasError(line) || isZero(line.status);
    if (!error && !isZero(line.canBay)) return;
    const pick = <T>(key: string, ok: (x: unknown) => boolean) => (ok(line[key]) ? { [key]: line[key] as T } : {});
    const idLike = (x: unknown) => typeof x === 'string' || typeof x === 'number';
    const text = (x: unknown) => typeof x === 'string';
    failures.push({
      ...(order !== undefined ? { order } : {}),
      index,
      ...pick('basketId', idLike),
      ...pick('brand', text),
      ...pick('article', text),
      ...(idLike(line.errorCode) && line.errorCode !== '' ? { code: line.errorCode as string | number } : {}),
      ...(typeof line.errorMessage === 'string' && line.errorMessage !== '' ? { message: line.errorMessage } : {}),
      reason: error ? 'error' : 'not_orderable',
    });
  });
  return failures;
}

/** The lines of every order in an orders/add answer (`orders` is an object or an array). */
export function orderLineFailures(orders: unknown): LineFailure[] {
  const list = Array.isArray(orders) ? orders : orders ? [orders] : [];
  return list.flatMap((o) => {
    const order = asRecord(o) ?? {};
    const positions = Array.isArray(order.positions) ? order.positions : [];
    const number = typeof order.number === 'string' || typeof order.number === 'number' ? order.number : undefined;
    return lineFailures(positions, number);
  });
}

/** Whether an error is a b2motor error about lines, narrowing `error.details`. */
export function isB2motorLineError(error: unknown): error is B2motorLineError {
  if (!isB2motorError(error)) return false;
  const details = asRecord(error.details);
  return details !== undefined && Array.isArray(details.failed) && asRecord(details.result) !== undefined;
}

/**
 * The lines a b2motor error says were not applied (empty for any other error).
 *
 * @example
 * catch (error) { for (const line of failedLines(error)) console.log(line.basketId, line.message) }
 */
export function failedLines(error: unknown): LineFailure[] {
  return isB2motorLineError(error) ? error.details.failed : [];
}

function failure(body: Record<string, unknown>, lines: number, failed: LineFailure[], noun: string, placed: boolean): ErrorSpec<B2motorReason> {
  const applied = placed ? Math.max(lines - failed.length, 0) : 0;
  const first = failed.find((line) => line.message !== undefined || line.code !== undefined);
  const code = first?.code ?? (body.errorCode as string | number | undefined);
  const texts = [...new Set([...failed.map((f) => f.message), typeof body.errorMessage === 'string' && body.errorMessage !== '' ? body.errorMessage : undefined].filter((t): t is string => t !== undefined))];
  const summary = lines > 0 ? `${failed.length} of ${lines} ${noun} failed${applied > 0 ? `; ${applied} succeeded and were applied` : ''}` : 'the provider reported status 0';
  const details: B2motorLineErrorDetails = { result: body, failed, applied };
  return {
    code,
    message: texts.length > 0 ? `${summary} (${texts.join('; ')})` : summary,
    reason: applied > 0 ? 'partial_failure' : 'rejected',
    details,
  };
}

/**
 * For operations whose `status: 0` means failure (basket/add, edit, delete, clear). When some
 * lines were applied the error's reason is `partial_failure` (do not blindly retry); otherwise
 * `rejected`. `error.details` is `B2motorLineErrorDetails` (use `isB2motorLineError`).
 */
export function statusZeroFails(linesField?: string): Classifier<B2motorReason> {
  return (c) => {
    const general = classifyB2motor(c);
    const body = asRecord(c.body);
    const statusZero = body !== undefined && isZero(body.status);
    if (!statusZero || !c.ok || general?.kind === 'auth') return general;
    const rawLines = linesField ? body[linesField] : undefined;
    const lines = Array.isArray(rawLines) ? rawLines : rawLines ? [rawLines] : [];
    return failure(body, lines.length, lineFailures(lines), linesField ?? 'lines', true);
  };
}

/**
 * orders/add: an order that was placed is a result, even with `status: 0` (some lines were left
 * out); its `failed` lists them (decision 0040). Only an answer without a placed order is an error.
 */
export const classifyOrdersAdd: Classifier<B2motorReason> = (c) => {
  const general = classifyB2motor(c);
  const body = asRecord(c.body);
  if (!c.ok || body === undefined || general?.kind === 'auth') return general;
  const list = Array.isArray(body.orders) ? body.orders : body.orders ? [body.orders] : [];
  const placed = list.filter((o) => {
    const n = asRecord(o)?.number;
    return (typeof n === 'string' && n !== '') || typeof n === 'number';
  });
  if (placed.length > 0) return undefined;
  if (!isZero(body.status)) return general;
  const failed = orderLineFailures(body.orders);
  return failure(body, failed.length, failed, 'lines', false);
};
