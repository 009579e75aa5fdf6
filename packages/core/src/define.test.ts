import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { defineEndpoint } from './define-endpoint';
import { defineProvider } from './define-provider';

const base = { method: 'GET' as const, summary: 's', response: v.unknown(), safe: true };

describe('defineEndpoint / defineProvider', () => {
  it('requires a schema for every path placeholder', () => {
    expect(() => defineEndpoint({ ...base, path: '/x/{id}' })).toThrow('path placeholder "id" has no schema');
  });
  it('rejects a field declared in two request parts', () => {
    expect(() =>
      defineEndpoint({ ...base, method: 'POST', path: '/x', request: { query: v.object({ a: v.string() }), body: v.object({ a: v.string() }) } }),
    ).toThrow('field "a" is declared in both query and body');
  });
  it('knows whether the body is spread into the input', () => {
    expect(defineEndpoint({ ...base, method: 'POST', path: '/x', request: { body: v.object({ a: v.string() }) } }).spreadBody).toBe(true);
    expect(defineEndpoint({ ...base, method: 'POST', path: '/x', request: { body: v.array(v.string()) } }).spreadBody).toBe(false);
  });
  it('indexes operations by dotted key and rejects unknown hosts and duplicates', () => {
    const e = defineEndpoint({ ...base, path: '/a' });
    const p = defineProvider({ name: 'p', title: 'P', baseURL: 'https://p', endpoints: { group: { e } } });
    expect(p.operations.map((o) => o.key)).toEqual(['group.e']);
    expect(p.endpoint('group.e')).toBe(e);
    expect(p.keyOf(e)).toBe('group.e');
    expect(() => defineProvider({ name: 'p', title: 'P', baseURL: 'https://p', endpoints: { a: e, b: e } })).toThrow('registered twice');
    const hosted = defineEndpoint({ ...base, path: '/t', host: 'auth' });
    expect(() => defineProvider({ name: 'p', title: 'P', baseURL: 'https://p', endpoints: { hosted } })).toThrow('unknown host "auth"');
  });
});
