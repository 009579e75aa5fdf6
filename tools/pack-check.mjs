#!/usr/bin/env node
// Packs every published package the way `npm publish` would (prepack builds a missing or stale
// dist) and installs each one ALONE from its tarball, with the tarballs of its @x dependencies, into
// a fresh project in a temp dir, from the npm cache (`--prefer-offline`; `--offline` with
// PACK_CHECK_OFFLINE=1). Then, per package:
//   - the tarball holds dist/, README.md, LICENSE, package.json and nothing else (no src, no maps)
//   - `import` (an .mjs file) and `require` (a .cjs file) load every entry point, with the same names
//   - `tsc --noEmit` resolves the types under module node16, nodenext and bundler (strict); with
//     skipLibCheck (checking valibot's declarations took minutes), so a probe type per package must
//     not be `any` (an unresolvable import inside our .d.ts would turn it into `any`)
//   - nothing it should not bring is installed: no msw, no @msw/data, no other @x provider
//   - the installed size (node_modules, bytes on disk)
// @x/mock-servers is installed the same way, with its peer msw (npm installs peers).
//
//   npm run pack-check                 all packages
//   npm run pack-check -- b2motor      only some (dir names)
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dirByName as byName, manifest, packageDirs as dirs, pack as packOne, root, run } from './lib/pack.mjs';

const tsc = join(root, 'node_modules/typescript/bin/tsc');
const started = performance.now();
const work = mkdtempSync(join(tmpdir(), 'x-pack-check-'));
const tarballs = join(work, 'tarballs');
mkdirSync(tarballs);
const networkFlag = process.env.PACK_CHECK_OFFLINE === '1' ? '--offline' : '--prefer-offline';
const selected = process.argv.slice(2).length > 0 ? process.argv.slice(2) : dirs;

/** The @x packages a package needs installed with it (transitively). */
function internalClosure(dir, seen = new Set()) {
  for (const name of Object.keys(manifest(dir).dependencies ?? {})) {
    if (byName.has(name) && !seen.has(name)) {
      seen.add(name);
      internalClosure(byName.get(name), seen);
    }
  }
  return seen;
}

/** Public entry points from `exports`: subpath → { import, require } targets present. */
function entryPoints(pkg) {
  return Object.keys(pkg.exports).filter((subpath) => subpath !== './package.json').map((subpath) => (subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`));
}

function directorySize(path) {
  let total = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) total += directorySize(full);
    else if (entry.isFile()) total += statSync(full).size;
  }
  return total;
}

/** name@version of everything under node_modules (nested too). */
function installed(nodeModules, found = []) {
  if (!existsSync(nodeModules)) return found;
  for (const entry of readdirSync(nodeModules)) {
    if (entry.startsWith('.')) continue;
    const scoped = entry.startsWith('@') ? readdirSync(join(nodeModules, entry)).map((name) => `${entry}/${name}`) : [entry];
    for (const name of scoped) {
      const pkgFile = join(nodeModules, name, 'package.json');
      if (!existsSync(pkgFile)) continue;
      found.push(`${name}@${JSON.parse(readFileSync(pkgFile, 'utf8')).version}`);
      installed(join(nodeModules, name, 'node_modules'), found);
    }
  }
  return found;
}

/** Packs one package and lists what the tarball holds that it should not, and what it lacks. */
async function pack(dir) {
  const info = await packOne(dir, tarballs);
  const unexpected = info.files.filter((path) => !/^(dist\/[^/]+\.(mjs|cjs|d\.mts|d\.cts)|README\.md|LICENSE|package\.json)$/.test(path));
  const missing = ['LICENSE', 'README.md', 'package.json'].filter((path) => !info.files.includes(path));
  return { ...info, unexpected, missing };
}

// A type per package that is only precise when its own and its dependencies' declarations resolve
// (t0 is the main entry, t1 the first subpath in `exports`).
const PROBES = {
  core: "InstanceType<typeof t0.ApiError>['status'] | Parameters<typeof t1.scriptedFetch>[0]",
  b2motor: "ReturnType<typeof t0.createB2motor>['search']['product'] | InstanceType<typeof t0.ApiError>['status']",
  omarket: "ReturnType<typeof t0.createOmarket>['ads']['list']",
  'onliner-second': "ReturnType<typeof t0.createOnlinerSecond>['offers']['list']",
  '7offers': "ReturnType<typeof t0.createSevenOffers>['goal']['list']",
  quince: "ReturnType<typeof t0.createQuince>['services']['list']",
  'mock-servers': "ReturnType<typeof t1.createB2motorMock>['handlers'][number]",
};

const TS_BASE = { strict: true, noEmit: true, skipLibCheck: true, lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [] };

async function checkInstall(dir, packed) {
  const pkg = manifest(dir);
  const project = join(work, `app-${dir}`);
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: `app-${dir}`, version: '1.0.0', private: true }, null, 2));
  const internal = [...internalClosure(dir)].map((name) => packed.get(byName.get(name)).file);
  await run('npm', ['install', networkFlag, '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', ...internal, packed.get(dir).file], project);
  const entries = entryPoints(pkg);
  const result = { name: pkg.name, esm: false, cjs: false, types: {}, problems: [] };

  // Runtime: every entry point under import and require, same export names.
  writeFileSync(join(project, 'check.mjs'), `const out = {};\n${entries.map((e, i) => `import * as m${i} from '${e}';\nout['${e}'] = Object.keys(m${i}).filter((k) => k !== 'default').sort();`).join('\n')}\nconsole.log(JSON.stringify(out));\n`);
  writeFileSync(join(project, 'check.cjs'), `const out = {};\n${entries.map((e) => `out['${e}'] = Object.keys(require('${e}')).sort();`).join('\n')}\nconsole.log(JSON.stringify(out));\n`);
  try {
    const esm = JSON.parse(await run(process.execPath, ['check.mjs'], project));
    const cjs = JSON.parse(await run(process.execPath, ['check.cjs'], project));
    result.esm = entries.every((e) => esm[e].length > 0);
    result.cjs = entries.every((e) => cjs[e].length > 0 && JSON.stringify(cjs[e]) === JSON.stringify(esm[e]));
    result.exportCount = Object.fromEntries(entries.map((e) => [e, esm[e].length]));
    if (!result.cjs) result.problems.push('require() does not give the same exports as import');
  } catch (error) {
    result.problems.push(String(error.message).split('\n').slice(0, 6).join(' | '));
  }

  // Types: one import of every entry point, and a guard that the main export is not `any`.
  const imports = entries.map((e, i) => `import * as t${i} from '${e}';`).join('\n');
  const uses = `type IsAny<T> = 0 extends 1 & T ? true : false;\nconst notAny: IsAny<${PROBES[dir]}> = false;\nexport const all = [${entries.map((_, i) => `t${i}`).join(', ')}, notAny];\n`;
  writeFileSync(join(project, 'types-esm.mts'), `${imports}\n${uses}`);
  writeFileSync(join(project, 'types-bundler.ts'), `${imports}\n${uses}`);
  writeFileSync(join(project, 'types-cjs.cts'), `${entries.map((e, i) => `import t${i} = require('${e}');`).join('\n')}\n${uses.replace('export const all =', 'export = ')}`);
  const configs = {
    node16: { module: 'node16', moduleResolution: 'node16', files: ['types-esm.mts', 'types-cjs.cts'] },
    nodenext: { module: 'nodenext', moduleResolution: 'nodenext', files: ['types-esm.mts', 'types-cjs.cts'] },
    bundler: { module: 'esnext', moduleResolution: 'bundler', files: ['types-bundler.ts'] },
  };
  for (const [label, { files, ...options }] of Object.entries(configs)) {
    writeFileSync(join(project, `tsconfig.${label}.json`), JSON.stringify({ compilerOptions: { ...TS_BASE, ...options }, files }, null, 2));
    try {
      await run(process.execPath, [tsc, '-p', `tsconfig.${label}.json`], project);
      result.types[label] = true;
    } catch (error) {
      result.types[label] = false;
      result.problems.push(`tsc ${label}: ${String(error.message).split('\n').filter((line) => line.includes('error TS')).slice(0, 3).join(' | ')}`);
    }
  }

  // What got installed.
  const list = installed(join(project, 'node_modules'));
  result.installed = list;
  result.installedBytes = directorySize(join(project, 'node_modules'));
  const names = list.map((entry) => entry.slice(0, entry.lastIndexOf('@')));
  const allowedInternal = new Set([pkg.name, ...internalClosure(dir)]);
  const forbidden = names.filter((name) => (byName.has(name) && !allowedInternal.has(name)) || (dir !== 'mock-servers' && (name === 'msw' || name === '@msw/data')));
  if (forbidden.length > 0) result.problems.push(`installed what it should not: ${forbidden.join(', ')}`);
  if (dir === 'mock-servers') {
    if (!names.includes('msw')) result.problems.push('the peer msw was not installed');
    try {
      const help = await run(join(project, 'node_modules/.bin/x-mock'), ['--help'], project);
      if (!/x-mock/.test(help)) result.problems.push('x-mock --help printed no usage');
    } catch (error) {
      result.problems.push(`x-mock --help failed: ${String(error.message).split('\n')[0]}`);
    }
  }
  return result;
}

/** Runs tasks two at a time (the CI machines have two cores). */
async function pool(items, worker, size = 2) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await worker(items[index]);
      }
    }),
  );
  return results;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
let failed = false;
try {
  // Pack all (a dependent's install needs its dependencies' tarballs), one at a time: prepack may build.
  const packed = new Map();
  for (const dir of dirs) packed.set(dir, await pack(dir));
  const packSeconds = (performance.now() - started) / 1000;
  console.log(`packed ${dirs.length} packages in ${packSeconds.toFixed(1)} s\n`);
  console.log('package            tarball    unpacked  files');
  for (const info of packed.values()) {
    console.log(`${info.name.padEnd(18)} ${kb(info.size).padStart(9)} ${kb(info.unpackedSize).padStart(10)} ${String(info.entries).padStart(6)}`);
    if (info.unexpected.length > 0 || info.missing.length > 0) {
      failed = true;
      console.log(`  FAIL: unexpected ${info.unexpected.join(', ') || '-'}; missing ${info.missing.join(', ') || '-'}`);
    }
  }

  const results = await pool(selected, (dir) => checkInstall(dir, packed));
  console.log('\npackage            ESM  CJS  node16 nodenext bundler  installed    packages');
  const yes = (ok) => (ok ? 'ok' : 'FAIL');
  for (const r of results) {
    console.log(
      `${r.name.padEnd(18)} ${yes(r.esm).padEnd(4)} ${yes(r.cjs).padEnd(4)} ${yes(r.types.node16).padEnd(6)} ${yes(r.types.nodenext).padEnd(8)} ${yes(r.types.bundler).padEnd(8)} ${kb(r.installedBytes).padStart(10)}   ${r.installed.join(' ')}`,
    );
    if (r.problems.length > 0 || !r.esm || !r.cjs || Object.values(r.types).includes(false)) {
      failed = true;
      for (const problem of r.problems) console.log(`  FAIL: ${problem}`);
    }
  }
} finally {
  if (process.env.PACK_CHECK_KEEP === '1') console.log(`\nkept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
console.log(`\npack-check ${failed ? 'FAILED' : 'passed'} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exit(failed ? 1 : 0);
