// The @x/7offers README is part of the product: every `ts runnable` block typechecks and runs
// against a live local mock server (its http://127.0.0.1:4010 origin rewritten).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMockServer, type MockServer } from '../src/index';

const root = join(import.meta.dirname, '..', '..', '..');
const readme = join(root, 'packages', '7offers', 'README.md');
const tmp = join(import.meta.dirname, '.readme-7offers');

function runnableBlocks(): Array<{ line: number; code: string }> {
  const lines = readFileSync(readme, 'utf8').split('\n');
  const blocks: Array<{ line: number; code: string }> = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '```ts runnable') continue;
    const start = i + 1;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== '```'; i++) body.push(lines[i] as string);
    blocks.push({ line: start, code: `${body.join('\n')}\n` });
  }
  return blocks;
}

const blocks = runnableBlocks();
let server: MockServer;

beforeAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  server = await createMockServer({ providers: ['7offers'], port: 0 });
});
afterAll(async () => {
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});
beforeEach(() => server.mocks['7offers']!.reset());

describe('@x/7offers README', () => {
  it('shows a guest listing, a CRUD cycle and a resource definition', () => {
    const text = readFileSync(readme, 'utf8');
    for (const heading of ['## Guest listing', '## An authenticated CRUD cycle', '## Adding a resource definition']) expect(text).toContain(heading);
    expect(blocks.length).toBeGreaterThanOrEqual(6);
  });

  it('every runnable block typechecks', () => {
    const files = blocks.map((block, i) => {
      const file = join(tmp, `check-${i}.ts`);
      writeFileSync(file, block.code);
      return file;
    });
    const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.base.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    const program = ts.createProgram(files, { ...config!.options, noEmit: true });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => {
      const index = d.file ? files.indexOf(d.file.fileName) : -1;
      const where = index >= 0 && d.start !== undefined ? `README.md:${blocks[index]!.line + 1 + d.file!.getLineAndCharacterOfPosition(d.start).line}` : d.file?.fileName;
      return `${where}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    expect(problems).toEqual([]);
  }, 60_000);

  for (const [i, block] of blocks.entries()) {
    it(`README.md:${block.line} runs against the local mock server`, async () => {
      const file = join(tmp, `run-${i}.ts`);
      writeFileSync(file, block.code.replaceAll('http://127.0.0.1:4010', server.url));
      const logged: unknown[][] = [];
      const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void logged.push(args));
      try {
        await import(/* @vite-ignore */ pathToFileURL(file).href);
      } finally {
        log.mockRestore();
      }
      expect(logged.length).toBeGreaterThan(0);
      // The blocks print `true` for every error they expect; none may print `false`.
      expect(logged.flat().filter((x) => x === false)).toEqual([]);
      expect(JSON.stringify(logged)).not.toContain('adv-demo-7offers-key');
    });
  }
});
