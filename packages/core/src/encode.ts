// Wire encodings: path templates, query strings and form bodies (PHP-style brackets), multipart.

/** How arrays are written in query strings and form bodies. */
export type ArrayFormat =
  /** `id[0]=1&id[1]=2` (PHP indexed; b2motor's documented form) */
  | 'indexed'
  /** `id[]=1&id[]=2` */
  | 'brackets'
  /** `id=1&id=2` */
  | 'repeat'
  /** `id=1,2` */
  | 'comma';

/** Options for query and form encoding. */
export interface FormEncodingOptions {
  arrayFormat?: ArrayFormat;
  /** How booleans are written: `'true'`/`'false'` (default) or `'1'`/`'0'`. */
  booleans?: 'words' | 'digits';
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a string is well-formed UTF-16 (no unpaired surrogate), i.e. has a UTF-8 / percent-encoded form. */
export function isWellFormed(text: string): boolean {
  const native = (text as { isWellFormed?: () => boolean }).isWellFormed;
  return typeof native === 'function' ? native.call(text) : !LONE_SURROGATE.test(text);
}

/**
 * The dotted path of the first string (value or key) in `value` that is not well-formed UTF-16,
 * or undefined. Such strings cannot be percent-encoded (a raw URIError) or would be silently
 * altered in multipart bodies. Walks at most 64 levels and 100,000 values.
 */
export function findIllFormed(value: unknown, path = ''): string | undefined {
  let budget = 100_000;
  const walk = (v: unknown, at: string, depth: number): string | undefined => {
    if (budget-- <= 0 || depth > 64) return undefined;
    if (typeof v === 'string') return isWellFormed(v) ? undefined : at;
    if (v === null || typeof v !== 'object' || v instanceof Date || isBlob(v)) return undefined;
    const entries: Array<[string, unknown]> = Array.isArray(v) ? v.map((x, i) => [String(i), x]) : Object.entries(v as Record<string, unknown>);
    for (const [k, x] of entries) {
      const here = at ? `${at}.${isWellFormed(k) ? k : '?'}` : isWellFormed(k) ? k : '?';
      if (!isWellFormed(k)) return here;
      const found = walk(x, here, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return walk(value, path, 0);
}

/** Names of the `{placeholders}` in a path template. */
export function pathParams(template: string): string[] {
  return [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
}

/** Fill a path template; every value is percent-encoded as one path segment. */
export function fillPath(template: string, values: Record<string, unknown>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined || value === null || value === '') {
      throw new TypeError(`Missing path parameter "${name}"`);
    }
    return encodeURIComponent(String(value));
  });
}

/** Join a base URL and a path without doubling or losing the slash between them. */
export function joinURL(base: string, path: string): string {
  if (!path) return base;
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

function scalar(value: unknown, options: FormEncodingOptions): string {
  if (typeof value === 'boolean') return options.booleans === 'digits' ? (value ? '1' : '0') : String(value);
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/**
 * Flatten a value into name/value pairs with bracket notation for nesting
 * (`positions[0][brand]`). `undefined` and `null` are left out: query strings and forms have no null.
 */
export function toPairs(value: Record<string, unknown>, options: FormEncodingOptions = {}): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const format = options.arrayFormat ?? 'indexed';
  const walk = (name: string, v: unknown): void => {
    if (v === undefined || v === null) return;
    if (Array.isArray(v)) {
      if (format === 'comma' && v.every((x) => x === null || typeof x !== 'object')) {
        out.push([name, v.map((x) => scalar(x, options)).join(',')]);
        return;
      }
      v.forEach((item, i) => {
        const key = format === 'indexed' || (item !== null && typeof item === 'object') ? `${name}[${i}]` : format === 'brackets' ? `${name}[]` : name;
        walk(key, item);
      });
      return;
    }
    if (typeof v === 'object' && !(v instanceof Date)) {
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) walk(name ? `${name}[${k}]` : k, x);
      return;
    }
    out.push([name, scalar(v, options)]);
  };
  walk('', value);
  return out;
}

/** Percent-encode a query or form component; brackets in names stay readable (`a[0]`). */
function encodeComponent(text: string, keepBrackets: boolean): string {
  const encoded = encodeURIComponent(text);
  return keepBrackets ? encoded.replace(/%5B/gi, '[').replace(/%5D/gi, ']') : encoded;
}

/** Serialise pairs as `a=1&b[0]=2` (names keep their brackets, values are fully encoded). */
export function serializePairs(pairs: ReadonlyArray<readonly [string, string]>): string {
  return pairs.map(([k, val]) => `${encodeComponent(k, true)}=${encodeComponent(val, false)}`).join('&');
}

/** Encode an object as a query string (without the leading `?`). */
export function encodeQuery(value: Record<string, unknown>, options: FormEncodingOptions = {}): string {
  return serializePairs(toPairs(value, options));
}

/** Encode an object as an `application/x-www-form-urlencoded` body. */
export function encodeForm(value: Record<string, unknown>, options: FormEncodingOptions = {}): string {
  return serializePairs(toPairs(value, options)).replace(/%20/g, '+');
}

/** Encode an object as multipart form data; Blob and File values become file parts. */
export function encodeMultipart(value: Record<string, unknown>, options: FormEncodingOptions = {}): FormData {
  const form = new FormData();
  const files: Array<[string, Blob]> = [];
  const plain: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (isBlob(v)) files.push([key, v]);
    else plain[key] = v;
  }
  for (const [k, val] of toPairs(plain, options)) form.append(k, val);
  for (const [k, blob] of files) {
    const name = (blob as File).name || k;
    form.append(k, blob, name);
  }
  return form;
}

/** Whether a value is a Blob (or File) in any realm. */
export function isBlob(value: unknown): value is Blob {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Blob).arrayBuffer === 'function' &&
    typeof (value as Blob).type === 'string' &&
    typeof (value as Blob).size === 'number'
  );
}

/**
 * Parse `a[0][b]=1&a[1][b]=2&c[]=x` style pairs back into nested objects and arrays (the inverse of
 * `toPairs`). Objects whose keys are exactly 0..n-1 become arrays. Values stay strings.
 */
export function fromPairs(pairs: Iterable<readonly [string, unknown]>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of pairs) {
    const match = /^([^[\]]*)((?:\[[^[\]]*\])*)$/.exec(name);
    const keys = match ? [match[1] as string, ...[...(match[2] ?? '').matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1] as string)] : [name];
    let node: Record<string, unknown> = root;
    for (let i = 0; i < keys.length; i++) {
      let key = keys[i] as string;
      const last = i === keys.length - 1;
      if (key === '') key = String(Object.keys(node).length);
      if (last) {
        const prev = node[key];
        if (prev === undefined) node[key] = value;
        else if (Array.isArray(prev)) prev.push(value);
        else if (typeof prev !== 'object' || prev === null) node[key] = [prev, value];
      } else {
        const next = node[key];
        if (typeof next !== 'object' || next === null || Array.isArray(next)) node[key] = {};
        node = node[key] as Record<string, unknown>;
      }
    }
  }
  return arrayify(root) as Record<string, unknown>;
}

function arrayify(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(arrayify);
  if (!value || typeof value !== 'object' || isBlob(value)) return value;
  const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, arrayify(v)] as const);
  const isList = entries.length > 0 && entries.every(([k], i) => k === String(i));
  return isList ? entries.map(([, v]) => v) : Object.fromEntries(entries);
}

/** Parse a query string (with or without `?`) into nested values. */
export function decodeQuery(search: string): Record<string, unknown> {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  return fromPairs(params.entries());
}
