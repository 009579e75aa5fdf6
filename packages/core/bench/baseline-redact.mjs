// The redactor as it was before decision 0010 (quadratic regexes), kept only as the benchmark's baseline.
// Generated from the previous src/redact.ts with its types stripped; not shipped.
const REDACTED = "[REDACTED]";
const SENSITIVE_NAME = /pass(w(or)?d|wd)?|psw|secret|token|api[-_]?key|authorization|cookie|^otp$|md5|signature/i;
class Redactor {
  /** Exact names (lower-cased) beyond the built-in pattern. */
  #names = /* @__PURE__ */ new Set();
  #values = /* @__PURE__ */ new Set();
  /** `extraNames` adds provider-specific sensitive names (exact, case-insensitive). */
  constructor(extraNames = []) {
    for (const name of extraNames) this.addSensitiveName(name);
  }
  /** Treat another parameter or field name as secret (exact, case-insensitive). Idempotent. */
  addSensitiveName(name) {
    this.#names.add(name.toLowerCase());
  }
  /** Remember a secret value (a password hash, a key, a token) so it is scrubbed from any text. */
  addSecret(value) {
    if (!value || value.length < 4) return;
    this.#values.add(value);
    const credential = /^[A-Za-z][\w.+-]*\s+(\S+)$/.exec(value.trim())?.[1];
    if (credential && credential.length >= 4) this.#values.add(credential);
  }
  /** Whether a key, header or parameter name holds a secret. */
  isSensitiveName(name) {
    return SENSITIVE_NAME.test(name) || this.#names.has(name.toLowerCase());
  }
  /**
   * Replace every known secret value in free text (error messages, raw bodies), and mask the value
   * of `name=value` pairs and `"name": "value"` JSON fragments whose name is sensitive: a form- or
   * text-encoded body may carry a token the SDK has never seen.
   */
  text(input) {
    let out = input.replace(/([A-Za-z0-9_.\-[\]]+)=([^&\s"'<>]+)/g, (pair, name) => name.split(/[[\]]/).some((part) => part !== "" && this.isSensitiveName(part)) ? `${name}=${REDACTED}` : pair).replace(/"([A-Za-z0-9_.\-]+)"(\s*:\s*)"((?:[^"\\]|\\.)*)"/g, (pair, name, colon) => this.isSensitiveName(name) ? `"${name}"${colon}"${REDACTED}"` : pair);
    for (const secret of this.#values) {
      if (out.includes(secret)) out = out.split(secret).join(REDACTED);
      const encoded = encodeURIComponent(secret);
      if (encoded !== secret && out.includes(encoded)) out = out.split(encoded).join(REDACTED);
    }
    return out;
  }
  /** Free text that may embed URLs (error messages): each URL redacted, known secrets scrubbed. */
  message(input) {
    return this.text(input.replace(/https?:\/\/[^\s"'<>]+/g, (url) => this.url(url)));
  }
  /** Redact a URL: credentials in the authority and sensitive query parameters masked, known secrets scrubbed. */
  url(input) {
    const raw = String(input).replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/?#@\s]*)@/i, (_, scheme) => `${scheme}${REDACTED}@`);
    const q = raw.indexOf("?");
    if (q < 0) return this.text(raw);
    const hash = raw.indexOf("#", q);
    const query = raw.slice(q + 1, hash < 0 ? void 0 : hash);
    const pairs = query.split("&").map((pair) => {
      const eq = pair.indexOf("=");
      const rawName = eq < 0 ? pair : pair.slice(0, eq);
      let name = rawName;
      try {
        name = decodeURIComponent(rawName.replace(/\+/g, " "));
      } catch {
      }
      return eq >= 0 && this.isSensitiveName(name) ? `${rawName}=${REDACTED}` : pair;
    });
    return this.text(`${raw.slice(0, q)}?${pairs.join("&")}`);
  }
  /** Redact headers into a plain object (sensitive names masked). */
  headers(input) {
    const out = {};
    if (!input) return out;
    const entries = input instanceof Headers ? [...input.entries()] : Object.entries(input);
    for (const [name, value] of entries) {
      out[name] = this.isSensitiveName(name) ? REDACTED : this.text(value);
    }
    return out;
  }
  /** Deep-redact a JSON-like value: sensitive keys masked, known secrets scrubbed from strings. */
  value(input) {
    return this.#walk(input, 0);
  }
  #walk(input, depth) {
    if (depth > 32) return input;
    if (typeof input === "string") return this.text(input);
    if (Array.isArray(input)) return input.map((item) => this.#walk(item, depth + 1));
    if (input instanceof URLSearchParams) {
      return this.url(`?${input.toString()}`).slice(1);
    }
    if (typeof Blob !== "undefined" && input instanceof Blob) return input;
    if (typeof FormData !== "undefined" && input instanceof FormData) {
      const out = {};
      for (const [key, value] of input.entries()) {
        out[key] = this.isSensitiveName(key) ? REDACTED : typeof value === "string" ? this.text(value) : `[file ${value.name}]`;
      }
      return out;
    }
    if (input && typeof input === "object") {
      const out = {};
      for (const [key, value] of Object.entries(input)) {
        out[key] = this.isSensitiveName(key) && value !== null && value !== void 0 && value !== "" ? REDACTED : this.#walk(value, depth + 1);
      }
      return out;
    }
    return input;
  }
}
export {
  REDACTED,
  Redactor
};
