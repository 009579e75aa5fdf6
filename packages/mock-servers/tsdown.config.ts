import { defineConfig } from 'tsdown';
import { packageConfig } from '../../tsdown.shared.ts';

const providers = ['7offers', 'b2motor', 'omarket', 'onliner-second', 'quince'].map((name) => `src/${name}.ts`);

export default defineConfig([
  // src/msw.ts is an entry of its own so its file name is stable: package.json lists it in
  // sideEffects (it registers the msw transport when imported).
  packageConfig(['src/index.ts', ...providers, 'src/contract-entry.ts', 'src/msw.ts'], { platform: 'node', target: 'node20' }),
  // The CLI: ESM only, no types.
  // @msw/data is inlined (with its dependencies) so that its five es-toolkit helpers are bundled
  // instead of es-toolkit's 700+ module files being loaded at every start (about 1 s; decision 0046).
  packageConfig(['src/cli.ts'], {
    platform: 'node',
    target: 'node20',
    format: ['esm'],
    dts: false,
    clean: false,
    noExternal: ['@msw/data', /^es-toolkit/, 'mutative', 'outvariant', 'rettime'],
  }),
]);
