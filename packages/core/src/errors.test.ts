import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ApiError, AuthError, isApiError, isAuthError, isNotFoundError, isSdkError, NotFoundError, SdkError } from './errors';

describe('errors', () => {
  it('guards work on the class tree', () => {
    const auth = new AuthError('x', { status: 401 });
    expect([isSdkError(auth), isApiError(auth), isAuthError(auth), isNotFoundError(auth)]).toEqual([true, true, true, false]);
    expect(auth).toBeInstanceOf(ApiError);
    expect(isApiError(new Error('plain'))).toBe(false);
    expect(isApiError(null)).toBe(false);
  });

  it('guards work across realms and copies of the package (brand via Symbol.for)', () => {
    const foreign = runInNewContext(`
      const e = new Error('elsewhere');
      Object.defineProperty(e, Symbol.for('@x/core.error'), { value: 'not_found' });
      e;
    `);
    expect(foreign instanceof NotFoundError).toBe(false);
    expect(isNotFoundError(foreign)).toBe(true);
    expect(isApiError(foreign)).toBe(true);
  });

  it('toJSON is plain, complete and keeps the cause name and message only', () => {
    const cause = Object.assign(new Error('inner'), { secret: 'x' });
    const error = new SdkError('network', 'outer', { provider: 'p', endpoint: 'a.b', cause });
    expect(JSON.parse(JSON.stringify(error))).toEqual({ name: 'SdkError', kind: 'network', message: 'outer', provider: 'p', endpoint: 'a.b', cause: { name: 'Error', message: 'inner' } });
  });
});
