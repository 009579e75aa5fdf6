// The Quince helpers as standalone functions over a configuration-only client: every page of a
// list (`listAllServices`) and batches of any size in calls of 100 (`addAllServices`...). Each is
// an import of its own: an app calling `servicesList` alone bundles none of this, and
// `createQuince()` adds them to its groups (`quince.services.addAll`) with core's `bindHelpers`.
import { bind, paginate, type AnyEndpoint, RequestValidationError, type EndpointFunction, type PaginateOptions, type PagedInputOf, type Paginator, type ItemOf, type OutputOf } from '@x/core/provider';
import { runBatch, type BatchOptions, type BatchResult, type WriteKind, type WriteMethod } from './batch';
import type { QuinceCore } from './core';
import type { foldersList } from './endpoints/folders/list';
import type { servicesList as servicesListEndpoint } from './endpoints/services/list';
import { servicesAdd, servicesFoldersAdd, servicesFoldersList, servicesFoldersUpdate, servicesList, servicesUpdate } from './functions';
import type { FolderChange, NewFolder, NewService, ServiceChange } from './schemas/common';

/** Run a batch helper through one write function, refusing another provider's client up front. */
async function batch<Item, E extends AnyEndpoint>(core: QuinceCore, write: EndpointFunction<E, 'quince'>, items: readonly Item[], kind: WriteKind, helper: string, options?: BatchOptions): Promise<BatchResult<Item>> {
  if ((core as { provider?: unknown } | null | undefined)?.provider !== 'quince') {
    throw new RequestValidationError(`quince ${helper}: the first argument must be a quince client (from createQuinceCore or createQuince). Nothing was sent.`, {
      provider: 'quince',
      endpoint: write.key,
      issues: [{ path: 'client', message: 'Expected a quince client' }],
    });
  }
  return runBatch(bind(core, write) as unknown as WriteMethod<Item>, items, kind, helper, options);
}

/**
 * Every service across pages, for `for await`. Pages hold 100 and have no total, so iteration ends
 * on the first page shorter than 100 (an exactly-full last page costs one more, empty, call).
 *
 * @example for await (const s of listAllServices(core, { filter: { ParentFolder: null } })) console.log(s.Id);
 */
export function listAllServices(core: QuinceCore, input?: PagedInputOf<typeof servicesListEndpoint>, options?: PaginateOptions): Paginator<ItemOf<typeof servicesListEndpoint>, OutputOf<typeof servicesListEndpoint>> {
  return paginate(bind(core, servicesList), input, options);
}

/**
 * Create any number of services in calls of at most 100. NOT atomic across calls: when
 * `result.ok` is false, the chunks in `result.succeeded` were created and stay created; see
 * `result.unverified` (success without one id per item), `result.failed` (with errors and
 * `applied`) and `result.skipped`. Bad input anywhere rejects before anything is sent.
 */
export function addAllServices(core: QuinceCore, items: readonly NewService[], options?: BatchOptions): Promise<BatchResult<NewService>> {
  return batch(core, servicesAdd, items, 'add', 'services.addAll', options);
}

/**
 * Change any number of services in calls of at most 100; each call is all-or-nothing, the whole
 * is NOT atomic: read `result.ok`, `result.succeeded`, `result.unverified`, `result.failed` (a
 * failed chunk's `applied` is `'no'` only when the provider refused it), `result.skipped`. Every
 * item must have an id: this is checked for all chunks before the first is sent.
 */
export function updateAllServices(core: QuinceCore, items: readonly ServiceChange[], options?: BatchOptions): Promise<BatchResult<ServiceChange>> {
  return batch(core, servicesUpdate, items, 'update', 'services.updateAll', options);
}

/**
 * Every service folder across pages, for `for await` (ends on the first page shorter than 100).
 *
 * @example for await (const f of listAllFolders(core)) console.log(f.Id, f.Name);
 */
export function listAllFolders(core: QuinceCore, input?: PagedInputOf<typeof foldersList>, options?: PaginateOptions): Paginator<ItemOf<typeof foldersList>, OutputOf<typeof foldersList>> {
  return paginate(bind(core, servicesFoldersList), input, options);
}

/** Create any number of service folders in calls of at most 100; NOT atomic across calls (see `addAllServices`). */
export function addAllFolders(core: QuinceCore, items: readonly NewFolder[], options?: BatchOptions): Promise<BatchResult<NewFolder>> {
  return batch(core, servicesFoldersAdd, items, 'add', 'services.folders.addAll', options);
}

/** Change any number of service folders in calls of at most 100; each call all-or-nothing, the whole NOT atomic (see `updateAllServices`). */
export function updateAllFolders(core: QuinceCore, items: readonly FolderChange[], options?: BatchOptions): Promise<BatchResult<FolderChange>> {
  return batch(core, servicesFoldersUpdate, items, 'update', 'services.folders.updateAll', options);
}
