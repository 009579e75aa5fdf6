// Every provider mock must bundle for a browser (msw's service worker, Storybook, a front-end's
// own tests): nothing it imports may be a Node built-in.
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { mockProviders } from './providers/index';

const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

describe('provider mocks bundle for the browser', () => {
  it.each(Object.keys(mockProviders))('@x/mock-servers/%s has no Node built-in in its import graph', async (name) => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL(`./${name}.ts`, import.meta.url))],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      conditions: ['@x/source'],
      metafile: true,
      logLevel: 'silent',
    }).catch((error: { errors?: Array<{ text: string }> }) => ({ failed: (error.errors ?? []).map((e) => e.text) }));
    expect('failed' in result ? result.failed : []).toEqual([]);
    if ('failed' in result) return;
    const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports.map((i) => i.path));
    expect(imports.filter((path) => builtins.has(path))).toEqual([]);
    // A Node global used without an import (Buffer, process) would fail at run time instead.
    const code = result.outputFiles[0]!.text;
    expect(code).not.toMatch(/\bBuffer\.from\(/);
  }, 60_000);
});
