// Standalone functions (issue 10): the list matches the registry, and a function sends exactly the
// request the convenient client's method sends.
import { expect, it } from 'vitest';
import { scriptedFetch } from '@x/core/testing';
import { describeEndpointFunctions } from '../../core/test/functions-kit';
import * as functions from './functions';
import { b2motorProvider, createB2motor, createB2motorCore, md5Hex, searchProduct } from './index';

describeEndpointFunctions(b2motorProvider, functions);

it('searchProduct(core, ...) sends what b2motor.search.product(...) sends', async () => {
  const answer = { body: [{ brand: 'Febi', article: '01089', price: 10 }] };
  const viaCore = scriptedFetch(answer);
  const viaClient = scriptedFetch(answer);
  const core = createB2motorCore({ login: 'demo', passwordMd5: md5Hex('demo'), fetch: viaCore });
  const client = createB2motor({ login: 'demo', password: 'demo', fetch: viaClient });
  expect(await searchProduct(core, { article: '01089', brand: 'Febi' })).toEqual(await client.search.product({ article: '01089', brand: 'Febi' }));
  expect(viaCore.calls.map((c) => [c.method, c.url])).toEqual(viaClient.calls.map((c) => [c.method, c.url]));
  expect(viaCore.calls[0]!.parsedURL.searchParams.get('userpassw')).toBe(md5Hex('demo'));
});

it('createB2motorCore checks its options with a typed error that never quotes them', () => {
  expect(() => createB2motorCore({ login: 'demo', passwordMd5: 'not-a-hash-secret' })).toThrow(/passwordMd5 must be 32 hexadecimal characters/);
  expect(() => createB2motorCore({ login: ' ', passwordMd5: md5Hex('x') })).toThrow(/login is required/);
  try {
    createB2motorCore({ login: 'demo', passwordMd5: 'not-a-hash-secret' });
  } catch (error) {
    expect(JSON.stringify(error)).not.toContain('not-a-hash-secret');
    expect(String(error)).not.toContain('not-a-hash-secret');
  }
});
