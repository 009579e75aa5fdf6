import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkEndpoint, defineEndpoint } from './define-endpoint';
import { defineProvider } from './define-provider';

const base = { method: 'GET' as const, summary: 's', response: v.unknown(), safe: true };

describe('defineEndpoint / defineProvider', () => {
  const register = (e: ReturnType<typeof defineEndpoint>) => defineProvider({ name: 'p', title: 'P', baseURL: 'https://p', endpoints: { e } });
  it('requires a schema for every path placeholder (checked when registered)', () => {
    const e = defineEndpoint({ ...base, path: '/x/{id}' });
    expect(() => register(e)).toThrow('defineEndpoint GET /x/{id}: path placeholder "id" has no schema');
    expect(() => checkEndpoint(e)).toThrow('path placeholder "id" has no schema');
    expect(() => register(defineEndpoint({ ...base, path: '/x/{id}', request: { path: v.object({ id: v.string() }) } }))).not.toThrow();
  });
  it('rejects a field declared in two request parts', () => {
    expect(() =>
      register(defineEndpoint({ ...base, method: 'POST', path: '/x', request: { query: v.object({ a: v.string() }), body: v.object({ a: v.string() }) } })),
    ).toThrow('field "a" is declared in both query and body');
    expect(() => register(defineEndpoint({ ...base, method: 'POST', path: '/x/{a}', request: { path: v.object({ a: v.string() }), query: v.object({ a: v.string() }) } }))).toThrow(
      'field "a" is declared in both path and query',
    );
  });
  it('rejects a non-object body next to a field named body, and accepts without the sent encoding', () => {
    expect(() => register(defineEndpoint({ ...base, method: 'POST', path: '/x', request: { query: v.object({ body: v.string() }), body: v.array(v.string()) } }))).toThrow(
      'a non-object body travels as "body"',
    );
    expect(() => register(defineEndpoint({ ...base, method: 'POST', path: '/x', request: { body: v.object({ a: v.string() }) }, accepts: ['form'] }))).toThrow(
      'accepts [form] must include the encoding the SDK sends (json)',
    );
    expect(() => register(defineEndpoint({ ...base, method: 'POST', path: '/x', accepts: ['json'] }))).toThrow('(no body)');
    expect(() => register(defineEndpoint({ ...base, method: 'POST', path: '/x', request: { body: v.object({ a: v.string() }) }, encoding: 'form', accepts: ['json', 'form'] }))).not.toThrow();
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
  it('checks that endpoints name declared auth strategies and that an OAuth2 token endpoint exists', () => {
    const token = defineEndpoint({ ...base, method: 'POST', path: '/token', auth: ['basic'] });
    const data = defineEndpoint({ ...base, path: '/data', auth: ['bearer'] });
    const auth = { basic: { type: 'http', scheme: 'basic' }, bearer: { type: 'oauth2', flow: 'clientCredentials', tokenEndpoint: 'token' } } as const;
    expect(defineProvider({ name: 'p', title: 'P', baseURL: 'https://p', endpoints: { token, data }, auth }).auth).toBe(auth);
    expect(() => defineProvider({ name: 'p', title: 'P', baseURL: 'https://p', endpoints: { token, data }, auth: { basic: auth.basic } })).toThrow(
      'data uses auth "bearer", which is not declared in auth (basic)',
    );
    expect(() => defineProvider({ name: 'p', title: 'P', baseURL: 'https://p', endpoints: { data }, auth })).toThrow('token endpoint "token", which is not registered');
  });
});
