// Public API of @x/quince.
//
// Two ways to call: the convenient client (`createQuince()`, every endpoint and helper as a method),
// or a configuration-only client with standalone functions (`createQuinceCore()` +
// `servicesList(core, ...)`, `addAllServices(core, items)`), so a browser app bundles only what it imports.
export { createQuince } from './client';
export type { QuinceClient, QuinceFolders, QuinceServices } from './client';
export { createQuinceCore } from './core';
export type { QuinceCore, QuinceOptions } from './core';
export { servicesAdd, servicesFoldersAdd, servicesFoldersList, servicesFoldersUpdate, servicesList, servicesUpdate } from './functions';
export { addAllFolders, addAllServices, listAllFolders, listAllServices, updateAllFolders, updateAllServices } from './helpers';
export type { QuinceAuth, QuinceHeaderAuth, QuinceHeadersFunction } from './auth';
export { quinceProvider, QUINCE_PLACEHOLDER_BASE_URL } from './provider';
export { isQuinceError, isUnknownIdsError, QUINCE_REASONS, readQuinceError, unknownIdsOf, UNKNOWN_IDS_REASON } from './classify';
export type { QuinceError, QuinceErrorInfo, QuinceReason, UnknownIdsError } from './classify';
export type { BatchChunk, BatchOptions, BatchResult, FailedChunk, SkippedChunk, SucceededChunk, UnverifiedChunk } from './batch';
export { QUINCE_MAX_BATCH, QUINCE_PAGE_SIZE } from './schemas/common';
export type { Folder, FolderChange, NewFolder, NewService, Service, ServiceChange, ServiceImage, ServicePrice, WrittenId } from './schemas/common';
export type { ServiceFilter } from './endpoints/services/list';
export type { FolderFilter } from './endpoints/folders/list';
// Errors, guards, paginate, bind and the call types: core's apps surface, the same in every SDK.
export * from '@x/core';
