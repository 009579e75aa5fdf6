import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The CLI as users start it: bundled from source (workspace packages through their `@x/source`
// condition, everything else left to node_modules) and run in its own process.
const root = dirname(dirname(fileURLToPath(import.meta.url)));
const outfile = join(root, 'node_modules', '.cache', 'x-mock-cli-test', 'cli.mjs');
let child: ChildProcess | undefined;
let output = '';

beforeAll(async () => {
  await mkdir(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [join(root, 'src', 'cli.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['@x/source'],
    logLevel: 'error',
    plugins: [{ name: 'external-deps', setup: (b) => b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@x/') ? undefined : { path: args.path, external: true })) }],
  });
  child = spawn(process.execPath, [outfile, '--port', '0', '--provider', 'omarket,7offers'], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`x-mock did not start: ${output}`)), 20_000);
    child!.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Press Ctrl+C')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child!.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child!.once('exit', (code) => reject(new Error(`x-mock exited with ${code}: ${output}`)));
  });
}, 60_000);

afterAll(() => {
  child?.kill();
});

describe('x-mock startup output', () => {
  it('links each provider\'s API reference, and the links work', async () => {
    const origin = /listening on (http:\/\/\S+)/.exec(output)![1]!;
    const links = [...output.matchAll(/API reference: (\S+)/g)].map((m) => m[1]!);
    expect(links).toEqual([`${origin}/__mock/docs?provider=omarket`, `${origin}/__mock/docs?provider=7offers`]);
    for (const link of links) {
      const response = await fetch(link);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain(`"url":"/__mock/openapi?provider=${new URL(link).searchParams.get('provider')}"`);
    }
  });
});
