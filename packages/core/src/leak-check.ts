// Leak checks for tests: serialise an error every way a user could, and look for a secret in every
// form it could travel in. Used by core's own tests and by every provider's property tests.

/** One way a secret can be written. */
export type SecretForm = 'raw' | 'url-encoded' | 'form-encoded' | 'base64' | 'base64url' | 'md5';

/** A place where a secret was found. */
export interface Leak {
  /** Index of the secret in the list given to {@link findSecrets}. */
  secret: number;
  /** The form it was found in. */
  form: SecretForm;
  /** Where: `message`, `String`, `stack`, `toJSON`, `JSON.stringify`, `inspect`, `cause[1].message`, `body`, `lines[3]`, ... */
  where: string;
}

/** Options of {@link findSecrets} and {@link expectNoSecret}. */
export interface LeakCheckOptions {
  /**
   * Other things users see besides the error: hook payloads, logger calls (see
   * {@link captureObservations}). Each one is serialised like the error.
   */
  lines?: readonly unknown[] | undefined;
  /** Also look for the md5 hex digest of each secret (b2motor sends the md5 of the password). Node only. */
  md5?: boolean | undefined;
  /** Secrets shorter than this are not looked for (they would match innocent text). Default 4, like the redactor. */
  minLength?: number | undefined;
}

type NodeUtil = { inspect(value: unknown, options: Record<string, unknown>): string };
type NodeCrypto = { createHash(algorithm: string): { update(data: string): { digest(encoding: string): string } } };

/** A Node built-in without a static import, so this module still loads in browsers. */
function builtin<T>(name: string): T | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return proc?.getBuiltinModule?.(name) as T | undefined;
}

function base64(text: string, url: boolean): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  const b64 = btoa(binary);
  return url ? b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '') : b64;
}

function safeEncode(text: string): string | undefined {
  try {
    return encodeURIComponent(text);
  } catch {
    return undefined; // an ill-formed string has no percent-encoded form
  }
}

/**
 * Every form a secret may travel in: raw, percent-encoded (`encodeURIComponent`), form-encoded
 * (`+` for spaces), base64 and base64url of its UTF-8 bytes, and optionally the md5 hex digest.
 * For HTTP Basic, pass `"user:password"` as a secret: its base64 form is the header's credential.
 */
export function secretForms(secret: string, options: { md5?: boolean | undefined } = {}): Array<{ form: SecretForm; text: string }> {
  const out: Array<{ form: SecretForm; text: string }> = [{ form: 'raw', text: secret }];
  const encoded = safeEncode(secret);
  if (encoded !== undefined) {
    out.push({ form: 'url-encoded', text: encoded });
    out.push({ form: 'form-encoded', text: encoded.replace(/%20/g, '+') });
  }
  out.push({ form: 'base64', text: base64(secret, false) });
  out.push({ form: 'base64url', text: base64(secret, true) });
  if (options.md5) {
    const crypto = builtin<NodeCrypto>('node:crypto');
    if (!crypto) throw new Error('secretForms: md5 needs node:crypto');
    out.push({ form: 'md5', text: crypto.createHash('md5').update(secret).digest('hex') });
  }
  // A form identical to an earlier one (a secret with nothing to encode) is checked once.
  const seen = new Set<string>();
  return out.filter(({ text }) => (seen.has(text) ? false : (seen.add(text), true)));
}

/** JSON that never throws: cycles, BigInt and functions are written as markers. */
function safeJSON(value: unknown): string {
  const seen = new WeakSet<object>();
  try {
    return (
      JSON.stringify(value, (_key, v: unknown) => {
        if (typeof v === 'bigint') return `${v}n`;
        if (typeof v === 'function' || typeof v === 'symbol') return String(v);
        if (v && typeof v === 'object') {
          if (seen.has(v)) return '[Circular]';
          seen.add(v);
        }
        return v;
      }) ?? String(value)
    );
  } catch (error) {
    return `[unserialisable: ${error instanceof Error ? error.name : typeof error}]`;
  }
}

function attempt(run: () => unknown): string {
  try {
    const value = run();
    return typeof value === 'string' ? value : safeJSON(value);
  } catch (error) {
    return `[threw ${error instanceof Error ? error.name : typeof error}]`;
  }
}

/**
 * Every text a user can get out of a value: for an error its `message`, `String(e)`, `stack`,
 * `toJSON()`, `JSON.stringify(e)`, `util.inspect` with hidden fields (Node), each own property
 * (enumerable or not, symbols too: `body`, `details`, `request`, `issues`, `code`, `reason`, ...),
 * and the same for every error in its `cause` chain. Anything else is serialised with JSON and
 * `util.inspect`.
 */
export function serializations(value: unknown, label = ''): Array<{ where: string; text: string }> {
  const out: Array<{ where: string; text: string }> = [];
  const util = builtin<NodeUtil>('node:util');
  const add = (where: string, run: () => unknown): void => {
    out.push({ where: label ? `${label}.${where}` : where, text: attempt(run) });
  };
  let current: unknown = value;
  for (let depth = 0; depth < 16; depth++) {
    const prefix = depth === 0 ? '' : `cause[${depth}].`;
    const node = current;
    if (node instanceof Error) {
      add(`${prefix}message`, () => node.message);
      add(`${prefix}String`, () => String(node));
      add(`${prefix}stack`, () => node.stack ?? '');
      if (typeof (node as { toJSON?: unknown }).toJSON === 'function') add(`${prefix}toJSON`, () => safeJSON((node as unknown as { toJSON(): unknown }).toJSON()));
      add(`${prefix}JSON.stringify`, () => safeJSON(node));
      for (const key of Reflect.ownKeys(node)) {
        add(`${prefix}${String(key)}`, () => (node as unknown as Record<PropertyKey, unknown>)[key]);
      }
    } else {
      add(`${prefix}String`, () => String(node));
      add(`${prefix}JSON.stringify`, () => safeJSON(node));
    }
    if (util) add(`${prefix}inspect`, () => util.inspect(node, { showHidden: true, depth: null, getters: true, maxArrayLength: null, maxStringLength: null, breakLength: Infinity }));
    if (!(node && typeof node === 'object' && 'cause' in node)) break;
    current = (node as { cause?: unknown }).cause;
    if (current === undefined) break;
  }
  return out;
}

/**
 * Look for secrets in every serialisation of `subject` (usually an error) and of `options.lines`.
 * Returns the leaks found (empty when clean); see {@link expectNoSecret} for the throwing form.
 */
export function findSecrets(subject: unknown, secrets: ReadonlyArray<string | undefined | null>, options: LeakCheckOptions = {}): Leak[] {
  const min = options.minLength ?? 4;
  const texts = serializations(subject);
  (options.lines ?? []).forEach((line, i) => texts.push(...serializations(line, `lines[${i}]`)));
  const leaks: Leak[] = [];
  secrets.forEach((secret, index) => {
    if (!secret || secret.length < min) return;
    for (const { form, text: needle } of secretForms(secret, { md5: options.md5 })) {
      const lower = needle.toLowerCase();
      // md5 and percent-encodings are case-insensitive in practice (a provider may echo `%2f` or `ABCD…`).
      const caseless = form === 'md5' || form === 'url-encoded' || form === 'form-encoded';
      for (const { where, text } of texts) {
        const found = caseless ? text.toLowerCase().includes(lower) : text.includes(needle);
        if (found) leaks.push({ secret: index, form, where });
      }
    }
  });
  return leaks;
}

/**
 * Throw when any secret, in any form ({@link secretForms}), appears in any serialisation of
 * `subject` ({@link serializations}) or of the captured hook and logger `lines`. The thrown
 * message names the secret by index, the form and the place, never the secret itself.
 *
 * ```ts
 * const seen = captureObservations();
 * const client = createB2motorClient({ ...credentials, fetch, hooks: seen.hooks, logger: seen.logger });
 * const error = await client.search.product({ article: 'x', brand: 'y' }).catch((e) => e);
 * expectNoSecret(error, [password, apiKey, `${user}:${password}`], { lines: seen.lines, md5: true });
 * ```
 */
export function expectNoSecret(subject: unknown, secrets: ReadonlyArray<string | undefined | null>, options: LeakCheckOptions = {}): void {
  const leaks = findSecrets(subject, secrets, options);
  if (leaks.length === 0) return;
  const list = leaks.slice(0, 10).map((l) => `secret #${l.secret} (${l.form}) in ${l.where}`);
  throw new Error(`expectNoSecret: ${leaks.length} leak(s): ${list.join('; ')}${leaks.length > 10 ? '; …' : ''}`);
}

/** Hooks and a logger that record everything they are given, for {@link expectNoSecret}'s `lines`. */
export interface Observations {
  /** Pass as the client's `hooks` option. */
  hooks: {
    onRequest(info: unknown): void;
    onResponse(info: unknown): void;
    onError(info: unknown): void;
  };
  /** Pass as the client's `logger` option. */
  logger: { debug(message: string, meta?: unknown): void; warn(message: string, meta?: unknown): void };
  /** Every hook payload and logger call, in order: `{ hook, info }` or `{ level, message, meta }`. */
  lines: unknown[];
}

/** Build recording hooks and a recording logger (see {@link Observations}). */
export function captureObservations(): Observations {
  const lines: unknown[] = [];
  const hook = (name: string) => (info: unknown) => {
    lines.push({ hook: name, info });
  };
  return {
    hooks: { onRequest: hook('onRequest'), onResponse: hook('onResponse'), onError: hook('onError') },
    logger: {
      debug: (message, meta) => lines.push({ level: 'debug', message, meta }),
      warn: (message, meta) => lines.push({ level: 'warn', message, meta }),
    },
    lines,
  };
}
