import { defineConfig } from 'tsdown';
import { packageConfig } from '../../tsdown.shared.ts';

export default defineConfig([
  packageConfig(['src/index.ts', 'src/b2motor.ts', 'src/onliner-second.ts', 'src/quince.ts', 'src/contract-entry.ts'], { platform: 'node', target: 'node20' }),
  // The CLI: ESM only, no types.
  packageConfig(['src/cli.ts'], { platform: 'node', target: 'node20', format: ['esm'], dts: false, clean: false }),
]);
