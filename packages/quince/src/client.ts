// createQuince: the convenient Quince client, every registry endpoint as a method plus the
// helpers, over the same configuration-only client as the standalone functions. Nothing here lists
// an endpoint: `bindRegistry` binds the whole registry and `bindHelpers` adds the helpers.
import { bindHelpers, bindRegistry, type ClientOf, type WithHelpers } from '@x/core/provider';
import { createQuinceCore, type QuinceOptions } from './core';
import { endpoints } from './endpoints/index';
import { addAllFolders, addAllServices, listAllFolders, listAllServices, updateAllFolders, updateAllServices } from './helpers';

/** The helpers of each group, by client path: standalone functions, bound to the client by `createQuince`. */
const helpers = {
  services: {
    /**
     * Every service across pages, for `for await`. Pages hold 100 and have no total, so iteration
     * ends on the first page shorter than 100 (an exactly-full last page costs one more, empty, call).
     *
     * @example for await (const s of quince.services.listAll({ filter: { ParentFolder: null } })) console.log(s.Id);
     */
    listAll: listAllServices,
    /**
     * Create any number of services in calls of at most 100. NOT atomic across calls: when
     * `result.ok` is false, the chunks in `result.succeeded` were created and stay created; see
     * `result.unverified`, `result.failed` (with errors and `applied`) and `result.skipped`.
     */
    addAll: addAllServices,
    /**
     * Change any number of services in calls of at most 100; each call is all-or-nothing, the whole
     * is NOT atomic (read `result.ok`, `succeeded`, `unverified`, `failed`, `skipped`). Every item
     * must have an id: checked for all chunks before the first is sent.
     */
    updateAll: updateAllServices,
    folders: {
      /** Every service folder across pages, for `for await` (ends on the first page shorter than 100). */
      listAll: listAllFolders,
      /** Create any number of folders in calls of at most 100; NOT atomic across calls. */
      addAll: addAllFolders,
      /** Change any number of folders in calls of at most 100; each call all-or-nothing, the whole NOT atomic. */
      updateAll: updateAllFolders,
    },
  },
} as const;

/** The Quince client: every endpoint of the registry as a method, plus `listAll`, `addAll`, `updateAll` per group. */
export type QuinceClient = WithHelpers<ClientOf<typeof endpoints>, typeof helpers>;

/** Service methods: `list`, `add`, `update`, the helpers, and `folders`. */
export type QuinceServices = QuinceClient['services'];

/** Service folder methods: `list`, `add`, `update` plus `listAll`, `addAll`, `updateAll`. */
export type QuinceFolders = QuinceServices['folders'];

/**
 * Create a Quince client. Every call is a POST with a JSON body to `<baseURL>/api/v2/service/...`.
 * Lists (reads) are retried on network errors and 5xx like GETs; writes are never retried.
 *
 * @example
 * const quince = createQuince({ baseURL: 'http://127.0.0.1:4010/quince', auth: { header: 'Authorization', value: 'Bearer quince-demo-key' } });
 * const { data } = await quince.services.list({ filter: { ParentFolder: null } });
 */
export function createQuince(options: QuinceOptions): QuinceClient {
  const core = createQuinceCore(options);
  return bindHelpers(core, bindRegistry(core, endpoints), helpers);
}
