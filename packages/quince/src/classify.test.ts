import { describe, expect, it } from 'vitest';
import { isAuthError, isNotFoundError, type ClassifyContext } from '@x/core/provider';
import { createTestRuntime, jsonResponse, scriptedFetch } from '@x/core/testing';
import { classifyQuince, isUnknownIdsError, readQuinceError, unknownIdsOf } from './classify';
import { createQuince } from './index';
import { fail, ok } from '../test/fake-fetch';

const ctx = (body: unknown, status = 200, endpoint = 'services.list'): ClassifyContext => ({
  status,
  body,
  headers: new Headers(),
  endpoint,
  ok: status >= 200 && status < 300,
});

describe('readQuinceError (the error structure is undocumented)', () => {
  it.each([
    ['a string', 'Помилка фільтра', { message: 'Помилка фільтра' }],
    ['an empty string', '', {}],
    ['a number', 17, { code: 17 }],
    ['code + message', { code: 'E1', message: 'bad' }, { code: 'E1', message: 'bad', notFoundIds: undefined }],
    ['capitalised keys', { Code: 3, Message: 'Id not found', NotFound: ['7', 9] }, { code: 3, message: 'Id not found', notFoundIds: [7, 9] }],
    ['"code and content"', { code: 'x', content: 'text' }, { code: 'x', message: 'text', notFoundIds: undefined }],
    ['ids as objects', { message: 'missing', notFoundIds: [{ Id: 5 }, { id: 6 }, { ID: 7 }] }, { code: undefined, message: 'missing', notFoundIds: [5, 6, 7] }],
    ['an array of errors', [{ code: 'a', message: 'one' }, 'two'], { code: 'a', message: 'one; two', notFoundIds: undefined }],
    ['null', null, {}],
  ])('reads %s', (_, error, expected) => {
    expect(readQuinceError(error)).toEqual(expected);
  });

  it('does not take non-id lists for ids', () => {
    expect(readQuinceError({ message: 'x', ids: ['a', 'b'] }).notFoundIds).toBeUndefined();
  });
});

describe('classifyQuince', () => {
  it('lets success: true through', () => {
    expect(classifyQuince(ctx({ success: true, data: [] }))).toBeUndefined();
  });

  it('turns success: false on HTTP 200 into an api error', () => {
    expect(classifyQuince(ctx({ success: false, error: { code: 'E', message: 'm' } }))).toEqual({
      kind: 'api',
      code: 'E',
      message: 'm',
      reason: 'rejected',
      details: { error: { code: 'E', message: 'm' } },
    });
  });

  it('turns success: false with an error status into that status\'s kind', () => {
    expect(classifyQuince(ctx({ success: false, error: 'busy' }, 429))).toMatchObject({ kind: 'rate_limit', message: 'busy' });
    expect(classifyQuince(ctx({ success: false, error: 'boom' }, 500))).toMatchObject({ kind: 'api', message: 'boom' });
  });

  it('has a message even when error is missing', () => {
    expect(classifyQuince(ctx({ success: false }))).toMatchObject({ kind: 'api', message: 'the provider answered success: false' });
  });

  it('makes 401 and 403 auth errors, with or without the envelope', () => {
    expect(classifyQuince(ctx({ success: false, error: { code: 'unauthorized', message: 'no' } }, 401))).toMatchObject({ kind: 'auth', code: 'unauthorized', reason: 'unauthorized' });
    expect(classifyQuince(ctx('Forbidden', 403))).toMatchObject({ kind: 'auth', message: 'Forbidden' });
  });

  it('leaves other error statuses without the envelope to core', () => {
    expect(classifyQuince(ctx('<html>Bad gateway</html>', 502))).toBeUndefined();
  });

  it('makes listed unknown ids a not_found error with the ids', () => {
    expect(classifyQuince(ctx({ success: false, error: { code: 'not_found', message: 'Not found', notFound: [999] } }, 200, 'services.update'))).toEqual({
      kind: 'not_found',
      code: 'not_found',
      message: 'Not found',
      reason: 'unknown_ids',
      details: { error: { code: 'not_found', message: 'Not found', notFound: [999] }, unknownIds: [999] },
    });
  });

  it('reads unknown ids from data on an update, never on a list', () => {
    expect(classifyQuince(ctx({ success: false, data: [{ Id: 4 }, 5], error: 'Не знайдено' }, 200, 'services.folders.update'))).toMatchObject({
      kind: 'not_found',
      details: { unknownIds: [4, 5] },
    });
    expect(classifyQuince(ctx({ success: false, data: [4], error: 'x' }, 200, 'services.list'))).toMatchObject({ kind: 'api', reason: 'rejected' });
  });
});

describe('unknown ids through the client', () => {
  const quince = (fetch: typeof globalThis.fetch) =>
    createQuince({ baseURL: 'https://tenant.quince.test', auth: { header: 'X-Key', value: 'k-123456' }, fetch, runtime: createTestRuntime() });

  it('throws a NotFoundError that carries the ids', async () => {
    const fetch = scriptedFetch(fail({ code: 'not_found', message: 'Ids not found', notFound: [999, 1000] }));
    const error = await quince(fetch).services.update({ array: [{ Id: 111, Name: 'x' }, { Id: 999 }, { Id: 1000 }] }).catch((e: unknown) => e);
    expect(isNotFoundError(error)).toBe(true);
    expect(isUnknownIdsError(error)).toBe(true);
    expect(unknownIdsOf(error)).toEqual([999, 1000]);
    expect(error).toMatchObject({ code: 'not_found', providerMessage: 'Ids not found', status: 200, endpoint: 'services.update' });
    expect((error as Error).message).toContain('Ids not found');
  });

  it('unknownIdsOf is empty for other errors', async () => {
    const fetch = scriptedFetch(jsonResponse('nope', 401));
    const error = await quince(fetch).services.list().catch((e: unknown) => e);
    expect(isAuthError(error)).toBe(true);
    expect(isUnknownIdsError(error)).toBe(false);
    expect(unknownIdsOf(error)).toEqual([]);
    expect(unknownIdsOf(new Error('x'))).toEqual([]);
    const fine = scriptedFetch(ok([]));
    expect((await quince(fine).services.list()).data).toEqual([]);
  });
});
