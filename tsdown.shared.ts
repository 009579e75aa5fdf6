// The one build configuration every published package uses: ESM + CJS + .d.mts/.d.cts with
// fixed extensions, tree-shakable output for browsers and edge runtimes. No source maps: the output is
// unminified and readable, and maps would ship every source a second time (decisions/0031).
import { defineConfig, type UserConfig } from 'tsdown';

/** Build config for a package with the given entry files (relative to the package). */
export function packageConfig(entry: string[], overrides: Partial<UserConfig> = {}): UserConfig {
  return defineConfig({
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    clean: true,
    platform: 'neutral',
    fixedExtension: true,
    target: 'es2022',
    // Rolldown's plugin-timing advice is noise in CI logs.
    inputOptions: { checks: { pluginTimings: false } },
    ...overrides,
  }) as UserConfig;
}
