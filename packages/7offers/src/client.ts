// createSevenOffers: the 7offers client. Typed resources (`geo`, `goal`, opt-ins) and the generic
// `resource<T>(slug)`, all over core endpoint methods, with `api_key` in the query when given.
import { bindRegistry, parseClientOptions, RequestValidationError, type ClientOf, type Provider } from '@x/core/provider';
import { sevenOffersCore, SevenOffersCoreOptionsSchema, type SevenOffersCoreOptions } from './core';
import { defaultResources } from './endpoints/index';
import { SEVEN_OFFERS } from './info';
import { defineSevenOffersProvider, type EndpointsOf, type ResourceSet } from './provider';
import { ACTIONS, defineResource, isResource, looseFields, type AnyResource, type FormValue } from './resource';
import { bindResource, resourceClient, type GenericResourceClient, type ResourceClientOf } from './resource-client';
import * as v from 'valibot';

/** Names a resource key may not take (they are the client's own members). */
export const RESERVED_KEYS: readonly string[] = ['api', 'provider', 'resource', 'then', 'constructor', 'prototype', '__proto__'];

/** Options of `createSevenOffers`. */
export type SevenOffersOptions<R extends ResourceSet = {}> = SevenOffersCoreOptions & {
  /** More resources, by client property name (`unverifiedResources`, or your own `defineResource`). A key may replace `geo` or `goal`. */
  resources?: R | undefined;
  /** How `delete` travels: `DELETE /res/<id>` (default) or the proxy-safe `POST /res/del/<id>`. */
  deleteVia?: 'DELETE' | 'POST' | undefined;
  /** Collection URLs end with a slash (`/api/goal/`, default, as in the docs' table) or not (`/api/geo`). */
  trailingSlash?: boolean | undefined;
};

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The default resources with `R` added (a key of `R` replaces a default one). */
export type ResourcesOf<R extends ResourceSet> = Simplify<Omit<typeof defaultResources, keyof R> & R>;

/** Default filters of a generic resource: any names, form values, plus `page` / `per_page`. */
export type LooseFilter = { [name: string]: FormValue | undefined; page?: number | string | undefined; per_page?: number | string | undefined };
/** Default fields of a generic resource: any names, form values. */
export type LooseFieldValues = { [name: string]: FormValue | undefined };

/** The 7offers client. */
export type SevenOffersClient<R extends ResourceSet = {}> = {
  readonly [K in keyof ResourcesOf<R>]: ResourcesOf<R>[K] extends AnyResource ? ResourceClientOf<ResourcesOf<R>[K]> : never;
} & {
  /** The raw endpoint methods, one per registry key (`api.goal.list(input)`): wire input, wire output. */
  readonly api: ClientOf<EndpointsOf<ResourcesOf<R>>>;
  /** The provider built for this client's resources. */
  readonly provider: Provider<EndpointsOf<ResourcesOf<R>>>;
  /**
   * A generic client for any resource slug, with all five actions: the provider decides what is
   * supported (405) or not yet implemented (501). Input is still checked (`per_page` 10–100, ids).
   *
   * @example
   * const goals = sevenOffers.resource<{ id: number; title?: string }>('goal');
   */
  resource<T extends object = Record<string, unknown>, F extends object = LooseFilter, C extends object = LooseFieldValues>(slug: string): GenericResourceClient<T, F, C>;
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The options of `createSevenOffers`: those of `createSevenOffersCore` plus the resource set and URL styles. */
const SevenOffersOptionsSchema = /* @__PURE__ */ v.intersect([
  SevenOffersCoreOptionsSchema,
  /* @__PURE__ */ v.looseObject({
    deleteVia: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.picklist(['DELETE', 'POST'], 'deleteVia must be "DELETE" or "POST"')),
    trailingSlash: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean('trailingSlash must be a boolean')),
    resources: /* @__PURE__ */ v.optional(
      /* @__PURE__ */ v.pipe(
        /* @__PURE__ */ v.custom<ResourceSet>(isPlainObject, 'resources must be an object of resource definitions'),
        // Own keys as given (`__proto__` included, which a record schema would silently drop).
        /* @__PURE__ */ v.rawCheck(({ dataset, addIssue }) => {
          if (!dataset.typed) return;
          const input = dataset.value as Record<string, unknown>;
          for (const key of Object.keys(input)) {
            const path: [v.ObjectPathItem] = [{ type: 'object', origin: 'value', input, key, value: input[key] }];
            if (!/^[A-Za-z_$][\w$]*$/.test(key) || RESERVED_KEYS.includes(key)) {
              addIssue({ message: `"${key}" cannot be a resource key (an identifier other than ${RESERVED_KEYS.join(', ')})`, path });
            } else if (!isResource(input[key])) {
              addIssue({ message: 'Expected a resource from defineResource', path });
            }
          }
        }),
      ),
    ),
  }),
]);

const SLUG = /^[a-z0-9][a-z0-9_.-]*$/i;

/**
 * Create a 7offers client. Every call runs through the core pipeline: input validated before
 * sending, `api_key` in the query (when given), form-encoded bodies, typed errors.
 *
 * @example
 * const sevenOffers = createSevenOffers({ apiKey: process.env.SEVEN_OFFERS_KEY, baseURL: 'http://127.0.0.1:4010/7offers' });
 * const { created } = await sevenOffers.goal.create({ offer_id: 1, title: 'Sale' });
 * for await (const goal of sevenOffers.goal.all({ offer_id: 1 })) console.log(goal.id, goal.title);
 */
export function createSevenOffers<const R extends ResourceSet = {}>(options: SevenOffersOptions<R> = {}): SevenOffersClient<R> {
  parseClientOptions(SEVEN_OFFERS, SevenOffersOptionsSchema, options);
  const { resources, deleteVia = 'DELETE', trailingSlash, ...coreOptions } = options;
  const all: ResourceSet = { ...defaultResources, ...resources };
  const core = sevenOffersCore(coreOptions);
  const provider = defineSevenOffersProvider(all, { trailingSlash, arrayFormat: coreOptions.arrayFormat });
  const api = bindRegistry(core, provider.endpoints) as unknown as Record<string, Record<string, never>>;
  const out: Record<string, unknown> = { api, provider };
  for (const [key, resource] of Object.entries(all)) out[key] = bindResource(resource, api[key] ?? {}, deleteVia);

  // Ad-hoc resources run on the same configuration-only client (one redactor, one set of options).
  const generic = new Map<string, unknown>();
  out.resource = (slug: string) => {
    if (typeof slug !== 'string' || !SLUG.test(slug)) {
      throw new RequestValidationError('7offers: invalid resource slug: use one path segment of letters, digits, "_", "-" or "."', {
        provider: SEVEN_OFFERS,
        issues: [{ path: 'slug', message: 'Expected one path segment of letters, digits, "_", "-" or "."' }],
      });
    }
    let client = generic.get(slug);
    if (!client) {
      const resource = defineResource({
        slug,
        title: `${slug} objects`,
        item: v.looseObject({}),
        filter: looseFields,
        fields: looseFields,
        actions: ACTIONS,
        paginated: true,
        unverified: 'a generic resource: the provider decides which actions exist.',
      });
      client = resourceClient(core, resource, { deleteVia, trailingSlash });
      generic.set(slug, client);
    }
    return client;
  };
  return Object.freeze(out) as SevenOffersClient<R>;
}
