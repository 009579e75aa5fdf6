#!/usr/bin/env node
// Lists the import cycles among the TypeScript files of a folder (tests left out), using the
// TypeScript API: `node tools/import-cycles.mjs packages/mock-servers/src [--runtime]`.
// `--runtime` ignores `import type` / `export type` edges (what a bundler would see).
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** The files of a folder and the relative imports between them. */
export function importGraph(root, { runtime = false } = {}) {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ts$/.test(name) && !/\.(test|test-d|test-helper|d)\.ts$/.test(name)) files.push(path);
    }
  };
  walk(root);
  const graph = new Map();
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
    const edges = new Set();
    for (const node of source.statements) {
      if (!(ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) || !node.moduleSpecifier) continue;
      const typeOnly = ts.isImportDeclaration(node) ? node.importClause?.isTypeOnly || (node.importClause && !node.importClause.name && node.importClause.namedBindings && ts.isNamedImports(node.importClause.namedBindings) && node.importClause.namedBindings.elements.length > 0 && node.importClause.namedBindings.elements.every((e) => e.isTypeOnly)) : node.isTypeOnly;
      if (runtime && typeOnly) continue;
      const spec = node.moduleSpecifier.text;
      if (!spec.startsWith('.')) continue;
      const base = resolve(dirname(file), spec);
      const target = [`${base}.ts`, join(base, 'index.ts'), base.replace(/\.js$/, '.ts')].find((p) => files.includes(p) || existsSync(p));
      if (target && files.includes(target)) edges.add(relative(root, target));
    }
    graph.set(relative(root, file), [...edges].sort());
  }
  return graph;
}

/** Every elementary cycle (each listed once, starting at its smallest file name). */
export function cycles(graph) {
  const found = new Set();
  const out = [];
  const nodes = [...graph.keys()].sort();
  for (const start of nodes) {
    const stack = [start];
    const onStack = new Set([start]);
    const visit = (node) => {
      for (const next of graph.get(node) ?? []) {
        if (next === start) {
          const cycle = [...stack];
          const key = cycle.join(' > ');
          if (!found.has(key) && cycle.every((n) => n >= start)) {
            found.add(key);
            out.push(cycle);
          }
        } else if (!onStack.has(next) && next > start) {
          stack.push(next);
          onStack.add(next);
          visit(next);
          stack.pop();
          onStack.delete(next);
        }
      }
    };
    visit(start);
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const root = resolve(process.argv[2] ?? '.');
  const runtime = process.argv.includes('--runtime');
  const graph = importGraph(root, { runtime });
  const found = cycles(graph);
  const inCycles = new Set(found.flat());
  console.log(`${graph.size} files, ${[...graph.values()].reduce((n, e) => n + e.length, 0)} ${runtime ? 'runtime ' : ''}imports, ${found.length} cycles through ${inCycles.size} files`);
  for (const cycle of found) console.log(`  ${[...cycle, cycle[0]].join(' -> ')}`);
}
