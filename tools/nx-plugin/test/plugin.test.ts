// How Nx finds the generators: package.json → generators.json → factory and schema of each.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const readJson = (file: string) => JSON.parse(readFileSync(join(here, file), 'utf-8'));

// Loaded here, not inside a test: the generators load TypeScript, slow on a busy machine.
const pkg = readJson('package.json');
const collection = readJson(pkg.generators);
const index = require(join(here, 'src/index.js'));
const factories: Record<string, unknown> = Object.fromEntries(
  Object.entries<{ factory: string }>(collection.generators).map(([name, entry]) => [name, require(join(here, dirname(pkg.generators), entry.factory))]),
);

describe('@x/nx-plugin wiring', () => {
  it('is the package the root tsconfig path points at, so `nx g @x/nx-plugin:<name>` resolves it', () => {
    const base = JSON.parse(readFileSync(join(here, '../../tsconfig.base.json'), 'utf-8'));
    expect(pkg.name).toBe('@x/nx-plugin');
    expect(base.compilerOptions.paths['@x/nx-plugin']).toEqual(['./tools/nx-plugin/src/index.js']);
    expect(Object.keys(index).sort()).toEqual(['endpointGenerator', 'providerGenerator']);
  });

  it.each(['endpoint', 'provider'])('%s: a factory function and a schema whose options are all flags (no prompts)', (name) => {
    const entry = collection.generators[name];
    expect(typeof factories[name]).toBe('function');
    const schema = readJson(entry.schema);
    expect(schema.required.every((key: string) => key in schema.properties)).toBe(true);
    expect(schema.additionalProperties).toBe(false);
    for (const [key, property] of Object.entries<Record<string, unknown>>(schema.properties)) {
      expect(property, key).not.toHaveProperty('x-prompt');
      expect(typeof property.description, key).toBe('string');
    }
  });
});
