// The 7offers mock: generic, stateful resource routes derived from the same resource definitions
// the SDK uses. Auth by role key, paging with the documented defaults and bounds, 201 on create,
// 404 / 405 / 501, and both delete forms. Errors come in the provider's `{ "error": ... }` shape.
import { defineSevenOffersProvider, type Action, type AnyResource } from '@x/7offers/endpoints';
import { asRecord, type AnyEndpoint, type ValidationIssue } from '@x/core/provider';
import { objectEntries } from '@x/core/internal';
import type { RequestHandler } from 'msw';
import { defineProviderMock } from '../../define-provider-mock';
import { createMock, type ProviderMock } from '../../provider-mock';
import type { MockOptions, MockResponse, ProviderMockDefinition, ResolverContext } from '../../types';
import { sevenOffersExamples } from './examples';
import { sevenOffersMockProvider, sevenOffersMockResources, type SevenOffersMockEndpoints } from './resources';
import {
  checkComingSoon,
  createSevenOffersState,
  defaultSevenOffersKeys,
  defaultSevenOffersSeed,
  type SevenOffersKeys,
  type SevenOffersSeed,
  type SevenOffersState,
  type StoredObject,
} from './state';

export { sevenOffersExamples } from './examples';
export { sevenOffersMockProvider, sevenOffersMockResources } from './resources';
export { defaultSevenOffersKeys, defaultSevenOffersSeed } from './state';
export type { SevenOffersKeys, SevenOffersSeed, SevenOffersState, StoredObject } from './state';

/** The mock's own wording; the docs give statuses, not texts (except "Unauthorized"). */
export const SEVEN_OFFERS_MOCK_MESSAGES = {
  unauthorized: 'Unauthorized',
  forbidden: 'Forbidden',
  notFound: 'Not found',
  notImplemented: 'Not implemented',
  required: 'This field is required',
} as const;

/**
 * Fields the mock requires on create (an assumption: the docs list no fields), and which fields
 * must name an existing object of another resource (`offer_id` → offer, as in the docs' example).
 */
export const SEVEN_OFFERS_MOCK_RULES: {
  required: Readonly<Record<string, readonly string[]>>;
  references: Readonly<Record<string, Readonly<Record<string, string>>>>;
} = {
  required: { goal: ['offer_id', 'title'], offer: ['title'], promo: ['offer_id', 'title'] },
  references: { goal: { offer_id: 'offer' }, promo: { offer_id: 'offer' }, lead: { offer_id: 'offer' }, offer: { category_id: 'category' } },
};

type Ctx = ResolverContext<AnyEndpoint, SevenOffersState>;
type Resolver = (ctx: Ctx) => MockResponse | Promise<MockResponse>;

const PAGING = new Set(['page', 'per_page', 'api_key']);

const error = (status: number, value: unknown): MockResponse => ({ status, body: { error: value } });
const ok = (body: unknown, status = 200): MockResponse => ({ status, body });


function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Issues as the provider's field errors: `{ field: [messages] }`, or a string for a whole-request problem. */
function toErrorValue(issues: readonly ValidationIssue[]): unknown {
  const fields: Record<string, string[]> = {};
  const general: string[] = [];
  for (const issue of issues) {
    const field = issue.path.split('.')[0] ?? '';
    if (field === '') general.push(issue.message);
    else (fields[field] ??= []).push(issue.message);
  }
  if (Object.keys(fields).length === 0) return general.join('; ') || 'Bad request';
  if (general.length > 0) fields.non_field_errors = general;
  return fields;
}

function sameValue(stored: unknown, wanted: unknown): boolean {
  if (Array.isArray(wanted)) return wanted.some((w) => sameValue(stored, w));
  return stored !== undefined && stored !== null && String(stored) === String(wanted);
}

function all(state: SevenOffersState, key: string): StoredObject[] {
  const collection = state.collections[key];
  return collection ? (collection.all() as StoredObject[]).slice().sort((a, b) => a.id - b.id) : [];
}

function find(state: SevenOffersState, key: string, id: unknown): StoredObject | undefined {
  const text = String(id);
  if (!/^\d+$/.test(text)) return undefined;
  return all(state, key).find((o) => o.id === Number(text));
}

function plain(object: StoredObject): Record<string, unknown> {
  return { ...object };
}

/** Field errors for references to objects that do not exist (`offer_id` → "Offers not found"). */
function missingReferences(state: SevenOffersState, key: string, values: Record<string, unknown>): Record<string, string[]> | undefined {
  const out: Record<string, string[]> = {};
  for (const [field, target] of Object.entries(SEVEN_OFFERS_MOCK_RULES.references[key] ?? {})) {
    const wanted = values[field];
    const targetResource = state.resources[target];
    if (wanted === undefined || !targetResource) continue;
    const ids = Array.isArray(wanted) ? wanted : [wanted];
    if (ids.some((id) => !find(state, target, id))) out[field] = [`${capitalize(targetResource.title)} not found`];
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The body fields to store: everything but the key (which may travel in the body, fact sheet Q3). */
function fieldsOf(body: unknown): Record<string, unknown> {
  const { api_key: _key, ...fields } = asRecord(body) ?? {};
  return fields;
}

/** The generic behaviour of one action of one resource. */
function resolverFor(key: string, resource: AnyResource, action: Action): Resolver {
  const comingSoon = (state: SevenOffersState): MockResponse | undefined =>
    state.comingSoon.has(`${key}.${action}`) ? error(501, SEVEN_OFFERS_MOCK_MESSAGES.notImplemented) : undefined;
  switch (action) {
    case 'list':
      return ({ input, request, state }) => {
        const early = comingSoon(state);
        if (early) return early;
        const query = (input.query ?? {}) as Record<string, unknown>;
        const missing = missingReferences(state, key, query);
        if (missing) return error(400, missing);
        // Filter on any parameter naming a field of the resource (declared filters parsed, others as sent).
        const known = new Set([...Object.keys(objectEntries(resource.item) ?? {}), ...Object.keys(query)]);
        const filters = Object.entries({ ...request.query, ...query }).filter(([name, value]) => !PAGING.has(name) && known.has(name) && value !== undefined);
        const objects = all(state, key).filter((o) => filters.every(([name, value]) => sameValue(o[name], value)));
        if (!resource.paginated) return ok({ objects: objects.map(plain) });
        const page = Number(query.page ?? 1);
        const perPage = Number(query.per_page ?? 100);
        return ok({ objects: objects.slice((page - 1) * perPage, page * perPage).map(plain), total_count: objects.length, per_page: perPage, page });
      };
    case 'view':
      return ({ request, state }) => {
        const early = comingSoon(state);
        if (early) return early;
        const object = find(state, key, request.params.id);
        return object ? ok({ object: plain(object) }) : error(404, SEVEN_OFFERS_MOCK_MESSAGES.notFound);
      };
    case 'create':
      return async ({ input, state }) => {
        const early = comingSoon(state);
        if (early) return early;
        const fields = fieldsOf(input.body);
        const required = SEVEN_OFFERS_MOCK_RULES.required[key] ?? [];
        const absent = required.filter((name) => fields[name] === undefined || fields[name] === '');
        if (absent.length > 0) return error(400, Object.fromEntries(absent.map((name) => [name, [SEVEN_OFFERS_MOCK_MESSAGES.required]])));
        const missing = missingReferences(state, key, fields);
        if (missing) return error(400, missing);
        const id = state.nextId[key]!++;
        await state.collections[key]!.create({ ...fields, id });
        return ok({ created: id }, 201);
      };
    case 'update':
      return async ({ input, request, state }) => {
        const early = comingSoon(state);
        if (early) return early;
        const object = find(state, key, request.params.id);
        if (!object) return error(404, SEVEN_OFFERS_MOCK_MESSAGES.notFound);
        const fields = fieldsOf(input.body);
        const missing = missingReferences(state, key, fields);
        if (missing) return error(400, missing);
        await state.collections[key]!.update(object as never, { data: (draft: Record<string, unknown>) => void Object.assign(draft, fields) } as never);
        return ok({ updated: object.id });
      };
    case 'delete':
      return ({ request, state }) => {
        const early = comingSoon(state);
        if (early) return early;
        const object = find(state, key, request.params.id);
        if (!object) return error(404, SEVEN_OFFERS_MOCK_MESSAGES.notFound);
        state.collections[key]!.delete(object as never);
        return ok({ deleted: object.id });
      };
  }
}

/** Resolvers for every action of every resource, keyed like the endpoints (`goal.deleteViaPost` shares delete's). */
function resolversFor(resources: Readonly<Record<string, AnyResource>>): Record<string, Resolver> {
  const out: Record<string, Resolver> = {};
  for (const [key, resource] of Object.entries(resources)) {
    for (const action of resource.actions) {
      out[`${key}.${action}`] = resolverFor(key, resource, action);
      if (action === 'delete') out[`${key}.deleteViaPost`] = out[`${key}.delete`]!;
    }
  }
  return out;
}

/** The resource and action an endpoint key belongs to. */
function actionOf(endpointKey: string): { key: string; action: Action } {
  const dot = endpointKey.lastIndexOf('.');
  const operation = endpointKey.slice(dot + 1);
  return { key: endpointKey.slice(0, dot), action: (operation === 'deleteViaPost' ? 'delete' : operation) as Action };
}

/** Options of the 7offers mock. */
export interface SevenOffersMockOptions extends MockOptions {
  /** The webmaster and advertiser keys (guests send none). Default `defaultSevenOffersKeys`. */
  keys?: SevenOffersKeys;
  /** `<resource key>.<action>` names that answer 501 "not implemented yet" (e.g. `['goal.delete']`). */
  comingSoon?: readonly string[];
  /** More resources to serve (your own `defineResource`); their routes come from the definitions. */
  resources?: Readonly<Record<string, AnyResource>>;
  /** Initial objects per resource key (replaces the default objects of that resource). */
  initial?: SevenOffersSeed;
}

type Definition = ProviderMockDefinition<SevenOffersMockEndpoints, SevenOffersState, typeof sevenOffersExamples>;

/** The 7offers mock definition (use `createSevenOffersMock` for an instance). */
export function sevenOffersMockDefinition(options: Omit<SevenOffersMockOptions, keyof MockOptions> = {}): Definition {
  const resources = { ...sevenOffersMockResources, ...options.resources };
  const keys = options.keys ?? defaultSevenOffersKeys;
  const comingSoon = options.comingSoon ?? [];
  checkComingSoon(resources, comingSoon);
  // Extra resources get their own provider; its typed keys stay those of the default resources.
  const provider = (options.resources ? defineSevenOffersProvider(resources) : sevenOffersMockProvider) as typeof sevenOffersMockProvider;
  const seed = { ...defaultSevenOffersSeed, ...options.initial };
  return defineProviderMock({
    provider,
    examples: sevenOffersExamples,
    authParams: ['api_key'],
    // The documents print list paths with and without the trailing slash (fact sheet Q1).
    forms: { trailingSlash: 'either' },
    createState: ({ clock }) => createSevenOffersState({ clock, resources, keys, comingSoon, seed }),

    authenticate(request, { key: endpointKey, state }) {
      // The key may come in the query (what the SDK sends) or in a form body (fact sheet Q3).
      const given = request.query.api_key ?? asRecord(request.body)?.api_key;
      const unauthorized = { response: error(401, SEVEN_OFFERS_MOCK_MESSAGES.unauthorized) };
      let role: 'guest' | 'webmaster' | 'advertiser' = 'guest';
      if (given !== undefined) {
        const found = typeof given === 'string' ? state.roles.get(given) : undefined;
        if (!found) return unauthorized;
        role = found;
      }
      const { key, action } = actionOf(endpointKey);
      const allowed = state.resources[key]?.access[action] ?? [];
      if (!allowed.includes(role)) return role === 'guest' ? unauthorized : { response: error(403, SEVEN_OFFERS_MOCK_MESSAGES.forbidden) };
      return { principal: role };
    },

    errors: {
      validation: (issues) => error(400, toErrorValue(issues)),
      status: (status, message) => error(status, message),
    },

    resolvers: resolversFor(resources) as Definition['resolvers'],

    // The seed's 405 "this resource does not support the method": a path under a served resource
    // that no action of it has (`POST /geo/del/1` for geo, which cannot delete) is a 405, not a 404.
    unrouted({ method, path }) {
      const [slug, ...rest] = path.replace(/^\/+|\/+$/g, '').split('/');
      const resource = Object.values(resources).find((r) => r.slug === slug);
      if (!resource || rest.length > 2 || (rest.length === 2 && rest[0] !== 'del')) return undefined;
      const allowed = rest.length === 2 && (resource.actions as readonly string[]).includes('delete') ? ['POST'] : [];
      return { ...error(405, `Method ${method} not allowed: ${resource.title} ${rest.length === 2 ? 'cannot be deleted' : 'does not support this action'}`), headers: { allow: allowed.join(', ') } };
    },

    curl: (base) => `curl '${base}/goal/?offer_id=1&per_page=10'`,
  });
}

/** A 7offers mock instance. */
export type SevenOffersMock = ProviderMock<SevenOffersMockEndpoints, SevenOffersState, typeof sevenOffersExamples>;

/**
 * Create a 7offers mock: msw handlers (`mock.handlers`), per-resource collections, journal, clock
 * and scenarios. Serves geo, goal and every opt-in resource.
 *
 * @example
 * const mock = createSevenOffersMock({ comingSoon: ['promo.delete'] });
 * const server = setupServer(...mock.handlers);
 */
export function createSevenOffersMock(options: SevenOffersMockOptions = {}): SevenOffersMock {
  const { keys, comingSoon, resources, initial, ...mockOptions } = options;
  return createMock(sevenOffersMockDefinition({ keys, comingSoon, resources, initial }), mockOptions);
}

/** msw handlers for 7offers at `baseURL` (default: the real base URL), with a fresh mock behind them. */
export function sevenOffersHandlers(baseURL?: string): RequestHandler[] {
  return createSevenOffersMock(baseURL ? { baseURL } : {}).handlers;
}
