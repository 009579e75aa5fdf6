// Values that may go on the wire: schema building blocks for the providers' request schemas
// (decimal strings, positive ids, single-line codes) and the last check the pipeline runs on a
// validated request before anything is encoded (no Infinity/NaN, no exponent forms in query or
// form values, no lone surrogates, no `__proto__`/`constructor` keys).
import * as v from 'valibot';
import { isWellFormed } from './encode';
import type { ValidationIssue } from './errors';

/** Own keys refused anywhere in a caller's input: assigning them would change an object's prototype or be dropped silently. */
export const FORBIDDEN_KEYS: readonly string[] = Object.freeze(['__proto__', 'constructor', 'prototype']);

/** How deep and how large a caller's input may be before it is refused (it is walked, so it is bounded). */
export const INPUT_LIMITS = Object.freeze({ depth: 32, nodes: 100_000 });

// C0 controls and DEL. Tab is a control character too: codes and ids have none.
const CONTROL = /[\u0000-\u001f\u007f]/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Whether a string is one line of well-formed text (no control characters such as CR, LF, NUL or tab). */
export function isSingleLine(text: string): boolean {
  return !CONTROL.test(text) && isWellFormed(text);
}

/** A pipe action: the string has no unpaired UTF-16 surrogate (free text may span lines). */
/* @__NO_SIDE_EFFECTS__ */
export function wellFormed(name: string) {
  return v.check<string, string>(isWellFormed, `${name} contains an unpaired UTF-16 surrogate`);
}

/** A pipe action: the string is one line without control characters (CR, LF, NUL, tab) and well-formed. */
/* @__NO_SIDE_EFFECTS__ */
export function singleLine(name: string) {
  return v.check<string, string>(isSingleLine, `${name} must be one line without control characters`);
}

/**
 * A code, id or name that travels as text: a string of `min` (default 1) to `max` (default 1000)
 * characters on one line, without control characters or unpaired surrogates.
 */
/* @__NO_SIDE_EFFECTS__ */
export function singleLineString(name: string, options: { min?: number; max?: number } = {}) {
  const min = options.min ?? 1;
  const max = options.max ?? 1000;
  return v.pipe(
    v.string(`${name} must be a string`),
    singleLine(name),
    v.minLength(min, min === 1 ? `${name} must not be empty` : `${name} must have at least ${min} characters`),
    v.maxLength(max, `${name} must have at most ${max} characters`),
  );
}

/** Free text (may span lines): a well-formed string of at most `max` (default 100 000) characters. */
/* @__NO_SIDE_EFFECTS__ */
export function freeText(name: string, options: { max?: number } = {}) {
  const max = options.max ?? 100_000;
  return v.pipe(v.string(`${name} must be a string`), wellFormed(name), v.maxLength(max, `${name} must have at most ${max} characters`));
}

/** Whether `String(n)` is a plain decimal (finite, no exponent: 1e21 and above, or below 1e-6, print as `1e+21`). */
export function isPlainDecimalNumber(n: number): boolean {
  return Number.isFinite(n) && !/e/i.test(String(n));
}

/** Options of {@link finiteDecimal}. */
export interface DecimalOptions {
  /** Smallest allowed value (inclusive). */
  min?: number;
  /** Largest allowed value (inclusive); default 1e15, well below where numbers lose cents. */
  max?: number;
  /** Most digits after the point. */
  maxDecimals?: number;
  /** Digits after the point in the output for numbers (`toFixed`); strings are sent as given. */
  fixed?: number;
}

/**
 * A decimal the provider wants as a string (`"1250.00"`): a finite number or a decimal string
 * (`-?digits[.digits]`), within `min`..`max`, output as a plain decimal string, never in exponent
 * form and never `Infinity`/`NaN`.
 */
/* @__NO_SIDE_EFFECTS__ */
export function finiteDecimal(name: string, options: DecimalOptions = {}) {
  const max = options.max ?? 1e15;
  const { min, maxDecimals, fixed } = options;
  const decimals = (text: string): number => (text.includes('.') ? text.length - text.indexOf('.') - 1 : 0);
  return v.pipe(
    v.custom<number | string>((x) => typeof x === 'number' || typeof x === 'string', `${name} must be a number or a decimal string`),
    v.check((x) => (typeof x === 'number' ? Number.isFinite(x) : DECIMAL.test(x)), `${name} must be a finite decimal such as 12 or "12.50"`),
    v.check((x) => {
      const n = Number(x);
      return n <= max && (min === undefined || n >= min);
    }, `${name} must be ${min !== undefined ? `between ${min} and ${max}` : `at most ${max}`}`),
    v.check(
      (x) => maxDecimals === undefined || (typeof x === 'number' ? Math.abs(Number(x.toFixed(maxDecimals)) - x) < 1e-9 : decimals(x) <= maxDecimals),
      `${name} must have at most ${maxDecimals ?? 0} decimals`,
    ),
    v.transform((x): string => (typeof x === 'string' ? x : fixed !== undefined ? x.toFixed(fixed) : plainDecimal(x))),
  );
}

/** A finite number as a plain decimal string (`1e-7` → `"0.0000001"`). */
function plainDecimal(n: number): string {
  const text = String(n);
  if (!/e/i.test(text)) return text;
  // Only small magnitudes reach here (finiteDecimal caps the value far below 1e21).
  return n.toFixed(20).replace(/\.?0+$/, '');
}

/**
 * A positive whole id that travels as text (`"000123"` keeps its zeros): a safe integer ≥ 1, or a
 * string of at most 20 digits that is not all zeros. Output: the digits as a string.
 */
/* @__NO_SIDE_EFFECTS__ */
export function positiveId(name: string) {
  return v.pipe(
    // A union (not a custom check) so the wire type stays describable in OpenAPI.
    v.union([v.number(), v.string()], `${name} must be a number or a string of digits`),
    v.check(
      (x) => (typeof x === 'number' ? Number.isSafeInteger(x) && x >= 1 : /^\d{1,20}$/.test(x) && /[1-9]/.test(x)),
      `${name} must be a whole number of 1 or more`,
    ),
    v.transform((x): string => String(x)),
  );
}

/** A positive whole number (JSON, query or form): a safe integer ≥ 1, optionally at most `max`. Output: the number. */
/* @__NO_SIDE_EFFECTS__ */
export function positiveInteger(name: string, options: { max?: number } = {}) {
  const max = options.max ?? Number.MAX_SAFE_INTEGER;
  return v.pipe(
    v.number(`${name} must be a number`),
    v.safeInteger(`${name} must be a whole number`),
    v.minValue(1, `${name} must be 1 or more`),
    v.maxValue(max, `${name} must be at most ${max}`),
  );
}

/**
 * Issues with the shape of a caller's input, before any schema reads it: own keys that are
 * {@link FORBIDDEN_KEYS} at any depth, and inputs deeper or larger than {@link INPUT_LIMITS}.
 * Only plain objects and arrays are walked (files, dates and class instances are leaves).
 */
export function inputShapeIssues(input: unknown, limits: { depth?: number; nodes?: number } = {}): ValidationIssue[] {
  const maxDepth = limits.depth ?? INPUT_LIMITS.depth;
  let budget = limits.nodes ?? INPUT_LIMITS.nodes;
  const issues: ValidationIssue[] = [];
  const walk = (value: unknown, path: string, depth: number): boolean => {
    if (value === null || typeof value !== 'object') return true;
    const proto = Object.getPrototypeOf(value);
    const isArray = Array.isArray(value);
    if (!isArray && proto !== Object.prototype && proto !== null) return true;
    if (depth > maxDepth) {
      issues.push({ path, message: `Nested deeper than ${maxDepth} levels` });
      return false;
    }
    for (const key of Object.keys(value)) {
      if (--budget < 0) {
        issues.push({ path, message: `More than ${limits.nodes ?? INPUT_LIMITS.nodes} values in the input` });
        return false;
      }
      const at = path ? `${path}.${key}` : key;
      if (!isArray && FORBIDDEN_KEYS.includes(key)) {
        issues.push({ path: at, message: `Field name "${key}" is not allowed` });
        continue;
      }
      if (!walk((value as Record<string, unknown>)[key], at, depth + 1)) return false;
    }
    return true;
  };
  walk(input, '', 0);
  return issues;
}

/**
 * Issues with a validated request part that its encoding cannot carry faithfully: for `json`,
 * non-finite numbers (JSON has no Infinity/NaN: they would go out as `null`); for `query`, `form`,
 * `multipart` and `path`, numbers that do not print as a plain decimal (`1e+21`, `Infinity`,
 * `NaN`); for every encoding, strings with unpaired surrogates; for `path`, an empty value or a
 * `.`/`..` segment.
 */
export function wireValueIssues(value: unknown, encoding: 'json' | 'query' | 'form' | 'multipart' | 'path', prefix = ''): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const walk = (x: unknown, path: string, depth: number): void => {
    if (depth > INPUT_LIMITS.depth + 8) return;
    if (typeof x === 'number') {
      const ok = encoding === 'json' ? Number.isFinite(x) : isPlainDecimalNumber(x);
      if (!ok) issues.push({ path, message: Number.isFinite(x) ? 'Number would be sent in exponent form; give a plain decimal' : 'Number must be finite' });
      return;
    }
    if (typeof x === 'string') {
      if (!isWellFormed(x)) issues.push({ path, message: 'Text contains an unpaired UTF-16 surrogate' });
      else if (encoding === 'path' && (x === '' || x === '.' || x === '..')) issues.push({ path, message: 'Not a valid path segment' });
      return;
    }
    if (x === null || typeof x !== 'object') return;
    const proto = Object.getPrototypeOf(x);
    if (!Array.isArray(x) && proto !== Object.prototype && proto !== null) return;
    for (const key of Object.keys(x)) {
      const at = path ? `${path}.${key}` : key;
      // Names are percent-encoded too (query, form): an unpaired surrogate there is a URIError.
      if (!isWellFormed(key)) issues.push({ path: at, message: 'Field name contains an unpaired UTF-16 surrogate' });
      else walk((x as Record<string, unknown>)[key], at, depth + 1);
    }
  };
  walk(value, prefix, 0);
  return issues;
}
