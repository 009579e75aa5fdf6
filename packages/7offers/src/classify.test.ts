import { describe, expect, it } from 'vitest';
import { ApiError, AuthError, NotFoundError } from '@x/core/provider';
import { classifySevenOffers, fieldErrors, hasReason } from './classify';

const ctx = (status: number, body: unknown, ok = status >= 200 && status < 300) => ({ status, body, headers: new Headers(), endpoint: 'goal.list', ok });

describe('classifySevenOffers', () => {
  it('lets a success without an error field through', () => {
    expect(classifySevenOffers(ctx(200, { objects: [] }))).toBeUndefined();
    expect(classifySevenOffers(ctx(201, { created: 5 }))).toBeUndefined();
    expect(classifySevenOffers(ctx(200, { objects: [], error: null }))).toBeUndefined();
  });

  it.each([
    [400, 'api', 'bad_request'],
    [401, 'auth', 'unauthorized'],
    [403, 'api', 'forbidden'],
    [404, 'not_found', 'not_found'],
    [405, 'api', 'method_not_allowed'],
    [500, 'api', 'server_error'],
    [501, 'api', 'not_implemented'],
    [502, 'api', 'server_error'],
    [418, 'api', 'http_error'],
  ])('maps HTTP %i to kind %s with reason %s', (status, kind, reason) => {
    expect(classifySevenOffers(ctx(status, { error: 'Something' }))).toMatchObject({ kind, reason, message: 'Something' });
  });

  it('reads the documented wrong-key answer', () => {
    expect(classifySevenOffers(ctx(401, { error: 'Unauthorized' }))).toEqual({ kind: 'auth', reason: 'unauthorized', message: 'Unauthorized', details: { error: 'Unauthorized' } });
  });

  it('keeps field messages as structured details and summarises them', () => {
    const spec = classifySevenOffers(ctx(400, { error: { offer_id: ['Offers not found'], per_page: 'Too big' } }));
    expect(spec).toEqual({
      kind: 'api',
      reason: 'bad_request',
      message: 'offer_id: Offers not found, per_page: Too big',
      details: { error: { offer_id: ['Offers not found'], per_page: 'Too big' }, fields: { offer_id: ['Offers not found'], per_page: ['Too big'] } },
    });
  });

  it('treats an error field inside a 200 as a failure', () => {
    expect(classifySevenOffers(ctx(200, { error: 'Try later', objects: [] }))).toMatchObject({ kind: 'api', reason: 'error_in_body', message: 'Try later' });
  });

  it('keeps an error of another shape as it came, without field messages', () => {
    const spec = classifySevenOffers(ctx(400, { error: ['a', 'b'] }));
    expect(spec).toMatchObject({ reason: 'bad_request', message: '["a","b"]', details: { error: ['a', 'b'] } });
    expect((spec?.details as Record<string, unknown>).fields).toBeUndefined();
  });

  it('classifies a failing status without a JSON body', () => {
    expect(classifySevenOffers(ctx(502, '<html>Bad gateway</html>'))).toMatchObject({ kind: 'api', reason: 'server_error', message: '<html>Bad gateway</html>' });
    expect(classifySevenOffers(ctx(404, undefined))).toMatchObject({ kind: 'not_found', reason: 'not_found', message: undefined, details: undefined });
  });
});

describe('fieldErrors and hasReason', () => {
  const base = { status: 400, provider: '7offers', endpoint: 'goal.list' };
  it('reads field messages from an error', () => {
    const error = new ApiError('x', { ...base, reason: 'bad_request', details: { error: { offer_id: ['Offers not found'] }, fields: { offer_id: ['Offers not found'] } } });
    expect(fieldErrors(error)).toEqual({ offer_id: ['Offers not found'] });
    expect(fieldErrors(new AuthError('x', { ...base, status: 401, details: { error: 'Unauthorized' } }))).toBeUndefined();
    expect(fieldErrors(new Error('plain'))).toBeUndefined();
  });

  it('matches 7offers errors by reason only', () => {
    expect(hasReason(new NotFoundError('x', { ...base, status: 404, reason: 'not_found' }), 'not_found')).toBe(true);
    expect(hasReason(new ApiError('x', { ...base, status: 403, reason: 'forbidden' }), 'not_found')).toBe(false);
    expect(hasReason(new ApiError('x', { ...base, provider: 'b2motor', reason: 'forbidden' }), 'forbidden')).toBe(false);
    expect(hasReason('forbidden', 'forbidden')).toBe(false);
  });
});
