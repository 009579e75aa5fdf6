// The contract suite the mutation gate runs (tools/mutation): one provider's contract file
// (MUTATION_PROVIDER), or all of them. Workspace packages resolve to the sources next to this
// file, so a Stryker sandbox copy tests its own (mutated) sources, not the worktree's.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { defineConfig, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.ts';

const packages = fileURLToPath(new URL('..', import.meta.url));
const alias = readdirSync(packages).flatMap((dir) => {
  const manifest = JSON.parse(readFileSync(join(packages, dir, 'package.json'), 'utf8')) as { name: string; exports?: Record<string, { '@x/source'?: string }> };
  return Object.entries(manifest.exports ?? {})
    .filter(([, target]) => typeof target === 'object' && target['@x/source'])
    .map(([subpath, target]) => ({ find: new RegExp(`^${`${manifest.name}${subpath.slice(1)}`.replace(/[/.]/g, '\\$&')}$`), replacement: join(packages, dir, target['@x/source']!) }));
});

const provider = process.env.MUTATION_PROVIDER;
const config = mergeConfig(sharedConfig, defineConfig({ resolve: { alias } }));
// mergeConfig concatenates arrays: replace the shared include list instead.
config.test!.include = provider ? [`src/contract.${provider}.test.ts`] : ['src/contract.*.test.ts'];
// Mutants are judged by runtime tests only: no tsc run per mutant.
config.test!.typecheck = { ...config.test!.typecheck, enabled: false };
// The wire encoders (target `core`): every contract file plus the encoders' own unit tests, which
// pin the encodings no provider uses (brackets, repeat, comma, digit booleans). Stryker scans from
// packages/ for this target (tools/mutation/stryker.config.mjs), so the patterns start there.
if (process.env.MUTATION_TARGET === 'core') config.test!.include = ['mock-servers/src/contract.*.test.ts', 'core/src/encode.test.ts'];

export default config;
