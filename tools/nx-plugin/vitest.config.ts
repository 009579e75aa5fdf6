import { mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.ts';

// The generator tests; test/__generated__ holds the files they compare with (typechecked, not run).
export default mergeConfig(sharedConfig, {
  test: { include: ['test/**/*.test.ts'], exclude: ['test/__generated__/**', '**/node_modules/**'] },
});
