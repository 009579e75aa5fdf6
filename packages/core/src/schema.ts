// Schema helpers: wire-tolerant scalars, open enums, and the strict / compatible response modes.
import * as v from 'valibot';
import type { ValidationIssue } from './errors';

/** Any valibot schema (sync). */
export type AnySchema = v.GenericSchema<any, any>;

/** How strictly responses are checked. */
export type ValidationMode =
  /** Unknown keys and unknown enum values are errors. The contract tests use this. */
  | 'strict'
  /** Default: unknown keys and enum values are kept, a wrong type in a known field is an error. */
  | 'compatible'
  /** No response validation: the parsed body is returned as is. */
  | 'off';

const openEnums = new WeakSet<object>();

/**
 * An enum that may grow on the provider's side. Typed as the known values (with autocompletion)
 * plus any other string; `strict` validation accepts only the known values.
 */
/* @__NO_SIDE_EFFECTS__ */
export function openEnum<const T extends readonly [string, ...string[]]>(
  values: T,
): v.UnionSchema<[v.PicklistSchema<T, undefined>, v.CustomSchema<string & {}, undefined>], undefined> {
  const schema = v.union([v.picklist(values), v.custom<string & {}>((x) => typeof x === 'string')]);
  openEnums.add(schema);
  return schema;
}

/** Numbers that may travel as strings: accepts `12` or `"12"`, outputs the number. */
/* @__NO_SIDE_EFFECTS__ */
export function numeric() {
  return v.pipe(
    v.union([v.number(), v.string()]),
    v.transform((x) => (typeof x === 'number' ? x : x.trim() === '' ? Number.NaN : Number(x))),
    v.number('Expected a number or a numeric string'),
  );
}

/** Integers that may travel as strings: accepts `12` or `"12"`, outputs the integer. */
/* @__NO_SIDE_EFFECTS__ */
export function integer() {
  return v.pipe(numeric(), v.integer('Expected an integer'));
}

/** A value the provider wants as a string even when it is a number (`"6"`, `"0007"`). */
/* @__NO_SIDE_EFFECTS__ */
export function numericString() {
  return v.pipe(
    v.union([v.string(), v.number()]),
    v.transform((x) => String(x)),
  );
}

/** A 0/1 flag that callers may give as a boolean; accepts `"0"`/`"1"` from query strings. */
/* @__NO_SIDE_EFFECTS__ */
export function flag(): FlagSchema {
  return v.pipe(
    v.union([v.boolean(), v.picklist([0, 1, '0', '1'])]),
    v.transform((x: boolean | FlagInput): 0 | 1 => (x === true || x === 1 || x === '1' ? 1 : 0)),
  );
}

type FlagInput = 0 | 1 | '0' | '1';
type BooleanishInput = 'true' | 'false' | '1' | '0';
/** The schema `flag()` returns (spelled out so the declared type reads the same in every build). */
export type FlagSchema = v.SchemaWithPipe<readonly [v.UnionSchema<[v.BooleanSchema<undefined>, v.PicklistSchema<[0, 1, '0', '1'], undefined>], undefined>, v.TransformAction<boolean | FlagInput, 0 | 1>]>;
/** The schema `booleanish()` returns. */
export type BooleanishSchema = v.SchemaWithPipe<
  readonly [v.UnionSchema<[v.BooleanSchema<undefined>, v.PicklistSchema<['true', 'false', '1', '0'], undefined>], undefined>, v.TransformAction<boolean | BooleanishInput, boolean>]
>;

/** A boolean that may arrive as `"true"`/`"false"`/`"1"`/`"0"` in a query string. */
/* @__NO_SIDE_EFFECTS__ */
export function booleanish(): BooleanishSchema {
  return v.pipe(
    v.union([v.boolean(), v.picklist(['true', 'false', '1', '0'])]),
    v.transform((x: boolean | BooleanishInput): boolean => x === true || x === 'true' || x === '1'),
  );
}

type Rebuild = (schema: AnySchema) => AnySchema;

const OBJECT_TYPES = new Set(['object', 'loose_object', 'strict_object', 'object_with_rest']);

/** The schema under any `pipe(...)`. */
export function unwrapPipe(schema: AnySchema): AnySchema {
  const pipe = (schema as { pipe?: unknown[] }).pipe;
  return pipe ? (pipe[0] as AnySchema) : schema;
}

/** The entries of an object schema (through pipes), or undefined for non-object schemas. */
export function objectEntries(schema: AnySchema | undefined): Record<string, AnySchema> | undefined {
  if (!schema) return undefined;
  const root = unwrapPipe(schema);
  return OBJECT_TYPES.has(root.type) ? (root as unknown as { entries: Record<string, AnySchema> }).entries : undefined;
}

/** Whether the schema (through pipes) describes an object with named entries. */
export function isObjectSchema(schema: AnySchema | undefined): boolean {
  return objectEntries(schema) !== undefined;
}

/** Where each walked schema type keeps its inner schema(s); other types are left as they are. */
const INNER: Record<string, string> = {
  optional: 'wrapped',
  nullable: 'wrapped',
  nullish: 'wrapped',
  undefinedable: 'wrapped',
  exact_optional: 'wrapped',
  non_optional: 'wrapped',
  non_nullable: 'wrapped',
  non_nullish: 'wrapped',
  array: 'item',
  record: 'value',
  union: 'options',
  variant: 'options',
  tuple: 'items',
  lazy: 'getter',
};

/**
 * A copy of a schema with some properties replaced. Valibot's schemas read their parts through
 * `this` in `~run`, so a copy validates with the replaced parts; no factory per schema type is
 * needed (which keeps every wrapper factory out of a bundle that does not use it). `~standard`
 * is rebound to the copy.
 */
/* @__NO_SIDE_EFFECTS__ */
function copySchema(schema: AnySchema, parts: Record<string, unknown>): AnySchema {
  const out = { ...schema, ...parts } as any;
  out['~standard'] = { ...(schema as any)['~standard'], validate: (value: unknown) => out['~run']({ value }, v.getGlobalConfig()) };
  return out;
}

/** An object schema with the same entries (rebuilt) and message, validating like `template`. */
function retypeObject(schema: AnySchema, template: AnySchema, inner: Rebuild): AnySchema {
  const t = template as any;
  return copySchema(schema, { type: t.type, reference: t.reference, '~run': t['~run'], entries: mapEntries((schema as any).entries, inner) });
}

/**
 * Rebuilds a schema tree, replacing each node through `node`; pipes, wrappers, arrays, unions,
 * variants, records, tuples and lazy schemas are walked (objects only by `node`). Results are
 * cached per mode so rebuilding happens once.
 */
function rebuild(schema: AnySchema, node: (schema: AnySchema, inner: Rebuild) => AnySchema | undefined, cache: WeakMap<object, AnySchema>): AnySchema {
  const hit = cache.get(schema);
  if (hit) return hit;
  const inner: Rebuild = (s) => rebuild(s, node, cache);
  const s = schema as any;
  let out: AnySchema = schema;
  if (s.pipe) {
    const root = inner(s.pipe[0]);
    if (root !== s.pipe[0]) out = (v.pipe as any)(root, ...s.pipe.slice(1));
  } else {
    const replaced = node(schema, inner);
    const key = INNER[s.type];
    if (replaced) out = replaced;
    else if (key === 'getter') out = copySchema(schema, { getter: (input: unknown) => inner(s.getter(input)) });
    else if (key) {
      const part = s[key];
      const next: any = Array.isArray(part) ? part.map(inner) : inner(part);
      if (Array.isArray(part) ? next.some((o: AnySchema, i: number) => o !== part[i]) : next !== part) out = copySchema(schema, { [key]: next });
    }
  }
  cache.set(schema, out);
  return out;
}

function mapEntries(entries: Record<string, AnySchema>, inner: Rebuild): Record<string, AnySchema> {
  const out: Record<string, AnySchema> = {};
  for (const [key, value] of Object.entries(entries)) out[key] = inner(value);
  return out;
}

// Templates whose `~run` the rebuilt objects borrow (created once, on first use).
let STRICT: AnySchema | undefined;
let LOOSE: AnySchema | undefined;
const strictCache = new WeakMap<object, AnySchema>();
const compatibleCache = new WeakMap<object, AnySchema>();
const inputCache = new WeakMap<object, AnySchema>();

/** Every object rejects unknown keys; open enums accept only their known values. */
export function toStrict<S extends AnySchema>(schema: S): S {
  return rebuild(
    schema,
    (s, inner) => {
      const x = s as any;
      if (openEnums.has(s)) return x.options[0];
      if (OBJECT_TYPES.has(x.type)) return retypeObject(s, (STRICT ??= v.strictObject({})), inner);
      return undefined;
    },
    strictCache,
  ) as S;
}

/** Every object keeps unknown keys; open enums keep unknown values. Wrong types still fail. */
export function toCompatible<S extends AnySchema>(schema: S): S {
  return rebuild(
    schema,
    (s, inner) => {
      const x = s as any;
      if (openEnums.has(s)) return s;
      if (x.type === 'object' || x.type === 'strict_object') return retypeObject(s, (LOOSE ??= v.looseObject({})), inner);
      return undefined;
    },
    compatibleCache,
  ) as S;
}

/**
 * For the caller's input: plain objects reject unknown keys (a typo is an error, not a silently
 * dropped field); objects declared loose or with a rest schema keep accepting extra keys.
 */
export function toStrictInput<S extends AnySchema>(schema: S): S {
  return rebuild(
    schema,
    (s, inner) => {
      const x = s as any;
      if (x.type === 'object') return retypeObject(s, (STRICT ??= v.strictObject({})), inner);
      return undefined;
    },
    inputCache,
  ) as S;
}

/** The schema a response is checked with in the given mode. */
export function responseSchemaFor<S extends AnySchema>(schema: S, mode: ValidationMode): S {
  return mode === 'strict' ? toStrict(schema) : toCompatible(schema);
}

/**
 * Flatten valibot issues into plain, serialisable ones. With `quoteValues: false` no issue quotes
 * the offending value (a response may carry a token nobody has seen yet): `received` becomes the
 * value's type and the message says only what was expected.
 */
export function toIssues(issues: readonly v.BaseIssue<unknown>[], options: { quoteValues?: boolean } = {}): ValidationIssue[] {
  const quote = options.quoteValues ?? true;
  const out: ValidationIssue[] = [];
  for (const issue of issues) {
    // Union failures carry the real reasons in nested issues; report the most specific ones.
    if (issue.issues && issue.issues.length > 0 && issue.type === 'union') {
      out.push(...toIssues(issue.issues, options));
      continue;
    }
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    const received = quote ? issue.received : typeName(issue.input);
    const message = quote ? issue.message : issue.expected === 'never' ? 'Unknown key' : `Invalid ${issue.kind === 'schema' ? 'type' : issue.type.replace(/_/g, ' ')}: expected ${issue.expected ?? 'a different value'}, received ${received}`;
    const entry: ValidationIssue = { path, message };
    if (issue.expected) entry.expected = issue.expected;
    if (received) entry.received = received;
    out.push(entry);
  }
  return dedupe(out);
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'Array';
  if (typeof value === 'object') return 'Object';
  return typeof value;
}

function dedupe(issues: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.path}\u0000${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A short, one-line summary of issues for error messages. */
export function summarizeIssues(issues: readonly ValidationIssue[], max = 3): string {
  const parts = issues.slice(0, max).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
  const more = issues.length > max ? ` (+${issues.length - max} more)` : '';
  return parts.join('; ') + more;
}

/**
 * `{ ...a, ...b }` for module-level declarations: bundlers keep a module-level object spread (it
 * could run a getter), and with it every schema or endpoint it belongs to. Call it with
 * `/* @__PURE__ *\/` so unused declarations can be dropped.
 *
 * @example
 * export const order = /* @__PURE__ *\/ v.object(/* @__PURE__ *\/ mergeEntries({ number: v.string() }, errorFields));
 */
/* @__NO_SIDE_EFFECTS__ */
export function mergeEntries<A extends object, B extends object>(a: A, b: B): Omit<A, keyof B> & B {
  return { ...a, ...b } as Omit<A, keyof B> & B;
}
