// What an editor shows on hover, asked of the TypeScript language service: the registry's JSDoc on
// resources, the method docs on their actions, through the derived (mapped) client types.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const file = join(import.meta.dirname, '__hover_7offers__.ts');

function hover(source: string, markers: string[]): Array<{ doc: string; display: string }> {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.base.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
  const service = ts.createLanguageService({
    getCompilationSettings: () => ({ ...config.options, noEmit: true }),
    getScriptFileNames: () => [file],
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) => ts.ScriptSnapshot.fromString(name === file ? source : readFileSync(name, 'utf8')),
    getCurrentDirectory: () => import.meta.dirname,
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: (name) => name === file || ts.sys.fileExists(name),
    readFile: (name) => (name === file ? source : ts.sys.readFile(name)),
  });
  return markers.map((marker) => {
    const info = service.getQuickInfoAtPosition(file, source.indexOf(marker));
    return { doc: ts.displayPartsToString(info?.documentation), display: ts.displayPartsToString(info?.displayParts) };
  });
}

describe('editor hover', () => {
  it('shows resource docs, method docs and derived types', () => {
    const source = [
      "import { createSevenOffers, unverifiedResources } from './index';",
      "const c = createSevenOffers({ resources: unverifiedResources });",
      'void c.goal;',
      'void c.goal.list;',
      'void c.offer;',
      'void c.api.goal.deleteViaPost;',
      '',
    ].join('\n');
    const [goal, list, offer, alias] = hover(source, ['goal;', 'list;', 'offer;', 'deleteViaPost;']);
    expect(goal!.doc).toContain('Goals of offers');
    expect(list!.doc).toContain('one page');
    expect(list!.display).toContain('offer_id');
    expect(offer!.doc).toContain('UNVERIFIED');
    expect(alias!.doc).toContain('proxy-safe alias');
  }, 60_000);
});
