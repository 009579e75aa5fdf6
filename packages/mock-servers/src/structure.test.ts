import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Arrows inside the package point one way (decisions/0026): shared types (a leaf) <- the engine
// <- transports and derived outputs <- provider mocks and entry points.
const root = dirname(fileURLToPath(import.meta.url));

/** Every non-test source file and the files it imports (type-only imports included). */
function importGraph(): Map<string, string[]> {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !/\.(test|test-helper|d)\.ts$/.test(name)) files.push(path);
    }
  };
  walk(root);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    const targets: string[] = [];
    for (const node of source.statements) {
      if (!(ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) || !node.moduleSpecifier || !ts.isStringLiteral(node.moduleSpecifier)) continue;
      const spec = node.moduleSpecifier.text;
      if (!spec.startsWith('.')) continue;
      const base = resolve(dirname(file), spec);
      const target = [`${base}.ts`, join(base, 'index.ts')].find((p) => files.includes(p));
      if (!target) throw new Error(`${relative(root, file)} imports ${spec}, which is not a source file here`);
      targets.push(relative(root, target));
    }
    graph.set(relative(root, file), targets);
  }
  return graph;
}

const graph = importGraph();

// respond.ts (MockResponse to bytes) imports only types: the engine uses it for body faults
// (truncated, invalid-json) and both transports use it to answer. query-text.ts decodes the query
// text and header-text.ts the header lines the HTTP transport hands over.
const LEAF = ['types.ts', 'clock.ts', 'random.ts', 'limits.ts', 'scenarios.ts', 'respond.ts', 'query-text.ts', 'header-text.ts'];
const ENGINE = [...LEAF, 'router.ts', 'journal.ts', 'strict.ts', 'mock-engine.ts', 'define-provider-mock.ts'];

describe('the structure of @x/mock-servers', () => {
  it('has no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' -> '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('keeps the shared types and small helpers a leaf', () => {
    for (const file of LEAF) expect(graph.get(file)!.filter((f) => !LEAF.includes(f)), file).toEqual([]);
  });

  it('keeps the engine free of transports, derived outputs and provider mocks', () => {
    for (const file of ENGINE) expect(graph.get(file)!.filter((f) => !ENGINE.includes(f)), file).toEqual([]);
  });

  it('builds the msw transport and the derived outputs on the engine alone', () => {
    for (const file of ['msw.ts', 'respond.ts', 'openapi.ts', 'contract.ts']) {
      // msw.ts registers itself in msw-transport.ts (a registry that imports only types).
      expect(graph.get(file)!.filter((f) => !ENGINE.includes(f) && f !== 'msw-transport.ts'), file).toEqual([]);
    }
  });

  it('keeps msw out of ProviderMock, the server and the CLI (they find the msw transport through its registration)', () => {
    for (const file of ['provider-mock.ts', 'msw-transport.ts', 'server.ts', 'cli.ts', 'providers/load.ts']) {
      expect(graph.get(file)!.filter((f) => f === 'msw.ts'), file).toEqual([]);
    }
  });

  it('lets no provider mock import the server, the CLI or another provider', () => {
    for (const [file, imports] of graph) {
      const provider = /^providers\/([^/]+)\//.exec(file)?.[1];
      if (!provider) continue;
      expect(imports.filter((f) => ['server.ts', 'cli.ts', 'reference-page.ts'].includes(f) || (f.startsWith('providers/') && !f.startsWith(`providers/${provider}/`))), file).toEqual([]);
    }
  });
});
