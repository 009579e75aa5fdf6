// createQuince: the Quince client. Host and auth are undocumented, so both are required options.
import {
  createClient,
  paginate,
  RequestValidationError,
  type AnyEndpoint,
  type ClientOf,
  type ClientOptions,
  type EndpointMethod,
  type ItemOf,
  type OutputOf,
  type PagedInputOf,
  type PaginateOptions,
  type Paginator,
  type ValidationIssue,
} from '@x/core/provider';
import { checkAuthOption, quinceAuthStrategy, type QuinceAuth } from './auth';
import { runBatch, type BatchOptions, type BatchResult } from './batch';
import { endpoints } from './endpoints/index';
import type { foldersList } from './endpoints/folders/list';
import type { servicesList } from './endpoints/services/list';
import { quinceProvider } from './provider';
import type { FolderChange, NewFolder, NewService, ServiceChange } from './schemas/common';

/** Options of `createQuince`. */
export type QuinceOptions = Omit<ClientOptions, 'baseURL' | 'hosts'> & {
  /**
   * Your Quince host, e.g. `https://<tenant>.example`, WITHOUT `/api/v2` (the SDK adds it). Required:
   * the host is not documented, and there is no default that could reach a real tenant.
   */
  baseURL: string;
  /** How to authenticate (required; the scheme is not documented). See `QuinceAuth`. */
  auth: QuinceAuth;
};

type Base = ClientOf<typeof endpoints>;

/** `for await` over every service or folder, and batch helpers that split into calls of 100. */
interface PagedAndBatched<ListEndpoint extends AnyEndpoint, New, Change> {
  /**
   * Every item across pages, for `for await`. Pages hold 100 and have no total, so iteration ends
   * on the first page shorter than 100 (an exactly-full last page costs one more, empty, call).
   *
   * @example for await (const s of quince.services.listAll({ filter: { ParentFolder: null } })) console.log(s.Id);
   */
  listAll(input?: PagedInputOf<ListEndpoint>, options?: PaginateOptions): Paginator<ItemOf<ListEndpoint>, OutputOf<ListEndpoint>>;
  /**
   * Create any number of items in calls of at most 100. NOT atomic across calls: when
   * `result.ok` is false, the chunks in `result.succeeded` were created and stay created; see
   * `result.unverified` (success without one id per item), `result.failed` (with errors and
   * `applied`) and `result.skipped`. Bad input anywhere throws before anything is sent.
   */
  addAll(items: readonly New[], options?: BatchOptions): Promise<BatchResult<New>>;
  /**
   * Change any number of items in calls of at most 100; each call is all-or-nothing, the whole is
   * NOT atomic: read `result.ok`, `result.succeeded`, `result.unverified`, `result.failed` (a
   * failed chunk's `applied` is `'no'` only when the provider refused it), `result.skipped`. Every
   * item must have an Id: this is checked for all chunks before the first is sent.
   */
  updateAll(items: readonly Change[], options?: BatchOptions): Promise<BatchResult<Change>>;
}

/** Service folder methods: `list`, `add`, `update` plus `listAll`, `addAll`, `updateAll`. */
export type QuinceFolders = Base['services']['folders'] & PagedAndBatched<typeof foldersList, NewFolder, FolderChange>;

/** Service methods: `list`, `add`, `update`, the helpers, and `folders`. */
export type QuinceServices = Omit<Base['services'], 'folders'> &
  PagedAndBatched<typeof servicesList, NewService, ServiceChange> & {
    /** Service folders. */
    readonly folders: QuinceFolders;
  };

/** The Quince client. */
export interface QuinceClient {
  /** Services and their folders. */
  readonly services: QuinceServices;
}

function checkBaseURL(baseURL: unknown): ValidationIssue[] {
  if (typeof baseURL !== 'string' || baseURL.trim() === '') {
    return [{ path: 'baseURL', message: 'baseURL is required: the Quince host is not documented, so give your tenant\'s URL' }];
  }
  let url: URL;
  try {
    url = new URL(baseURL);
  } catch {
    return [{ path: 'baseURL', message: 'baseURL must be an absolute http(s) URL' }];
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return [{ path: 'baseURL', message: 'baseURL must be an http(s) URL' }];
  if (url.username || url.password) return [{ path: 'baseURL', message: 'baseURL must not carry credentials; use the auth option' }];
  if (url.search || url.hash) return [{ path: 'baseURL', message: 'baseURL must not have a query or a fragment' }];
  if (/\/api\/v2\/*$/i.test(url.pathname)) return [{ path: 'baseURL', message: 'baseURL must not end with /api/v2: the SDK adds /api/v2 to every path' }];
  return [];
}


/** A group's endpoint methods plus `listAll` (every page) and `addAll` / `updateAll` (chunks of 100). */
// Services and folders have different method types; the public shape is `QuinceClient`.
function withHelpers<G extends { list: EndpointMethod<AnyEndpoint>; add: unknown; update: unknown }>(group: G, prefix: string) {
  return {
    list: group.list,
    add: group.add,
    update: group.update,
    listAll: (input?: never, paging?: PaginateOptions) => paginate(group.list, input, paging),
    addAll: (items: readonly never[], batch?: BatchOptions) => runBatch(group.add as never, items, 'add', `${prefix}.addAll`, batch),
    updateAll: (items: readonly never[], batch?: BatchOptions) => runBatch(group.update as never, items, 'update', `${prefix}.updateAll`, batch),
  };
}

/**
 * Create a Quince client. Every call is a POST with a JSON body to `<baseURL>/api/v2/service/...`.
 * Lists (reads) are retried on network errors and 5xx like GETs; writes are never retried.
 *
 * @example
 * const quince = createQuince({ baseURL: 'http://127.0.0.1:4010/quince', auth: { header: 'Authorization', value: 'Bearer quince-demo-key' } });
 * const { data } = await quince.services.list({ filter: { ParentFolder: null } });
 */
export function createQuince(options: QuinceOptions): QuinceClient {
  const { baseURL, auth, ...clientOptions } = (options ?? {}) as QuinceOptions;
  const issues = [...checkBaseURL(baseURL), ...checkAuthOption(auth)];
  if ('hosts' in clientOptions) issues.push({ path: 'hosts', message: 'Quince has one host: use baseURL' });
  if (issues.length > 0) {
    throw new RequestValidationError(`quince: invalid options: ${issues.map((i) => i.message).join('; ')}`, { provider: 'quince', issues });
  }
  const base = createClient(quinceProvider, { ...clientOptions, baseURL }, { auth: [quinceAuthStrategy(auth)] });
  const { services } = base;
  return Object.freeze({
    services: Object.freeze({ ...withHelpers(services, 'services'), folders: Object.freeze(withHelpers(services.folders, 'services.folders')) }),
  }) as unknown as QuinceClient;
}
