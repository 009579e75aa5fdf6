// Helpers that span several calls: waiting for an import, uploading an image and waiting for it,
// closing offers with a report of the skipped ids. Each takes the configuration-only client and
// calls the standalone endpoint functions, so an app that imports one helper bundles the endpoints
// it uses and nothing else; the convenient client's methods are these same functions.
import { AbortError, ApiError, invalidInput, isSingleLine, RequestValidationError, TimeoutError, type CallOptions, type Redactor, type Runtime } from '@x/core/provider';
import { isBlob } from '@x/core/internal';
import { stateOf, type OnlinerSecondCore } from './core';
import type { OfferErrors } from './endpoints/import-report/errors';
import type { ImportReport } from './endpoints/import-report/get';
import { importReportErrors, importReportGet, offersClose, uploadImage, uploadStatus } from './functions';
import type { UploadTask } from './schemas/upload';
import { isFinishedImport } from './statuses';
import type { OnlinerSecondError, OnlinerSecondReason } from './classify';

const PROVIDER = 'onliner-second';

/** How long and how often to poll. */
export interface WaitOptions {
  /** Stop waiting (the current request is aborted too). */
  signal?: AbortSignal | undefined;
  /** Give up after this many ms in total (default 300000 = 5 min). */
  timeout?: number | undefined;
  /** First pause between polls in ms (default 1000, as the provider's own example polls). */
  interval?: number | undefined;
  /** Longest pause between polls in ms; pauses grow 1.5× up to it (default 10000). */
  maxInterval?: number | undefined;
  /** Extra headers for every request made while waiting. */
  headers?: Record<string, string> | undefined;
}

/** A finished import: its report and the offers it rejected (empty when none were). */
export interface ImportResult {
  report: ImportReport;
  /** Why each rejected offer was rejected (`importReport.errors`). */
  offerErrors: OfferErrors[];
}

/** What `closeOffers` did. */
export interface CloseResult {
  /** The provider's answer: the offers this call closed. */
  updated_offers: string[];
  /** Requested ids the provider skipped silently (unknown, not yours, or not closable). */
  skipped: string[];
}

/** Options of `uploadImage`. */
export interface UploadImageOptions extends WaitOptions {
  /** File name sent with the image (default: the File's own name, or "file"). */
  filename?: string | undefined;
}

/**
 * Call `check` until it returns a value, sleeping between calls with a growing pause (and before
 * the first call when `pauseFirst`). Throws TimeoutError when `timeout` has passed, AbortError when
 * `signal` fires.
 */
async function poll<T>(
  runtime: Runtime,
  what: { endpoint: string; subject: string; pauseFirst?: boolean },
  options: WaitOptions,
  check: () => Promise<T | undefined>,
): Promise<T> {
  const timeout = options.timeout ?? 300_000;
  const maxInterval = options.maxInterval ?? 10_000;
  let pause = Math.min(options.interval ?? 1_000, maxInterval);
  if (!(typeof timeout === 'number' && timeout > 0 && timeout <= 2_147_483_647) || !(typeof pause === 'number' && pause >= 0 && Number.isFinite(pause))) {
    throw invalid(what.endpoint, [{ path: 'timeout', message: 'timeout must be 1 to 2147483647 ms and interval / maxInterval finite and ≥ 0' }]);
  }
  const started = runtime.now();
  for (let first = true; ; first = false) {
    if (!first || !what.pauseFirst) {
      const done = await check();
      if (done !== undefined) return done;
    }
    const elapsed = runtime.now() - started;
    if (elapsed >= timeout) {
      throw new TimeoutError(`${PROVIDER} ${what.endpoint}: ${what.subject} not finished after ${timeout} ms`, { provider: PROVIDER, endpoint: what.endpoint, timeoutMs: timeout });
    }
    try {
      await runtime.sleep(Math.min(pause, timeout - elapsed), options.signal);
    } catch {
      throw new AbortError(`${PROVIDER} ${what.endpoint}: waiting for ${what.subject} was aborted`, { provider: PROVIDER, endpoint: what.endpoint });
    }
    pause = Math.min(pause * 1.5, maxInterval);
  }
}

/** A RequestValidationError of a helper: nothing was sent. */
function invalid(endpoint: string, issues: Array<{ path: string; message: string }>): RequestValidationError {
  return invalidInput(PROVIDER, endpoint, issues);
}

/** Helper options must be an object (or left out). */
function checkOptions(endpoint: string, options: unknown): void {
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) throw invalid(endpoint, [{ path: 'options', message: 'options must be an object' }]);
}

/**
 * Poll `importReport.get` (with backoff) until the import is `processed` or `failed`, then fetch
 * its per-offer errors. Resolves with both; a `failed` import resolves too (check
 * `report.status`). Throws TimeoutError after `timeout` (default 5 min), AbortError on `signal`.
 *
 * @example
 * const { id } = await sendOffers(core, { body: [offer] });
 * const { report, offerErrors } = await waitForImport(core, id);
 */
export async function waitForImport(core: OnlinerSecondCore, id: string, options: WaitOptions = {}): Promise<ImportResult> {
  const { runtime } = stateOf(core, 'importReport.get');
  checkOptions('importReport.get', options);
  const call: CallOptions = { signal: options.signal, headers: options.headers };
  const report = await poll(runtime, { endpoint: 'importReport.get', subject: `import ${id}` }, options, async () => {
    const current = await importReportGet(core, { id }, call);
    return isFinishedImport(current.status) ? current : undefined;
  });
  // No rejected offers: the list would be empty, save the request.
  const offerErrors = report.errors > 0 || report.status === 'failed' ? await importReportErrors(core, { id }, call) : [];
  return { report, offerErrors };
}

/**
 * Close offers and report which requested ids the provider skipped silently (unknown, not yours,
 * or not in a closable state): `skipped` = requested minus `updated_offers`.
 *
 * @example
 * const { skipped } = await closeOffers(core, ['1', '2']);
 */
export async function closeOffers(core: OnlinerSecondCore, offerIds: readonly string[], options?: CallOptions): Promise<CloseResult> {
  stateOf(core, 'offers.close');
  if (!Array.isArray(offerIds)) throw invalid('offers.close', [{ path: 'offer_ids', message: 'offer_ids must be a list (an array)' }]);
  const { updated_offers } = await offersClose(core, { offer_ids: [...offerIds] }, options);
  const updated = new Set(updated_offers);
  const skipped = [...new Set(offerIds)].filter((id) => !updated.has(id));
  return { updated_offers, skipped };
}

/**
 * Deep-redact what the upload host sent: every string as a message (URLs lose their `?token=`,
 * known secrets are scrubbed), then sensitive keys masked.
 */
function redactDeep(value: unknown, redactor: Redactor, depth = 0): unknown {
  if (typeof value === 'string') return redactor.message(value);
  if (depth > 32 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redactor, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = redactDeep(item, redactor, depth + 1);
  return depth === 0 ? redactor.value(out) : out;
}

/**
 * The ApiError for a task that ended badly. The task comes from the upload host, whose URLs carry
 * the token in `?token=`, so everything taken from it goes through the client's redactor, as the
 * pipeline does for its own errors.
 */
function processingFailed(task: UploadTask, message: string, redactor: Redactor): OnlinerSecondError {
  const errors = redactDeep(task.errors, redactor) as unknown[];
  return new ApiError<unknown, OnlinerSecondReason>(redactor.message(`${PROVIDER} upload.status: ${message}`), {
    status: 200,
    provider: PROVIDER,
    endpoint: 'upload.status',
    reason: 'image_processing_failed',
    providerMessage: errors.length > 0 ? errors.map((e) => (typeof e === 'string' ? e : JSON.stringify(e))).join('; ') : undefined,
    details: redactDeep({ id: task.id, status: task.status, errors: task.errors }, redactor),
  });
}

/** The size map of a finished task, `undefined` while it is still queued or processing. */
function finished(task: UploadTask, redactor: Redactor): Record<string, string> | undefined {
  if (task.status === 'error') throw processingFailed(task, `image ${task.id} could not be processed`, redactor);
  if (task.status !== 'processed') return undefined;
  if (Array.isArray(task.images) || Object.keys(task.images).length === 0) throw processingFailed(task, `image ${task.id} is processed but has no sizes`, redactor);
  return { ...task.images };
}

/**
 * Upload one image and wait until the upload host has processed it; resolves with the size map
 * (`1280x1280`, `x80`, `mobile_list` → URL) to put in an offer's `photos`. Throws an ApiError with
 * reason `image_processing_failed` when processing ends in `error`. (`uploadImage(core, { file })`
 * is the upload alone.)
 *
 * @example
 * const sizes = await uploadAndWait(core, new Blob([bytes], { type: 'image/jpeg' }), { filename: 'photo.jpg' });
 */
export async function uploadAndWait(core: OnlinerSecondCore, file: Blob, options: UploadImageOptions = {}): Promise<Record<string, string>> {
  // The client's redactor knows the tokens, which the upload host's URLs carry.
  const { runtime, redactor } = stateOf(core, 'upload.image');
  checkOptions('upload.image', options);
  if (!isBlob(file)) throw invalid('upload.image', [{ path: 'file', message: 'file must be a Blob or File' }]);
  if (options.filename !== undefined && (typeof options.filename !== 'string' || options.filename === '' || options.filename.length > 255 || !isSingleLine(options.filename))) {
    throw invalid('upload.image', [{ path: 'filename', message: 'filename must be one line of 1 to 255 characters' }]);
  }
  const call: CallOptions = { signal: options.signal, headers: options.headers };
  const named = options.filename !== undefined ? new File([file], options.filename, { type: file.type }) : file;
  const task = await uploadImage(core, { file: named }, call);
  const ready = finished(task, redactor);
  if (ready) return ready;
  // The provider's example waits a second before each status request.
  return poll(runtime, { endpoint: 'upload.status', subject: `image ${task.id}`, pauseFirst: true }, options, async () => finished(await uploadStatus(core, { id: task.id }, call), redactor));
}
