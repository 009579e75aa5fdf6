// The HTTP server's serialiser: `serializeResponse` as UTF-8 bytes. Node-only (Buffer), so it
// stays out of the modules the browser-bundled msw transport imports.
import type { MockResponse } from './types';
import { frozenText, serialize } from './respond';

/**
 * Body bytes (UTF-8) and headers for a mock response: what `serializeResponse` gives, encoded.
 *
 * @internal
 */
export function serializeResponseBytes(response: MockResponse): { body: Buffer | undefined; headers: Record<string, string> } {
  const out = serializeResponseParts(response);
  return { body: out.parts === undefined ? undefined : Buffer.concat(out.parts, out.length), headers: out.headers };
}

/**
 * `serializeResponseBytes` with the body as parts to be written one after the other (`length`
 * bytes in all): a JSON array of frozen flat objects is its brackets, commas and each object's
 * cached bytes, so a writer that copies the body once anyway (the fast lane) copies it only once.
 * The parts are shared: never write into them.
 *
 * @internal
 */
export function serializeResponseParts(response: MockResponse): { parts: readonly Uint8Array[] | undefined; length: number; headers: Record<string, string> } {
  const out = serialize(response, (text) => [Buffer.from(text)], jsonParts);
  let length = 0;
  if (out.body) for (const part of out.body) length += part.byteLength;
  return { parts: out.body, length, headers: out.headers };
}

/** The UTF-8 bytes of `toJson(value)` in parts, taken from per-object bytes where `toJson` joins texts. */
function jsonParts(value: unknown): Uint8Array[] {
  if (!Array.isArray(value) || value.length === 0 || typeof (value as { toJSON?: unknown }).toJSON === 'function') return [Buffer.from(JSON.stringify(value))];
  const parts: Uint8Array[] = [OPEN];
  for (let i = 0; i < value.length; i++) {
    const bytes = frozenBytes(value[i]);
    if (bytes === undefined) return [Buffer.from(JSON.stringify(value))];
    if (i > 0) parts.push(COMMA);
    parts.push(bytes);
  }
  parts.push(CLOSE);
  return parts;
}

const OPEN = Buffer.from('[');
const COMMA = Buffer.from(',');
const CLOSE = Buffer.from(']');

/** Encoded texts of frozen flat objects (never handed out to be written into). */
const frozenUtf8 = new WeakMap<object, Buffer>();

function frozenBytes(item: unknown): Buffer | undefined {
  const text = frozenText(item);
  if (text === undefined) return undefined;
  let bytes = frozenUtf8.get(item as object);
  if (bytes === undefined) frozenUtf8.set(item as object, (bytes = Buffer.from(text)));
  return bytes;
}
