import * as v from 'valibot';
import { defineEndpoint } from '@x/core/provider';
import { quinceId, envelope, pageNumber, QUINCE_PAGE_SIZE, service } from '../../schemas/common';

/** The filter of `/service/list`; every given field must match (AND). */
export const serviceFilter = /* @__PURE__ */ v.object({
  /** Folder id, or `null` for services that are in no folder (not the same as leaving it out). */
  ParentFolder: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(quinceId)),
  /** One service by id. */
  Id: /* @__PURE__ */ v.optional(quinceId),
  /** Price type ids: which `Prices` come back with each service. */
  PriceType: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.pipe(/* @__PURE__ */ v.array(quinceId), /* @__PURE__ */ v.maxLength(1000, 'Give at most 1000 price types'))),
  /** `true` to include archived services. */
  Archive: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
});

/** A filter for listing services. */
export type ServiceFilter = v.InferInput<typeof serviceFilter>;

/** POST /api/v2/service/list: one page (100) of services. A read, so it is retried like one. */
export const servicesList = /* @__PURE__ */ defineEndpoint({
  method: 'POST',
  path: '/api/v2/service/list',
  summary: 'List services, 100 per page (filter by folder, id, price types, archive).',
  docs: 'seed 004 "Отримання списку послуг" (printed as /service/list, without /api/v2: fact sheet Q2)',
  request: {
    body: /* @__PURE__ */ v.object({
      filter: /* @__PURE__ */ v.optional(serviceFilter),
      /** Page number, from 1 (default 1). */
      page: /* @__PURE__ */ v.optional(pageNumber),
    }),
  },
  response: /* @__PURE__ */ envelope(service),
  safe: true,
  pagination: { page: 'page', firstPage: 1, items: 'data', end: { pageSize: QUINCE_PAGE_SIZE } },
});
