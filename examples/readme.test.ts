// README examples are part of the product: every checked block must compile and every runnable
// block must run against a live local mock server (its http://127.0.0.1:4010 origin rewritten).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMockServer, type MockServer } from '@x/mock-servers';
import { blocksOf, readmes, root } from './readme-blocks';

const tmp = join(import.meta.dirname, '.tmp');
const blocks = readmes().flatMap(blocksOf);
const fileOf = (i: number) => join(tmp, `block-${i}.ts`);

let server: MockServer;
beforeAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  server = await createMockServer({ port: 0 });
});
afterAll(async () => {
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});
beforeEach(async () => {
  await Promise.all(Object.values(server.mocks).map((m) => m.reset()));
});

describe('README examples', () => {
  it('finds examples in the root README and every package README', () => {
    const documented = new Set(blocks.map((b) => b.readme));
    expect(documented).toContain('README.md');
    for (const pkg of ['core', 'b2motor', 'mock-servers', 'quince', 'onliner-second', 'omarket', '7offers']) expect(documented).toContain(`packages/${pkg}/README.md`);
  });

  it('every checked block typechecks', () => {
    blocks.forEach((block, i) => writeFileSync(fileOf(i), block.code));
    const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.base.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    // The blocks reach package sources through the workspace links; ambient declarations those
    // sources rely on (swagger-ui-dist ships no types) come with them, as in each package's tsconfig.
    const ambient = [join(root, 'packages/mock-servers/src/swagger-ui-dist.d.ts')];
    const program = ts.createProgram([...blocks.map((_, i) => fileOf(i)), ...ambient], { ...config!.options, noEmit: true });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => {
      const index = d.file ? blocks.findIndex((_, i) => fileOf(i) === d.file!.fileName) : -1;
      const where = index >= 0 && d.file && d.start !== undefined ? `${blocks[index]!.readme}:${blocks[index]!.line + 1 + d.file.getLineAndCharacterOfPosition(d.start).line}` : d.file?.fileName;
      return `${where}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    expect(problems).toEqual([]);
  }, 240_000); // one tsc program over every README block: minutes on a loaded 2-core machine

  for (const [i, block] of blocks.entries()) {
    if (block.mode !== 'runnable') continue;
    it(`${block.readme}:${block.line} runs against the local mock server`, async () => {
      const file = join(tmp, `run-${i}.ts`);
      writeFileSync(file, block.code.replaceAll('http://127.0.0.1:4010', server.url));
      const log = vi.spyOn(console, 'log').mockImplementation(() => {});
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      try {
        await import(/* @vite-ignore */ pathToFileURL(file).href);
        expect(log).toHaveBeenCalled();
        expect(error).not.toHaveBeenCalled();
      } finally {
        log.mockRestore();
        error.mockRestore();
      }
    });
  }
});
