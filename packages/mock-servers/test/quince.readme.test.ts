// The README of @x/quince promises that its examples marked "runs against the mock" run: run them,
// each against a freshly reset local mock server, and fail on any throw or console.error.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMockServer, type MockServer } from '../src/index';

const readme = readFileSync(fileURLToPath(new URL('../../quince/README.md', import.meta.url)), 'utf8');
const quinceEntry = fileURLToPath(new URL('../../quince/src/index.ts', import.meta.url));
const MARK = '// runs against the mock';
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] as string).filter((code) => code.startsWith(MARK));

let server: MockServer;
let dir: string;
beforeAll(async () => {
  server = await createMockServer({ providers: ['quince'], port: 0 });
  dir = mkdtempSync(join(tmpdir(), 'quince-readme-'));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('@x/quince README examples', () => {
  it('has runnable examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4);
  });

  blocks.forEach((code, index) => {
    it(`example ${index + 1} runs against the local mock server`, async () => {
      await server.mocks.quince!.reset();
      const file = join(dir, `example-${index + 1}.ts`);
      const source = code.replaceAll('http://127.0.0.1:4010', server.url).replaceAll("from '@x/quince'", `from ${JSON.stringify(pathToFileURL(quinceEntry).href)}`);
      writeFileSync(file, `${source}\nexport {};\n`);
      const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
      const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      await import(/* @vite-ignore */ pathToFileURL(file).href);
      expect(error).not.toHaveBeenCalled();
      expect(log).toHaveBeenCalled();
      expect(server.mocks.quince!.journal.count()).toBeGreaterThan(0);
    });
  });
});
