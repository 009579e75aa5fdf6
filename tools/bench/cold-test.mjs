// Cold `npm test`: CPU-seconds (user + sys of the whole process tree) of every CI target with the
// Nx cache skipped. Run alone: `node tools/bench/cold-test.mjs`; or `npm run bench -- --cold-test`.
// Takes minutes. The figure the issue's goal is about (< 150 CPU-s).
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const COLD_TEST_COMMAND = 'npx nx run-many -t typecheck test lint size --skip-nx-cache --output-style=static';

/**
 * Run the command under bash and read `times` afterwards: bash's children times are the user and
 * system CPU of every descendant that was waited for (the whole nx/vitest/tsc tree).
 */
export function coldTest({ cwd = fileURLToPath(new URL('../..', import.meta.url)), quiet = false } = {}) {
  // Quiet: the run's output goes to a log file (named in the result) instead of stderr.
  const logFile = join(tmpdir(), `x-cold-test-${process.pid}.log`);
  // Cold also for tsc: vitest's typecheck passes `--incremental` with this build-info file, which a
  // previous run leaves behind (a fresh clone has none).
  rmSync(join(cwd, 'node_modules/vitest/dist/tsconfig.tmp.tsbuildinfo'), { force: true });
  const script = `${COLD_TEST_COMMAND} ${quiet ? `> '${logFile}' 2>&1` : '1>&2'}; status=$?; times; exit $status`;
  const load = loadavg();
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', script], {
      cwd,
      env: { ...process.env, CI: 'true', NX_DAEMON: 'false', NX_SKIP_NX_CACHE: 'true' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.on('error', reject);
    child.on('close', (status) => {
      // `times` prints two lines: the shell's own user/sys, then its children's.
      const lines = out.trim().split('\n');
      const parse = (text) => text.trim().split(/\s+/).map((t) => {
        const m = /^(\d+)m([\d.]+)s$/.exec(t);
        return m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN;
      });
      const [user, sys] = parse(lines.at(-1) ?? '');
      resolve({ status, user, sys, cpu: user + sys, wall: (performance.now() - started) / 1000, loadBefore: load, loadAfter: loadavg(), command: COLD_TEST_COMMAND, ...(quiet ? { logFile } : {}) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await coldTest();
  console.log(`cold test: ${r.cpu.toFixed(1)} CPU-s (user ${r.user.toFixed(1)}, sys ${r.sys.toFixed(1)}), wall ${r.wall.toFixed(0)} s, exit ${r.status}, load ${r.loadBefore.map((x) => x.toFixed(2)).join(' ')} -> ${r.loadAfter.map((x) => x.toFixed(2)).join(' ')}`);
  process.exitCode = r.status;
}
