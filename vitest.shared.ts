// Shared vitest settings: every package resolves its workspace siblings to their TypeScript
// sources through the `@x/source` export condition, so tests never need a build first.
import { defineConfig } from 'vitest/config';

export const sharedConfig = defineConfig({
  resolve: { conditions: ['@x/source'] },
  ssr: { resolve: { conditions: ['@x/source'] } },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Type tests (`*.test-d.ts`) run by tsc over the package's own tsconfig. The Nx `typecheck`
    // target runs them (`vitest run --typecheck.only`: one tsc pass, source errors fail it too); the
    // `test` target passes `--typecheck.enabled=false` so the check is not done twice (decision 0075).
    typecheck: { enabled: true, checker: 'tsc', tsconfig: 'tsconfig.json', include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'] },
    restoreMocks: true,
  },
});
