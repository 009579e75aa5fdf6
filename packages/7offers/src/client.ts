// createSevenOffers: the 7offers client. Typed resources (`geo`, `goal`, opt-ins) and the generic
// `resource<T>(slug)`, all over core endpoint methods, with `api_key` in the query when given.
import { apiKeyAuth, createClient, Redactor, RequestValidationError, type ArrayFormat, type ClientOf, type ClientOptions, type Provider, type ValidationIssue } from '@x/core/provider';
import { defaultResources } from './endpoints/index';
import { defineSevenOffersProvider, SEVEN_OFFERS, type EndpointsOf, type ResourceSet } from './provider';
import { ACTIONS, defineResource, looseFields, type AnyResource, type FormValue } from './resource';
import { bindResource, type GenericResourceClient, type ResourceClientOf } from './resource-client';
import * as v from 'valibot';

/** Names a resource key may not take (they are the client's own members). */
export const RESERVED_KEYS: readonly string[] = ['api', 'provider', 'resource', 'then', 'constructor', 'prototype', '__proto__'];

/** Options of `createSevenOffers`. */
export type SevenOffersOptions<R extends ResourceSet = {}> = ClientOptions & {
  /**
   * API key from the profile page, sent as `api_key` in the query of every call. Leave it out for
   * guest access (public offers, goals, geo, news).
   */
  apiKey?: string | undefined;
  /** More resources, by client property name (`unverifiedResources`, or your own `defineResource`). A key may replace `geo` or `goal`. */
  resources?: R | undefined;
  /** How `delete` travels: `DELETE /res/<id>` (default) or the proxy-safe `POST /res/del/<id>`. */
  deleteVia?: 'DELETE' | 'POST' | undefined;
  /** Collection URLs end with a slash (`/api/goal/`, default, as in the docs' table) or not (`/api/geo`). */
  trailingSlash?: boolean | undefined;
  /** How arrays are written in queries and form bodies (default `brackets`: `name[]=a&name[]=b`). */
  arrayFormat?: ArrayFormat | undefined;
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

function validateOptions(options: SevenOffersOptions<ResourceSet>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const { apiKey, baseURL, deleteVia, trailingSlash, arrayFormat, resources } = options;
  if (apiKey !== undefined && (typeof apiKey !== 'string' || apiKey === '' || /[\s\x00-\x1f]/.test(apiKey))) {
    // Never echo the key itself.
    issues.push({ path: 'apiKey', message: 'apiKey must be a non-empty string without spaces (leave it out for guest access)' });
  }
  if (baseURL !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(baseURL);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) issues.push({ path: 'baseURL', message: 'baseURL must be an http(s) URL' });
  }
  if (deleteVia !== undefined && deleteVia !== 'DELETE' && deleteVia !== 'POST') issues.push({ path: 'deleteVia', message: 'deleteVia must be "DELETE" or "POST"' });
  if (trailingSlash !== undefined && typeof trailingSlash !== 'boolean') issues.push({ path: 'trailingSlash', message: 'trailingSlash must be a boolean' });
  if (arrayFormat !== undefined && !['indexed', 'brackets', 'repeat', 'comma'].includes(arrayFormat)) {
    issues.push({ path: 'arrayFormat', message: 'arrayFormat must be one of indexed, brackets, repeat, comma' });
  }
  if (resources !== undefined) {
    if (typeof resources !== 'object' || resources === null || Array.isArray(resources)) {
      issues.push({ path: 'resources', message: 'resources must be an object of resource definitions' });
    } else {
      for (const [key, resource] of Object.entries(resources)) {
        if (!/^[A-Za-z_$][\w$]*$/.test(key) || RESERVED_KEYS.includes(key)) {
          issues.push({ path: `resources.${key}`, message: `"${key}" cannot be a resource key (an identifier other than ${RESERVED_KEYS.join(', ')})` });
        } else if (typeof resource !== 'object' || resource === null || (resource as { kind?: unknown }).kind !== 'resource') {
          issues.push({ path: `resources.${key}`, message: 'Expected a resource from defineResource' });
        }
      }
    }
  }
  return issues;
}

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
  const issues = validateOptions(options as SevenOffersOptions<ResourceSet>);
  if (issues.length > 0) {
    throw new RequestValidationError(`7offers: invalid options: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, { provider: SEVEN_OFFERS, issues });
  }
  const { apiKey, resources, deleteVia = 'DELETE', trailingSlash, arrayFormat, ...clientOptions } = options;
  const all: ResourceSet = { ...defaultResources, ...resources };
  const providerOptions = { trailingSlash, arrayFormat };
  const provider = defineSevenOffersProvider(all, providerOptions);
  // One redactor for every client this factory builds, knowing the key from the start.
  const redactor = new Redactor(provider.sensitiveNames);
  if (apiKey !== undefined) redactor.addSecret(apiKey);
  const setup = () => ({ auth: apiKey === undefined ? [] : [apiKeyAuth({ name: 'apiKey', key: apiKey, in: 'body', param: 'api_key' })], redactor });

  const api = createClient(provider, clientOptions, setup()) as unknown as Record<string, Record<string, never>>;
  const out: Record<string, unknown> = { api, provider };
  for (const [key, resource] of Object.entries(all)) out[key] = bindResource(resource, api[key] ?? {}, deleteVia);

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
      const adHoc = createClient(defineSevenOffersProvider({ [slug]: resource }, providerOptions), clientOptions, setup()) as unknown as Record<string, Record<string, never>>;
      client = bindResource(resource, adHoc[slug] ?? {}, deleteVia);
      generic.set(slug, client);
    }
    return client;
  };
  return Object.freeze(out) as SevenOffersClient<R>;
}
