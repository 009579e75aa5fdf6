// Shared vitest settings: every package resolves its workspace siblings to their TypeScript
// sources through the `@x/source` export condition, so tests never need a build first.
import { defineConfig } from 'vitest/config';

export const sharedConfig = defineConfig({
  resolve: { conditions: ['@x/source'] },
  ssr: { resolve: { conditions: ['@x/source'] } },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    typecheck: { enabled: true, checker: 'tsc', tsconfig: 'tsconfig.json', include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'] },
    restoreMocks: true,
  },
});
