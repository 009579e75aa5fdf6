// What an editor shows for the b2motor client, asked of the TypeScript language service through the
// shared hover harness: one program for this file, built once, then a cheap query per assertion.
import { describe, expect, it } from 'vitest';
import { methodKeys, methodLines, useHoverProgram } from '../../core/test/hover-kit';
import { b2motorProvider } from './index';

const keys = methodKeys(b2motorProvider.endpoints);
const source = [
  "import { /*create*/createB2motor } from './index';",
  "const c = createB2motor({ /*login*/login: 'l', password: 'p' });",
  methodLines('c', keys),
  'void c.basket.add({ positions: [/*addArgs*/] });',
  'void c.orders.list({ /*listArgs*/ });',
  "void c.search.product({ article: '01089', brand: 'Febi', /*productArgs*/ });",
  '',
].join('\n');

const program = useHoverProgram(import.meta.dirname, source);

describe('hovering a client method', () => {
  it('shows a one-line doc for every method of the registry', () => {
    expect(keys).toHaveLength(8);
    for (const key of keys) {
      const { doc, display } = program().hover(key);
      expect(doc, key).toMatch(/^[A-Z].+\.$/);
      expect(doc, key).not.toContain('\n');
      expect(display, key).toMatch(new RegExp(`^\\(property\\) ${key.split('.').at(-1)}: EndpointMethod<`));
    }
  });

  it('shows the registry JSDoc of basket.add and orders.list, with the derived input type', () => {
    const add = program().hover('basket.add');
    expect(add.doc).toBe('Add lines to the basket; a line already there gets its quantity increased. Not retried.');
    expect(add.display).toContain('positions:');
    expect(program().hover('orders.list').doc).toContain('List orders');
  });
});

describe('typing a call', () => {
  it('shows the input with wire names and required fields, then the call options', () => {
    const add = program().signature('addArgs');
    expect(add.parameters).toHaveLength(2);
    expect(add.parameters[0]).toMatch(/^input: \{ positions: \(\{ brand: string; article: string; .*quantity: string \| number; price: string \| number;/);
    expect(add.parameters[1]).toBe('options?: CallOptions');
    expect(program().signature('productArgs').parameters[0]).toMatch(/^input: \{ article: string; brand: string; /);
  });

  it('marks an all-optional input as optional', () => {
    expect(program().signature('listArgs').parameters[0]).toMatch(/^input\?: \{ number\?: string \| number \| undefined; format\?: /);
  });
});

describe('hovering the factory and its options', () => {
  it('shows the factory doc and its example', () => {
    const create = program().hover('create');
    expect(create.display).toContain('createB2motor(options: B2motorOptions): B2motorClient');
    expect(create.doc).toContain('Create a b2motor client');
    expect(create.tags.find((tag) => tag.startsWith('example'))).toContain('createB2motor({ login:');
  });

  it('shows the doc of an option', () => {
    expect(program().hover('login')).toEqual({ doc: 'Account login (`userlogin`).', display: '(property) login: string', tags: [] });
  });
});
