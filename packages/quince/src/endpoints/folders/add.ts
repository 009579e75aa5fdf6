import * as v from 'valibot';
import { defineEndpoint } from '@x/core/provider';
import { batch, envelope, newFolder, writtenId } from '../../schemas/common';

/** POST /api/v2/service/folder/add: create up to 100 folders; answers their ids. Not retried. */
export const foldersAdd = /* @__PURE__ */ defineEndpoint({
  method: 'POST',
  path: '/api/v2/service/folder/add',
  summary: 'Create up to 100 service folders; returns their ids.',
  docs: 'seed 004 "Створення або оновлення папки"',
  request: {
    body: /* @__PURE__ */ v.object({
      /** The folders to create (1 to 100). */
      array: /* @__PURE__ */ batch(newFolder),
    }),
  },
  response: /* @__PURE__ */ envelope(writtenId),
  safe: false,
});
