// Shared hover harness for the provider packages: what an editor shows when a user hovers a client
// method or types its arguments, asked of the TypeScript language service.
// Test-only: it lives outside `src`, so it is not published; providers import it by relative path.
//
// Cost model: building the program (TypeScript's libs, @types/node pulled in by ofetch's types,
// valibot, the SDK's sources) and the first type query take a few CPU-seconds; every further query
// reuses the same checker and takes milliseconds. So a test file builds ONE program from ONE
// virtual source that holds every marker it asks about, and each `it` only reads answers.
import { join } from 'node:path';
import ts from 'typescript';
import { beforeAll, expect } from 'vitest';
import { isEndpoint } from '../src/provider';

/** What a hover shows: the JSDoc text, the signature line, and the JSDoc tags (`@example`, ...). */
export interface HoverInfo {
  /** The documentation paragraph (the JSDoc comment without tags). */
  doc: string;
  /** The first line of the hover, e.g. `(property) add: EndpointMethod<...>`. */
  display: string;
  /** JSDoc tags as `name text`, e.g. `example const x = ...`. */
  tags: string[];
}

/** What signature help shows inside a call's parentheses. */
export interface SignatureInfo {
  /** Each parameter as shown, e.g. `input: { positions: {...}[] }`. */
  parameters: string[];
  /** The documentation of the signature. */
  doc: string;
}

/** A language service over one virtual file; ask it about the markers in that file. */
export interface HoverProgram {
  /** Quick info (hover) on the identifier right after the marker `/*name*\/`. */
  hover(marker: string): HoverInfo;
  /** Signature help at the marker `/*name*\/`, which must sit inside a call's parentheses. */
  signature(marker: string): SignatureInfo;
  /** Compiler errors in the virtual file (a hover over a broken program shows `any`). */
  errors(): string[];
}

/**
 * Build the language service for `source`, a virtual module that lives in `dir` (so relative
 * imports such as `'./index'` resolve there), with the compiler options of `tsconfig` (default:
 * the workspace's tsconfig.base.json, the options every package is checked with).
 * Markers are block comments, `c.basket./*add*\/add`; each must occur once.
 */
export function hoverProgram(dir: string, source: string, tsconfig = join(import.meta.dirname, '..', '..', '..', 'tsconfig.base.json')): HoverProgram {
  const file = join(dir, '__hover__.ts');
  const config = ts.getParsedCommandLineOfConfigFile(tsconfig, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => fail(ts.flattenDiagnosticMessageText(d.messageText, '\n')) });
  if (!config) fail(`cannot read ${tsconfig}`);
  const snapshots = new Map<string, ts.IScriptSnapshot>();
  const service = ts.createLanguageService({
    getCompilationSettings: () => ({ ...config.options, noEmit: true }),
    getScriptFileNames: () => [file],
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) => {
      let snapshot = snapshots.get(name);
      if (!snapshot) {
        const text = name === file ? source : ts.sys.readFile(name);
        if (text === undefined) return undefined;
        snapshot = ts.ScriptSnapshot.fromString(text);
        snapshots.set(name, snapshot);
      }
      return snapshot;
    },
    getCurrentDirectory: () => dir,
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: (name) => name === file || ts.sys.fileExists(name),
    readFile: (name) => (name === file ? source : ts.sys.readFile(name)),
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
    realpath: ts.sys.realpath,
  });

  const at = (marker: string): number => {
    const comment = `/*${marker}*/`;
    const index = source.indexOf(comment);
    if (index < 0 || source.indexOf(comment, index + 1) >= 0) fail(`marker ${comment} must occur exactly once in the hover source`);
    return index + comment.length;
  };
  const text = (parts: ts.SymbolDisplayPart[] | undefined) => ts.displayPartsToString(parts);

  return {
    hover(marker) {
      const info = service.getQuickInfoAtPosition(file, at(marker));
      if (!info) fail(`no hover at /*${marker}*/`);
      return {
        doc: text(info.documentation),
        display: text(info.displayParts),
        tags: (info.tags ?? []).map((tag) => `${tag.name} ${text(tag.text)}`.trim()),
      };
    },
    signature(marker) {
      const help = service.getSignatureHelpItems(file, at(marker), undefined);
      const item = help?.items[help.selectedItemIndex];
      if (!item) fail(`no signature help at /*${marker}*/ (is it inside a call's parentheses?)`);
      return {
        parameters: item.parameters.map((parameter) => text(parameter.displayParts)),
        doc: text(item.documentation),
      };
    },
    errors() {
      return [...service.getSyntacticDiagnostics(file), ...service.getSemanticDiagnostics(file)].map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  };
}

function fail(message: string): never {
  throw new Error(`hover-kit: ${message}`);
}

/**
 * Build the hover program once for a test file (in `beforeAll`) and check that `source` has no
 * type errors first: a broken import would make every hover show `any`. The returned function
 * gives the program inside tests.
 */
export function useHoverProgram(dir: string, source: string): () => HoverProgram {
  let editor: HoverProgram | undefined;
  beforeAll(() => {
    editor = hoverProgram(dir, source);
    expect(editor.errors()).toEqual([]);
  }, 120_000); // the one program build: a few CPU-seconds, more on a loaded machine
  return () => {
    if (!editor) throw new Error('the hover program is built in beforeAll; use it inside a test');
    return editor;
  };
}

/**
 * The dotted keys of every endpoint in a registry (`basket.add`, ...), in declaration order, so a
 * hover test can put one marker on every client method: `void client.basket./*basket.add*\/add;`.
 */
export function methodKeys(registry: object, prefix = ''): string[] {
  return Object.entries(registry).flatMap(([name, value]) => {
    if (isEndpoint(value)) return [`${prefix}${name}`];
    return value !== null && typeof value === 'object' ? methodKeys(value, `${prefix}${name}.`) : [];
  });
}

/**
 * One line per key that puts the marker `/*<markerPrefix><key>*\/` right before the method's name
 * on `client` (an expression of the hover source, e.g. `c` or `c.api`).
 */
export function methodLines(client: string, keys: readonly string[], markerPrefix = ''): string {
  return keys
    .map((key) => {
      const dot = key.lastIndexOf('.');
      return `void ${client}.${key.slice(0, dot + 1)}/*${markerPrefix}${key}*/${key.slice(dot + 1)};`;
    })
    .join('\n');
}
