// The friendly face of a resource: list / all / view / create / update / delete over its endpoint
// methods, so every call still runs through the core pipeline.
import {
  bindRegistry,
  paginate,
  toPaginator,
  invalidInput,
  type RequestValidationError,
  type CallOptions,
  type EndpointMethod,
  type AnyEndpoint,
  type ClientCore,
  type Registry,
  type PaginateOptions,
  type Paginator,
} from '@x/core/provider';
import { resourceEndpoints, type ActionsOf, type AnyResource, type FieldsOf, type FilterOf, type ItemOf, type ListPage, type ObjectId, type UpdateFieldsOf } from './resource';

/** Per-call options of `delete`. */
export interface DeleteOptions extends CallOptions {
  /** `DELETE` (default: the client's `deleteVia`) or `POST` to the proxy-safe alias `/del/<id>`. */
  via?: 'DELETE' | 'POST' | undefined;
}

/** Every method a resource can have. `T` is the item, `F` the filters, `C` the create fields, `U` the update fields. */
export interface ResourceMethods<T, F, C, U> {
  /** GET /api/<slug>/: one page (`objects`, plus `total_count` / `per_page` / `page` when paged). `per_page` must be 10–100. */
  list(filter?: F, options?: CallOptions): Promise<ListPage<T>>;
  /**
   * Every object, page after page (`page` = 1, 2, ... until `objects` is empty), for `for await`.
   * A `page` in the filter is the first page; an answer without `page` (an unpaged list) ends it.
   */
  all(filter?: F, options?: PaginateOptions): Paginator<T, ListPage<T>>;
  /** GET /api/<slug>/<id>: one object, in `object`. 404 is a NotFoundError. */
  view(id: ObjectId, options?: CallOptions): Promise<{ object: T }>;
  /** POST /api/<slug>/ (form body): create; the new id is in `created` (HTTP 201). Not retried. */
  create(fields: C, options?: CallOptions): Promise<{ created: ObjectId }>;
  /** POST /api/<slug>/<id> (form body): change the given fields; the id is in `updated`. Not retried. */
  update(id: ObjectId, fields: U, options?: CallOptions): Promise<{ updated: ObjectId }>;
  /** DELETE /api/<slug>/<id> (or POST /api/<slug>/del/<id> with `via: 'POST'`); the id is in `deleted`. Not retried. */
  delete(id: ObjectId, options?: DeleteOptions): Promise<{ deleted: ObjectId }>;
}

type MethodsFor<A> =
  | ('list' extends A ? 'list' | 'all' : never)
  | ('view' extends A ? 'view' : never)
  | ('create' extends A ? 'create' : never)
  | ('update' extends A ? 'update' : never)
  | ('delete' extends A ? 'delete' : never);

/** Facts about the resource a client is bound to. */
export interface ResourceInfo<D> {
  /** The resource definition. */
  readonly definition: D;
  /** Its wire name (`goal`). */
  readonly slug: string;
}

/** The client of a declared resource: only the methods of its actions. */
export type ResourceClientOf<D extends AnyResource> = Pick<ResourceMethods<ItemOf<D>, FilterOf<D>, FieldsOf<D>, UpdateFieldsOf<D>>, MethodsFor<ActionsOf<D>>> &
  ResourceInfo<D>;

/** The client of `resource<T>(slug)`: all five actions (the provider answers 405 for those it lacks). */
export type GenericResourceClient<T, F, C> = ResourceMethods<T, F, C, Partial<C>> & ResourceInfo<AnyResource>;

type Method = EndpointMethod<AnyEndpoint> & ((input?: unknown, options?: CallOptions) => Promise<any>);

function invalid(key: string, path: string, message: string): RequestValidationError {
  return invalidInput('7offers', key, [{ path, message }]);
}

function plainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Iterate a list: core `paginate` for paged resources (`page` until `objects` is empty; the echoed
 * `page` guards against a server that ignores it), one call otherwise.
 */
function iterate(list: Method, paged: boolean, filter: unknown, options: PaginateOptions = {}): Paginator<unknown, ListPage<unknown>> {
  if (filter !== undefined && !plainObject(filter)) throw invalid(list.key, '', 'Expected an object of filters');
  if (paged) return paginate(list, filter as never, options) as Paginator<unknown, ListPage<unknown>>;
  const { maxItems, maxPages, ...callOptions } = options;
  return toPaginator(
    async function* () {
      const page = (await list(filter ?? {}, callOptions)) as ListPage<unknown>;
      yield { page, items: page.objects };
    },
    { maxItems, maxPages },
  );
}

/** Bind the friendly methods of a resource to its endpoint methods (one per supported action). @internal */
export function bindResource(resource: AnyResource, api: Record<string, Method>, deleteVia: 'DELETE' | 'POST'): Record<string, unknown> {
  const out: Record<string, unknown> = { definition: resource, slug: resource.slug };
  const { list, view, create, update, delete: remove, deleteViaPost } = api;
  if (list) {
    out.list = (filter?: unknown, options?: CallOptions) => list(filter ?? {}, options);
    out.all = (filter?: unknown, options?: PaginateOptions) => iterate(list, resource.paginated, filter, options);
  }
  if (view) out.view = (id: ObjectId, options?: CallOptions) => view({ id }, options);
  if (create) out.create = (fields: unknown, options?: CallOptions) => create(fields, options);
  if (update) {
    out.update = (id: ObjectId, fields: unknown, options?: CallOptions) => {
      if (!plainObject(fields)) return Promise.reject(invalid(update.key, '', 'Expected an object of fields'));
      if ('id' in fields) return Promise.reject(invalid(update.key, 'id', 'Give the id as the first argument, not among the fields'));
      return update({ ...fields, id }, options);
    };
  }
  if (remove && deleteViaPost) {
    out.delete = (id: ObjectId, options: DeleteOptions = {}) => {
      if (!plainObject(options)) return Promise.reject(invalid(remove.key, 'options', 'options must be an object'));
      const { via = deleteVia, ...callOptions } = options;
      if (via !== 'DELETE' && via !== 'POST') return Promise.reject(invalid(remove.key, 'via', 'via must be "DELETE" or "POST"'));
      return (via === 'POST' ? deleteViaPost : remove)({ id }, callOptions);
    };
  }
  return Object.freeze(out);
}

/** Options of `resourceClient`. */
export interface ResourceClientOptions {
  /** The key in errors and hooks (`goal.list`); default the resource's slug. */
  key?: string | undefined;
  /** How `delete` travels: `DELETE /res/<id>` (default) or the proxy-safe `POST /res/del/<id>`. */
  deleteVia?: 'DELETE' | 'POST' | undefined;
  /** Collection URLs end with a slash (`/api/goal/`, default) or not (`/api/goal`). */
  trailingSlash?: boolean | undefined;
}

/**
 * The friendly client of one resource (`list`, `all`, `view`, `create`, `update`, `delete`, for
 * its actions) over a configuration-only client: any resource, declared or your own, without the
 * default resources or any other. `createSevenOffers()` builds its resources the same way.
 *
 * @example
 * const core = createSevenOffersCore({ apiKey });
 * const offers = resourceClient(core, offerResource);
 * for await (const offer of offers.all({ category_id: 3 })) console.log(offer.id);
 */
export function resourceClient<D extends AnyResource>(core: ClientCore<'7offers'>, resource: D, options: ResourceClientOptions = {}): ResourceClientOf<D> {
  const key = options.key ?? resource.slug;
  const registry = { [key]: resourceEndpoints(resource, { trailingSlash: options.trailingSlash }) } as unknown as Registry;
  const api = bindRegistry(core, registry)[key] as unknown as Record<string, Method>;
  return bindResource(resource, api, options.deleteVia ?? 'DELETE') as ResourceClientOf<D>;
}
