// A faster success path for response validation, with valibot as the judge of every doubt.
//
// valibot builds a fresh output object (and a dataset object) for every object, array and field it
// checks, which made response validation a large share of a paged walk. `compileParser` turns a
// schema into a tree of closures that checks the same rules for the common schema types (objects,
// arrays, primitives, picklists, literals, optional/nullable wrappers, unions and pipes) and returns
// the input itself wherever nothing changed (no transform, no stripped or invalid key): no copy.
// Any other schema type runs valibot's own `~run` for that subtree, so its rules are exactly
// valibot's. When the tree says "invalid" or "not sure", the caller parses with valibot from the
// start, so every failure (and every issue text) is valibot's, and a success is either valibot's
// output or the input it would have copied.
//
// One difference is visible: an unchanged object keeps the order of its keys as they arrived, where
// valibot's copy lists the declared keys first (decision 0120).
import * as v from 'valibot';
import type { AnySchema } from './schema';

/** Returned by a compiled node for a value its schema rejects. */
const INVALID: unique symbol = Symbol('invalid');
/** Thrown by a compiled node that cannot tell cheaply what valibot would output (full valibot parse then). */
const UNSURE: unique symbol = Symbol('unsure');

type Node = (value: unknown) => unknown;

/** The outcome of a compiled parser: the output, or `undefined` when valibot must decide. */
export type FastParser = (value: unknown) => { output: unknown } | undefined;

const OPTIONAL_LIKE = new Set(['optional', 'exact_optional', 'nullish']);
const RESERVED_KEYS = new Set(['__proto__', 'prototype', 'constructor']);
const hasOwn = Object.prototype.hasOwnProperty;
/** valibot's global configuration, read once per parse for the subtrees valibot runs. */
let config = undefined as unknown as v.Config<v.BaseIssue<unknown>>;

/**
 * Compile a (sync) valibot schema. The parser returns `{ output }` when the value is valid (the
 * value itself where valibot's output would be an equal copy), or `undefined` when the value is
 * invalid or needs valibot's own judgement: parse it with `v.safeParse` then.
 */
export function compileParser(schema: AnySchema): FastParser {
  const root = compile(schema, new Map());
  return (value) => {
    config = v.getGlobalConfig();
    try {
      const output = root(value);
      return output === INVALID ? undefined : { output };
    } catch (error) {
      if (error === UNSURE) return undefined;
      throw error;
    }
  };
}

/** Compiled parsers, one per schema, built on first use. */
const compiled = new WeakMap<object, FastParser>();

/** `compileParser(schema)`, compiled once per schema and kept while the schema lives. */
export function parserFor(schema: AnySchema): FastParser {
  let parser = compiled.get(schema);
  if (!parser) compiled.set(schema, (parser = compileParser(schema)));
  return parser;
}

/** valibot's own run of one subtree (exact for any schema type). */
function delegate(schema: AnySchema): Node {
  const s = schema as unknown as { '~run': (dataset: { value: unknown }, config: v.Config<v.BaseIssue<unknown>>) => { value: unknown; issues?: unknown } };
  return (value) => {
    const dataset = s['~run']({ value }, config);
    return dataset.issues ? INVALID : dataset.value;
  };
}

function compile(schema: AnySchema, seen: Map<AnySchema, Node>): Node {
  const cached = seen.get(schema);
  if (cached) return cached;
  // Recursive schemas (through `lazy`) are delegated; a placeholder keeps a cycle from recursing.
  let node: Node = delegate(schema);
  seen.set(schema, node);
  node = build(schema, seen);
  seen.set(schema, node);
  return node;
}

function build(schema: AnySchema, seen: Map<AnySchema, Node>): Node {
  const s = schema as any;
  // `fallback` wraps `~run` and keeps the type: valibot decides. So do async schemas.
  if (s.async || s.fallback !== undefined) return delegate(schema);
  if (Array.isArray(s.pipe)) return pipeNode(s.pipe, seen);
  switch (s.type) {
    case 'string':
      return (x) => (typeof x === 'string' ? x : INVALID);
    case 'number':
      return (x) => (typeof x === 'number' && !Number.isNaN(x) ? x : INVALID);
    case 'boolean':
      return (x) => (typeof x === 'boolean' ? x : INVALID);
    case 'null':
      return (x) => (x === null ? x : INVALID);
    case 'any':
    case 'unknown':
      return (x) => x;
    case 'picklist': {
      const options = s.options as unknown[];
      return (x) => (options.includes(x) ? x : INVALID);
    }
    case 'literal': {
      const literal = s.literal;
      return (x) => (x === literal || (Number.isNaN(x) && Number.isNaN(literal)) ? x : INVALID);
    }
    case 'optional':
    case 'nullable':
    case 'nullish': {
      if (s.default !== undefined) return delegate(schema);
      const wrapped = compile(s.wrapped, seen);
      const empty = s.type === 'optional' ? (x: unknown) => x === undefined : s.type === 'nullable' ? (x: unknown) => x === null : (x: unknown) => x == null;
      return (x) => (empty(x) ? x : wrapped(x));
    }
    case 'exact_optional':
      return compile(s.wrapped, seen);
    case 'array': {
      const item = compile(s.item, seen);
      return (x) => {
        if (!Array.isArray(x)) return INVALID;
        let out: unknown[] | undefined;
        for (let i = 0; i < x.length; i++) {
          const value = x[i];
          const result = item(value);
          if (result === INVALID) return INVALID;
          if (result !== value && !out) out = x.slice(0, i);
          if (out) out.push(result);
        }
        return out ?? x;
      };
    }
    case 'union': {
      const options = (s.options as AnySchema[]).map((o) => compile(o, seen));
      return (x) => {
        for (const option of options) {
          const result = option(x);
          if (result !== INVALID) return result;
        }
        return INVALID;
      };
    }
    case 'loose_object':
    case 'strict_object':
    case 'object':
      return objectNode(schema, s.type, seen);
    default:
      return delegate(schema);
  }
}

/** A pipe: the root schema, then each action (valibot's own run) or schema in turn. */
function pipeNode(pipe: any[], seen: Map<AnySchema, Node>): Node {
  const root = compile(pipe[0], seen);
  const steps: Node[] = [];
  for (const item of pipe.slice(1)) {
    if (item.kind === 'metadata') continue;
    if (item.kind === 'schema') {
      steps.push(compile(item, seen));
      continue;
    }
    steps.push((value) => {
      const dataset = item['~run']({ typed: true, value }, config);
      return dataset.issues ? INVALID : dataset.value;
    });
  }
  return (x) => {
    let value = root(x);
    for (let i = 0; i < steps.length && value !== INVALID; i++) value = steps[i]!(value);
    return value;
  };
}

/** The three object types, as valibot runs them (`key in input`, reserved keys dropped). */
function objectNode(schema: AnySchema, type: 'loose_object' | 'strict_object' | 'object', seen: Map<AnySchema, Node>): Node {
  const entries = (schema as unknown as { entries: Record<string, AnySchema> }).entries;
  const keys: string[] = [];
  const nodes: Node[] = [];
  const optional: boolean[] = [];
  for (const key in entries) {
    const entry = entries[key] as any;
    // Defaults and fallbacks fill absent keys: valibot decides.
    if ((OPTIONAL_LIKE.has(entry.type) && entry.default !== undefined) || entry.fallback !== undefined) return delegate(schema);
    keys.push(key);
    nodes.push(compile(entry, seen));
    optional.push(OPTIONAL_LIKE.has(entry.type));
  }
  return (input) => {
    if (!input || typeof input !== 'object') return INVALID;
    // valibot turns an array (or an object of another prototype) into a plain object here: never
    // the case in parsed JSON, so valibot does it.
    if (Object.getPrototypeOf(input) !== Object.prototype) throw UNSURE;
    const record = input as Record<string, unknown>;
    let outputs: unknown[] | undefined;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (key in record) {
        const value = record[key];
        const result = nodes[i]!(value);
        if (result === INVALID) return INVALID;
        // An inherited value would become an own key of valibot's copy.
        if ((result !== value || !hasOwn.call(record, key)) && !outputs) {
          // The keys before this one came out unchanged.
          outputs = new Array(keys.length);
          for (let j = 0; j < i; j++) outputs[j] = record[keys[j]!];
        }
        if (outputs) outputs[i] = result;
      } else if (!optional[i]) {
        return INVALID;
      }
    }
    let copy = outputs !== undefined;
    for (const key in record) {
      if (hasOwn.call(entries, key)) continue;
      // strict: an unknown key is an error; object: it is stripped (a copy); loose: reserved or
      // inherited keys are dropped (a copy).
      if (type === 'strict_object') return INVALID;
      if (type === 'object' || RESERVED_KEYS.has(key) || !hasOwn.call(record, key)) copy = true;
    }
    if (!copy) return input;
    // What valibot would output: the declared keys first, then (loose) the other own keys.
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (key in record) out[key] = outputs ? outputs[i] : record[key];
    }
    if (type === 'loose_object') {
      for (const key in record) if (hasOwn.call(record, key) && !RESERVED_KEYS.has(key) && !hasOwn.call(entries, key)) out[key] = record[key];
    }
    return out;
  };
}
