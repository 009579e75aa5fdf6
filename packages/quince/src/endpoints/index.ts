// The Quince endpoint registry: the shape of the client (`client.services.folders.list(...)`).
import { foldersAdd } from './folders/add';
import { foldersList } from './folders/list';
import { foldersUpdate } from './folders/update';
import { servicesAdd } from './services/add';
import { servicesList } from './services/list';
import { servicesUpdate } from './services/update';

/** Every documented operation of the Quince "Services" section (`/api/v2/service/...`). */
export const endpoints = {
  services: {
    /** List services, 100 per page; `ParentFolder: null` means "in no folder". Retried (a read). */
    list: servicesList,
    /** Create up to 100 services; resolves with their ids. Not retried. */
    add: servicesAdd,
    /** Change up to 100 services, all or nothing; every item needs an Id. Not retried. */
    update: servicesUpdate,
    folders: {
      /** List service folders, 100 per page; `ParentFolder: null` means top level. Retried (a read). */
      list: foldersList,
      /** Create up to 100 service folders; resolves with their ids. Not retried. */
      add: foldersAdd,
      /** Change up to 100 service folders, all or nothing; every item needs an Id. Not retried. */
      update: foldersUpdate,
    },
  },
} as const;
