#!/usr/bin/env node
// `prepack` of every published package (npm runs it before `npm pack` and `npm publish`, so also
// under `changeset publish`): a package can never be packed without its build.
//
// It builds the package with tsdown when a file that package.json points at (main, module, types,
// bin, every export except the repo-only `@x/source` condition) is missing, or when the sources
// or the build config are newer than the oldest of those files; then it checks every one of them
// exists and fails loudly if not. When the build is fresh (the usual case inside `nx run-many -t
// lint`, whose attw step packs the package) it costs a few stat calls. See decisions/0030.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = process.cwd();
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));

/** Every file path package.json promises to users. */
function promisedFiles() {
  const files = new Set();
  const add = (value) => {
    if (typeof value === 'string') files.add(value);
    else if (value && typeof value === 'object') {
      for (const [condition, target] of Object.entries(value)) if (condition !== '@x/source') add(target);
    }
  };
  add(pkg.main);
  add(pkg.module);
  add(pkg.types);
  add(pkg.bin);
  add(pkg.exports);
  files.delete('./package.json');
  return [...files].map((file) => join(packageDir, file));
}

function newestSourceTime() {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!/\.test(-d)?\.ts$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(join(packageDir, 'src'));
  for (const config of [join(packageDir, 'tsdown.config.ts'), join(root, 'tsdown.shared.ts')]) {
    if (existsSync(config)) newest = Math.max(newest, statSync(config).mtimeMs);
  }
  return newest;
}

function staleOrMissing(files) {
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length > 0) return `missing ${missing.map((file) => file.slice(packageDir.length + 1)).join(', ')}`;
  const oldestBuilt = Math.min(...files.map((file) => statSync(file).mtimeMs));
  return oldestBuilt < newestSourceTime() ? 'sources are newer than dist/' : undefined;
}

const files = promisedFiles();
const reason = staleOrMissing(files);
if (reason !== undefined) {
  console.error(`[prepack] ${pkg.name}: ${reason}; building with tsdown`);
  execFileSync(join(root, 'node_modules', '.bin', 'tsdown'), [], { cwd: packageDir, stdio: ['ignore', 2, 2] });
  const after = files.filter((file) => !existsSync(file));
  if (after.length > 0) {
    console.error(`[prepack] ${pkg.name}: the build did not produce ${after.join(', ')}; refusing to pack`);
    process.exit(1);
  }
}
