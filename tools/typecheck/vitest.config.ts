// The workspace type check (Nx project `typecheck`, decision 0115): `vitest run --typecheck.only`
// with this config runs ONE tsc pass over tools/typecheck/tsconfig.json (every package's sources,
// runtime tests and `*.test-d.ts` type tests, and the examples) and reports each type test by
// name; an error anywhere else fails it as a source error. Run from the workspace root.
import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.ts';

export default mergeConfig(sharedConfig, {
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: [],
    typecheck: {
      tsconfig: 'tools/typecheck/tsconfig.json',
      include: ['packages/*/src/**/*.test-d.ts', 'packages/*/test/**/*.test-d.ts'],
    },
  },
});
