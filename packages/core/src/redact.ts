// Removes credentials from anything that may leave the SDK: messages, URLs, headers, bodies, logs.
//
// Linear and bounded by construction (decision 0010): known secrets are found with one automaton
// pass (Aho-Corasick, every form of every secret at once), sensitive `name=value` and
// `"name": "value"` fragments with one hand-written scan, and structured values are walked under a
// depth and node budget; what lies beyond the budget is replaced, never passed through.

/** Placeholder written where a secret was. */
export const REDACTED = '[REDACTED]';

/** Placeholder written where a structured value was cut off by the redaction limits. */
export const TRUNCATED = '[TRUNCATED]';

/**
 * How much of a structured value (a body, `details`) the redactor walks: objects and arrays nested
 * deeper than `maxDepth`, and everything after the first `maxNodes` values, are replaced by
 * `[TRUNCATED]`. Strings are always redacted in full (linear time).
 */
export const REDACTION_LIMITS = Object.freeze({ maxDepth: 32, maxNodes: 50_000 });

/**
 * Names that always hold secrets, matched case-insensitively anywhere in a key, header or query
 * parameter name: passwords (b2motor `userpassw`/`userpsw`, O!Market `password2`), tokens,
 * API keys, client secrets, OTP codes, cookies and the Authorization header.
 */
const SENSITIVE_NAME = /pass(w(or)?d|wd)?|psw|secret|token|api[-_]?key|authorization|cookie|^otp$|md5|signature/i;

// Work counter (characters and nodes visited), so tests can prove linearity without timing. @internal
let work = 0;
/** Total units of work the redactors of this module have done (characters scanned, nodes walked). @internal */
export function redactionWork(): number {
  return work;
}

/** Every form a secret may take on the wire or in a body: raw, percent-, form-, JSON-escaped, base64. */
function formsOf(secret: string): string[] {
  const out = [secret];
  try {
    const encoded = encodeURIComponent(secret);
    out.push(encoded, encoded.replace(/%20/g, '+'));
  } catch {
    // Ill-formed UTF-16 has no percent-encoded form.
  }
  const json = JSON.stringify(secret).slice(1, -1);
  out.push(json, json.replace(/\//g, '\\/'));
  const bytes = new TextEncoder().encode(secret);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  const b64 = btoa(binary);
  out.push(b64, b64.replace(/=+$/, ''), b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''));
  return out.filter((form) => form.length >= 4);
}

const fold = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/**
 * Finds every occurrence of any of a set of strings in one left-to-right pass (an Aho-Corasick
 * automaton compiled to a table), ASCII case-insensitively. Linear in the text whatever the
 * patterns are.
 */
class SecretMatcher {
  readonly #classOf: Uint16Array;
  readonly #width: number;
  readonly #delta: Int32Array;
  /** Length of the longest pattern that ends in each state (0: none). */
  readonly #longest: Int32Array;

  constructor(patterns: readonly string[]) {
    const classOf = new Uint16Array(65536);
    let width = 1; // class 0: every character no pattern uses
    for (const p of patterns) {
      for (let i = 0; i < p.length; i++) {
        const c = fold(p.charCodeAt(i));
        if (classOf[c] === 0) classOf[c] = width++;
      }
    }
    // Trie.
    const children: Array<Map<number, number>> = [new Map()];
    const ends: number[] = [0];
    for (const p of patterns) {
      let node = 0;
      for (let i = 0; i < p.length; i++) {
        const cls = classOf[fold(p.charCodeAt(i))]!;
        let next = children[node]!.get(cls);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          ends.push(0);
          children[node]!.set(cls, next);
        }
        node = next;
      }
      ends[node] = Math.max(ends[node]!, p.length);
    }
    // Breadth-first: failure links folded into a full transition table.
    const size = children.length;
    const delta = new Int32Array(size * width);
    const longest = Int32Array.from(ends);
    const fail = new Int32Array(size);
    const queue: number[] = [];
    for (const [cls, child] of children[0]!) {
      delta[cls] = child;
      queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      longest[node] = Math.max(longest[node]!, longest[fail[node]!]!);
      for (let cls = 0; cls < width; cls++) {
        const child = children[node]!.get(cls);
        if (child === undefined) {
          delta[node * width + cls] = delta[fail[node]! * width + cls]!;
        } else {
          fail[child] = delta[fail[node]! * width + cls]!;
          delta[node * width + cls] = child;
          queue.push(child);
        }
      }
    }
    this.#classOf = classOf;
    this.#width = width;
    this.#delta = delta;
    this.#longest = longest;
  }

  /** Replace every match (overlapping matches merged) with `replacement`. */
  replace(text: string, replacement: string): string {
    const classOf = this.#classOf;
    const delta = this.#delta;
    const longest = this.#longest;
    const width = this.#width;
    // Merged match intervals, kept on a stack: ends only grow, so merging is amortised O(1).
    const starts: number[] = [];
    const stops: number[] = [];
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = delta[state * width + classOf[fold(text.charCodeAt(i))]!]!;
      const length = longest[state]!;
      if (length === 0) continue;
      let start = i + 1 - length;
      while (stops.length > 0 && start <= stops[stops.length - 1]!) {
        start = Math.min(start, starts.pop()!);
        stops.pop();
      }
      starts.push(start);
      stops.push(i + 1);
    }
    work += text.length;
    if (starts.length === 0) return text;
    let out = '';
    let last = 0;
    for (let k = 0; k < starts.length; k++) {
      out += text.slice(last, starts[k]) + replacement;
      last = stops[k]!;
    }
    return out + text.slice(last);
  }
}

// Character classes of the name scanner.
const isPairNameChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45 || c === 91 || c === 93; // 0-9 A-Z a-z _ . - [ ]
const isJsonNameChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45;
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;
/** Ends a `name=value` value: `&`, whitespace, quotes, `<`, `>`. */
const isValueStop = (c: number): boolean => c === 38 || isSpace(c) || c === 34 || c === 39 || c === 60 || c === 62;
/** Ends a bare JSON value: `,`, `}`, `]`, whitespace. */
const isBareStop = (c: number): boolean => c === 44 || c === 125 || c === 93 || isSpace(c);

/** Redacts secrets by name and by value. One per client; secret values are added as they appear. */
export class Redactor {
  /** Exact names (lower-cased) beyond the built-in pattern. */
  readonly #names = new Set<string>();
  readonly #values = new Set<string>();
  #matcher: SecretMatcher | undefined;
  /** Verdicts on short names seen recently (bounded). */
  readonly #nameCache = new Map<string, boolean>();

  /** `extraNames` adds provider-specific sensitive names (exact, case-insensitive). */
  constructor(extraNames: readonly string[] = []) {
    for (const name of extraNames) this.addSensitiveName(name);
  }

  /** Treat another parameter or field name as secret (exact, case-insensitive). Idempotent. */
  addSensitiveName(name: string): void {
    this.#names.add(name.toLowerCase());
    this.#nameCache.clear();
  }

  /**
   * Remember a secret value (a password hash, a key, a token) so it is scrubbed from any text, in
   * every form: raw, percent- and form-encoded, JSON-escaped, base64 and base64url, ASCII
   * case-insensitively (an echoed md5 in upper case, `%2f` for `%2F`).
   */
  addSecret(value: string | undefined | null): void {
    // Values under 4 characters would scrub innocent text (and are not credentials anyone issues);
    // anything longer is scrubbed, even a 5-character key.
    if (typeof value !== 'string' || value.length < 4) return;
    this.#add(value);
    // `Bearer <token>`, `Basic <b64>`: a provider that echoes the bare credential must not leak it.
    const credential = /^[A-Za-z][\w.+-]*\s+(\S+)$/.exec(value.trim())?.[1];
    if (credential && credential.length >= 4) this.#add(credential);
  }

  #add(value: string): void {
    if (this.#values.has(value)) return;
    this.#values.add(value);
    this.#matcher = undefined;
  }

  /** Whether a key, header or parameter name holds a secret. */
  isSensitiveName(name: string): boolean {
    work += name.length;
    if (name.length > 64) return SENSITIVE_NAME.test(name) || this.#names.has(name.toLowerCase());
    let known = this.#nameCache.get(name);
    if (known === undefined) {
      known = SENSITIVE_NAME.test(name) || this.#names.has(name.toLowerCase());
      if (this.#nameCache.size >= 1024) this.#nameCache.clear();
      this.#nameCache.set(name, known);
    }
    return known;
  }

  /** Whether a known secret (in any form) occurs in `text`. */
  containsSecret(text: string): boolean {
    return this.#scrub(text) !== text;
  }

  #scrub(input: string): string {
    if (this.#values.size === 0) return input;
    this.#matcher ??= new SecretMatcher([...this.#values].flatMap(formsOf));
    return this.#matcher.replace(input, REDACTED);
  }

  /**
   * Replace every known secret value in free text (error messages, raw bodies), and mask the value
   * of `name=value` pairs and `"name": "value"` JSON fragments whose name is sensitive: a form- or
   * text-encoded body may carry a token the SDK has never seen. Linear in the text.
   */
  text(input: string): string {
    return this.#maskByName(this.#scrub(input));
  }

  /** One pass over the text: values of sensitive `name=value` pairs and `"name": value` fragments. */
  #maskByName(input: string): string {
    const n = input.length;
    let out = '';
    let last = 0; // input[last..] not copied to `out` yet
    let runStart = -1; // start of the pair-name run that ends at i
    let steps = 0;
    let i = 0;
    while (i < n) {
      steps++;
      const c = input.charCodeAt(i);
      if (isPairNameChar(c)) {
        if (runStart < 0) runStart = i;
        i++;
        continue;
      }
      if (c === 61 /* = */ && runStart >= 0 && this.#sensitivePairName(input.slice(runStart, i))) {
        let j = i + 1;
        while (j < n && !isValueStop(input.charCodeAt(j))) j++;
        steps += j - i;
        if (j > i + 1) {
          out += `${input.slice(last, i + 1)}${REDACTED}`;
          last = j;
          runStart = -1;
          i = j;
          continue;
        }
      } else if (c === 58 /* : */) {
        const end = this.#maskJsonValue(input, i, (from, to) => {
          out += `${input.slice(last, from)}${REDACTED}`;
          last = to;
        });
        steps += end - i;
        if (end > i) {
          runStart = -1;
          i = end;
          continue;
        }
      }
      runStart = -1;
      i++;
    }
    work += steps;
    return last === 0 ? input : out + input.slice(last);
  }

  #sensitivePairName(name: string): boolean {
    // `a[b][password]`: any bracket part may be the sensitive one.
    if (name.includes('[') || name.includes(']')) return name.split(/[[\]]/).some((part) => part !== '' && this.isSensitiveName(part));
    return this.isSensitiveName(name);
  }

  /**
   * At a `:` (index `colon`): when it follows `"name"` with a sensitive name, mask the value that
   * follows (a string, to its closing quote or to the end when the text was cut, or a bare number
   * or word other than null/true/false). Returns where scanning resumes (`colon` when nothing was
   * masked). The look-back never crosses the previous `:`, so all look-backs together are linear.
   */
  #maskJsonValue(input: string, colon: number, mask: (from: number, to: number) => void): number {
    let k = colon - 1;
    while (k >= 0 && isSpace(input.charCodeAt(k))) k--;
    if (k < 0 || input.charCodeAt(k) !== 34) return colon;
    const nameEnd = k;
    k--;
    while (k >= 0 && isJsonNameChar(input.charCodeAt(k))) k--;
    work += colon - k;
    if (k < 0 || input.charCodeAt(k) !== 34 || nameEnd - k - 1 <= 0) return colon;
    if (!this.isSensitiveName(input.slice(k + 1, nameEnd))) return colon;
    const n = input.length;
    let j = colon + 1;
    while (j < n && isSpace(input.charCodeAt(j))) j++;
    if (j < n && input.charCodeAt(j) === 34) {
      let m = j + 1;
      while (m < n) {
        const d = input.charCodeAt(m);
        if (d === 92 /* \ */) m += 2;
        else if (d === 34) break;
        else m++;
      }
      m = Math.min(m, n);
      if (m === j + 1) return colon; // "" stays visible: an empty value is no secret
      mask(j + 1, m);
      return m;
    }
    let m = j;
    while (m < n && !isBareStop(input.charCodeAt(m))) m++;
    const word = input.slice(j, m);
    if (m === j || word === 'null' || word === 'true' || word === 'false') return colon;
    mask(j, m);
    return m;
  }

  /** Free text that may embed URLs (error messages): each URL redacted, known secrets scrubbed. */
  message(input: string): string {
    // The URL pattern starts at a literal `http`, so the scan is linear; the text pass runs once.
    return this.text(input.replace(/https?:\/\/[^\s"'<>]+/g, (url) => this.#urlParts(url)));
  }

  /** Redact a URL: credentials in the authority and sensitive query parameters masked, known secrets scrubbed. */
  url(input: string | URL): string {
    return this.text(this.#urlParts(String(input)));
  }

  /** The URL-specific part of {@link url}: `user:pass@` and values of sensitive (even percent-encoded) query names. */
  #urlParts(raw: string): string {
    const scheme = raw.indexOf('://');
    if (scheme > 0 && scheme < 32) {
      const from = scheme + 3;
      let stop = from;
      while (stop < raw.length && !'/?#@'.includes(raw[stop]!) && !isSpace(raw.charCodeAt(stop))) stop++;
      if (raw[stop] === '@') raw = `${raw.slice(0, from)}${REDACTED}${raw.slice(stop)}`;
    }
    const q = raw.indexOf('?');
    if (q < 0) return raw;
    const hash = raw.indexOf('#', q);
    const query = raw.slice(q + 1, hash < 0 ? undefined : hash);
    // Plain `name=value` pairs are masked by the text pass; only encoded names need decoding here.
    if (!query.includes('%') && !query.includes('+')) return raw;
    const pairs = query.split('&').map((pair) => {
      const eq = pair.indexOf('=');
      if (eq < 0) return pair;
      const rawName = pair.slice(0, eq);
      let name = rawName;
      if (rawName.includes('%') || rawName.includes('+')) {
        try {
          name = decodeURIComponent(rawName.replace(/\+/g, ' '));
        } catch {
          // Malformed escapes: judge the raw name.
        }
      }
      return this.isSensitiveName(name) ? `${rawName}=${REDACTED}` : pair;
    });
    return `${raw.slice(0, q)}?${pairs.join('&')}${hash < 0 ? '' : raw.slice(hash)}`;
  }

  /** Redact headers into a plain object (sensitive names masked, names scrubbed of known secrets too). */
  headers(input: Headers | Record<string, string> | undefined): Record<string, string> {
    const out: Record<string, string> = {};
    if (!input) return out;
    const entries = input instanceof Headers ? [...input.entries()] : Object.entries(input);
    for (const [name, value] of entries) {
      setOwn(out, this.text(name), this.isSensitiveName(name) ? REDACTED : this.text(String(value)));
    }
    return out;
  }

  /**
   * Deep-redact a JSON-like value: values under sensitive keys masked, known secrets scrubbed from
   * every string and every key, circular references cut, and the walk bounded by
   * {@link REDACTION_LIMITS} (what lies beyond becomes `[TRUNCATED]`).
   */
  value<T>(input: T): T {
    return this.#walk(input, 0, { nodes: REDACTION_LIMITS.maxNodes }, new WeakSet()) as T;
  }

  #walk(input: unknown, depth: number, budget: { nodes: number }, ancestors: WeakSet<object>): unknown {
    if (typeof input === 'string') return this.text(input);
    if (input === null || typeof input !== 'object') return input;
    if (depth >= REDACTION_LIMITS.maxDepth || budget.nodes <= 0) return TRUNCATED;
    if (ancestors.has(input)) return '[Circular]';
    budget.nodes--;
    work++;
    if (input instanceof URLSearchParams) return this.url(`?${input.toString()}`).slice(1);
    if (typeof Blob !== 'undefined' && input instanceof Blob) return input;
    if (typeof FormData !== 'undefined' && input instanceof FormData) {
      const out: Record<string, unknown> = {};
      for (const [key, value] of input.entries()) {
        setOwn(out, this.text(key), this.isSensitiveName(key) ? REDACTED : typeof value === 'string' ? this.text(value) : `[file ${this.text(value.name)}]`);
      }
      return out;
    }
    ancestors.add(input);
    try {
      if (Array.isArray(input)) {
        const out: unknown[] = [];
        for (const item of input) {
          if (budget.nodes <= 0) {
            out.push(TRUNCATED);
            break;
          }
          budget.nodes--;
          out.push(this.#walk(item, depth + 1, budget, ancestors));
        }
        return out;
      }
      const out: Record<string, unknown> = {};
      const taken = new Map<string, number>();
      for (const key of Object.keys(input)) {
        if (budget.nodes <= 0) {
          setOwn(out, '…', TRUNCATED);
          break;
        }
        budget.nodes--;
        const value = (input as Record<string, unknown>)[key];
        // A key may itself be a secret (`{"error": {"<api key>": [...]}}`): scrub it, and keep
        // keys that collide after scrubbing apart (`[REDACTED]`, `[REDACTED]#2`, ...).
        let safeKey = this.text(key);
        if (Object.hasOwn(out, safeKey)) {
          let n = taken.get(safeKey) ?? 1;
          let candidate: string;
          do candidate = `${safeKey}#${++n}`;
          while (Object.hasOwn(out, candidate));
          taken.set(safeKey, n);
          safeKey = candidate;
        }
        const masked = this.isSensitiveName(key) && value !== null && value !== undefined && value !== '';
        setOwn(out, safeKey, masked ? REDACTED : this.#walk(value, depth + 1, budget, ancestors));
      }
      return out;
    } finally {
      ancestors.delete(input);
    }
  }
}

/** Set an own property, even `__proto__`, without touching the prototype. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
