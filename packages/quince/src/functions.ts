// One standalone function per Quince endpoint, over a configuration-only client
// (`createQuinceCore`): an app that imports one function bundles one endpoint. The registry test
// (functions.test.ts) checks this list against src/endpoints/index.ts, key for key.
import { endpointFunction } from '@x/core/provider';
import { foldersAdd } from './endpoints/folders/add';
import { foldersList } from './endpoints/folders/list';
import { foldersUpdate } from './endpoints/folders/update';
import { servicesAdd as servicesAddEndpoint } from './endpoints/services/add';
import { servicesList as servicesListEndpoint } from './endpoints/services/list';
import { servicesUpdate as servicesUpdateEndpoint } from './endpoints/services/update';

/** List services, 100 per page; `ParentFolder: null` means "in no folder". Retried (a read). */
export const servicesList = /* @__PURE__ */ endpointFunction('quince', 'services.list', servicesListEndpoint);
/** Create up to 100 services; resolves with their ids. Not retried. */
export const servicesAdd = /* @__PURE__ */ endpointFunction('quince', 'services.add', servicesAddEndpoint);
/** Change up to 100 services, all or nothing; every item needs an Id. Not retried. */
export const servicesUpdate = /* @__PURE__ */ endpointFunction('quince', 'services.update', servicesUpdateEndpoint);
/** List service folders, 100 per page; `ParentFolder: null` means top level. Retried (a read). */
export const servicesFoldersList = /* @__PURE__ */ endpointFunction('quince', 'services.folders.list', foldersList);
/** Create up to 100 service folders; resolves with their ids. Not retried. */
export const servicesFoldersAdd = /* @__PURE__ */ endpointFunction('quince', 'services.folders.add', foldersAdd);
/** Change up to 100 service folders, all or nothing; every item needs an Id. Not retried. */
export const servicesFoldersUpdate = /* @__PURE__ */ endpointFunction('quince', 'services.folders.update', foldersUpdate);
