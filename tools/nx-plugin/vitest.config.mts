import { mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.ts';

// The generator tests; test/__generated__ holds the files they compare with (typechecked, not run).
// Each test reads real package files through an in-memory tree and parses them with TypeScript:
// well under a second alone, but several seconds on a loaded 2-core machine, so the timeout is wider.
export default mergeConfig(sharedConfig, {
  test: { include: ['test/**/*.test.ts'], exclude: ['test/__generated__/**', '**/node_modules/**'], testTimeout: 30_000 },
});
