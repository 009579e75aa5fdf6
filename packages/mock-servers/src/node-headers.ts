// The request headers of a node:http request as a web `Headers`, without copying them on every
// request: most requests only ever have one or two headers looked up (`prefer`, `content-type`).

import { headerLines, TOKEN, trimOws } from './header-text';
/** What `Headers` strips from the ends of a value. */
const EDGE_WHITESPACE = /^[\t\n\r ]+|[\t\n\r ]+$/g;

/**
 * A `Headers` over node's raw header list (`IncomingMessage.rawHeaders`: name, value, name,
 * value ...) or over the header lines of a request head (the fast lane's, see `headerLines`).
 * `get` reads the source directly, with the same answer `Headers` gives (names
 * case-insensitive, repeated headers joined with `, `, cookies with `; `); every other method
 * first copies the source into the `Headers` itself, once, so from then on it is a plain `Headers`.
 *
 * @internal Used by the node:http adapter; a transport-level detail, not part of the API.
 */
export class NodeRequestHeaders extends Headers {
  #raw: readonly string[] | string | undefined;

  constructor(raw: readonly string[] | string) {
    super();
    this.#raw = raw;
  }

  /** Copy the source into the `Headers` (first use of anything but `get`). */
  #fill(): void {
    const source = this.#raw;
    if (source === undefined) return;
    this.#raw = undefined;
    const raw = typeof source === 'string' ? headerLines(source) : source;
    for (let i = 0; i + 1 < raw.length; i += 2) super.append(raw[i] as string, raw[i + 1] as string);
  }

  /**
   * The source (raw list or header lines) while nothing but `get` has been used (so it is still
   * the whole truth), else `undefined`. Lets the journal keep what node or the lane already
   * holds instead of this object.
   */
  source(): readonly string[] | string | undefined {
    return this.#raw;
  }

  override get(name: string): string | null {
    const raw = this.#raw;
    // An invalid name throws as in `Headers`.
    if (raw === undefined || typeof name !== 'string' || !TOKEN.test(name)) {
      this.#fill();
      return super.get(name);
    }
    const wanted = name.toLowerCase();
    const glue = wanted === 'cookie' ? '; ' : ', ';
    let out: string | null = null;
    if (typeof raw === 'string') {
      let at = 0;
      while (at < raw.length) {
        let end = raw.indexOf('\r\n', at);
        if (end < 0) end = raw.length;
        const colon = raw.indexOf(':', at);
        if (colon - at === wanted.length && raw.slice(at, colon).toLowerCase() === wanted) {
          const value = trimOws(raw, colon + 1, end);
          out = out === null ? value : `${out}${glue}${value}`;
        }
        at = end + 2;
      }
      return out;
    }
    for (let i = 0; i + 1 < raw.length; i += 2) {
      const key = raw[i] as string;
      if (key.length !== wanted.length || key.toLowerCase() !== wanted) continue;
      let value = raw[i + 1] as string;
      if (value !== '' && (value.charCodeAt(0) <= 32 || value.charCodeAt(value.length - 1) <= 32)) value = value.replace(EDGE_WHITESPACE, '');
      out = out === null ? value : `${out}${glue}${value}`;
    }
    return out;
  }

  override has(name: string): boolean {
    this.#fill();
    return super.has(name);
  }

  override getSetCookie(): string[] {
    this.#fill();
    return super.getSetCookie();
  }

  override forEach(callback: (value: string, key: string, parent: Headers) => void, thisArg?: unknown): void {
    this.#fill();
    super.forEach(callback, thisArg);
  }

  override entries(): ReturnType<Headers['entries']> {
    this.#fill();
    return super.entries();
  }

  override keys(): ReturnType<Headers['keys']> {
    this.#fill();
    return super.keys();
  }

  override values(): ReturnType<Headers['values']> {
    this.#fill();
    return super.values();
  }

  override [Symbol.iterator](): ReturnType<Headers['entries']> {
    this.#fill();
    return super[Symbol.iterator]();
  }

  override append(name: string, value: string): void {
    this.#fill();
    super.append(name, value);
  }

  override set(name: string, value: string): void {
    this.#fill();
    super.set(name, value);
  }

  override delete(name: string): void {
    this.#fill();
    super.delete(name);
  }
}
