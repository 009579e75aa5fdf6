#!/usr/bin/env node
// Checks @x/mock-servers' msw peer range the way users install it: the packed tarballs plus one
// msw version (from the registry, through the npm cache), under npm and pnpm (pnpm 9 via npx), in
// throw-away projects. For each combination:
//   - exactly one copy of msw is installed (the user's; the mocks use it as a peer)
//   - the README's pattern works: `setupServer(...createB2motorMock().handlers)` from the user's own
//     `msw/node` intercepts an SDK call (onUnhandledRequest: 'error'), and the journal saw it
//   - the same file typechecks (tsc, module nodenext) against that msw's types
//
//   npm run msw-peer-check                          lowest supported and newest 2.x, npm and pnpm
//   npm run msw-peer-check -- 2.7.0 2.15.0          other versions
//   MSW_CHECK_PMS=npm npm run msw-peer-check        npm only
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dirByName, manifest, packAll, root, run } from './lib/pack.mjs';

const peerRange = manifest('mock-servers').peerDependencies.msw;
const lowest = peerRange.replace(/^\^/, '');
const versions = process.argv.slice(2).length > 0 ? process.argv.slice(2) : [lowest, 'latest-2'];
const pms = (process.env.MSW_CHECK_PMS ?? 'npm,pnpm').split(',');
const started = performance.now();
const work = mkdtempSync(join(tmpdir(), 'x-msw-peer-check-'));
const tsc = join(root, 'node_modules/typescript/bin/tsc');

const CHECK = `import { setupServer } from 'msw/node';
import { createB2motor } from '@x/b2motor';
import { createB2motorMock } from '@x/mock-servers/b2motor';

const mock = createB2motorMock();
const server = setupServer(...mock.handlers);
server.listen({ onUnhandledRequest: 'error' });
try {
  const b2motor = createB2motor({ login: 'demo', password: 'demo' });
  const offers = await b2motor.search.product({ article: '01089', brand: 'Febi' });
  const seen: number = mock.journal.count('search.product');
  if (offers.length === 0 || seen !== 1) throw new Error(\`intercepted wrongly: \${offers.length} offers, \${seen} journal entries\`);
  console.log(JSON.stringify({ offers: offers.length, journal: seen }));
} finally {
  server.close();
}
`;

/** Every installed msw (name@version at its path), found by walking node_modules (pnpm's .pnpm too). */
function mswCopies(dir) {
  const copies = [];
  const walk = (nodeModules, depth) => {
    if (depth > 6 || !existsSync(nodeModules)) return;
    for (const entry of readdirSync(nodeModules)) {
      if (entry === '.bin') continue;
      const path = join(nodeModules, entry);
      if (entry === '.pnpm') {
        for (const store of readdirSync(path)) walk(join(path, store, 'node_modules'), depth + 1);
        continue;
      }
      if (entry === 'msw' && existsSync(join(path, 'package.json'))) copies.push(JSON.parse(readFileSync(join(path, 'package.json'), 'utf8')).version);
      if (entry.startsWith('@')) for (const scoped of readdirSync(path)) walk(join(path, scoped, 'node_modules'), depth + 1);
      else walk(join(path, 'node_modules'), depth + 1);
    }
  };
  walk(join(dir, 'node_modules'), 0);
  return [...new Set(copies)];
}

async function check(pm, version, packed) {
  const project = join(work, `${pm}-${version}`);
  mkdirSync(project);
  const tarball = (name) => `file:${packed.get(dirByName.get(name)).file}`;
  const internal = ['@x/core', '@x/b2motor', '@x/omarket', '@x/onliner-second', '@x/7offers', '@x/quince', '@x/mock-servers'];
  const pkg = {
    name: `app-${pm}`,
    version: '1.0.0',
    private: true,
    type: 'module',
    devDependencies: { '@x/b2motor': tarball('@x/b2motor'), '@x/mock-servers': tarball('@x/mock-servers'), msw: version },
    // The registry has no @x packages: every internal dependency comes from its tarball.
    overrides: Object.fromEntries(internal.map((name) => [name, tarball(name)])),
    pnpm: { overrides: Object.fromEntries(internal.map((name) => [name, tarball(name)])) },
  };
  writeFileSync(join(project, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  const t0 = performance.now();
  if (pm === 'npm') await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], project);
  else await run('npx', ['--yes', 'pnpm@9', 'install', '--prefer-offline', '--reporter=silent', '--config.strict-peer-dependencies=true'], project, { npm_config_yes: 'true' });
  const installSeconds = (performance.now() - t0) / 1000;
  const installed = JSON.parse(readFileSync(join(project, 'node_modules/msw/package.json'), 'utf8')).version;
  const copies = mswCopies(project);
  const result = { pm, requested: version, msw: installed, copies, installSeconds, problems: [] };
  if (copies.length !== 1) result.problems.push(`${copies.length} copies of msw: ${copies.join(', ')}`);
  writeFileSync(join(project, 'check.mts'), CHECK);
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: true, lib: ['es2022', 'dom', 'dom.iterable'], types: [] }, files: ['check.mts'] }));
  try {
    await run(process.execPath, [tsc, '-p', 'tsconfig.json'], project);
    result.types = true;
  } catch (error) {
    result.types = false;
    result.problems.push(`tsc: ${String(error.message).split('\n').filter((line) => line.includes('error TS')).slice(0, 3).join(' | ')}`);
  }
  // Run it: strip the one type annotation rather than installing a TypeScript runner.
  writeFileSync(join(project, 'check.mjs'), CHECK.replace('const seen: number', 'const seen'));
  try {
    result.run = JSON.parse((await run(process.execPath, ['check.mjs'], project)).trim().split('\n').pop());
  } catch (error) {
    result.problems.push(`run: ${String(error.message).split('\n').slice(1, 6).join(' | ')}`);
  }
  return result;
}

let failed = false;
try {
  const tarballs = join(work, 'tarballs');
  mkdirSync(tarballs);
  const packed = await packAll(tarballs);
  const resolved = [];
  for (const version of versions) {
    if (version !== 'latest-2') {
      resolved.push(version);
      continue;
    }
    const all = [JSON.parse(await run('npm', ['view', 'msw@2', 'version', '--json'], work))].flat();
    const key = (v) => v.split('.').map((n) => n.padStart(6, '0')).join('.');
    resolved.push(all.filter((v) => /^\d+\.\d+\.\d+$/.test(v)).sort((a, b) => key(a).localeCompare(key(b))).pop());
  }
  console.log(`@x/mock-servers peerDependencies.msw: ${peerRange}; checking msw ${resolved.join(', ')} with ${pms.join(', ')}\n`);
  for (const version of resolved) {
    for (const pm of pms) {
      let r;
      try {
        r = await check(pm, version, packed);
      } catch (error) {
        r = { pm, requested: version, problems: [String(error.message).split('\n').slice(0, 8).join(' | ')] };
      }
      const ok = r.problems.length === 0;
      if (!ok) failed = true;
      console.log(`${pm.padEnd(5)} msw ${String(r.msw ?? version).padEnd(8)} ${ok ? 'ok  ' : 'FAIL'} copies: ${(r.copies ?? []).join(',') || '-'}  types: ${r.types ? 'ok' : 'FAIL'}  run: ${r.run ? `${r.run.offers} offers, journal ${r.run.journal}` : 'FAIL'}  install ${r.installSeconds?.toFixed(1) ?? '-'} s`);
      for (const problem of r.problems) console.log(`  ${problem}`);
    }
  }
} finally {
  if (process.env.MSW_CHECK_KEEP === '1') console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
console.log(`\nmsw-peer-check ${failed ? 'FAILED' : 'passed'} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exit(failed ? 1 : 0);
