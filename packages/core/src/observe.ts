// Observation: what hooks and loggers see of an attempt, always redacted, never able to break a call.
import type { ClientContext, Hooks, RequestInfo } from './pipeline-types';
import type { Redactor } from './redact';

/** A cause that keeps the name and a redacted message, never the original object (it may hold the URL). */
export function sanitizeCause(cause: unknown, redactor: Redactor): Error | undefined {
  if (!(cause instanceof Error)) return undefined;
  const inner = cause.cause instanceof Error ? `: ${cause.cause.message}` : '';
  const safe = new Error(redactor.message(`${cause.message}${inner}`));
  safe.name = cause.name;
  return safe;
}

/** Whether any hook or logger will read per-attempt info. */
export function observed(ctx: ClientContext): boolean {
  return Boolean(ctx.hooks.onRequest || ctx.hooks.onResponse || ctx.hooks.onError || ctx.logger);
}

export function notify<K extends keyof Hooks>(ctx: ClientContext, hook: K, info: Parameters<NonNullable<Hooks[K]>>[0] | undefined): void {
  const fn = ctx.hooks[hook] as ((info: unknown) => void) | undefined;
  if (!fn || info === undefined) return;
  try {
    fn(info);
  } catch (error) {
    ctx.logger?.warn?.(`hook ${hook} threw; ignored`, { error: error instanceof Error ? error.message : String(error) });
  }
}

/** The redacted facts of one attempt for hooks, or undefined when nobody observes (no redaction cost). */
export function attemptInfo(ctx: ClientContext, where: { provider: string; endpoint: string }, request: () => { method: string; url: string }, headers: Headers, attempt: number): RequestInfo | undefined {
  return observed(ctx) ? { ...where, ...request(), headers: ctx.redactor.headers(headers), attempt } : undefined;
}
