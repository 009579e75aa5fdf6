// The provider generator against the real workspace (in-memory tree over the repository's files).
import { FsTree } from 'nx/src/generators/tree';
import { createTreeWithEmptyWorkspace } from 'nx/src/devkit-testing-exports';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import endpointGenerator from '../src/endpoint/generator.js';
import providerGenerator from '../src/provider/generator.js';
import { readRegistry } from '../src/layout.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const workspace = () => new FsTree(root, false);

type Options = Parameters<typeof providerGenerator>[1];
const acme = { name: 'acme-b2b', title: 'Acme B2B API', baseURL: 'https://api.acme.test/v1/', description: 'Typed client for the Acme B2B API' } as Options;

describe('provider generator', () => {
  it('writes the package where the others live, with their config files, and registers its mock', async () => {
    const tree = workspace();
    await providerGenerator(tree, acme);
    const written = tree
      .listChanges()
      .map((c) => `${c.type} ${c.path}`)
      .sort();
    expect(written).toEqual([
      'CREATE .changeset/acme-b2b-initial.md',
      'CREATE packages/acme-b2b/LICENSE',
      'CREATE packages/acme-b2b/README.md',
      'CREATE packages/acme-b2b/package.json',
      'CREATE packages/acme-b2b/src/client.ts',
      'CREATE packages/acme-b2b/src/endpoints.ts',
      'CREATE packages/acme-b2b/src/endpoints/index.ts',
      'CREATE packages/acme-b2b/src/index.ts',
      'CREATE packages/acme-b2b/src/provider.test.ts',
      'CREATE packages/acme-b2b/src/provider.ts',
      'CREATE packages/acme-b2b/tsconfig.json',
      'CREATE packages/acme-b2b/tsdown.config.ts',
      'CREATE packages/acme-b2b/vitest.config.ts',
      'CREATE packages/mock-servers/src/acme-b2b.ts',
      'CREATE packages/mock-servers/src/providers/acme-b2b/examples.ts',
      'CREATE packages/mock-servers/src/providers/acme-b2b/index.ts',
      'UPDATE packages/mock-servers/package.json',
      'UPDATE packages/mock-servers/src/providers/index.ts',
      'UPDATE packages/mock-servers/src/providers/load.ts',
      'UPDATE packages/mock-servers/tsdown.config.ts',
      'UPDATE typedoc.json',
    ]);
    // Config files are the reference package's, byte for byte.
    for (const file of ['tsconfig.json', 'tsdown.config.ts', 'vitest.config.ts']) {
      expect(tree.read(`packages/acme-b2b/${file}`, 'utf-8')).toBe(tree.read(`packages/b2motor/${file}`, 'utf-8'));
    }
    const pkg = JSON.parse(tree.read('packages/acme-b2b/package.json', 'utf-8') ?? '');
    const reference = JSON.parse(tree.read('packages/b2motor/package.json', 'utf-8') ?? '');
    expect(pkg).toMatchObject({ name: '@x/acme-b2b', version: '0.0.0', description: 'Typed client for the Acme B2B API.', repository: { directory: 'packages/acme-b2b' } });
    expect(pkg.homepage).toBe(reference.homepage.replace('packages/b2motor', 'packages/acme-b2b'));
    expect(Object.keys(pkg.exports)).toEqual(['.', './endpoints', './package.json']);
    expect(pkg.dependencies).toEqual({ '@x/core': reference.dependencies['@x/core'], valibot: reference.dependencies.valibot });
    expect(pkg.scripts).toEqual({ ...reference.scripts, size: undefined });

    // The new package's registry is one the endpoint generator can read (empty).
    expect(readRegistry(tree, 'packages/acme-b2b').leaves).toEqual([]);
    expect(tree.read('packages/acme-b2b/src/provider.ts', 'utf-8')).toContain("baseURL: 'https://api.acme.test/v1',");

    // Mock registration.
    const mockPkg = JSON.parse(tree.read('packages/mock-servers/package.json', 'utf-8') ?? '');
    expect(mockPkg.dependencies['@x/acme-b2b']).toBe('^0.0.0');
    expect(mockPkg.exports['./acme-b2b']).toEqual({
      '@x/source': './src/acme-b2b.ts',
      import: { types: './dist/acme-b2b.d.mts', default: './dist/acme-b2b.mjs' },
      require: { types: './dist/acme-b2b.d.cts', default: './dist/acme-b2b.cjs' },
    });
    const subpaths = Object.keys(mockPkg.exports);
    expect(subpaths.indexOf('./acme-b2b')).toBeLessThan(subpaths.indexOf('./contract'));
    const registry = tree.read('packages/mock-servers/src/providers/index.ts', 'utf-8') ?? '';
    expect(registry).toContain("import { createAcmeB2b } from '@x/acme-b2b';");
    expect(registry).toContain("import { createAcmeB2bMock } from './acme-b2b/index';");
    expect(registry).toContain("  'acme-b2b': {\n    create: createAcmeB2bMock,\n    client: (urls) => createAcmeB2b({ baseURL: urls.main }),\n  },\n} as const satisfies");
    expect(tree.read('packages/mock-servers/src/providers/load.ts', 'utf-8')).toContain("  'acme-b2b': () => import('./acme-b2b/index').then((m) => m.createAcmeB2bMock as Factory),\n};");
    expect(tree.read('packages/mock-servers/tsdown.config.ts', 'utf-8')).toMatch(/const providers = \[[^\]]*'quince', 'acme-b2b'\]/);
    expect(tree.read('.changeset/acme-b2b-initial.md', 'utf-8')).toMatch(/^---\n"@x\/acme-b2b": minor\n"@x\/mock-servers": minor\n---\n\nNew `@x\/acme-b2b`: typed client for the Acme B2B API\./);
    const docs = JSON.parse(tree.read('typedoc.json', 'utf-8') ?? '').entryPoints as string[];
    expect(docs).toEqual(expect.arrayContaining(['packages/acme-b2b/src/index.ts', 'packages/acme-b2b/src/endpoints.ts', 'packages/mock-servers/src/acme-b2b.ts']));

    // The generated sources, compared with the copies that the plugin's typecheck compiles.
    for (const file of ['provider.ts', 'client.ts', 'index.ts', 'endpoints.ts', 'endpoints/index.ts', 'provider.test.ts']) {
      await expect(tree.read(`packages/acme-b2b/src/${file}`, 'utf-8')).toMatchFileSnapshot(`./__generated__/acme-b2b/src/${file}`);
    }
  });

  it('then takes endpoints: the first one opens its group', async () => {
    const tree = workspace();
    await providerGenerator(tree, acme);
    await endpointGenerator(tree, { provider: 'acme-b2b', group: 'orders', name: 'list', method: 'GET', path: '/orders', description: 'List orders', safe: true });
    expect(tree.read('packages/acme-b2b/src/endpoints/index.ts', 'utf-8')).toBe(`// The Acme B2B API endpoint registry: the shape of the client.
// Add endpoints with \`npx nx g @x/nx-plugin:endpoint --provider acme-b2b ...\`.
import { ordersList } from './orders/list';

/** Every documented Acme B2B API operation. */
export const endpoints = {
  orders: {
    /** List orders. */
    list: ordersList,
  },
} as const;
`);
    expect(tree.exists('packages/acme-b2b/src/endpoints/orders/list.ts')).toBe(true);
  });

  it('copies another package with --like', async () => {
    const tree = workspace();
    await providerGenerator(tree, { ...acme, like: 'quince' });
    expect(tree.read('packages/acme-b2b/tsdown.config.ts', 'utf-8')).toBe(tree.read('packages/quince/tsdown.config.ts', 'utf-8'));
    await expect(providerGenerator(workspace(), { ...acme, like: '7offers' })).rejects.toThrow('no `endpoints` object');
  });

  it('refuses an existing package, bad options, or a workspace with nothing to copy', async () => {
    await expect(providerGenerator(workspace(), { ...acme, name: 'quince' })).rejects.toThrow('packages/quince already exists');
    const error = await providerGenerator(workspace(), { name: '7up', title: '', baseURL: 'ftp://x', description: '' } as Options).catch((e: Error) => e);
    expect(String(error)).toMatch(/--name[\s\S]*--title[\s\S]*--baseURL[\s\S]*--description/);
    await expect(providerGenerator(workspace(), { ...acme, baseURL: 'https://user:secret@api.acme.test' })).rejects.toThrow('without credentials');
    await expect(providerGenerator(createTreeWithEmptyWorkspace(), acme)).rejects.toThrow('No provider package');
  });
});
