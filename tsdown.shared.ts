// The one build configuration every published package uses: ESM + CJS + .d.mts/.d.cts with
// fixed extensions, source maps, tree-shakable output for browsers and edge runtimes.
import { defineConfig, type UserConfig } from 'tsdown';

/** Build config for a package with the given entry files (relative to the package). */
export function packageConfig(entry: string[], overrides: Partial<UserConfig> = {}): UserConfig {
  return defineConfig({
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    platform: 'neutral',
    fixedExtension: true,
    target: 'es2022',
    // Rolldown's plugin-timing advice is noise in CI logs.
    inputOptions: { checks: { pluginTimings: false } },
    ...overrides,
  }) as UserConfig;
}
