// StrykerJS over the endpoint definitions and the wire encoders, killed by the contract suite
// (documented examples + wire fixtures). One target per run: MUTATION_TARGET = a provider, or
// `core` (the wire encoders, against every provider's contract file and the encoders' own tests). See tools/mutation/run.mjs.
const target = process.env.MUTATION_TARGET ?? 'b2motor';

/** What each target mutates. 7offers declares its endpoints as resources (src/resources). */
export const TARGETS = {
  b2motor: ['packages/b2motor/src/endpoints/**/*.ts'],
  quince: ['packages/quince/src/endpoints/**/*.ts'],
  'onliner-second': ['packages/onliner-second/src/endpoints/**/*.ts'],
  omarket: ['packages/omarket/src/endpoints/**/*.ts'],
  '7offers': ['packages/7offers/src/endpoints/**/*.ts', 'packages/7offers/src/resources/geo.ts', 'packages/7offers/src/resources/goal.ts'],
  core: ['packages/core/src/encode.ts'],
};

if (!TARGETS[target]) throw new Error(`MUTATION_TARGET must be one of ${Object.keys(TARGETS).join(', ')}`);

export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner', './tools/mutation/wire-ignorer.mjs'],
  ignorers: ['wire-only'],
  // `core` scans from packages/ to reach core's encoder tests too (vitest.mutation.config.ts).
  vitest: { configFile: 'packages/mock-servers/vitest.mutation.config.ts', dir: target === 'core' ? 'packages' : 'packages/mock-servers', related: false },
  mutate: TARGETS[target],
  coverageAnalysis: 'perTest',
  // A sandbox copy (vitest.mutation.config.ts resolves the workspace packages inside it), so
  // the worktree stays untouched while it runs.
  inPlace: false,
  // One sandbox directory per target, so two targets may run side by side.
  tempDirName: `.stryker-tmp-${target}`,
  // Build output and tool state (nx writes its database while other tasks run) stay out of the sandbox.
  ignorePatterns: ['.nx', 'reports', '**/dist', 'coverage', '.stryker-tmp*'],
  incremental: true,
  incrementalFile: `reports/mutation/${target}.incremental.json`,
  reporters: ['json', 'progress'],
  jsonReporter: { fileName: `reports/mutation/${target}.json` },
  concurrency: 2,
  timeoutMS: 60000,
  // The initial run of `core` loads all five contract files; on a loaded 2-core machine it took
  // longer than Stryker's default 5 minutes.
  dryRunTimeoutMinutes: 20,
  thresholds: { high: 95, low: 90, break: null },
  cleanTempDir: 'always',
};
