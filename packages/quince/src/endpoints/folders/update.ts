import * as v from 'valibot';
import { defineEndpoint } from '@x/core/provider';
import { batch, envelope, folderChange, writtenId } from '../../schemas/common';

/**
 * POST /api/v2/service/folder/update: change up to 100 folders, all or nothing. A missing or
 * unknown Id fails the whole batch; unknown ids come back as a NotFoundError (`unknown_ids`).
 */
export const foldersUpdate = /* @__PURE__ */ defineEndpoint({
  method: 'POST',
  path: '/api/v2/service/folder/update',
  summary: 'Change up to 100 service folders, all or nothing (every item needs an Id).',
  docs: 'seed 004 "Створення або оновлення папки"',
  request: {
    body: /* @__PURE__ */ v.object({
      /** The changes (1 to 100), each with the Id of an existing folder. */
      array: /* @__PURE__ */ batch(folderChange),
    }),
  },
  response: /* @__PURE__ */ envelope(writtenId),
  safe: false,
});
