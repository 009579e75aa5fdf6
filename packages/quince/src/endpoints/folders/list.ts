import * as v from 'valibot';
import { defineEndpoint } from '@x/core/provider';
import { quinceId, envelope, folder, pageNumber, QUINCE_PAGE_SIZE } from '../../schemas/common';

/** The filter of `/service/folder/list`; every given field must match (AND). */
export const folderFilter = /* @__PURE__ */ v.object({
  /** Parent folder id, or `null` for top-level folders (not the same as leaving it out). */
  ParentFolder: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(quinceId)),
  /** One folder by id. */
  Id: /* @__PURE__ */ v.optional(quinceId),
});

/** A filter for listing service folders. */
export type FolderFilter = v.InferInput<typeof folderFilter>;

/** POST /api/v2/service/folder/list: one page (100) of service folders. A read, retried like one. */
export const foldersList = /* @__PURE__ */ defineEndpoint({
  method: 'POST',
  path: '/api/v2/service/folder/list',
  summary: 'List service folders, 100 per page (ParentFolder: null = top level).',
  docs: 'seed 004 "Отримання списку папок"',
  request: {
    body: /* @__PURE__ */ v.object({
      filter: /* @__PURE__ */ v.optional(folderFilter),
      /** Page number, from 1 (default 1). */
      page: /* @__PURE__ */ v.optional(pageNumber),
    }),
  },
  response: /* @__PURE__ */ envelope(folder),
  safe: true,
  pagination: { page: 'page', firstPage: 1, items: 'data', end: { pageSize: QUINCE_PAGE_SIZE } },
});
