// The request headers of a node:http request as a web `Headers`, without copying them on every
// request: most requests only ever have one or two headers looked up (`prefer`, `content-type`).

/** A header name `Headers` accepts (an HTTP token). */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** What `Headers` strips from the ends of a value. */
const EDGE_WHITESPACE = /^[\t\n\r ]+|[\t\n\r ]+$/g;

/**
 * A `Headers` over node's raw header list (`IncomingMessage.rawHeaders`: name, value, name,
 * value ...). `get` reads the raw list directly, with the same answer `Headers` gives (names
 * case-insensitive, repeated headers joined with `, `, cookies with `; `); every other method
 * first copies the list into the `Headers` itself, once, so from then on it is a plain `Headers`.
 *
 * @internal Used by the node:http adapter; a transport-level detail, not part of the API.
 */
export class NodeRequestHeaders extends Headers {
  #raw: readonly string[] | undefined;

  constructor(raw: readonly string[]) {
    super();
    this.#raw = raw;
  }

  /** Copy the raw list into the `Headers` (first use of anything but `get`). */
  #fill(): void {
    const raw = this.#raw;
    if (raw === undefined) return;
    this.#raw = undefined;
    for (let i = 0; i + 1 < raw.length; i += 2) super.append(raw[i] as string, raw[i + 1] as string);
  }

  /**
   * The raw list while nothing but `get` has been used (so it is still the whole truth), else
   * `undefined`. Lets the journal keep the list node already holds instead of this object.
   */
  rawList(): readonly string[] | undefined {
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
    let out: string | null = null;
    for (let i = 0; i + 1 < raw.length; i += 2) {
      const key = raw[i] as string;
      if (key.length !== wanted.length || key.toLowerCase() !== wanted) continue;
      let value = raw[i + 1] as string;
      if (value !== '' && (value.charCodeAt(0) <= 32 || value.charCodeAt(value.length - 1) <= 32)) value = value.replace(EDGE_WHITESPACE, '');
      out = out === null ? value : `${out}${wanted === 'cookie' ? '; ' : ', '}${value}`;
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
