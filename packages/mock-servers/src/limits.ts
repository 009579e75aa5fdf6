// Limits that keep a mock responsive under hostile input: body size (413), nesting depth (400),
// and what the journal keeps of large values (it redacts on the request path).

/** Default largest request body a mock accepts, in bytes (10 MiB); larger ones get a 413. */
export const DEFAULT_BODY_LIMIT = 10 * 1024 * 1024;

/** Deepest nesting a decoded body or query may have; deeper ones get a 400. */
export const MAX_BODY_DEPTH = 64;

/** Longest string the journal keeps (longer ones are replaced by their length, not inspected). */
export const JOURNAL_STRING_LIMIT = 1024;

/** Most string characters the journal keeps of one request part (beyond it the part is summarised). */
export const JOURNAL_PART_LIMIT = 64 * 1024;

/** Thrown by `readLimited` when a body is larger than the limit. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`Request body is larger than ${limit} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

/**
 * Read a body stream into one buffer, stopping (and throwing `BodyTooLargeError`) as soon as more
 * than `limit` bytes arrived, so an oversized body is never buffered whole.
 */
export async function readLimited(source: AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | undefined> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const take = (chunk: Uint8Array): void => {
    size += chunk.byteLength;
    if (size > limit) throw new BodyTooLargeError(limit);
    chunks.push(chunk);
  };
  if (isReadableStream(source)) {
    const reader = source.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        take(value);
      }
    } catch (error) {
      // Not awaited: cancelling one branch of a tee'd stream (msw clones requests) settles only
      // when the other branch is cancelled too.
      reader.cancel().catch(() => undefined);
      throw error;
    } finally {
      reader.releaseLock();
    }
  } else {
    for await (const chunk of source) take(chunk);
  }
  if (chunks.length === 0) return undefined;
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

function isReadableStream(value: unknown): value is ReadableStream<Uint8Array> {
  return typeof (value as ReadableStream | undefined)?.getReader === 'function';
}

/** A declared `content-length` above the limit (answer 413 before reading anything). */
export function declaredTooLarge(contentLength: string | null | undefined, limit: number): boolean {
  if (!contentLength) return false;
  const length = Number(contentLength);
  return Number.isFinite(length) && length > limit;
}

/**
 * Whether JSON text nests deeper than `max` levels, by one scan of the text (brackets inside
 * strings do not count). Checked before `JSON.parse`, which takes ~200 ms on 100,000 levels.
 */
export function jsonNestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) {
      if (++depth > max) return true;
    } else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return false;
}

/** Whether a decoded value nests deeper than `max` levels (checked without recursion). */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (!node || typeof node !== 'object') continue;
    if (depth >= max) return true;
    if (typeof Blob !== 'undefined' && node instanceof Blob) continue;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (child && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}

/**
 * What the journal keeps of a decoded value before redacting it: strings longer than
 * `JOURNAL_STRING_LIMIT` become `[N characters]` (never inspected, so never half-shown), nesting
 * stops at 32 levels, and a part with more than `JOURNAL_PART_LIMIT` characters of text becomes a
 * one-line summary. Redaction then runs on a bounded amount of text whatever the request carried.
 */
export function journalSafe(value: unknown): unknown {
  let budget = JOURNAL_PART_LIMIT;
  const walk = (node: unknown, depth: number): unknown => {
    if (typeof node === 'string') {
      if (node.length > JOURNAL_STRING_LIMIT) return `[${node.length} characters]`;
      budget -= node.length;
      return node;
    }
    if (!node || typeof node !== 'object') return node;
    if (typeof Blob !== 'undefined' && node instanceof Blob) return node;
    if (depth >= 32) return '[nested too deep]';
    if (Array.isArray(node)) return node.map((item) => walk(item, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node)) out[key.length > JOURNAL_STRING_LIMIT ? `[${key.length} characters]` : key] = walk(child, depth + 1);
    return out;
  };
  const kept = walk(value, 0);
  return budget < 0 ? `[${JOURNAL_PART_LIMIT - budget} characters of text, not journaled]` : kept;
}
