// The node:http server's serialiser: `serializeResponse` as UTF-8 bytes. Node-only (Buffer), so
// it stays out of the modules the browser-bundled msw transport imports.
import type { MockResponse } from './types';
import { frozenText, serialize } from './respond';

/**
 * Body bytes (UTF-8) and headers for a mock response: what `serializeResponse` gives, encoded.
 * JSON arrays of frozen flat objects are joined from per-object cached bytes.
 *
 * @internal
 */
export function serializeResponseBytes(response: MockResponse): { body: Buffer | undefined; headers: Record<string, string> } {
  return serialize(response, (text) => Buffer.from(text), toJsonBytes);
}

/** The UTF-8 bytes of `toJson(value)`, joined from per-object bytes where `toJson` joins texts. */
function toJsonBytes(value: unknown): Buffer {
  if (!Array.isArray(value) || value.length === 0 || typeof (value as { toJSON?: unknown }).toJSON === 'function') return Buffer.from(JSON.stringify(value));
  const parts: Buffer[] = [OPEN];
  for (let i = 0; i < value.length; i++) {
    const bytes = frozenBytes(value[i]);
    if (bytes === undefined) return Buffer.from(JSON.stringify(value));
    if (i > 0) parts.push(COMMA);
    parts.push(bytes);
  }
  parts.push(CLOSE);
  return Buffer.concat(parts);
}

const OPEN = Buffer.from('[');
const COMMA = Buffer.from(',');
const CLOSE = Buffer.from(']');

/** Encoded texts of frozen flat objects (never handed out: `Buffer.concat` copies them). */
const frozenUtf8 = new WeakMap<object, Buffer>();

function frozenBytes(item: unknown): Buffer | undefined {
  const text = frozenText(item);
  if (text === undefined) return undefined;
  let bytes = frozenUtf8.get(item as object);
  if (bytes === undefined) frozenUtf8.set(item as object, (bytes = Buffer.from(text)));
  return bytes;
}
