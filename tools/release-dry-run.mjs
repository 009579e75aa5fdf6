#!/usr/bin/env node
// Proves what changesets would release, in a throw-away copy of the repository (nothing here is
// touched): first the pending changesets (the first release), then a core-only patch on top of it,
// then a core minor. Fails when the core-only patch would release anything but @x/core.
//
//   node tools/release-dry-run.mjs            (npm run release:dry-run)
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'x-release-dry-run-'));
const run = (cmd, args, options = {}) => execFileSync(cmd, args, { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
const changeset = (...args) => run(process.execPath, [join(root, 'node_modules/@changesets/cli/bin.js'), ...args]);

// The working tree as it is (tracked and new files, not ignored ones), with the repo's node_modules.
const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
for (const file of files) {
  mkdirSync(dirname(join(work, file)), { recursive: true });
  try {
    cpSync(join(root, file), join(work, file));
  } catch {
    // a file deleted in the working tree but still tracked
  }
}
symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));
const git = (...args) => run('git', ['-c', 'user.name=dry-run', '-c', 'user.email=dry-run@localhost', ...args]);
git('init', '-q', '-b', 'main');
git('add', '-A');
git('commit', '-qm', 'snapshot');

const packageDirs = readdirSync(join(work, 'packages'));
const manifests = () =>
  Object.fromEntries(
    [...packageDirs.map((dir) => `packages/${dir}`), 'examples'].map((dir) => {
      const pkg = JSON.parse(readFileSync(join(work, dir, 'package.json'), 'utf8'));
      const internal = Object.fromEntries(
        ['dependencies', 'peerDependencies'].flatMap((field) => Object.entries(pkg[field] ?? {}).filter(([name]) => name.startsWith('@x/'))),
      );
      return [pkg.name, { version: pkg.version, internal }];
    }),
  );

/** Applies a changeset text (or the pending ones) and returns which packages changed version. */
function step(title, changesetText) {
  if (changesetText !== undefined) writeFileSync(join(work, '.changeset', 'dry-run-step.md'), changesetText);
  const before = manifests();
  const planFile = join(work, 'plan.json');
  changeset('status', `--output=${planFile}`);
  const plan = JSON.parse(readFileSync(planFile, 'utf8'));
  rmSync(planFile);
  changeset('version');
  const after = manifests();
  git('add', '-A');
  git('commit', '-qm', title, '--allow-empty');
  const released = Object.keys(after).filter((name) => after[name].version !== before[name].version);
  console.log(`\n## ${title}`);
  console.log(`changeset status: ${plan.releases.map((r) => `${r.name} ${r.type} → ${r.newVersion}`).join(', ') || 'nothing'}`);
  for (const name of Object.keys(after)) {
    const moved = released.includes(name) ? `${before[name].version} → ${after[name].version}` : `${after[name].version} (unchanged)`;
    const ranges = Object.entries(after[name].internal).map(([dep, range]) => `${dep}@${range}`).join(' ');
    console.log(`  ${name.padEnd(18)} ${moved.padEnd(22)} ${ranges}`);
  }
  return { released, plan };
}

let failed = false;
try {
  step('1. the pending changesets (first release)');
  const patch = step('2. a core-only patch', '---\n"@x/core": patch\n---\n\nA core-only fix.\n');
  if (patch.released.length !== 1 || patch.released[0] !== '@x/core') {
    console.error(`\nFAIL: a core-only patch released ${patch.released.join(', ')}`);
    failed = true;
  } else {
    console.log('\nOK: a core-only patch releases @x/core alone');
  }
  step('3. a core minor (leaves the ^0.x range, so dependents follow with a patch)', '---\n"@x/core": minor\n---\n\nA core feature.\n');
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
