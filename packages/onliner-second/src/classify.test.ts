import { describe, expect, it } from 'vitest';
import { classifyOAuthError, classifyOnlinerSecond, fieldErrors } from './classify';

const ctx = (status: number, body: unknown, ok = status >= 200 && status < 300) => ({ status, body, headers: new Headers(), endpoint: 'offers.list', ok });

describe('classifyOnlinerSecond', () => {
  it('leaves successes alone', () => {
    expect(classifyOnlinerSecond(ctx(200, { offers: [] }))).toBeUndefined();
    expect(classifyOnlinerSecond(ctx(202, { id: 'x' }))).toBeUndefined();
  });

  it('reads 403 access_denied as an auth failure (Q5: 403, not 401)', () => {
    expect(classifyOnlinerSecond(ctx(403, { code: 'access_denied', message: 'Требуется авторизация' }))).toEqual({
      kind: 'auth',
      code: 'access_denied',
      message: 'Требуется авторизация',
      reason: 'access_denied',
    });
  });

  it('keeps another 403 an ApiError (it is not a token problem)', () => {
    expect(classifyOnlinerSecond(ctx(403, { code: 'forbidden', message: 'Нет доступа' }))).toMatchObject({ kind: 'api', code: 'forbidden' });
  });

  it('reads the 422 field errors into the message and details', () => {
    const spec = classifyOnlinerSecond(ctx(422, { message: 'Validation failed', errors: { limit: ['Минимум 1', 'Максимум 50'], page: 'Минимум 1' } }));
    expect(spec).toMatchObject({ kind: 'api', reason: 'validation_failed', details: { fields: { limit: ['Минимум 1', 'Максимум 50'], page: ['Минимум 1'] } } });
    expect(spec?.message).toBe('Validation failed (limit: Минимум 1, Максимум 50; page: Минимум 1)');
  });

  it('maps other statuses by HTTP status and keeps code and message', () => {
    expect(classifyOnlinerSecond(ctx(404, { code: 'not_found', message: 'Импорт не найден' }))).toEqual({ kind: 'not_found', code: 'not_found', message: 'Импорт не найден' });
    expect(classifyOnlinerSecond(ctx(502, '<html>Bad gateway</html>'))).toEqual({ kind: 'api', code: undefined, message: '<html>Bad gateway</html>' });
  });

  it('fieldErrors ignores bodies without an errors map', () => {
    expect(fieldErrors({ message: 'x' })).toBeUndefined();
    expect(fieldErrors([1])).toBeUndefined();
  });
});

describe('classifyOAuthError', () => {
  it('reads invalid_client as an AuthError and other OAuth codes as ApiErrors', () => {
    expect(classifyOAuthError(ctx(401, { error: 'invalid_client', error_description: 'Client authentication failed' }))).toEqual({
      kind: 'auth',
      code: 'invalid_client',
      message: 'Client authentication failed',
      reason: 'invalid_client',
    });
    expect(classifyOAuthError(ctx(400, { error: 'unsupported_grant_type' }))).toMatchObject({ kind: 'api', code: 'unsupported_grant_type' });
  });

  it('keeps an RFC 6749 code as the reason and makes any other code provider_error, the code kept', () => {
    for (const code of ['invalid_request', 'invalid_client', 'invalid_grant', 'unauthorized_client', 'unsupported_grant_type', 'invalid_scope']) {
      expect(classifyOAuthError(ctx(400, { error: code }))?.reason, code).toBe(code);
    }
    expect(classifyOAuthError(ctx(400, { error: 'slow_down' }))).toMatchObject({ kind: 'api', code: 'slow_down', reason: 'provider_error' });
    expect(classifyOAuthError(ctx(400, { error: 'Bad Thing!' }))).toMatchObject({ code: 'Bad Thing!', reason: 'provider_error' });
  });

  it('treats a bare 401 as wrong credentials and defers anything else to the provider classifier', () => {
    expect(classifyOAuthError(ctx(401, ''))).toMatchObject({ kind: 'auth', reason: 'invalid_client' });
    expect(classifyOAuthError(ctx(500, 'oops'))).toBeUndefined();
    expect(classifyOAuthError(ctx(200, { access_token: 'x' }))).toBeUndefined();
  });
});
