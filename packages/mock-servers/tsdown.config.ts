import { defineConfig } from 'tsdown';
import { packageConfig } from '../../tsdown.shared.ts';

const providers = ['7offers', 'b2motor', 'omarket', 'onliner-second', 'quince'].map((name) => `src/${name}.ts`);

export default defineConfig([
  packageConfig(['src/index.ts', ...providers, 'src/contract-entry.ts'], { platform: 'node', target: 'node20' }),
  // The CLI: ESM only, no types.
  packageConfig(['src/cli.ts'], { platform: 'node', target: 'node20', format: ['esm'], dts: false, clean: false }),
]);
