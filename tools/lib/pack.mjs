// Shared by the packaging checks (pack-check, msw-peer-check): run a command, pack the packages.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Runs a command, resolves with its stdout; rejects with stdout + stderr on a non-zero exit. */
export function run(cmd, args, cwd, env = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false', ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolvePromise(out) : reject(new Error(`${cmd} ${args.join(' ')} (in ${cwd}) exited ${code}\n${out}\n${err}`))));
  });
}

/** Directory names under packages/ of the published packages. */
export const packageDirs = readdirSync(join(root, 'packages')).filter((dir) => existsSync(join(root, 'packages', dir, 'package.json')));

/** A package's package.json. */
export const manifest = (dir) => JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'));

/** Package name → directory name. */
export const dirByName = new Map(packageDirs.map((dir) => [manifest(dir).name, dir]));

/** `npm pack` of one package into `destination` (prepack builds a missing or stale dist). */
export async function pack(dir, destination) {
  const out = await run('npm', ['pack', '--pack-destination', destination, '--json'], join(root, 'packages', dir));
  const [info] = JSON.parse(out.slice(out.indexOf('[')));
  return { dir, name: info.name, file: join(destination, info.filename), size: info.size, unpackedSize: info.unpackedSize, entries: info.entryCount, files: info.files.map((file) => file.path) };
}

/** Packs every package, one at a time (prepack may build); Map dir → pack info. */
export async function packAll(destination) {
  const packed = new Map();
  for (const dir of packageDirs) packed.set(dir, await pack(dir, destination));
  return packed;
}
