#!/usr/bin/env node
// Module-level calls in the SDK packages carry `/* @__PURE__ */`, so a bundler can drop the
// endpoint declarations and schemas an app does not import (a published package is one file per
// entry: without the annotation every `defineEndpoint({...})` and `v.object({...})` at the top of
// that file is kept, whatever the app calls). Bundlers only drop a pure call whose arguments are
// pure too, so nested calls (`v.object({ a: v.string() })`) need it as well.
//
//   node tools/pure-annotations.mjs --check packages/b2motor   exit 1 and list what is missing
//   node tools/pure-annotations.mjs --write packages/b2motor   add the missing annotations
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const PURE = '/* @__PURE__ */ ';

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.ts$/.test(name) && !/\.test(-d)?\.ts$|\.test-helper\.ts$/.test(name) ? [path] : [];
  });
}

/** Positions (start of the callee) of module-level calls and `new` expressions lacking the annotation. */
export function missingAnnotations(text, fileName = 'file.ts') {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const missing = [];
  const visit = (node) => {
    // Inside a function body nothing runs at import time.
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    // Types never reach the output.
    if (ts.isTypeNode(node) || ts.isTypeAliasDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isImportDeclaration(node)) return;
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const start = node.getStart(source);
      const before = text.slice(Math.max(0, start - 40), start);
      if (!/\/\*\s*[@#]__PURE__\s*\*\/\s*$/.test(before)) missing.push(start);
    }
    ts.forEachChild(node, visit);
  };
  // Only what runs when the module loads: top-level statements (declarations, exports).
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement) || ts.isExportAssignment(statement)) visit(statement);
  }
  return missing;
}

/** Module-level object literals with a spread (`{ a, ...b }`): bundlers keep them, and all they hold. */
export function moduleSpreads(text, fileName = 'file.ts') {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const visit = (node) => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (ts.isObjectLiteralExpression(node) && node.properties.some(ts.isSpreadAssignment)) {
      found.push(node);
      return;
    }
    ts.forEachChild(node, visit);
  };
  for (const statement of source.statements) if (ts.isVariableStatement(statement)) visit(statement);
  return { source, found };
}

/**
 * `{ ...a, x, ...b }` → `mergeEntries(mergeEntries(a, { x }), b)`, keeping the other properties'
 * text (and comments) as written. A spread between two plain properties is left for a person.
 */
function rewriteSpreads(text, fileName) {
  let out = text;
  for (let guard = 0; guard < 200; guard++) {
    const { source, found } = moduleSpreads(out, fileName);
    const node = found.filter((n) => !found.some((m) => m !== n && m.pos >= n.pos && m.end <= n.end)).at(-1);
    if (!node) return out;
    const props = [...node.properties];
    const firstPlain = props.findIndex((p) => !ts.isSpreadAssignment(p));
    const lastPlain = props.length - 1 - [...props].reverse().findIndex((p) => !ts.isSpreadAssignment(p));
    const middle = firstPlain >= 0 && props.slice(firstPlain, lastPlain + 1).some(ts.isSpreadAssignment);
    if (middle) throw new Error(`${fileName}: a spread between plain properties; rewrite it with mergeEntries by hand`);
    const lead = firstPlain < 0 ? props : props.slice(0, firstPlain);
    const trail = firstPlain < 0 ? [] : props.slice(lastPlain + 1);
    const expr = (p) => p.expression.getText(source);
    let literal = '{}';
    if (firstPlain >= 0) {
      // The literal without its spreads: cut from the first plain property's full start (its
      // comments) to the end of the last one, keeping the source's own layout.
      const open = node.getStart(source) + 1;
      // After the opening brace, or after the comma that ends the leading spreads.
      const from = lead.length ? out.indexOf(',', lead.at(-1).end) + 1 : open;
      const body = out.slice(from, props[lastPlain].end).replace(/^ +/, ' ');
      const tail = out.slice(props[lastPlain].end, node.end - 1);
      const closing = tail.includes('\n') ? tail.slice(tail.lastIndexOf('\n')) : ' ';
      literal = `{${body},${closing}}`;
    }
    const parts = [...lead.map(expr), literal, ...trail.map(expr)];
    const merged = parts.reduce((acc, part) => `${PURE}mergeEntries(${acc}, ${part})`);
    out = `${out.slice(0, node.getStart(source))}${merged}${out.slice(node.end)}`;
    if (!/import \{[^}]*\bmergeEntries\b[^}]*\} from '@x\/core(\/provider)?'/.test(out)) {
      const core = /import \{([^}]*?)\s*\} from '@x\/core\/provider';/.exec(out);
      if (core) out = out.replace(core[0], `import {${core[1]}, mergeEntries } from '@x/core/provider';`);
      else {
        const imports = [...out.matchAll(/^import .*;$/gm)].at(-1);
        const at = imports ? imports.index + imports[0].length + 1 : 0;
        out = `${out.slice(0, at)}import { mergeEntries } from '@x/core/provider';\n${out.slice(at)}`;
      }
    }
  }
  throw new Error(`${fileName}: too many spreads`);
}

export function annotate(text, fileName) {
  const rewritten = rewriteSpreads(text, fileName);
  const positions = missingAnnotations(rewritten, fileName).sort((a, b) => b - a);
  let out = rewritten;
  for (const at of positions) out = `${out.slice(0, at)}${PURE}${out.slice(at)}`;
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [mode, ...dirs] = process.argv.slice(2);
  if (mode !== '--check' && mode !== '--write') {
    console.error('usage: pure-annotations.mjs --check|--write <package dir>...');
    process.exit(2);
  }
  let total = 0;
  for (const dir of dirs) {
    for (const file of files(join(dir, 'src'))) {
      const text = readFileSync(file, 'utf8');
      const missing = missingAnnotations(text, file);
      const spreads = moduleSpreads(text, file).found;
      if (missing.length === 0 && spreads.length === 0) continue;
      total += missing.length + spreads.length;
      if (mode === '--write') writeFileSync(file, annotate(text, file));
      else {
        const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
        for (const at of missing) {
          const { line, character } = source.getLineAndCharacterOfPosition(at);
          console.error(`${file}:${line + 1}:${character + 1} module-level call without /* @__PURE__ */`);
        }
        for (const node of spreads) {
          const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
          console.error(`${file}:${line + 1}:${character + 1} module-level object spread (use mergeEntries from @x/core/provider)`);
        }
      }
    }
  }
  if (mode === '--check' && total > 0) {
    console.error(`${total} module-level call(s) without /* @__PURE__ */ or object spread(s): run node tools/pure-annotations.mjs --write <package dir>`);
    process.exit(1);
  }
  if (mode === '--write') console.log(`annotated ${total} call(s)`);
}
