// addAll / updateAll: split any number of items into calls of at most 100. Each call is its own
// transaction on the provider's side, so the whole is NOT atomic: the result says, chunk by chunk,
// what was confirmed, what failed (with the error) and what was never sent.
import * as v from 'valibot';
import {
  isSdkError,
  RequestValidationError,
  toIssues,
  toStrictInput,
  type AnyEndpoint,
  type CallOptions,
  type ValidationIssue,
} from '@x/core';
import { QUINCE_MAX_BATCH } from './schemas/common';

/** Options of `addAll` / `updateAll` (plus the usual per-call options, applied to every chunk). */
export interface BatchOptions extends CallOptions {
  /** Items per call, 1 to 100 (default 100, the provider's maximum). */
  chunkSize?: number | undefined;
  /**
   * Keep sending the next chunks after one fails (default `false`: stop, and report the rest as
   * `skipped`). Either way nothing is rolled back: chunks that succeeded stay applied.
   */
  continueOnError?: boolean | undefined;
}

interface ChunkBase<Item> {
  /** 0-based chunk number. */
  index: number;
  /** Index of the chunk's first item in the array given to the helper. */
  start: number;
  /** Index after the chunk's last item. */
  end: number;
  /** The chunk's items. */
  items: Item[];
}

/** A chunk the provider confirmed; `ids` are the ids it answered, in its order. */
export interface SucceededChunk<Item> extends ChunkBase<Item> {
  status: 'succeeded';
  ids: number[];
}

/** A chunk that failed; `error` is what the call threw. */
export interface FailedChunk<Item> extends ChunkBase<Item> {
  status: 'failed';
  error: unknown;
  /**
   * Whether the chunk may still have been applied: `'no'` when the provider answered a failure on
   * an all-or-nothing update or the request provably never left; `'unknown'` when the answer was
   * lost (timeout, dropped connection, abort) or the operation's atomicity is undocumented (add).
   */
  applied: 'no' | 'unknown';
}

/** A chunk that was never sent, because an earlier one failed or the call was aborted. */
export interface SkippedChunk<Item> extends ChunkBase<Item> {
  status: 'skipped';
}

/** The outcome of one chunk. */
export type BatchChunk<Item> = SucceededChunk<Item> | FailedChunk<Item> | SkippedChunk<Item>;

/**
 * What `addAll` / `updateAll` did. NOT atomic: when `ok` is false, the chunks in `succeeded` were
 * applied and stay applied; look at `failed` (with their errors) and `skipped` for the rest.
 */
export interface BatchResult<Item> {
  /** `true` only when every chunk succeeded. */
  ok: boolean;
  /** Always `false`: each chunk is a separate provider call. */
  atomic: false;
  /** Ids answered for the succeeded chunks, chunk after chunk. */
  ids: number[];
  /** Every chunk in order. */
  chunks: BatchChunk<Item>[];
  /** Chunks the provider confirmed. */
  succeeded: SucceededChunk<Item>[];
  /** Chunks that failed, with their errors. */
  failed: FailedChunk<Item>[];
  /** Chunks that were not sent. */
  skipped: SkippedChunk<Item>[];
  /** Items of failed and skipped chunks: nothing confirms they were applied. */
  unconfirmed: Item[];
}

/** A write method of the client (`services.add`, `services.folders.update`...). */
export interface WriteMethod<Item> {
  (input: { array: Item[] }, options?: CallOptions): Promise<{ data: ReadonlyArray<{ Id: number }> }>;
  readonly endpoint: AnyEndpoint;
  readonly key: string;
}

/** How a write endpoint behaves when it answers a failure. */
export type WriteKind = 'add' | 'update';

/** Split into chunks of `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Validate every chunk up front so that bad input anywhere means nothing is sent at all. */
function validateAll(method: WriteMethod<never>, chunks: unknown[][], size: number, helper: string): void {
  const body = method.endpoint.request?.body;
  if (!body) return;
  const schema = toStrictInput(body);
  const issues: ValidationIssue[] = [];
  chunks.forEach((items, index) => {
    const result = v.safeParse(schema, { array: items });
    if (result.success) return;
    for (const issue of toIssues(result.issues)) {
      // Renumber `array.<i>` to the item's index in the caller's array.
      const path = issue.path.replace(/^array\.(\d+)/, (_, i: string) => `array.${index * size + Number(i)}`);
      issues.push({ path, message: issue.message, ...(issue.expected ? { expected: issue.expected } : {}) });
    }
  });
  if (issues.length === 0) return;
  const shown = issues.slice(0, 3).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
  const more = issues.length > 3 ? ` (+${issues.length - 3} more)` : '';
  throw new RequestValidationError(`quince ${helper}: invalid input: ${shown.join('; ')}${more}. Nothing was sent.`, {
    provider: 'quince',
    endpoint: method.key,
    issues,
  });
}

function appliedAfter(error: unknown, kind: WriteKind): 'no' | 'unknown' {
  if (!isSdkError(error)) return 'unknown';
  switch (error.kind) {
    case 'request_validation':
      return 'no';
    case 'network':
      return (error as { requestSent?: boolean }).requestSent === false ? 'no' : 'unknown';
    case 'api':
    case 'auth':
    case 'not_found':
    case 'rate_limit':
      // Updates are documented as all-or-nothing; adds say nothing about partial success.
      return kind === 'update' ? 'no' : 'unknown';
    default:
      return 'unknown';
  }
}

/**
 * Send `items` in chunks of at most 100 through a write method, one call after the other. Every
 * chunk is validated before the first is sent (a RequestValidationError means nothing was sent).
 * Never throws for a failed chunk: read `result.ok`, `result.failed` and `result.skipped`.
 */
export async function runBatch<Item>(
  method: WriteMethod<Item>,
  items: readonly Item[],
  kind: WriteKind,
  helper: string,
  options: BatchOptions = {},
): Promise<BatchResult<Item>> {
  const { chunkSize = QUINCE_MAX_BATCH, continueOnError = false, ...callOptions } = options;
  if (!Array.isArray(items)) {
    throw new RequestValidationError(`quince ${helper}: expected an array of items. Nothing was sent.`, { provider: 'quince', endpoint: method.key, issues: [{ path: '', message: 'Expected an array' }] });
  }
  if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > QUINCE_MAX_BATCH) {
    throw new RequestValidationError(`quince ${helper}: chunkSize must be an integer from 1 to ${QUINCE_MAX_BATCH}. Nothing was sent.`, {
      provider: 'quince',
      endpoint: method.key,
      issues: [{ path: 'chunkSize', message: `Expected 1 to ${QUINCE_MAX_BATCH}` }],
    });
  }
  const parts = chunk(items, chunkSize);
  validateAll(method, parts, chunkSize, helper);

  const chunks: BatchChunk<Item>[] = [];
  let stop = false;
  for (const [index, part] of parts.entries()) {
    const base = { index, start: index * chunkSize, end: index * chunkSize + part.length, items: part };
    if (stop || callOptions.signal?.aborted) {
      chunks.push({ ...base, status: 'skipped' });
      continue;
    }
    try {
      const result = await method({ array: part }, callOptions);
      chunks.push({ ...base, status: 'succeeded', ids: (result?.data ?? []).map((d) => d.Id) });
    } catch (error) {
      chunks.push({ ...base, status: 'failed', error, applied: appliedAfter(error, kind) });
      if (!continueOnError) stop = true;
    }
  }
  const succeeded = chunks.filter((c): c is SucceededChunk<Item> => c.status === 'succeeded');
  const failed = chunks.filter((c): c is FailedChunk<Item> => c.status === 'failed');
  const skipped = chunks.filter((c): c is SkippedChunk<Item> => c.status === 'skipped');
  return {
    ok: failed.length === 0 && skipped.length === 0,
    atomic: false,
    ids: succeeded.flatMap((c) => c.ids),
    chunks,
    succeeded,
    failed,
    skipped,
    unconfirmed: chunks.filter((c) => c.status !== 'succeeded').flatMap((c) => c.items),
  };
}
