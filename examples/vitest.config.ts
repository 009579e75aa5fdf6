import { mergeConfig } from 'vitest/config';
import { sharedConfig } from '../vitest.shared.ts';

export default mergeConfig(sharedConfig, { test: { include: ['*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } });
