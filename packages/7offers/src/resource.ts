// Resource definitions: one 7offers REST resource as data (slug, schemas, actions, paging), and the
// core endpoint definitions it produces. Every resource follows the same five-action contract.
import * as v from 'valibot';
import { defineEndpoint, integer, singleLine, type AnyEndpoint, type AnySchema, type Endpoint } from '@x/core/provider';
import { objectEntries } from '@x/core/internal';

/** The five actions of the documented REST contract. */
export const ACTIONS = ['list', 'view', 'create', 'update', 'delete'] as const;

/** One action of the REST contract (`list` GET /res/, `view` GET /res/id, `create` POST /res/, `update` POST /res/id, `delete`). */
export type Action = (typeof ACTIONS)[number];

/** The documented access levels, which mirror the account types. */
export const ROLES = ['guest', 'webmaster', 'advertiser'] as const;

/** An access level: `guest` (no key), `webmaster` (publisher) or `advertiser`. */
export type Role = (typeof ROLES)[number];

/** A scalar a form body or query string can carry. */
export const formScalar = /* @__PURE__ */ v.union([/* @__PURE__ */ v.string(), /* @__PURE__ */ v.number(), /* @__PURE__ */ v.boolean()]);

/** A form or query value: a scalar, or a list of scalars (sent as `name[]=a&name[]=b`). */
export const formValue = /* @__PURE__ */ v.union([formScalar, /* @__PURE__ */ v.array(formScalar)]);

/** A form or query value. */
export type FormValue = v.InferInput<typeof formValue>;

/** An object id as callers give it: a positive integer, or a non-empty string without `/`. */
export const objectId = /* @__PURE__ */ v.union([
  /* @__PURE__ */ v.pipe(/* @__PURE__ */ v.number('id must be a number or a string'), /* @__PURE__ */ v.safeInteger('id must be a whole number'), /* @__PURE__ */ v.minValue(1, 'id must be 1 or more')),
  /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.string('id must be a number or a string'),
    /* @__PURE__ */ v.trim(),
    /* @__PURE__ */ v.minLength(1, 'id must not be empty'),
    /* @__PURE__ */ v.maxLength(255, 'id must have at most 255 characters'),
    /* @__PURE__ */ singleLine('id'),
    /* @__PURE__ */ v.regex(/^[^/?#\s\\]+$/, 'id must be one path segment'),
    /* @__PURE__ */ v.check((id) => id !== '.' && id !== '..', 'id must be one path segment'),
  ),
]);

/** An id given in create / update fields (`offer_id`, `category_id`): a whole number of 1 or more (`"5"` is read as 5). */
export const refId = /* @__PURE__ */ v.pipe(/* @__PURE__ */ integer(), /* @__PURE__ */ v.safeInteger('Expected a whole number'), /* @__PURE__ */ v.minValue(1, 'Expected an id of 1 or more'));

/**
 * An id given as a list filter: any safe whole number. Not limited to ≥ 1 because the seed's own
 * example filters by `offer_id=-123` and documents the provider's field error for it (decision 0016).
 */
export const filterId = /* @__PURE__ */ v.pipe(/* @__PURE__ */ integer(), /* @__PURE__ */ v.safeInteger('Expected a whole number'));

/** An object id (`created`, `updated`, `deleted` and the `{id}` of view/update/delete). */
export type ObjectId = string | number;

/** An id as the provider returns it, kept as it arrives. */
export const wireId = /* @__PURE__ */ v.union([/* @__PURE__ */ v.number(), /* @__PURE__ */ v.string()]);

/** `page`: 1 or more (default 1 on the provider's side). */
export const pageParam = /* @__PURE__ */ v.optional(/* @__PURE__ */ v.pipe(/* @__PURE__ */ integer(), /* @__PURE__ */ v.minValue(1, 'page must be 1 or more')));

/** `per_page`: 10 to 100 (default 100 on the provider's side, which is also the maximum). */
export const perPageParam = /* @__PURE__ */ v.optional(
  /* @__PURE__ */ v.pipe(/* @__PURE__ */ integer(), /* @__PURE__ */ v.minValue(10, 'per_page must be between 10 and 100'), /* @__PURE__ */ v.maxValue(100, 'per_page must be between 10 and 100')),
);

/** The pagination fields of a paged list answer (absent when the list is not paged). */
export const pageFields = {
  /** Objects matching the filters, on every page. */
  total_count: /* @__PURE__ */ v.optional(/* @__PURE__ */ integer()),
  /** Objects per page. */
  per_page: /* @__PURE__ */ v.optional(/* @__PURE__ */ integer()),
  /** This page's number. */
  page: /* @__PURE__ */ v.optional(/* @__PURE__ */ integer()),
};

/** Filters or fields nobody documented: any names, form values only. */
export const looseFields = /* @__PURE__ */ v.objectWithRest({}, formValue);

/** The schema type of `looseFields`. */
export type LooseFields = typeof looseFields;

/** The declaration of one resource. */
export interface ResourceConfig<
  S extends string = string,
  I extends AnySchema = AnySchema,
  F extends AnySchema = LooseFields,
  W extends AnySchema = LooseFields,
  A extends Action = Action,
  P extends boolean = boolean,
> {
  /** The wire name in `/api/<slug>/` (`geo`, `goal`). */
  slug: S;
  /** Human name, used in summaries (`goals`). */
  title: string;
  /** Object schema of one object (a list item and the `object` of view). */
  item: I;
  /** Object schema of the list filters (`offer_id`), besides `page` / `per_page`. No pipes. Default: any names. */
  filter?: F;
  /** Object schema of the create / update fields (update makes them all optional). Default: any names. */
  fields?: W;
  /** The actions the resource supports; methods exist only for these. */
  actions: readonly A[];
  /** Whether list answers are paged (`page`, `per_page`, `total_count`). */
  paginated: P;
  /** Roles allowed per action (documentation, and what the mock enforces). Default: reads for every role, writes for accounts. */
  access?: Partial<Record<Action, readonly Role[]>>;
  /** Why this definition is a guess; absent when the docs name the resource. */
  unverified?: string;
  /** Where in the provider's documentation this comes from. */
  docs?: string;
}

/** A declared resource (frozen). */
export interface Resource<
  S extends string = string,
  I extends AnySchema = AnySchema,
  F extends AnySchema = AnySchema,
  W extends AnySchema = AnySchema,
  A extends Action = Action,
  P extends boolean = boolean,
> {
  readonly kind: 'resource';
  readonly slug: S;
  readonly title: string;
  readonly item: I;
  readonly filter: F;
  readonly fields: W;
  readonly actions: readonly A[];
  readonly paginated: P;
  /** Roles allowed per action, defaults filled in. */
  readonly access: Readonly<Partial<Record<Action, readonly Role[]>>>;
  readonly unverified: string | undefined;
  readonly docs: string | undefined;
}

/** Any resource. */
export type AnyResource = Resource<string, AnySchema, AnySchema, AnySchema, Action, boolean>;

const OBJECT_TYPES = /* @__PURE__ */ new Set(['object', 'loose_object', 'strict_object', 'object_with_rest']);
const READS: readonly Role[] = ROLES;
const WRITES: readonly Role[] = ['webmaster', 'advertiser'];

function assertObjectSchema(what: string, slug: string, schema: AnySchema, allowPipe: boolean): void {
  const pipe = (schema as { pipe?: unknown[] }).pipe;
  const root = (pipe ? pipe[0] : schema) as AnySchema;
  if (!OBJECT_TYPES.has(root.type)) throw new TypeError(`defineResource ${slug}: ${what} must be an object schema, got ${root.type}`);
  if (pipe && !allowPipe) throw new TypeError(`defineResource ${slug}: ${what} must not be piped (its entries are extended with page / per_page)`);
}

/**
 * Declare a 7offers resource once. Its endpoints (`resourceEndpoints`), the client's typed methods
 * and the mock's routes are all derived from this value.
 *
 * @example
 * export const webhookResource = defineResource({
 *   slug: 'webhook', title: 'webhooks',
 *   item: v.looseObject({ id: wireId, url: v.optional(v.string()) }),
 *   fields: v.object({ url: v.optional(v.string()) }),
 *   actions: ['list', 'create', 'delete'], paginated: true,
 * });
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineResource<
  const S extends string,
  I extends AnySchema,
  F extends AnySchema = LooseFields,
  W extends AnySchema = LooseFields,
  const A extends Action = Action,
  const P extends boolean = boolean,
>(config: ResourceConfig<S, I, F, W, A, P>): Resource<S, I, F, W, A, P> {
  const { slug } = config;
  if (typeof slug !== 'string' || !/^[a-z0-9][a-z0-9_.-]*$/i.test(slug)) {
    throw new TypeError(`defineResource: slug "${String(slug)}" must be one path segment of letters, digits, "_", "-" or "."`);
  }
  if (!Array.isArray(config.actions) || config.actions.length === 0) throw new TypeError(`defineResource ${slug}: give at least one action`);
  for (const action of config.actions) {
    if (!(ACTIONS as readonly string[]).includes(action)) throw new TypeError(`defineResource ${slug}: unknown action "${String(action)}" (known: ${ACTIONS.join(', ')})`);
  }
  if (new Set(config.actions).size !== config.actions.length) throw new TypeError(`defineResource ${slug}: an action is listed twice`);
  if (typeof config.paginated !== 'boolean') throw new TypeError(`defineResource ${slug}: paginated must be true or false`);
  assertObjectSchema('item', slug, config.item, true);
  const filter = (config.filter ?? looseFields) as F;
  const fields = (config.fields ?? looseFields) as W;
  assertObjectSchema('filter', slug, filter, false);
  assertObjectSchema('fields', slug, fields, true);
  for (const name of ['page', 'per_page']) {
    if (name in (objectEntries(filter) ?? {})) throw new TypeError(`defineResource ${slug}: filter must not declare "${name}" (added for paged lists)`);
  }
  if ('id' in (objectEntries(fields) ?? {})) throw new TypeError(`defineResource ${slug}: fields must not declare "id" (it is the path of view / update / delete)`);
  const access: Partial<Record<Action, readonly Role[]>> = {};
  for (const action of config.actions as readonly Action[]) {
    const roles = config.access?.[action] ?? (action === 'list' || action === 'view' ? READS : WRITES);
    for (const role of roles) {
      if (!(ROLES as readonly string[]).includes(role)) throw new TypeError(`defineResource ${slug}: unknown role "${String(role)}" for ${action}`);
    }
    access[action] = Object.freeze([...roles]);
  }
  for (const action of Object.keys(config.access ?? {})) {
    if (!(config.actions as readonly string[]).includes(action)) throw new TypeError(`defineResource ${slug}: access given for "${action}", which is not one of its actions`);
  }
  return Object.freeze({
    kind: 'resource' as const,
    slug,
    title: config.title,
    item: config.item,
    filter,
    fields,
    actions: Object.freeze([...config.actions]),
    paginated: config.paginated,
    access: Object.freeze(access),
    unverified: config.unverified,
    docs: config.docs,
  });
}

/** Whether a value is a resource declared with `defineResource`. */
export function isResource(value: unknown): value is AnyResource {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'resource';
}

// ── Types of the derived endpoints ──────────────────────────────────────────────────────────────

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type In<S> = S extends AnySchema ? v.InferInput<S> : never;
type Out<S> = S extends AnySchema ? v.InferOutput<S> : never;
type G<I, O> = v.GenericSchema<I, O>;

/** The actions of a resource, as a union. */
export type ActionsOf<D> = D extends Resource<any, any, any, any, infer A, any> ? A : never;
/** The item type of a resource (validated output). */
export type ItemOf<D> = D extends Resource<any, infer I, any, any, any, any> ? Out<I> : never;
/** The wire shape of an item (as documented examples are written). */
export type ItemInputOf<D> = D extends Resource<any, infer I, any, any, any, any> ? In<I> : never;
/** `true` when a resource is declared paged. */
export type IsPaged<D> = D extends Resource<any, any, any, any, any, infer P> ? (P extends true ? true : false) : false;

/** `page` / `per_page` as callers give them. */
export interface PageInput {
  /** Page to fetch (1 or more; default 1). */
  page?: number | string | undefined;
  /** Objects per page, 10 to 100 (default 100). */
  per_page?: number | string | undefined;
}

/** The list filters of a resource as callers give them (plus `page` / `per_page` when paged). */
export type FilterOf<D> = D extends Resource<any, any, infer F, any, any, any> ? (IsPaged<D> extends true ? In<F> & PageInput : In<F>) : never;
/** The list filters after validation. */
export type FilterOutOf<D> = D extends Resource<any, any, infer F, any, any, any> ? (IsPaged<D> extends true ? Out<F> & { page?: number; per_page?: number } : Out<F>) : never;
/** The create fields of a resource as callers give them. */
export type FieldsOf<D> = D extends Resource<any, any, any, infer W, any, any> ? In<W> : never;
/** The update fields of a resource (every field optional). */
export type UpdateFieldsOf<D> = Partial<FieldsOf<D>>;

/** One page of a list, as the provider sends it (`objects`, plus the paging fields when paged). */
export interface ListPage<T> {
  /** The objects of this page; empty past the last page. */
  objects: T[];
  /** Objects matching the filters (paged lists only). */
  total_count?: number | undefined;
  /** Objects per page (paged lists only). */
  per_page?: number | undefined;
  /** This page's number (paged lists only). */
  page?: number | undefined;
}

/** One page of a list as it travels (numbers may be strings). */
export interface ListPageInput<T> {
  objects: T[];
  total_count?: number | string | undefined;
  per_page?: number | string | undefined;
  page?: number | string | undefined;
}

/** Pagination of a paged list: step `page` until `objects` comes back empty. */
export interface ListPagination {
  page: 'page';
  items: 'objects';
  end: 'empty';
}

/** The `{id}` path part of view / update / delete. */
export type IdPath = G<{ id: ObjectId }, { id: ObjectId }>;

/** GET /api/<slug>/ */
export type ListEndpoint<D> = Endpoint<
  { query: G<FilterOf<D>, FilterOutOf<D>> },
  G<ListPageInput<ItemInputOf<D>>, ListPage<ItemOf<D>>>,
  IsPaged<D> extends true ? ListPagination : undefined
>;
/** GET /api/<slug>/{id} */
export type ViewEndpoint<D> = Endpoint<{ path: IdPath }, G<{ object: ItemInputOf<D> }, { object: ItemOf<D> }>, undefined>;
/** POST /api/<slug>/ (form body) */
export type CreateEndpoint<D> = Endpoint<{ body: G<FieldsOf<D>, Record<string, unknown>> }, G<{ created: ObjectId }, { created: ObjectId }>, undefined>;
/** POST /api/<slug>/{id} (form body) */
export type UpdateEndpoint<D> = Endpoint<{ path: IdPath; body: G<UpdateFieldsOf<D>, Record<string, unknown>> }, G<{ updated: ObjectId }, { updated: ObjectId }>, undefined>;
/** DELETE /api/<slug>/{id}, or POST /api/<slug>/del/{id} */
export type DeleteEndpoint = Endpoint<{ path: IdPath }, G<{ deleted: ObjectId }, { deleted: ObjectId }>, undefined>;

/** The endpoints a resource produces: one per supported action (delete has two forms). */
export type ResourceEndpoints<D> = Simplify<
  ('list' extends ActionsOf<D>
    ? {
        /** GET /api/<slug>/: one page of objects (`objects`, and `total_count` / `per_page` / `page` when paged). */
        readonly list: ListEndpoint<D>;
      }
    : {}) &
    ('view' extends ActionsOf<D>
      ? {
          /** GET /api/<slug>/{id}: one object, usually richer than a list item, in `object`. */
          readonly view: ViewEndpoint<D>;
        }
      : {}) &
    ('create' extends ActionsOf<D>
      ? {
          /** POST /api/<slug>/ (form body): creates an object; HTTP 201 with its id in `created`. Not retried. */
          readonly create: CreateEndpoint<D>;
        }
      : {}) &
    ('update' extends ActionsOf<D>
      ? {
          /** POST /api/<slug>/{id} (form body): changes the given fields; the id comes back in `updated`. Not retried. */
          readonly update: UpdateEndpoint<D>;
        }
      : {}) &
    ('delete' extends ActionsOf<D>
      ? {
          /** DELETE /api/<slug>/{id}: deletes an object; the id comes back in `deleted`. Not retried. */
          readonly delete: DeleteEndpoint;
          /** POST /api/<slug>/del/{id}: the documented proxy-safe alias of delete. Not retried. */
          readonly deleteViaPost: DeleteEndpoint;
        }
      : {})
>;

/** How the endpoints of a resource are built. */
export interface ResourceEndpointOptions {
  /** Collection URLs end with a slash (`/api/goal/`, default) or not (`/api/goal`). Both are documented. */
  trailingSlash?: boolean | undefined;
}

/** The query schema of a list: the filter's entries (and rest), plus `page` / `per_page` when paged. */
function listQuery(resource: AnyResource): AnySchema {
  const filter = resource.filter as AnySchema & { entries: v.ObjectEntries; rest?: AnySchema };
  const entries: v.ObjectEntries = resource.paginated ? { ...filter.entries, page: pageParam, per_page: perPageParam } : { ...filter.entries };
  switch (filter.type) {
    case 'object_with_rest':
      return v.objectWithRest(entries, filter.rest as AnySchema);
    case 'loose_object':
      return v.looseObject(entries);
    case 'strict_object':
      return v.strictObject(entries);
    default:
      return v.object(entries);
  }
}

const someField = /* @__PURE__ */ v.check((fields: Record<string, unknown>) => fields !== null && typeof fields === 'object' && Object.values(fields).some((x) => x !== undefined), 'Give at least one field to update');

/**
 * Every field of a create schema made optional, for update (kept as is when piped), refusing an
 * update without any field before sending (`update(id, {})` changes nothing and says `updated`).
 */
function updateFields(fields: AnySchema): AnySchema {
  const pipe = (fields as { pipe?: readonly unknown[] }).pipe;
  // One flat pipe, so the object schema stays its first item for `objectEntries`.
  if (pipe) return (v.pipe as unknown as (...items: unknown[]) => AnySchema)(...pipe, someField);
  return v.pipe(v.partial(fields as Parameters<typeof v.partial>[0]) as v.GenericSchema<Record<string, unknown>>, someField) as AnySchema;
}

/** The operations a resource's actions produce (delete has two forms). */
export type Operation = 'list' | 'view' | 'create' | 'update' | 'delete' | 'deleteViaPost';

/** What every operation of a resource shares, for one URL style. @internal */
export interface OperationShape {
  resource: AnyResource;
  base: string;
  collection: string;
  note: string;
  docs: string;
}

/** Builds the endpoint of one operation. @internal */
export type OperationBuilder = (shape: OperationShape) => AnyEndpoint;

// Actions guests may call: documented as "no key needed" (the client still sends one when it has it).
const guest = (resource: AnyResource, action: Action): { authOptional?: true } => (resource.access[action]?.includes('guest') ? { authOptional: true } : {});
const idPath = () => ({ path: v.object({ id: objectId }) });

/** GET /<slug>/: one page (paged resources step `page` until `objects` is empty). @internal */
export const buildList: OperationBuilder = ({ resource, collection, note, docs }) =>
  defineEndpoint({
    ...guest(resource, 'list'),
    method: 'GET',
    path: collection,
    summary: `List ${resource.title}${resource.paginated ? ' (one page)' : ''}.${note}`,
    docs,
    request: { query: listQuery(resource) },
    response: v.object(resource.paginated ? { objects: v.array(resource.item), ...pageFields } : { objects: v.array(resource.item) }),
    safe: true,
    ...(resource.paginated ? { pagination: { page: 'page', items: 'objects', end: 'empty', echo: 'page' } as const } : {}),
  });

/** GET /<slug>/{id}. @internal */
export const buildView: OperationBuilder = ({ resource, base, note, docs }) =>
  defineEndpoint({
    ...guest(resource, 'view'),
    method: 'GET',
    path: `${base}/{id}`,
    summary: `One of the ${resource.title} by id.${note}`,
    docs,
    request: idPath(),
    response: v.object({ object: resource.item }),
    safe: true,
  });

/** POST /<slug>/ (form body). @internal */
export const buildCreate: OperationBuilder = ({ resource, collection, note, docs }) =>
  defineEndpoint({
    ...guest(resource, 'create'),
    method: 'POST',
    path: collection,
    summary: `Create one of the ${resource.title} (HTTP 201, id in created).${note}`,
    docs,
    request: { body: resource.fields },
    encoding: 'form',
    response: v.object({ created: wireId }),
    // 201 as documented (first: tooling such as OpenAPI reads it); a 200 with `created` is still a
    // success, since the object was created and an error would invite a duplicate retry.
    successStatus: [201, 200],
    safe: false,
  });

/** POST /<slug>/{id} (form body). @internal */
export const buildUpdate: OperationBuilder = ({ resource, base, note, docs }) =>
  defineEndpoint({
    ...guest(resource, 'update'),
    method: 'POST',
    path: `${base}/{id}`,
    summary: `Change fields of one of the ${resource.title} (id in updated).${note}`,
    docs,
    request: { ...idPath(), body: updateFields(resource.fields) },
    encoding: 'form',
    response: v.object({ updated: wireId }),
    safe: false,
  });

/** DELETE /<slug>/{id}. @internal */
export const buildDelete: OperationBuilder = ({ resource, base, note, docs }) =>
  defineEndpoint({
    ...guest(resource, 'delete'),
    method: 'DELETE',
    path: `${base}/{id}`,
    summary: `Delete one of the ${resource.title} (id in deleted).${note}`,
    docs,
    request: idPath(),
    response: v.object({ deleted: wireId }),
    safe: false,
  });

/** POST /<slug>/del/{id}: the proxy-safe alias of delete. @internal */
export const buildDeleteViaPost: OperationBuilder = ({ resource, base, note, docs }) =>
  defineEndpoint({
    ...guest(resource, 'delete'),
    method: 'POST',
    path: `${base}/del/{id}`,
    summary: `Delete one of the ${resource.title} through the proxy-safe POST alias (id in deleted).${note}`,
    docs,
    request: idPath(),
    response: v.object({ deleted: wireId }),
    safe: false,
  });

/** Every operation, in registry order, with the action it belongs to and its builder. @internal */
export const OPERATIONS: ReadonlyArray<readonly [Operation, Action, OperationBuilder]> = [
  ['list', 'list', buildList],
  ['view', 'view', buildView],
  ['create', 'create', buildCreate],
  ['update', 'update', buildUpdate],
  ['delete', 'delete', buildDelete],
  ['deleteViaPost', 'delete', buildDeleteViaPost],
];

const endpointCache = /* @__PURE__ */ new WeakMap<AnyResource, Map<string, AnyEndpoint>>();

/**
 * The endpoint of one operation of a resource, built once per resource, URL style and operation:
 * the registry, every client and the standalone functions share the very same (frozen) endpoint.
 * Takes the builder itself, so a standalone function bundles only its own operation. @internal
 */
export function operationEndpoint(resource: AnyResource, name: Operation, build: OperationBuilder, trailingSlash = true): AnyEndpoint {
  let built = endpointCache.get(resource);
  if (!built) endpointCache.set(resource, (built = new Map()));
  const key = `${trailingSlash ? 'slash' : 'bare'} ${name}`;
  let endpoint = built.get(key);
  if (!endpoint) {
    const base = `/${resource.slug}`;
    const shape = {
      resource,
      base,
      collection: trailingSlash ? `${base}/` : base,
      note: resource.unverified ? ` Unverified: ${resource.unverified}` : '',
      docs: resource.docs ?? 'seed 003 "REST" (the generic contract)',
    };
    built.set(key, (endpoint = build(shape)));
  }
  return endpoint;
}

/**
 * The core endpoint definitions of a resource: `list`, `view`, `create`, `update`, and for delete
 * both `delete` (DELETE) and `deleteViaPost` (the `POST /del/<id>` alias), for its actions only.
 * Bodies are form-encoded; `list` is paged (`page` until `objects` is empty) when the resource is.
 * Each endpoint is built once per resource and URL style, and shared.
 */
/* @__NO_SIDE_EFFECTS__ */
export function resourceEndpoints<D extends AnyResource>(resource: D, options: ResourceEndpointOptions = {}): ResourceEndpoints<D> {
  const slash = options.trailingSlash !== false;
  const out: Record<string, AnyEndpoint> = {};
  for (const [name, action, build] of OPERATIONS) {
    if ((resource.actions as readonly Action[]).includes(action)) out[name] = operationEndpoint(resource, name, build, slash);
  }
  return Object.freeze(out) as ResourceEndpoints<D>;
}
