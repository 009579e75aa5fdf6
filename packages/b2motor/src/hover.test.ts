// What an editor shows for the b2motor client, asked of the TypeScript language service through the
// shared hover harness: one program for this file, built once, then a cheap query per assertion.
import { beforeAll, describe, expect, it } from 'vitest';
import { hoverProgram, methodKeys, methodLines, type HoverProgram } from '../../core/test/hover-kit';
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

let editor: HoverProgram;
beforeAll(() => {
  editor = hoverProgram(import.meta.dirname, source);
  expect(editor.errors()).toEqual([]); // a broken import would make every hover show `any`
}, 120_000); // the one program build: a few CPU-seconds, more on a loaded machine

describe('hovering a client method', () => {
  it('shows a one-line doc for every method of the registry', () => {
    expect(keys).toHaveLength(8);
    for (const key of keys) {
      const { doc, display } = editor.hover(key);
      expect(doc, key).toMatch(/^[A-Z].+\.$/);
      expect(doc, key).not.toContain('\n');
      expect(display, key).toMatch(new RegExp(`^\\(property\\) ${key.split('.').at(-1)}: EndpointMethod<`));
    }
  });

  it('shows the registry JSDoc of basket.add and orders.list, with the derived input type', () => {
    const add = editor.hover('basket.add');
    expect(add.doc).toBe('Add lines to the basket; a line already there gets its quantity increased. Not retried.');
    expect(add.display).toContain('positions:');
    expect(editor.hover('orders.list').doc).toContain('List orders');
  });
});

describe('typing a call', () => {
  it('shows the input with wire names and required fields, then the call options', () => {
    const add = editor.signature('addArgs');
    expect(add.parameters).toHaveLength(2);
    expect(add.parameters[0]).toMatch(/^input: \{ positions: \(\{ brand: string; article: string; .*quantity: string \| number; price: string \| number;/);
    expect(add.parameters[1]).toBe('options?: CallOptions');
    expect(editor.signature('productArgs').parameters[0]).toMatch(/^input: \{ article: string; brand: string; /);
  });

  it('marks an all-optional input as optional', () => {
    expect(editor.signature('listArgs').parameters[0]).toMatch(/^input\?: \{ number\?: string \| number \| undefined; format\?: /);
  });
});

describe('hovering the factory and its options', () => {
  it('shows the factory doc and its example', () => {
    const create = editor.hover('create');
    expect(create.display).toContain('createB2motor(options: B2motorOptions): B2motorClient');
    expect(create.doc).toContain('Create a b2motor client');
    expect(create.tags.find((tag) => tag.startsWith('example'))).toContain('createB2motor({ login:');
  });

  it('shows the doc of an option', () => {
    expect(editor.hover('login')).toEqual({ doc: 'Account login (`userlogin`).', display: '(property) login: string', tags: [] });
  });
});
