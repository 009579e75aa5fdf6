// addAll / updateAll: split any number of items into calls of at most 100. Each call is its own
// transaction on the provider's side, so the whole is NOT atomic: the result says, chunk by chunk,
// what was confirmed, what the provider accepted without a full confirmation, what failed (with the
// error) and what was never sent.
import * as v from 'valibot';
import {
  asRecord,
  isResponseValidationError,
  invalidInput,
  isSdkError,
  RequestValidationError,
  type AnyEndpoint,
  type CallOptions,
  type ValidationIssue,
  inputShapeIssues,
  wireValueIssues,
} from '@x/core/provider';
import { toIssues, toStrictInput, CallOptionsSchema } from '@x/core/internal';
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

/**
 * A chunk the provider confirmed: it answered `success: true` with one valid id per item sent, so
 * `ids[i]` is the id of `items[i]` (in the provider's order).
 */
export interface SucceededChunk<Item> extends ChunkBase<Item> {
  status: 'succeeded';
  ids: number[];
}

/**
 * A chunk the provider answered `success: true` for, but whose answer does not confirm every item:
 * - `reason: 'ids_mismatch'`: the answer holds a different number of ids than items were sent;
 *   `applied: 'unknown'` (some items may not have been applied), and `ids` cannot be paired with
 *   `items` by position;
 * - `reason: 'invalid_response'`: the answer failed response validation (`error` is the
 *   ResponseValidationError); the provider said success, so `applied: 'yes'`: do not re-send these
 *   items (that would duplicate them). `ids` holds the ids that could still be read.
 */
export interface UnverifiedChunk<Item> extends ChunkBase<Item> {
  status: 'unverified';
  reason: 'ids_mismatch' | 'invalid_response';
  applied: 'yes' | 'unknown';
  /** Ids read from the answer; not necessarily one per item. */
  ids: number[];
  /** The ResponseValidationError, for `invalid_response`. */
  error?: unknown;
}

/** A chunk that failed; `error` is what the call threw. */
export interface FailedChunk<Item> extends ChunkBase<Item> {
  status: 'failed';
  error: unknown;
  /**
   * Whether the chunk may still have been applied: `'no'` when the request provably never left, or
   * when an all-or-nothing update was refused by the provider itself (a `success: false` answer, or
   * a 4xx status); `'unknown'` when the answer was lost (timeout, dropped connection, abort), when
   * a 5xx came without the provider's envelope (a proxy's 502/504 says nothing about the
   * provider), or when the operation's atomicity is undocumented (add).
   */
  applied: 'no' | 'unknown';
}

/** A chunk that was never sent, because an earlier one failed or the call was aborted. */
export interface SkippedChunk<Item> extends ChunkBase<Item> {
  status: 'skipped';
}

/** The outcome of one chunk. */
export type BatchChunk<Item> = SucceededChunk<Item> | UnverifiedChunk<Item> | FailedChunk<Item> | SkippedChunk<Item>;

/**
 * What `addAll` / `updateAll` did. NOT atomic: when `ok` is false, the chunks in `succeeded` were
 * applied and stay applied; look at `unverified`, `failed` (with their errors) and `skipped` for
 * the rest.
 */
export interface BatchResult<Item> {
  /** `true` only when every chunk succeeded (confirmed with one id per item). */
  ok: boolean;
  /** Always `false`: each chunk is a separate provider call. */
  atomic: false;
  /** Ids answered for the succeeded chunks, chunk after chunk (one per item of those chunks). */
  ids: number[];
  /** Every chunk in order. */
  chunks: BatchChunk<Item>[];
  /** Chunks the provider confirmed. */
  succeeded: SucceededChunk<Item>[];
  /** Chunks the provider said `success: true` for without a full confirmation; see `applied`. */
  unverified: UnverifiedChunk<Item>[];
  /** Chunks that failed, with their errors. */
  failed: FailedChunk<Item>[];
  /** Chunks that were not sent. */
  skipped: SkippedChunk<Item>[];
  /**
   * Items that nothing confirms were applied: those of failed and skipped chunks and of unverified
   * chunks with `applied: 'unknown'`. Check the `applied` of their chunk before re-sending.
   */
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
    // What the pipeline would refuse later (own `__proto__` keys, Infinity, lone surrogates) is
    // refused here too, so no chunk goes out before a later one is found invalid.
    const shape = inputShapeIssues({ array: items });
    const result = shape.length > 0 ? undefined : v.safeParse(schema, { array: items });
    const found = shape.length > 0 ? shape : result!.success ? wireValueIssues(result!.output, 'json') : toIssues(result!.issues);
    for (const issue of found) {
      // Renumber `array.<i>` to the item's index in the caller's array.
      const path = issue.path.replace(/^array\.(\d+)/, (_, i: string) => `array.${index * size + Number(i)}`);
      issues.push({ path, message: issue.message, ...(issue.expected ? { expected: issue.expected } : {}) });
    }
  });
  if (issues.length === 0) return;
  throw invalidInput('quince', method.key, issues, helper);
}


/** Whether an answer body is the provider's envelope with this `success` value. */
function saidSuccess(body: unknown, success: boolean): boolean {
  const value = asRecord(body)?.success;
  return value === success || value === String(success);
}

function appliedAfter(error: unknown, kind: WriteKind): 'no' | 'unknown' {
  if (!isSdkError(error)) return 'unknown';
  switch (error.kind) {
    case 'request_validation':
    case 'auth_setup':
      // Nothing was sent: the input was refused, or the credentials could not be set up.
      return 'no';
    case 'network':
      return (error as { requestSent?: boolean }).requestSent === false ? 'no' : 'unknown';
    case 'api':
    case 'auth':
    case 'not_found':
    case 'rate_limit': {
      // Adds say nothing about partial success.
      if (kind === 'add') return 'unknown';
      // Updates are documented as all-or-nothing, so the provider's own refusal means nothing was
      // changed: a `success: false` answer (any status) or a 4xx. A 5xx without the envelope may
      // come from a proxy that gave up while the provider went on.
      const { status, body } = error as { status?: number; body?: unknown };
      if (saidSuccess(body, false)) return 'no';
      return status !== undefined && status >= 400 && status < 500 ? 'no' : 'unknown';
    }
    default:
      return 'unknown';
  }
}

/** One id as the provider may write it in a write result (`Id`, `id` or `ID`; numbers or digit strings). */
function readId(item: unknown): number | undefined {
  const obj = asRecord(item);
  const raw = obj ? (obj.Id ?? obj.id ?? obj.ID) : undefined;
  const id = typeof raw === 'string' && /^\s*\d+\s*$/.test(raw) ? Number(raw) : raw;
  return typeof id === 'number' && Number.isInteger(id) && id > 0 ? id : undefined;
}

/** The ids that can be read from a `success: true` answer (validated, unvalidated or invalid). */
function readableIds(body: unknown): number[] {
  const data = asRecord(body)?.data;
  return Array.isArray(data) ? data.map(readId).filter((id): id is number => id !== undefined) : [];
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
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new RequestValidationError(`quince ${helper}: options must be an object. Nothing was sent.`, { provider: 'quince', endpoint: method.key, issues: [{ path: 'options', message: 'Expected an object' }] });
  }
  const { chunkSize = QUINCE_MAX_BATCH, continueOnError = false, ...callOptions } = options;
  // Bad call options would fail every chunk alike: refuse them up front, nothing sent.
  const checkedOptions = v.safeParse(CallOptionsSchema, callOptions);
  if (!checkedOptions.success) {
    const issues = toIssues(checkedOptions.issues, { quoteValues: false }).map((i) => ({ ...i, path: i.path ? `options.${i.path}` : 'options' }));
    throw new RequestValidationError(`quince ${helper}: invalid call options: ${issues.map((i) => `${i.path}: ${i.message}`).slice(0, 3).join('; ')}. Nothing was sent.`, { provider: 'quince', endpoint: method.key, issues });
  }
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
      const ids = readableIds(result);
      // Success confirms the chunk only with one id per item sent.
      chunks.push(ids.length === part.length ? { ...base, status: 'succeeded', ids } : { ...base, status: 'unverified', reason: 'ids_mismatch', applied: 'unknown', ids });
    } catch (error) {
      if (isResponseValidationError(error) && saidSuccess(error.body, true)) {
        // The provider said success: the chunk was applied, only its answer is not as documented.
        chunks.push({ ...base, status: 'unverified', reason: 'invalid_response', applied: 'yes', ids: readableIds(error.body), error });
        continue;
      }
      chunks.push({ ...base, status: 'failed', error, applied: appliedAfter(error, kind) });
      if (!continueOnError) stop = true;
    }
  }
  const succeeded = chunks.filter((c): c is SucceededChunk<Item> => c.status === 'succeeded');
  const unverified = chunks.filter((c): c is UnverifiedChunk<Item> => c.status === 'unverified');
  const failed = chunks.filter((c): c is FailedChunk<Item> => c.status === 'failed');
  const skipped = chunks.filter((c): c is SkippedChunk<Item> => c.status === 'skipped');
  return {
    ok: succeeded.length === chunks.length,
    atomic: false,
    ids: succeeded.flatMap((c) => c.ids),
    chunks,
    succeeded,
    unverified,
    failed,
    skipped,
    unconfirmed: chunks.filter((c) => c.status !== 'succeeded' && !(c.status === 'unverified' && c.applied === 'yes')).flatMap((c) => c.items),
  };
}
