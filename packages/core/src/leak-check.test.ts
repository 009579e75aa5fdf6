import { describe, expect, it } from 'vitest';
import { expectNoSecret, findSecrets, secretForms } from './testing';

describe('secretForms', () => {
  it('lists raw, percent-, form-encoded, base64, base64url and md5 forms once each', () => {
    const forms = secretForms('a b/c+d', { md5: true });
    expect(forms.map((f) => f.form)).toEqual(['raw', 'url-encoded', 'form-encoded', 'base64', 'base64url', 'md5']);
    expect(forms.find((f) => f.form === 'url-encoded')!.text).toBe('a%20b%2Fc%2Bd');
    expect(forms.find((f) => f.form === 'form-encoded')!.text).toBe('a+b%2Fc%2Bd');
    expect(forms.find((f) => f.form === 'base64')!.text).toBe(btoa('a b/c+d'));
    expect(forms.find((f) => f.form === 'md5')!.text).toMatch(/^[0-9a-f]{32}$/);
    expect(secretForms('plain').map((f) => f.form)).toEqual(['raw', 'base64', 'base64url']);
  });
});

describe('findSecrets / expectNoSecret', () => {
  it('finds a secret in a hidden property, the cause chain, a symbol key and captured lines', () => {
    const inner = new Error('inner has S3CRET-VALUE');
    const error = new Error('clean', { cause: inner });
    Object.defineProperty(error, 'hidden', { value: { deep: ['x', btoa('S3CRET-VALUE')] }, enumerable: false });
    const leaks = findSecrets(error, ['S3CRET-VALUE'], { lines: [{ level: 'warn', message: 'S3CRET%2DVALUE'.replace('%2D', '-') }] });
    const places = leaks.map((l) => `${l.form}@${l.where}`);
    expect(places).toContain('raw@cause[1].message');
    expect(places).toContain('base64@hidden');
    expect(places).toContain('raw@lines[0].JSON.stringify');
    expect(places.some((p) => p.startsWith('raw@inspect'))).toBe(true);
  });

  it('finds the md5 digest, case-insensitively', () => {
    const md5 = secretForms('pw-1234', { md5: true }).find((f) => f.form === 'md5')!.text;
    expect(findSecrets({ body: md5.toUpperCase() }, ['pw-1234'], { md5: true }).map((l) => l.form)).toEqual(['md5', 'md5']);
  });

  it('throws naming the secret index, form and place, never the secret', () => {
    expect(() => expectNoSecret(new Error('key=k-123456'), ['nope-0000', 'k-123456'])).toThrow(/secret #1 \(raw\) in message/);
    try {
      expectNoSecret(new Error('key=k-123456'), ['k-123456']);
    } catch (error) {
      expect((error as Error).message).not.toContain('k-123456');
    }
    expect(() => expectNoSecret(new Error('clean'), ['k-123456', undefined, 'ab'])).not.toThrow();
  });
});
