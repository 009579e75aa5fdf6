// A small provider that exercises every pipeline feature, for core's own tests.
import * as v from 'valibot';
import { defineEndpoint, defineProvider, openEnum } from '../src/provider';

export const getItem = defineEndpoint({
  method: 'GET',
  path: '/items/{id}',
  summary: 'Read one item.',
  request: { path: v.object({ id: v.pipe(v.string(), v.minLength(1)) }), query: v.object({ expand: v.optional(v.array(v.string())) }) },
  response: v.object({ id: v.string(), color: openEnum(['red', 'green']), size: v.optional(v.number()) }),
  safe: true,
});

export const createItem = defineEndpoint({
  method: 'POST',
  path: '/items',
  summary: 'Create an item.',
  request: { body: v.object({ name: v.pipe(v.string(), v.minLength(1)), password: v.optional(v.string()), tags: v.optional(v.array(v.string())) }) },
  response: v.object({ id: v.string() }),
  successStatus: [201],
  safe: false,
});

export const sendForm = defineEndpoint({
  method: 'POST',
  path: '/form',
  summary: 'Send a form.',
  encoding: 'form',
  request: { body: v.object({ name: v.string(), list: v.array(v.number()), nested: v.optional(v.object({ a: v.string() })) }) },
  response: v.object({ ok: v.boolean() }),
  safe: false,
});

export const upload = defineEndpoint({
  method: 'POST',
  path: '/upload',
  summary: 'Upload a file.',
  encoding: 'multipart',
  request: { body: v.object({ file: v.blob(), meta: v.object({ type: v.literal('photo') }) }) },
  response: v.object({ url: v.string() }),
  safe: false,
});

export const sendList = defineEndpoint({
  method: 'POST',
  path: '/list',
  summary: 'Send an array body.',
  request: { body: v.array(v.object({ id: v.string() })) },
  response: v.object({ accepted: v.number() }),
  safe: false,
});

export const pagedNext = defineEndpoint({
  method: 'GET',
  path: '/paged/next',
  summary: 'Paged by next page number.',
  request: { query: v.object({ page: v.optional(v.number()), q: v.optional(v.string()) }) },
  response: v.object({ result: v.object({ next: v.nullable(v.number()), results: v.array(v.number()) }) }),
  safe: true,
  pagination: { page: 'page', items: 'result.results', end: { next: 'result.next' } },
});

export const pagedLast = defineEndpoint({
  method: 'GET',
  path: '/paged/last',
  summary: 'Paged by current/last.',
  request: { query: v.object({ page: v.optional(v.number()) }) },
  response: v.object({ offers: v.array(v.string()), page: v.object({ current: v.number(), last: v.number() }) }),
  safe: true,
  pagination: { page: 'page', items: 'offers', end: { current: 'page.current', last: 'page.last' } },
});

export const pagedFixed = defineEndpoint({
  method: 'POST',
  path: '/paged/fixed',
  summary: 'Fixed pages of 3.',
  request: { body: v.object({ page: v.optional(v.number()), filter: v.optional(v.object({ parent: v.nullable(v.number()) })) }) },
  response: v.object({ data: v.array(v.number()) }),
  safe: true,
  pagination: { page: 'page', items: 'data', end: { pageSize: 3 } },
});

export const pagedEmpty = defineEndpoint({
  method: 'GET',
  path: '/paged/empty',
  summary: 'Paged until empty.',
  request: { query: v.object({ page: v.optional(v.number()) }) },
  response: v.object({ objects: v.array(v.string()) }),
  safe: true,
  pagination: { page: 'page', items: 'objects', end: 'empty' },
});

export const pagedEcho = defineEndpoint({
  method: 'GET',
  path: '/paged/echo',
  summary: 'Paged until empty, echoing the page number when the list is paged.',
  request: { query: v.object({ page: v.optional(v.number()) }) },
  response: v.object({ objects: v.array(v.string()), page: v.optional(v.number()) }),
  safe: true,
  pagination: { page: 'page', items: 'objects', end: 'empty', echo: 'page' },
});

export const envelope = defineEndpoint({
  method: 'GET',
  path: '/envelope',
  summary: 'Fails inside a 200.',
  response: v.object({ success: v.boolean(), data: v.optional(v.array(v.unknown())) }),
  safe: true,
});

export const toy = defineProvider({
  name: 'toy',
  title: 'Toy API',
  baseURL: 'https://toy.test/api',
  endpoints: {
    items: {
      /** Read one item. */
      get: getItem,
      /** Create an item. */
      create: createItem,
    },
    sendForm,
    upload,
    sendList,
    paged: { next: pagedNext, last: pagedLast, fixed: pagedFixed, empty: pagedEmpty, echo: pagedEcho },
    envelope,
  },
  classify: ({ body }) => {
    if (body && typeof body === 'object' && (body as { success?: unknown }).success === false) {
      const error = (body as { error?: { code?: string; message?: string } }).error;
      return { code: error?.code, message: error?.message, reason: 'envelope_failure' };
    }
    return undefined;
  },
  encoding: { arrayFormat: 'brackets' },
});
