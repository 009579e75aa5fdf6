// Finds the code blocks the READMEs promise will work: ```ts runnable (typechecked and run) and
// ```ts typecheck (typechecked only, e.g. blocks that declare vitest tests).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One code block of a README. */
export interface ReadmeBlock {
  /** README path relative to the repository root. */
  readme: string;
  /** 1-based line of the opening fence. */
  line: number;
  mode: 'runnable' | 'typecheck';
  code: string;
}

/** The repository root (this folder's parent). */
export const root = join(import.meta.dirname, '..');

/** Every README of the repository: the root one and one per package. */
export function readmes(): string[] {
  const packages = join(root, 'packages');
  return [
    join(root, 'README.md'),
    ...readdirSync(packages)
      .map((name) => join(packages, name, 'README.md'))
      .filter((path) => existsSync(path)),
  ];
}

/** Extract the checked blocks of one README. */
export function blocksOf(path: string): ReadmeBlock[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const blocks: ReadmeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```ts (runnable|typecheck)\s*$/.exec(lines[i] as string);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== '```'; i++) body.push(lines[i] as string);
    blocks.push({ readme: relative(root, path), line: start + 1, mode: open[1] as ReadmeBlock['mode'], code: `${body.join('\n')}\n` });
  }
  return blocks;
}
