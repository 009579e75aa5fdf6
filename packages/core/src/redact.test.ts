import { describe, expect, it } from 'vitest';
import { REDACTED, Redactor } from './redact';

describe('Redactor', () => {
  const r = new Redactor(['userlogin']);
  r.addSecret('0123456789abcdef');

  it('masks sensitive query parameters and keeps the rest', () => {
    expect(r.url('https://h/x/?userlogin=demo&userpassw=abc&article=P999&api_key=k&token=t&page=2')).toBe(
      `https://h/x/?userlogin=${REDACTED}&userpassw=${REDACTED}&article=P999&api_key=${REDACTED}&token=${REDACTED}&page=2`,
    );
  });

  it('masks sensitive headers by name', () => {
    expect(r.headers(new Headers({ Authorization: 'Bearer x', 'x-api-key': 'k', accept: 'application/json' }))).toEqual({
      authorization: REDACTED,
      'x-api-key': REDACTED,
      accept: 'application/json',
    });
  });

  it('deep-redacts bodies by key and known values, keeping empty values visible', () => {
    expect(
      r.value({ password: 'p', password2: 'p', refresh_token: 'r', nested: [{ client_secret: 's', note: 'has 0123456789abcdef inside' }], otp: '1234', empty: { token: '' } }),
    ).toEqual({ password: REDACTED, password2: REDACTED, refresh_token: REDACTED, nested: [{ client_secret: REDACTED, note: `has ${REDACTED} inside` }], otp: REDACTED, empty: { token: '' } });
  });

  it('scrubs known secrets from free text, also percent-encoded', () => {
    const s = new Redactor();
    s.addSecret('a b+c/d=efgh');
    expect(s.text('x a b+c/d=efgh y a%20b%2Bc%2Fd%3Defgh')).toBe(`x ${REDACTED} y ${REDACTED}`);
  });

  it('redacts URLs embedded in messages without eating the rest', () => {
    expect(r.message('[GET] "https://h/p?token=abc&q=1": <no response> fetch failed')).toBe(`[GET] "https://h/p?token=${REDACTED}&q=1": <no response> fetch failed`);
  });

  it('ignores secrets too short to scrub safely', () => {
    const s = new Redactor();
    s.addSecret('abc');
    expect(s.text('abcabc')).toBe('abcabc');
  });
});

describe('Redactor credentials after a scheme', () => {
  it('scrubs the bare token of a `Bearer <token>` value too', () => {
    const r = new Redactor();
    r.addSecret('Bearer tok-0123456789');
    expect(r.text('echo: tok-0123456789')).toBe(`echo: ${REDACTED}`);
  });
  it('adding a sensitive name twice keeps one entry and matches case-insensitively', () => {
    const r = new Redactor();
    r.addSensitiveName('X-Shop');
    r.addSensitiveName('x-shop');
    expect(r.isSensitiveName('X-SHOP')).toBe(true);
    expect(r.isSensitiveName('x-shopping')).toBe(false);
  });
});
