#!/usr/bin/env node
// `npm run mutation [-- <target>...]`: StrykerJS over each provider's endpoint definitions (with that
// provider's contract file) and over the wire encoders of @x/core (with every contract file), then
// per target the share of mutants killed and every survivor with its reason. Targets run one after
// another (the machine's cores go to Stryker's two test runners). Exit 1 below 95 % anywhere.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ALL = ['b2motor', 'quince', 'onliner-second', 'omarket', '7offers', 'core'];
const TARGET = 95;
const args = process.argv.slice(2);
const reportOnly = args.includes('--report');
const targets = args.filter((a) => !a.startsWith('--'));
for (const t of targets) if (!ALL.includes(t)) throw new Error(`Unknown target ${t}; targets: ${ALL.join(', ')}`);
const run = targets.length > 0 ? targets : ALL;

/** Known equivalent mutants: `<file>:<line>:<mutator>:<replacement>` → why no test can tell them apart. */
const equivalent = JSON.parse(readFileSync(new URL('./equivalent.json', import.meta.url), 'utf8'));

const started = Date.now();
for (const target of run) {
  if (reportOnly) break;
  const t0 = Date.now();
  console.log(`\n── mutation: ${target} ──`);
  const result = spawnSync('npx', ['stryker', 'run', 'tools/mutation/stryker.config.mjs'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, MUTATION_TARGET: target, ...(target === 'core' ? {} : { MUTATION_PROVIDER: target }) },
  });
  if (result.status !== 0) {
    console.error(`stryker failed for ${target} (exit ${result.status})`);
    process.exit(result.status ?? 1);
  }
  console.log(`${target}: ${((Date.now() - t0) / 60000).toFixed(1)} min`);
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
const rows = [];
let failed = false;
for (const target of run) {
  const file = `${root}reports/mutation/${target}.json`;
  if (!existsSync(file)) {
    console.log(`${target}: no report (run it first)`);
    failed = true;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  let detected = 0;
  let undetected = 0;
  let ignored = 0;
  const survivors = [];
  for (const [path, info] of Object.entries(report.files)) {
    const lines = info.source.split('\n');
    for (const m of info.mutants) {
      if (DETECTED.has(m.status)) detected++;
      else if (UNDETECTED.has(m.status)) {
        undetected++;
        const rel = path.replace(root, '');
        const key = `${rel}:${m.location.start.line}:${m.mutatorName}:${m.replacement ?? ''}`;
        const original = lines[m.location.start.line - 1]?.trim().slice(0, 110);
        survivors.push({ where: `${rel}:${m.location.start.line}`, mutator: m.mutatorName, replacement: (m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80), status: m.status, original, reason: equivalent[key] });
      } else if (m.status === 'Ignored') ignored++;
    }
  }
  const total = detected + undetected;
  const score = total === 0 ? 100 : (100 * detected) / total;
  if (score < TARGET) failed = true;
  rows.push({ target, score, detected, total, ignored, survivors });
}

console.log(`\nMutation score per target (killed or timed out / mutants; ignored = not wire, see tools/mutation/wire-ignorer.mjs):`);
for (const r of rows) console.log(`  ${r.target.padEnd(15)} ${r.score.toFixed(1).padStart(5)} %  (${r.detected}/${r.total} killed, ${r.ignored} ignored)${r.score < TARGET ? `  BELOW ${TARGET} %` : ''}`);
for (const r of rows) {
  if (r.survivors.length === 0) continue;
  console.log(`\nSurvivors, ${r.target}:`);
  for (const s of r.survivors) {
    console.log(`  ${s.where} ${s.mutator} → ${s.replacement} [${s.status}]\n      ${s.original}\n      ${!s.reason ? 'NOT EXPLAINED: add a fixture that kills it, or its reason to tools/mutation/equivalent.json' : s.reason.startsWith('TODO:') ? `not killed yet: ${s.reason.slice(5).trim()}` : `equivalent: ${s.reason}`}`);
  }
}
if (!reportOnly) console.log(`\nTotal time: ${((Date.now() - started) / 60000).toFixed(1)} min`);
process.exit(failed ? 1 : 0);
