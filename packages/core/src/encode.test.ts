import { describe, expect, it } from 'vitest';
import { decodeQuery, encodeForm, encodeQuery, fillPath, fromPairs, joinURL, pathParams, toPairs } from './encode';

describe('path', () => {
  it('finds and fills placeholders, encoding each as one segment', () => {
    expect(pathParams('/ads/{uuid}/images/{n}')).toEqual(['uuid', 'n']);
    expect(fillPath('/ads/{uuid}/', { uuid: 'a/b c' })).toBe('/ads/a%2Fb%20c/');
    expect(() => fillPath('/ads/{uuid}/', {})).toThrow('Missing path parameter "uuid"');
  });
  it('joins base and path with exactly one slash', () => {
    expect(joinURL('https://h/api/', '/x/')).toBe('https://h/api/x/');
    expect(joinURL('https://h/api', 'x')).toBe('https://h/api/x');
  });
});

describe('query and form encoding', () => {
  const value = { basketId: ['1', '2'], q: 'ШАНС ПЛЮС', flag: true, skip: undefined, none: null, nested: { a: { b: 1 } }, rows: [{ x: 1 }] };
  it('writes PHP indexed arrays by default, keeps brackets readable, encodes values', () => {
    expect(encodeQuery(value)).toBe(
      'basketId[0]=1&basketId[1]=2&q=%D0%A8%D0%90%D0%9D%D0%A1%20%D0%9F%D0%9B%D0%AE%D0%A1&flag=true&nested[a][b]=1&rows[0][x]=1',
    );
  });
  it('supports brackets, repeat and comma array formats and digit booleans', () => {
    expect(encodeQuery({ a: [1, 2], b: false }, { arrayFormat: 'brackets', booleans: 'digits' })).toBe('a[]=1&a[]=2&b=0');
    expect(encodeQuery({ a: [1, 2] }, { arrayFormat: 'repeat' })).toBe('a=1&a=2');
    expect(encodeQuery({ a: [1, 2] }, { arrayFormat: 'comma' })).toBe('a=1%2C2');
  });
  it('form bodies use + for spaces', () => {
    expect(encodeForm({ name: 'a b' })).toBe('name=a+b');
  });
  it('round-trips through fromPairs / decodeQuery', () => {
    const pairs = toPairs({ positions: [{ brand: 'A', qty: '1' }, { brand: 'B', qty: '2' }], ids: ['7'] });
    expect(fromPairs(pairs)).toEqual({ positions: [{ brand: 'A', qty: '1' }, { brand: 'B', qty: '2' }], ids: ['7'] });
    expect(decodeQuery('?a[]=1&a[]=2&b=x&c=1&c=2&m[type]=photo')).toEqual({ a: ['1', '2'], b: 'x', c: ['1', '2'], m: { type: 'photo' } });
  });
});
