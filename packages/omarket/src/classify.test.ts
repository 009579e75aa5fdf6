import { describe, expect, it } from 'vitest';
import type { ClassifyContext } from '@x/core/provider';
import { classifyOmarket, providerMessage } from './classify';

function ctx(endpoint: string, status: number, body: unknown): ClassifyContext {
  return { endpoint, status, body, headers: new Headers(), ok: status >= 200 && status < 300 };
}

describe('classifyOmarket', () => {
  it('lets a SUCCESS envelope and an envelope-less FAQ page through', () => {
    expect(classifyOmarket(ctx('ads.list', 200, { result: { count: 0, next: null, previous: null, results: [] }, resultCode: 'SUCCESS', details: '', errorCode: 0 }))).toBeUndefined();
    expect(classifyOmarket(ctx('faq.list', 200, { count: 0, next: null, previous: null, results: [] }))).toBeUndefined();
    expect(classifyOmarket(ctx('auth.register', 200, { success: 'SUCCESS' }))).toBeUndefined();
  });

  it('treats resultCode FAIL as a failure even with HTTP 200 and errorCode 0 (Q6)', () => {
    expect(classifyOmarket(ctx('ads.removeImage', 200, { result: 'Image not found', resultCode: 'FAIL', details: '', errorCode: 0 }))).toEqual({
      kind: 'not_found',
      reason: 'image_not_found',
      code: undefined,
      message: 'Image not found',
    });
    expect(classifyOmarket(ctx('ads.update', 200, { result: 'Something else', resultCode: 'FAIL', details: '', errorCode: 7 }))).toEqual({ code: 7, message: 'Something else' });
    expect(classifyOmarket(ctx('ads.update', 200, { result: [], resultCode: 'FAIL', details: '', errorCode: 0 }))).toEqual({ code: undefined, message: 'resultCode FAIL' });
  });

  it('maps the documented error bodies to stable reasons, keeping the message verbatim', () => {
    expect(classifyOmarket(ctx('auth.checkOtp', 400, { error: 'Not match opt code' }))).toMatchObject({ reason: 'wrong_otp', message: 'Not match opt code' });
    expect(classifyOmarket(ctx('auth.register', 400, { error: 'номер уже существует в базе О!Маркет. Введите другие данные!' }))).toMatchObject({
      reason: 'number_exists',
      message: 'номер уже существует в базе О!Маркет. Введите другие данные!',
    });
    expect(classifyOmarket(ctx('auth.refreshToken', 400, { message: 'no such abc refresh token found' }))).toMatchObject({ kind: 'auth', reason: 'unknown_refresh_token' });
  });

  it('reads an `error` field in a 200 as a failure', () => {
    expect(classifyOmarket(ctx('auth.register', 200, { error: 'номер уже существует' }))).toMatchObject({ reason: 'number_exists' });
  });

  it('tells a rejected token from a rejected API key', () => {
    expect(classifyOmarket(ctx('ads.list', 403, { detail: 'Invalid or expired token.' }))).toMatchObject({ kind: 'auth', reason: 'token_rejected' });
    expect(classifyOmarket(ctx('ads.list', 401, { detail: 'Authentication credentials were not provided.' }))).toMatchObject({ kind: 'auth', reason: 'token_rejected' });
    expect(classifyOmarket(ctx('ads.list', 403, { detail: 'API key is missing or invalid.' }))).toMatchObject({ kind: 'auth', reason: 'api_key_rejected' });
    // Auth endpoints carry only the key: their 403 is the key's, whatever it says.
    expect(classifyOmarket(ctx('auth.register', 403, { detail: 'You do not have permission to perform this action.' }))).toMatchObject({ kind: 'auth', reason: 'api_key_rejected' });
  });

  it('makes every login refusal an AuthError with reason wrong_credentials', () => {
    expect(classifyOmarket(ctx('auth.login', 400, { message: 'Invalid msisdn or password' }))).toMatchObject({ kind: 'auth', reason: 'wrong_credentials', message: 'Invalid msisdn or password' });
    expect(classifyOmarket(ctx('auth.login', 401, { detail: 'No active account' }))).toMatchObject({ kind: 'auth', reason: 'wrong_credentials' });
    expect(classifyOmarket(ctx('auth.login', 500, 'Internal Server Error'))).toEqual({ code: undefined, message: 'Internal Server Error' });
  });

  it('leaves the kind to the HTTP status when nothing maps', () => {
    expect(classifyOmarket(ctx('ads.get', 404, { detail: 'Not found.' }))).toEqual({ code: undefined, message: 'Not found.' });
  });
});

describe('providerMessage', () => {
  it('reads error, message, detail, a string result, details, then DRF field errors', () => {
    expect(providerMessage({ error: 'a', message: 'b' })).toBe('a');
    expect(providerMessage({ message: 'b', detail: 'c' })).toBe('b');
    expect(providerMessage({ detail: 'c' })).toBe('c');
    expect(providerMessage({ result: 'Image not found', details: 'x' })).toBe('Image not found');
    expect(providerMessage({ result: [], details: 'Deleted' })).toBe('Deleted');
    expect(providerMessage({ msisdn: ['This field is required.'] })).toBe('msisdn: This field is required.');
    expect(providerMessage('  ')).toBeUndefined();
    expect(providerMessage(null)).toBeUndefined();
  });
});
