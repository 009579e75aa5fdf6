// Store schemas derived from an SDK's wire schemas (decision 0060). The SDKs read answers laxly on
// purpose (`"5"` or `5`, `null` or absent); a mock's store needs the strict form its resolvers rely
// on. `storeSchema` takes the SDK's object schema and one rule per SDK field, so a field renamed,
// added or removed in the SDK stops the mock from compiling (and from loading) until its store
// says what it keeps of it.
import * as v from 'valibot';

/** An object schema as the SDKs write them, or a pipe that starts with one (Quince's `withId`). */
type SdkObject = v.ObjectSchema<v.ObjectEntries, v.ErrorMessage<v.ObjectIssue> | undefined> | v.LooseObjectSchema<v.ObjectEntries, v.ErrorMessage<v.LooseObjectIssue> | undefined> | v.SchemaWithPipe<readonly [v.GenericSchema, ...v.PipeItem<any, any, any>[]]>;

/** The fields of an SDK object schema (of the object at the head of a pipe). */
export type SdkEntries<S> =
  S extends v.ObjectSchema<infer E, any> ? E : S extends v.LooseObjectSchema<infer E, any> ? E : S extends v.SchemaWithPipe<infer P> ? (P extends readonly [infer Head, ...unknown[]] ? SdkEntries<Head> : never) : never;

/** A schema without its optional / nullable / nullish wrappers. */
export type Unwrapped<S> =
  S extends v.OptionalSchema<infer W, any> ? Unwrapped<W> : S extends v.NullableSchema<infer W, any> ? Unwrapped<W> : S extends v.NullishSchema<infer W, any> ? Unwrapped<W> : S extends v.ExactOptionalSchema<infer W, any> ? Unwrapped<W> : S;

/**
 * What a store keeps of one SDK field:
 * - `'keep'`: the SDK's schema as it is;
 * - `'required'`: the SDK's schema without its optional / nullable wrappers (`text` → `string`);
 * - a schema: the strict form the mock stores. Its output must be something the SDK's schema
 *   accepts on the wire (`v.number()` for the SDK's `stringOrNumber`), or this does not compile;
 * - `'omit'`: the store does not keep the field (an alias key, a per-call error, a join).
 */
export type FieldRule<S> = 'keep' | 'required' | 'omit' | v.GenericSchema<any, S extends v.GenericSchema ? v.InferInput<S> : never>;

/** One rule for every field of the SDK schema `S`. */
export type StoreRules<S> = { [K in keyof SdkEntries<S>]: FieldRule<SdkEntries<S>[K]> };

type Ruled<E, R> = {
  [K in keyof E & keyof R as R[K] extends 'omit' ? never : K]: R[K] extends 'keep' ? E[K] : R[K] extends 'required' ? Unwrapped<E[K]> : R[K];
};

/** The entries of a derived store schema: the SDK fields it keeps, then the mock's own. */
export type StoreEntries<S, R, X> = { [K in keyof (Ruled<SdkEntries<S>, R> & X)]: (Ruled<SdkEntries<S>, R> & X)[K] };

/** Keys of `T` that must not be there: each must be `never`. */
type NoKeys<T, Allowed> = { [K in Exclude<keyof T, Allowed>]: never };

/** Keys that must not be given twice: each must be `never`. */
type Disjoint<T, Taken> = { [K in Extract<keyof T, Taken>]: never };

/** The fields of an SDK object schema (the object at the head of a pipe). */
export function sdkEntries(schema: SdkObject): v.ObjectEntries {
  const head = 'pipe' in schema ? schema.pipe[0] : schema;
  if (!('entries' in head)) throw new TypeError(`storeSchema needs an object schema (or a pipe that starts with one), got a ${head.type} schema`);
  return head.entries as v.ObjectEntries;
}

/** `schema` without its optional / nullable / nullish wrappers. */
export function unwrapNullish<S extends v.GenericSchema>(schema: S): Unwrapped<S> {
  let current: v.GenericSchema = schema;
  while (current.type === 'optional' || current.type === 'nullable' || current.type === 'nullish' || current.type === 'exact_optional') {
    current = (current as v.OptionalSchema<v.GenericSchema, unknown>).wrapped;
  }
  return current as Unwrapped<S>;
}

/**
 * A store schema derived from an SDK's wire schema: one rule per SDK field (`rules`, see
 * `FieldRule`), plus the fields only the mock keeps (`own`: owners, timers, references by id).
 *
 * Every SDK field needs a rule and every rule an SDK field, checked by the compiler and again
 * when the schema is built, so a field renamed or added in the SDK cannot slip past the mock.
 * An own field may not reuse an SDK field's name (give that field a rule instead).
 *
 * @example
 * const line = storeSchema(basketPosition, { price: v.number(), errorCode: 'omit', ... }, { login: v.string() });
 */
export function storeSchema<const S extends SdkObject, const R extends StoreRules<S>, const X extends v.ObjectEntries = {}>(
  sdk: S,
  rules: R & NoKeys<R, keyof SdkEntries<S>>,
  own?: X & Disjoint<X, keyof SdkEntries<S>>,
): v.ObjectSchema<StoreEntries<S, R, X>, undefined> {
  const entries = sdkEntries(sdk);
  const ruled = rules as Record<string, FieldRule<unknown>>;
  const unruled = Object.keys(entries).filter((key) => !(key in ruled));
  const unknown = Object.keys(ruled).filter((key) => !(key in entries));
  const doubled = Object.keys(own ?? {}).filter((key) => key in entries);
  const problems = [
    ...(unruled.length > 0 ? [`no rule for the SDK field(s) ${unruled.join(', ')}`] : []),
    ...(unknown.length > 0 ? [`a rule for ${unknown.join(', ')}, which the SDK schema does not have`] : []),
    ...(doubled.length > 0 ? [`own field(s) ${doubled.join(', ')} named like SDK fields (give them a rule instead)`] : []),
  ];
  if (problems.length > 0) throw new TypeError(`storeSchema: ${problems.join('; ')}`);
  const derived: v.ObjectEntries = {};
  for (const [key, sdkField] of Object.entries(entries)) {
    const rule = ruled[key]!;
    if (rule === 'omit') continue;
    derived[key] = rule === 'keep' ? sdkField : rule === 'required' ? unwrapNullish(sdkField as v.GenericSchema) : rule;
  }
  return v.object({ ...derived, ...own }) as unknown as v.ObjectSchema<StoreEntries<S, R, X>, undefined>;
}
