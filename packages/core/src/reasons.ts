// A provider's reason union made checkable: the guard an SDK exports to narrow `error.reason`.
import { GENERIC_REASON, isApiError, isStableReason, type ApiError } from './errors';

/**
 * An ApiError (or AuthError, NotFoundError, RateLimitError) from one provider, its `reason` one of
 * that provider's documented reasons, or `undefined` when no reason was mapped.
 */
export type ProviderApiError<Reason extends string, Details = unknown> = ApiError<Details, Reason>;

/** A guard made by `providerErrorGuard` (`@x/core/provider`): narrows an unknown error to one provider's typed ApiError. */
export type ProviderErrorGuard<Reason extends string> = (error: unknown) => error is ProviderApiError<Reason>;

/**
 * The guard an SDK exports for its errors (`isB2motorError`): true for an ApiError of `provider`
 * whose `reason` is one of `reasons` or `undefined`, so the narrowed type never lies, whatever a
 * classifier or a custom auth strategy put there. The list must hold `GENERIC_REASON` (core puts it
 * on an error whose reason could not be kept) and only stable codes; a list that does not throws
 * when the SDK loads. Several lists may be given (a map's values, then core's reasons): they are
 * joined here, so the SDK's module has no spread that would keep an unused guard in a bundle.
 *
 * @example
 * export const B2MOTOR_REASONS = ['wrong_credentials', 'rejected', 'partial_failure', GENERIC_REASON] as const;
 * export const isB2motorError = providerErrorGuard('b2motor', B2MOTOR_REASONS);
 */
/* @__NO_SIDE_EFFECTS__ */
export function providerErrorGuard<const Reason extends string>(provider: string, ...lists: ReadonlyArray<readonly Reason[]>): ProviderErrorGuard<Reason> {
  const reasons = lists.flat();
  const bad = reasons.find((reason) => !isStableReason(reason));
  if (bad !== undefined) throw new TypeError(`providerErrorGuard ${provider}: "${bad}" is not a stable reason (lower-case snake_case, at most 48 characters)`);
  if (!(reasons as readonly string[]).includes(GENERIC_REASON)) throw new TypeError(`providerErrorGuard ${provider}: the reasons must include "${GENERIC_REASON}"`);
  const known: ReadonlySet<string> = new Set(reasons);
  return (error: unknown): error is ProviderApiError<Reason> => isApiError(error) && error.provider === provider && (error.reason === undefined || known.has(error.reason));
}
