import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts', 'src/endpoints.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  platform: 'neutral',
  fixedExtension: true,
  target: 'es2022',
});
