// "Hovering a method shows its one-line doc": ask the TypeScript language service what an editor
// would show for client methods, through the derived (mapped) client type.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');

function hover(source: string): (marker: string) => { doc: string; type: string } {
  const file = join(import.meta.dirname, '__hover__.ts');
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.base.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => ({ ...config.options, noEmit: true }),
    getScriptFileNames: () => [file],
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) => ts.ScriptSnapshot.fromString(name === file ? source : readFileSync(name, 'utf8')),
    getCurrentDirectory: () => import.meta.dirname,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (name) => name === file || ts.sys.fileExists(name),
    readFile: (name) => (name === file ? source : ts.sys.readFile(name)),
  };
  const service = ts.createLanguageService(host);
  return (marker) => {
    const info = service.getQuickInfoAtPosition(file, source.indexOf(marker) + 1);
    return { doc: ts.displayPartsToString(info?.documentation), type: ts.displayPartsToString(info?.displayParts) };
  };
}

describe('editor hover on derived methods', () => {
  it('shows the registry JSDoc and the derived input type', () => {
    const source = `import { createB2motor } from './index';\nconst c = createB2motor({ login: 'l', password: 'p' });\nvoid c.basket.add;\nvoid c.orders.list;\n`;
    const quickInfo = hover(source);
    const add = quickInfo('add;');
    expect(add.doc).toBe('Add lines to the basket; a line already there gets its quantity increased. Not retried.');
    expect(add.type).toContain('positions:');
    const list = quickInfo('list;');
    expect(list.doc).toContain('List orders');
  }, 60_000); // a whole TypeScript program is built: seconds, more on a loaded machine
});
