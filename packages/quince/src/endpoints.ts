// `@x/quince/endpoints`: the endpoint registry and provider, for mocks, contract tests and tooling.
export { quinceProvider, QUINCE_PLACEHOLDER_BASE_URL } from './provider';
export { endpoints } from './endpoints/index';
export { classifyQuince, readQuinceError, UNKNOWN_IDS_REASON } from './classify';
export type { QuinceErrorInfo } from './classify';
export { serviceFilter } from './endpoints/services/list';
export { folderFilter } from './endpoints/folders/list';
export {
  folder,
  folderChange,
  image,
  newFolder,
  newService,
  price,
  QUINCE_MAX_BATCH,
  QUINCE_PAGE_SIZE,
  service,
  serviceChange,
  writtenId,
} from './schemas/common';
