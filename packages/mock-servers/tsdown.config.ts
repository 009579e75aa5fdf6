import { packageConfig } from '../../tsdown.shared.ts';

const providers = ['7offers', 'b2motor', 'omarket', 'onliner-second', 'quince'].map((name) => `src/${name}.ts`);

// One build for the library entries and the CLI, so `dist/cli.mjs` shares the ESM chunks instead of
// carrying a second copy of every mock (the bin is ESM; the tiny `cli.cjs` / `cli.d.*` are unused).
export default packageConfig(['src/index.ts', ...providers, 'src/contract-entry.ts', 'src/cli.ts'], { platform: 'node', target: 'node20' });
