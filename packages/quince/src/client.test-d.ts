// Type tests for the Quince client (vitest typecheck mode: type-checked by tsc, never executed).
import { describe, expectTypeOf, test } from 'vitest';
import {
  createQuince,
  isApiError,
  isUnknownIdsError,
  paginate,
  unknownIdsOf,
  type BatchResult,
  type CallOptions,
  type Folder,
  type FolderChange,
  type NewFolder,
  type NewService,
  type QuinceAuth,
  type QuinceClient,
  type QuinceOptions,
  type Service,
  type ServiceChange,
  type ServiceFilter,
  type WrittenId,
} from './index';

const quince = createQuince({ baseURL: 'https://tenant.example', auth: { header: 'Authorization', value: 'Bearer t' } });

describe('createQuince options', () => {
  test('baseURL and auth are required; auth is a header, a headers function or a core strategy', () => {
    expectTypeOf(quince).toEqualTypeOf<QuinceClient>();
    expectTypeOf<QuinceOptions['auth']>().toEqualTypeOf<QuinceAuth>();
    expectTypeOf(createQuince).toBeCallableWith({ baseURL: 'https://tenant.example', auth: () => ({ authorization: 'Bearer t' }) });
    expectTypeOf(createQuince).toBeCallableWith({ baseURL: 'https://tenant.example', auth: async () => ({ authorization: 'Bearer t' }) });
    // @ts-expect-error the host is not documented: baseURL is required
    void (() => createQuince({ auth: { header: 'x', value: 'y' } }));
    // @ts-expect-error the scheme is not documented: auth is required
    void (() => createQuince({ baseURL: 'https://tenant.example' }));
    // @ts-expect-error one host only: no `hosts`
    void (() => createQuince({ baseURL: 'https://tenant.example', auth: { header: 'x', value: 'y' }, hosts: {} }));
  });
});

describe('services and folders', () => {
  test('list takes an optional filter and page with the wire field names', () => {
    expectTypeOf(quince.services.list).toBeCallableWith();
    expectTypeOf(quince.services.list).parameter(0).toEqualTypeOf<{ filter?: ServiceFilter | undefined; page?: number | string | undefined } | undefined>();
    expectTypeOf<ServiceFilter['ParentFolder']>().toEqualTypeOf<number | string | null | undefined>();
    expectTypeOf(quince.services.list).toBeCallableWith({ filter: { ParentFolder: null, Archive: true } });
    // @ts-expect-error the wire spells it ParentFolder
    void (() => quince.services.list({ filter: { parentFolder: 1 } }));
    expectTypeOf(quince.services.list).returns.resolves.toEqualTypeOf<{ success: true; data: Service[] }>();
    expectTypeOf(quince.services.folders.list).returns.resolves.toEqualTypeOf<{ success: true; data: Folder[] }>();
  });

  test('add and update take a batch under `array` and answer the written ids', () => {
    expectTypeOf(quince.services.add).parameter(0).toEqualTypeOf<{ array: NewService[] }>();
    expectTypeOf(quince.services.update).parameter(0).toEqualTypeOf<{ array: ServiceChange[] }>();
    expectTypeOf(quince.services.folders.add).parameter(0).toEqualTypeOf<{ array: NewFolder[] }>();
    expectTypeOf(quince.services.folders.update).parameter(0).toEqualTypeOf<{ array: FolderChange[] }>();
    expectTypeOf(quince.services.add).returns.resolves.toEqualTypeOf<{ success: true; data: WrittenId[] }>();
    // @ts-expect-error a new service needs its Name
    void (() => quince.services.add({ array: [{}] }));
    // @ts-expect-error the items go under `array`
    void (() => quince.services.add([{ Name: 'x' }]));
  });

  test('the batch helpers take any number of items and report per chunk', () => {
    expectTypeOf(quince.services.addAll).parameter(0).toEqualTypeOf<readonly NewService[]>();
    expectTypeOf(quince.services.addAll).returns.resolves.toEqualTypeOf<BatchResult<NewService>>();
    expectTypeOf(quince.services.folders.updateAll).returns.resolves.toEqualTypeOf<BatchResult<FolderChange>>();
    expectTypeOf<BatchResult<NewService>['atomic']>().toEqualTypeOf<false>();
    expectTypeOf<BatchResult<NewService>['ids']>().toEqualTypeOf<number[]>();
  });
});

describe('paging', () => {
  test('listAll and paginate yield items; the page belongs to the iterator', () => {
    expectTypeOf(quince.services.listAll()).toMatchTypeOf<AsyncIterable<Service>>();
    expectTypeOf(quince.services.folders.listAll().toArray()).resolves.toEqualTypeOf<Folder[]>();
    expectTypeOf(paginate(quince.services.list, { filter: { Archive: false } })).toMatchTypeOf<AsyncIterable<Service>>();
    // @ts-expect-error Archive is a boolean
    void (() => quince.services.listAll({ filter: { Archive: 'yes' } }));
  });
});

describe('call options and errors', () => {
  test('every method takes CallOptions second', () => {
    expectTypeOf(quince.services.update).parameter(1).toEqualTypeOf<CallOptions | undefined>();
  });

  test('isUnknownIdsError narrows to the unknown ids', () => {
    const e: unknown = undefined;
    if (isUnknownIdsError(e)) {
      expectTypeOf(e.reason).toEqualTypeOf<'unknown_ids'>();
      expectTypeOf(e.details.unknownIds).toEqualTypeOf<number[]>();
      expectTypeOf(e.status).toEqualTypeOf<number>();
    }
    if (isApiError(e)) expectTypeOf(e.status).toEqualTypeOf<number>();
    expectTypeOf(unknownIdsOf).returns.toEqualTypeOf<number[]>();
  });
});
