import { describe, expect, it } from 'vitest';
import { decodeQuery, encodeForm, encodeQuery, fillPath, findIllFormed, fromPairs, isBlob, isWellFormed, joinURL, pathParams, serializePairs, toPairs } from './encode';

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

// Pinned by the mutation gate (issue 12, target `core`): each case fails if one branch or limit of
// the encoders changes.
describe('encoders, branch by branch', () => {
  it('isWellFormed: native check and the regex fallback agree on lone and paired surrogates', () => {
    const cases: Array<[string, boolean]> = [
      ['plain', true],
      ['\ud83d\ude00', true],
      ['a\ud800', false],
      ['\ud800a', false],
      ['\udc00', false],
      ['a\udc00b', false],
      ['\ud83d\ude00\udc00', false],
      ['\ud800\ud800\udc00', false],
    ];
    for (const [text, expected] of cases) expect(isWellFormed(text), JSON.stringify(text)).toBe(expected);
    const native = Object.getOwnPropertyDescriptor(String.prototype, 'isWellFormed');
    // Runtimes without String.prototype.isWellFormed use the regex.
    delete (String.prototype as { isWellFormed?: unknown }).isWellFormed;
    try {
      for (const [text, expected] of cases) expect(isWellFormed(text), `fallback ${JSON.stringify(text)}`).toBe(expected);
    } finally {
      if (native) Object.defineProperty(String.prototype, 'isWellFormed', native);
    }
  });

  it('findIllFormed: the dotted path of the first ill-formed value or key, nothing for anything else', () => {
    expect(findIllFormed({ a: 'ok', b: { c: ['x', 'y\ud800'] } })).toBe('b.c.1');
    expect(findIllFormed({ a: 'ok' })).toBeUndefined();
    expect(findIllFormed('\udc00', 'top')).toBe('top');
    expect(findIllFormed({ 'k\ud800': 'v' })).toBe('?');
    expect(findIllFormed({ a: { 'k\ud800': 'v' } })).toBe('a.?');
    expect(findIllFormed({ a: null, b: 5, c: true, d: new Date(0), e: new Blob(['\ud800']) })).toBeUndefined();
    expect(findIllFormed({ a: ['ok'], b: 'z\ud800' }, 'body')).toBe('body.b');
    expect(findIllFormed({ a: [undefined, 'x\ud800'] })).toBe('a.1');
  });

  it('findIllFormed: walks 64 levels deep and 100,000 values, no further', () => {
    let deep: unknown = 'x\ud800';
    for (let i = 0; i < 64; i++) deep = { n: deep };
    expect(findIllFormed(deep)).toBe(Array(64).fill('n').join('.'));
    expect(findIllFormed({ n: deep })).toBeUndefined();
    const wide = Array.from({ length: 99_998 }, () => 'ok');
    expect(findIllFormed([...wide, 'x\ud800'])).toBe('99998');
    expect(findIllFormed([...wide, 'ok', 'x\ud800'])).toBeUndefined();
  });

  it('fillPath and joinURL: every value is one encoded segment; one slash between base and path', () => {
    expect(() => fillPath('/a/{id}', { id: '' })).toThrow('Missing path parameter "id"');
    expect(() => fillPath('/a/{id}', { id: null })).toThrow('Missing path parameter "id"');
    expect(() => fillPath('/a/{id}', {})).toThrow('Missing path parameter "id"');
    expect(fillPath('/a/{id}', { id: 0 })).toBe('/a/0');
    expect(joinURL('https://h.test/api//', '//x/y/')).toBe('https://h.test/api/x/y/');
    expect(joinURL('https://h.test/api/', 'x')).toBe('https://h.test/api/x');
    expect(joinURL('https://h.test/api', '')).toBe('https://h.test/api');
    expect(joinURL('https://h.test', 'x//y')).toBe('https://h.test/x//y');
  });

  it('toPairs: comma lists only for scalars, brackets and repeat for scalar items, indices for objects', () => {
    expect(toPairs({ a: [1, null, true] }, { arrayFormat: 'comma' })).toEqual([['a', '1,null,true']]);
    expect(toPairs({ a: [{ b: 1 }] }, { arrayFormat: 'comma' })).toEqual([['a[0][b]', '1']]);
    expect(toPairs({ a: [1, { b: 2 }] }, { arrayFormat: 'comma' })).toEqual([['a', '1'], ['a[1][b]', '2']]);
    expect(toPairs({ a: [1, 2] }, { arrayFormat: 'brackets' })).toEqual([['a[]', '1'], ['a[]', '2']]);
    expect(toPairs({ a: [1, 2] }, { arrayFormat: 'repeat' })).toEqual([['a', '1'], ['a', '2']]);
    expect(toPairs({ a: [null, 3] }, { arrayFormat: 'repeat' })).toEqual([['a', '3']]);
    expect(toPairs({ a: [{ b: 1 }] }, { arrayFormat: 'brackets' })).toEqual([['a[0][b]', '1']]);
    expect(toPairs({ a: true, b: false }, { booleans: 'digits' })).toEqual([['a', '1'], ['b', '0']]);
    expect(toPairs({ d: new Date(0), n: { d: new Date(1000) } })).toEqual([['d', '1970-01-01T00:00:00.000Z'], ['n[d]', '1970-01-01T00:00:01.000Z']]);
    // Names keep their brackets readable; values are encoded whole.
    expect(serializePairs([['a[0]', '[x] y&z']])).toBe('a[0]=%5Bx%5D%20y%26z');
  });

  it('isBlob: an object with arrayBuffer(), a string type and a number size, nothing less', () => {
    const like = { arrayBuffer: () => Promise.resolve(new ArrayBuffer(0)), type: 'text/plain', size: 0 };
    expect(isBlob(new Blob(['x']))).toBe(true);
    expect(isBlob(like)).toBe(true);
    expect(isBlob({ ...like, arrayBuffer: 'no' })).toBe(false);
    expect(isBlob({ ...like, type: 5 })).toBe(false);
    expect(isBlob({ ...like, size: '0' })).toBe(false);
    expect(isBlob(null)).toBe(false);
    expect(isBlob('blob')).toBe(false);
    expect(isBlob(Object.assign(() => undefined, like))).toBe(false);
  });

  it('fromPairs and decodeQuery: nested names, repeated names, lists only for keys 0..n-1', () => {
    expect(fromPairs([['a', '1'], ['a', '2'], ['a', '3']])).toEqual({ a: ['1', '2', '3'] });
    expect(fromPairs([['a[x]', '1'], ['a', '2']])).toEqual({ a: { x: '1' } });
    expect(fromPairs([['a', '1'], ['a[x]', '2']])).toEqual({ a: { x: '2' } });
    expect(fromPairs([['a[]', 'x'], ['a[]', 'y']])).toEqual({ a: ['x', 'y'] });
    // Integer keys are ordered by value, so 1-then-0 is still the list 0..1.
    expect(fromPairs([['a[1]', 'x'], ['a[0]', 'y']])).toEqual({ a: ['y', 'x'] });
    expect(fromPairs([['a[0]', 'x'], ['a[2]', 'y']])).toEqual({ a: { 0: 'x', 2: 'y' } });
    expect(fromPairs([['a[b', 'x']])).toEqual({ 'a[b': 'x' });
    expect(fromPairs([['x]a[0]', 'v']])).toEqual({ 'x]a[0]': 'v' });
    expect(fromPairs([['a[0]', 'v'], ['a[0]', 'w']])).toEqual({ a: [['v', 'w']] });
    expect(fromPairs([])).toEqual({});
    expect(fromPairs([['a', null], ['a', 'x']])).toEqual({ a: [null, 'x'] });
    expect(fromPairs([['a', null], ['a[b]', 'x']])).toEqual({ a: { b: 'x' } });
    expect(fromPairs([['a', []], ['b', [[], ['x']]]])).toEqual({ a: [], b: [[], ['x']] });
    expect(fromPairs([['e', {}]])).toEqual({ e: {} });
    expect(decodeQuery('?a=1&b[0]=x')).toEqual({ a: '1', b: ['x'] });
    expect(decodeQuery('a=1?&b=2')).toEqual({ a: '1?', b: '2' });
    // decodeQuery drops one '?', URLSearchParams a second one.
    expect(decodeQuery('??a=1')).toEqual({ a: '1' });
  });
});
