#!/usr/bin/env node
// `npm run mutation [-- <target>...] [--report] [--force]`: StrykerJS over each provider's endpoint definitions
// (with that provider's contract file) and over the wire encoders of @x/core (with every contract
// file), then a table per target (killed, survived, equivalent, no coverage, score, duration) and
// every survivor with its reason. Targets run one after another (the machine's cores go to
// Stryker's two test runners); incremental files make reruns cheap. `--report` prints the table
// from the last reports without running. Exit 1 when a target scores below 95 % or a survivor is
// neither killed nor explained in equivalent.json.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ALL = ['b2motor', 'quince', 'onliner-second', 'omarket', '7offers', 'core'];
const TARGET = 95;
const args = process.argv.slice(2);
const reportOnly = args.includes('--report');
// `--force`: a full run ignoring the incremental files (they notice changed sources and test files,
// not changed test helpers or fixtures).
const force = args.includes('--force');
const targets = args.filter((a) => !a.startsWith('--'));
for (const t of targets) if (!ALL.includes(t)) throw new Error(`Unknown target ${t}; targets: ${ALL.join(', ')}`);
const run = targets.length > 0 ? targets : ALL;

/**
 * Known equivalent mutants: `<file>:<line>:<mutator>:<replacement>` → why no test can tell them
 * apart. A reason starting with `TODO:` is not an equivalent mutant: it counts as survived.
 */
const equivalent = JSON.parse(readFileSync(new URL('./equivalent.json', import.meta.url), 'utf8'));
const isEquivalent = (reason) => typeof reason === 'string' && !reason.startsWith('TODO:');
const load = () => loadavg().map((n) => n.toFixed(1)).join(' ');
const minutes = (ms) => (ms / 60000).toFixed(1);

const started = Date.now();
const loadBefore = load();
for (const target of run) {
  if (reportOnly) break;
  const t0 = Date.now();
  console.log(`\n── mutation: ${target} (load average ${load()}) ──`);
  const result = spawnSync('npx', ['stryker', 'run', 'tools/mutation/stryker.config.mjs', ...(force ? ['--force'] : [])], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, MUTATION_TARGET: target, ...(target === 'core' ? {} : { MUTATION_PROVIDER: target }) },
  });
  if (result.status !== 0) {
    console.error(`stryker failed for ${target} (exit ${result.status})`);
    process.exit(result.status ?? 1);
  }
  // Kept beside the report so `--report` can show it.
  writeFileSync(`${root}reports/mutation/${target}.duration.json`, JSON.stringify({ ms: Date.now() - t0, load: load(), at: new Date().toISOString() }));
}

const DETECTED = new Set(['Killed', 'Timeout']);
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
  const durationFile = `${root}reports/mutation/${target}.duration.json`;
  const duration = existsSync(durationFile) ? JSON.parse(readFileSync(durationFile, 'utf8')) : undefined;
  const matched = new Set();
  const row = { target, killed: 0, survived: 0, equivalent: 0, noCoverage: 0, ignored: 0, other: 0, survivors: [], duration };
  for (const [path, info] of Object.entries(report.files)) {
    const lines = info.source.split('\n');
    const rel = path.replace(root, '');
    for (const m of info.mutants) {
      if (DETECTED.has(m.status)) row.killed++;
      else if (m.status === 'Survived' || m.status === 'NoCoverage') {
        const key = `${rel}:${m.location.start.line}:${m.mutatorName}:${m.replacement ?? ''}`;
        const reason = equivalent[key];
        if (reason) matched.add(key);
        if (isEquivalent(reason)) row.equivalent++;
        else if (m.status === 'Survived') row.survived++;
        else row.noCoverage++;
        const original = lines[m.location.start.line - 1]?.trim().slice(0, 110);
        row.survivors.push({ where: `${rel}:${m.location.start.line}`, mutator: m.mutatorName, replacement: (m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80), status: m.status, original, reason });
      } else if (m.status === 'Ignored') row.ignored++;
      else row.other++; // CompileError / RuntimeError: not a valid mutant
    }
  }
  // Entries for this target's files that no survivor matches (killed since, or the line moved).
  const files = Object.keys(report.files).map((p) => p.replace(root, ''));
  row.stale = Object.keys(equivalent).filter((k) => files.some((f) => k.startsWith(`${f}:`)) && !matched.has(k));
  if (row.stale.length > 0) failed = true;
  // The score leaves out the equivalent mutants (no test can kill them; each has its reason).
  const counted = row.killed + row.survived + row.noCoverage;
  row.score = counted === 0 ? 100 : (100 * row.killed) / counted;
  row.unexplained = row.survived + row.noCoverage;
  if (row.score < TARGET || row.unexplained > 0) failed = true;
  rows.push(row);
}

const header = ['target', 'killed', 'survived', 'equivalent', 'no coverage', 'score', 'ignored', 'duration'];
const table = rows.map((r) => [
  r.target,
  String(r.killed),
  String(r.survived),
  String(r.equivalent),
  String(r.noCoverage),
  `${r.score.toFixed(1)} %${r.score < TARGET ? ' BELOW' : ''}`,
  String(r.ignored),
  r.duration ? `${minutes(r.duration.ms)} min` : '-',
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) => `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')}`;
console.log(`\nMutation score per target: killed (or timed out) / (killed + survived + no coverage); equivalent mutants`);
console.log(`(tools/mutation/equivalent.json) are left out; ignored = not wire (tools/mutation/wire-ignorer.mjs). Target ${TARGET} %.`);
console.log(line(header));
for (const row of table) console.log(line(row));
for (const r of rows) {
  for (const k of r.stale) console.log(`\nSTALE entry in tools/mutation/equivalent.json (no such survivor; remove it, or fix its line): ${k}`);
  if (r.survivors.length === 0) continue;
  console.log(`\nSurvivors, ${r.target}:`);
  for (const s of r.survivors) {
    const why = !s.reason
      ? 'NOT EXPLAINED: add a fixture that kills it, or its reason to tools/mutation/equivalent.json'
      : s.reason.startsWith('TODO:')
        ? `not killed yet: ${s.reason.slice(5).trim()}`
        : `equivalent: ${s.reason}`;
    console.log(`  ${s.where} ${s.mutator} → ${s.replacement} [${s.status}]\n      ${s.original}\n      ${why}`);
  }
}
if (!reportOnly) console.log(`\nTotal time: ${minutes(Date.now() - started)} min; load average (1, 5, 15 min) before ${loadBefore}, after ${load()}`);
process.exit(failed ? 1 : 0);
