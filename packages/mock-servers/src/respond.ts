// Turning a MockResponse into bytes and headers, the same way for both transports.
import type { MockResponse } from './types';

/** Body text and headers for a mock response. */
export function serializeResponse(response: MockResponse): { body: string | undefined; headers: Record<string, string> } {
  return serialize(response, (text) => text, toJson);
}

/**
 * A response's headers (with the default content type) and its body through `text` or `json`.
 *
 * @internal Shared with the node:http serialiser (respond-bytes.ts).
 */
export function serialize<B>(response: MockResponse, text: (body: string) => B, json: (body: unknown) => B): { body: B | undefined; headers: Record<string, string> } {
  const headers: Record<string, string> = { ...response.headers };
  if (response.body === undefined || response.status === 204 || response.status === 304) return { body: undefined, headers };
  if (typeof response.body === 'string') {
    headers['content-type'] ??= 'text/plain; charset=utf-8';
    return { body: text(response.body), headers };
  }
  headers['content-type'] ??= 'application/json; charset=utf-8';
  return { body: json(response.body), headers };
}

/**
 * JSON text of frozen plain objects whose own values are all primitives, by object. Such an
 * object cannot change, so its text is made once (mocks that keep records' wire forms, such as
 * b2motor's offers, answer lists of them). `''` marks an object that does not qualify.
 */
const frozenJson = new WeakMap<object, string>();

/**
 * `JSON.stringify(value)`, with the text of each item of a top-level array taken from
 * `frozenJson` when every item is a frozen flat object; anything else goes to `JSON.stringify`
 * whole, so the text is always exactly what it would give.
 *
 * @internal
 */
export function toJson(value: unknown): string {
  if (!Array.isArray(value) || value.length === 0 || typeof (value as { toJSON?: unknown }).toJSON === 'function') return JSON.stringify(value);
  let out = '[';
  for (let i = 0; i < value.length; i++) {
    const text = frozenText(value[i]);
    if (text === undefined) return JSON.stringify(value);
    out += i === 0 ? text : `,${text}`;
  }
  return `${out}]`;
}

/** @internal The cached JSON text of a frozen flat object, or `undefined` for anything else. */
export function frozenText(item: unknown): string | undefined {
  if (item === null || typeof item !== 'object' || !Object.isFrozen(item)) return undefined;
  let text = frozenJson.get(item);
  if (text === undefined) {
    text = isFlatPlain(item) ? JSON.stringify(item) : '';
    frozenJson.set(item, text);
  }
  return text === '' ? undefined : text;
}

/** A plain object (or null-prototype one) of data properties holding primitives JSON writes the same every time. */
function isFlatPlain(item: object): boolean {
  const proto = Object.getPrototypeOf(item) as unknown;
  if ((proto !== Object.prototype && proto !== null) || Array.isArray(item) || 'toJSON' in item) return false;
  for (const descriptor of Object.values(Object.getOwnPropertyDescriptors(item))) {
    if (!('value' in descriptor)) return false;
    const type = typeof descriptor.value;
    if (descriptor.value !== null && type !== 'string' && type !== 'number' && type !== 'boolean' && type !== 'undefined') return false;
  }
  return true;
}
