// Shared vitest settings: every package resolves its workspace siblings to their TypeScript
// sources through the `@x/source` export condition, so tests never need a build first.
import { defineConfig } from 'vitest/config';

export const sharedConfig = defineConfig({
  resolve: { conditions: ['@x/source'] },
  ssr: { resolve: { conditions: ['@x/source'] } },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Type tests (`*.test-d.ts`) run by tsc over the package's own tsconfig when vitest is run in a
    // package by hand. In `npm test` they run once for the whole workspace: the Nx project
    // `typecheck` (tools/typecheck, decision 0115) is one tsc pass over every package; the packages'
    // `test` targets pass `--typecheck.enabled=false` so the check is not done twice (decision 0075).
    typecheck: { enabled: true, checker: 'tsc', tsconfig: 'tsconfig.json', include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'] },
    restoreMocks: true,
    // Test files of a package share worker threads and their module cache (decision 0115): each
    // file no longer re-imports msw, valibot, fast-check, TypeScript and the workspace sources, which
    // was most of the suite's CPU time. Files still run one after another in a worker and clean up
    // what they start (msw servers are closed in afterAll, spies restored by restoreMocks).
    pool: 'threads',
    isolate: false,
  },
});
