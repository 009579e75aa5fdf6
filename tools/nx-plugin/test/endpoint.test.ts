// The endpoint generator against the real packages: an in-memory tree over the workspace (reads
// the repository's files, keeps every write in memory), so each test sees each package's actual
// layout and nothing touches the disk.
import { FsTree } from 'nx/src/generators/tree';
import { createTreeWithEmptyWorkspace } from 'nx/src/devkit-testing-exports';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import endpointGenerator from '../src/endpoint/generator.js';
import { readRegistry } from '../src/layout.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const workspace = () => new FsTree(root, false);

type Options = Parameters<typeof endpointGenerator>[1];
const base = { method: 'POST', path: '/x', description: 'Do x' } as const;

/** Changed paths of a tree, by kind. */
function changes(tree: FsTree) {
  return tree.listChanges().map((c) => `${c.type} ${c.path}`).sort();
}

/** The registry entry the generator added, as the registry reader sees it afterwards. */
function leaf(tree: FsTree, pkg: string, key: string) {
  return readRegistry(tree, `packages/${pkg}`).leaves.find((l) => [...l.groups, l.name].join('.') === key);
}

describe('endpoint generator: files land where each package keeps them', () => {
  it('b2motor: endpoints/<group>/<name>.ts as <group><Name>', async () => {
    const tree = workspace();
    await endpointGenerator(tree, { ...base, provider: 'b2motor', group: 'basket', name: 'history', method: 'GET', path: '/basket/history/', safe: true } as Options);
    expect(changes(tree)).toEqual(['CREATE packages/b2motor/src/endpoints/basket/history.ts', 'UPDATE packages/b2motor/src/endpoints/index.ts', 'UPDATE packages/b2motor/src/functions.ts']);
    expect(leaf(tree, 'b2motor', 'basket.history')).toEqual({ groups: ['basket'], name: 'history', constant: 'basketHistory', file: 'packages/b2motor/src/endpoints/basket/history.ts' });
  });

  it('Quince: a nested group lives in its innermost folder (folders/delete.ts as foldersDelete)', async () => {
    const tree = workspace();
    await endpointGenerator(tree, { ...base, provider: 'quince', group: 'services.folders', name: 'delete', path: '/api/v2/service/folder/delete', description: 'Delete service folders by id' } as Options);
    expect(changes(tree)).toEqual(['CREATE packages/quince/src/endpoints/folders/delete.ts', 'UPDATE packages/quince/src/endpoints/index.ts', 'UPDATE packages/quince/src/functions.ts']);
    expect(leaf(tree, 'quince', 'services.folders.delete')).toEqual({
      groups: ['services', 'folders'],
      name: 'delete',
      constant: 'foldersDelete',
      file: 'packages/quince/src/endpoints/folders/delete.ts',
    });
    // The file the script used to write does not appear.
    expect(tree.exists('packages/quince/src/endpoints/services/folders/delete.ts')).toBe(false);
    await expect(tree.read('packages/quince/src/endpoints/folders/delete.ts', 'utf-8')).toMatchFileSnapshot('./__generated__/quince-folders-delete.ts');
  });

  it('Quince: a new nested group follows the package rule (services.tags.list → tags/list.ts as tagsList)', async () => {
    const tree = workspace();
    await endpointGenerator(tree, { ...base, provider: 'quince', group: 'services.tags', name: 'list', safe: true } as Options);
    expect(leaf(tree, 'quince', 'services.tags.list')).toEqual({ groups: ['services', 'tags'], name: 'list', constant: 'tagsList', file: 'packages/quince/src/endpoints/tags/list.ts' });
    // Existing entries are untouched.
    const before = readRegistry(workspace(), 'packages/quince').leaves;
    expect(readRegistry(tree, 'packages/quince').leaves.slice(0, before.length)).toEqual(before);
  });

  it('O!Market and Onliner: kebab-case folders and files, camelCase keys', async () => {
    const omarket = workspace();
    await endpointGenerator(omarket, { ...base, provider: 'omarket', group: 'ad-types', name: 'get-one', method: 'GET', path: '/ad-types/{id}' } as Options);
    expect(leaf(omarket, 'omarket', 'adTypes.getOne')).toEqual({ groups: ['adTypes'], name: 'getOne', constant: 'adTypesGetOne', file: 'packages/omarket/src/endpoints/ad-types/get-one.ts' });
    expect(omarket.read('packages/omarket/src/endpoints/ad-types/get-one.ts', 'utf-8')).toContain('path: /* @__PURE__ */ v.object({ id: /* @__PURE__ */ v.string() }),');

    const onliner = workspace();
    await endpointGenerator(onliner, { ...base, provider: 'onliner-second', group: 'importReport', name: 'summary', method: 'GET', path: '/imports/{importId}/summary' } as Options);
    expect(leaf(onliner, 'onliner-second', 'importReport.summary')?.file).toBe('packages/onliner-second/src/endpoints/import-report/summary.ts');
  });

  it('a named host is checked against the provider\'s hosts', async () => {
    const tree = workspace();
    await endpointGenerator(tree, { ...base, provider: 'onliner-second', group: 'upload', name: 'delete', method: 'DELETE', path: '/images/{id}', host: 'upload' } as Options);
    expect(tree.read('packages/onliner-second/src/endpoints/upload/delete.ts', 'utf-8')).toContain("  path: '/images/{id}',\n  host: 'upload',\n");
    await expect(endpointGenerator(workspace(), { ...base, provider: 'onliner-second', group: 'upload', name: 'delete', host: 'cdn' } as Options)).rejects.toThrow('declares no host "cdn" (its hosts: auth, upload)');
    await expect(endpointGenerator(workspace(), { ...base, provider: 'quince', group: 'services', name: 'x', host: 'upload' } as Options)).rejects.toThrow('none besides the main one');
  });

  it('a new top-level group gets its own object and folder', async () => {
    const tree = workspace();
    await endpointGenerator(tree, { ...base, provider: 'b2motor', group: 'catalog.brands', name: 'list', method: 'GET', path: '/catalog/brands/' } as Options);
    expect(leaf(tree, 'b2motor', 'catalog.brands.list')).toEqual({ groups: ['catalog', 'brands'], name: 'list', constant: 'catalogBrandsList', file: 'packages/b2motor/src/endpoints/catalog/brands/list.ts' });
    expect(tree.read('packages/b2motor/src/endpoints/index.ts', 'utf-8')).toContain(`  catalog: {
    brands: {
      /** Do x. */
      list: catalogBrandsList,
    },
  },
} as const;`);
  });

  it('7offers declares resources, not endpoints: a clear error and no writes', async () => {
    const tree = workspace();
    await expect(endpointGenerator(tree, { ...base, provider: '7offers', group: 'goal', name: 'archive' } as Options)).rejects.toThrow(/no `endpoints` object.*defineResource/s);
    expect(changes(tree)).toEqual([]);
  });
});

describe('endpoint generator: one description, no disagreement', () => {
  it('the summary, the constant JSDoc and the registry comment are the same sentence', async () => {
    const tree = workspace();
    await endpointGenerator(tree, { ...base, provider: 'quince', group: 'services', name: 'archive', description: "Archive services (they stay in reports); it's idempotent" } as Options);
    const sentence = "Archive services (they stay in reports); it's idempotent.";
    const file = tree.read('packages/quince/src/endpoints/services/archive.ts', 'utf-8') ?? '';
    expect(file).toContain(`summary: 'Archive services (they stay in reports); it\\'s idempotent.',`);
    expect(file).toContain(`/** POST /x: ${sentence} */`);
    expect(tree.read('packages/quince/src/endpoints/index.ts', 'utf-8')).toContain(`    /** ${sentence} */\n    archive: servicesArchive,\n  },\n} as const;`);
  });
});

describe('endpoint generator: src/functions.ts', () => {
  it('appends the standalone function when the package has the file, importing what it needs', async () => {
    const tree = workspace();
    tree.write(
      'packages/b2motor/src/functions.ts',
      "// One function per endpoint.\nimport { endpointFunction } from '@x/core/provider';\nimport { basketAdd as basketAddEndpoint } from './endpoints/basket/add';\n\n/** Add lines. */\nexport const basketAdd = /* @__PURE__ */ endpointFunction('b2motor', 'basket.add', basketAddEndpoint);\n",
    );
    await endpointGenerator(tree, { ...base, provider: 'b2motor', group: 'basket', name: 'history', method: 'GET', path: '/basket/history/', description: 'List past baskets' } as Options);
    const text = tree.read('packages/b2motor/src/functions.ts', 'utf-8');
    expect(text).toBe(
      "// One function per endpoint.\nimport { endpointFunction } from '@x/core/provider';\nimport { basketAdd as basketAddEndpoint } from './endpoints/basket/add';\nimport { basketHistory as basketHistoryEndpoint } from './endpoints/basket/history';\n\n/** Add lines. */\nexport const basketAdd = /* @__PURE__ */ endpointFunction('b2motor', 'basket.add', basketAddEndpoint);\n\n/** List past baskets. */\nexport const basketHistory = /* @__PURE__ */ endpointFunction('b2motor', 'basket.history', basketHistoryEndpoint);\n",
    );
  });

  it('Quince: the function takes the dotted key, the constant keeps its own name; the provider name comes from provider.ts', async () => {
    const tree = workspace();
    tree.write('packages/quince/src/functions.ts', '// One function per endpoint.\n');
    await endpointGenerator(tree, { ...base, provider: 'quince', group: 'services.folders', name: 'delete', description: 'Delete service folders by id' } as Options);
    expect(tree.read('packages/quince/src/functions.ts', 'utf-8')).toBe(
      "// One function per endpoint.\nimport { endpointFunction } from '@x/core/provider';\nimport { foldersDelete } from './endpoints/folders/delete';\n\n/** Delete service folders by id. */\nexport const servicesFoldersDelete = /* @__PURE__ */ endpointFunction('quince', 'services.folders.delete', foldersDelete);\n",
    );
  });

  it('skips it when the package has none', async () => {
    const tree = workspace();
    tree.delete('packages/omarket/src/functions.ts');
    await endpointGenerator(tree, { ...base, provider: 'omarket', group: 'faq', name: 'get' } as Options);
    expect(tree.exists('packages/omarket/src/functions.ts')).toBe(false);
  });
});

describe('endpoint generator: refuses what it cannot do right', () => {
  it('an existing key, file or constant', async () => {
    await expect(endpointGenerator(workspace(), { ...base, provider: 'quince', group: 'services.folders', name: 'list' } as Options)).rejects.toThrow('already has services.folders.list');
    await expect(endpointGenerator(workspace(), { ...base, provider: 'b2motor', group: 'basket', name: 'add' } as Options)).rejects.toThrow('already has basket.add');
  });

  it('bad options, all reported at once, before anything is written', async () => {
    const tree = workspace();
    const error = await endpointGenerator(tree, { provider: 'Quince!', group: '', name: '1x', method: 'FETCH', path: 'x y', description: ' ' } as unknown as Options).catch((e: Error) => e);
    expect(String(error)).toMatch(/--provider[\s\S]*--group[\s\S]*--name[\s\S]*--method[\s\S]*--path[\s\S]*--description/);
    expect(changes(tree)).toEqual([]);
  });

  it('an unknown package', async () => {
    const tree = createTreeWithEmptyWorkspace();
    await expect(endpointGenerator(tree, { ...base, provider: 'nope', group: 'a', name: 'b' } as Options)).rejects.toThrow('No package at packages/nope');
  });
});
