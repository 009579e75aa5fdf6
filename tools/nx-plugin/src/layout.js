// Reads how a provider package lays out its endpoints, from its own files: the registry
// (src/endpoints/index.ts), the import of every registered constant, and the provider's name in
// src/info.ts or src/provider.ts. The generators follow what a package does instead of assuming one layout:
// b2motor keeps `basket.add` in endpoints/basket/add.ts as `basketAdd`, Quince keeps
// `services.folders.add` in endpoints/folders/add.ts as `foldersAdd`.
'use strict';
const path = require('node:path');
const ts = require('typescript');

/** @typedef {import('nx/src/generators/tree').Tree} Tree */

/**
 * One registered endpoint as the registry declares it.
 * @typedef {object} Leaf
 * @property {string[]} groups Group keys above it (`['services', 'folders']`).
 * @property {string} name Its own key (`add`).
 * @property {string} constant The imported constant (`foldersAdd`).
 * @property {string | undefined} file Workspace path of its file (`packages/quince/src/endpoints/folders/add.ts`).
 */

/**
 * What a package's registry says.
 * @typedef {object} Registry
 * @property {string} file Workspace path of the registry module.
 * @property {string} text Its source text.
 * @property {ts.SourceFile} source Its parsed form.
 * @property {ts.ObjectLiteralExpression} root The `endpoints` object literal.
 * @property {Leaf[]} leaves Every endpoint in it.
 * @property {ts.ImportDeclaration[]} imports Its import declarations.
 */

/** `create-draft`, `createDraft`, `CreateDraft` → `createDraft`. */
function camel(word) {
  const out = String(word)
    .replace(/[-_\s]+([A-Za-z0-9])/g, (_, c) => c.toUpperCase())
    .replace(/[-_\s]+/g, '');
  return out.charAt(0).toLowerCase() + out.slice(1);
}

/** `createDraft`, `create-draft` → `create-draft`. */
function kebab(word) {
  return String(word)
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[_\s]+/g, '-')
    .toLowerCase();
}

/** `['services', 'folders', 'add']` → `servicesFoldersAdd`. */
function joinCamel(words) {
  return words.map((w, i) => (i === 0 ? camel(w) : pascal(w))).join('');
}

/** `create-draft` → `CreateDraft`. */
function pascal(word) {
  const c = camel(word);
  return c.charAt(0).toUpperCase() + c.slice(1);
}

/** A property name as the source spells it, or undefined for computed names. */
function propertyName(node) {
  if (!node) return undefined;
  if (ts.isIdentifier(node) || ts.isStringLiteral(node) || ts.isNumericLiteral(node)) return node.text;
  return undefined;
}

/** Strip `as const`, `satisfies X` and parentheses. */
function unwrap(node) {
  let n = node;
  while (n && (ts.isAsExpression(n) || ts.isSatisfiesExpression(n) || ts.isParenthesizedExpression(n))) n = n.expression;
  return n;
}

/** Resolve a relative import specifier of `fromFile` to a workspace path of a `.ts` file in the tree. */
function resolveImport(tree, fromFile, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), specifier));
  for (const candidate of [base, `${base}.ts`, `${base}/index.ts`, base.replace(/\.js$/, '.ts')]) {
    if (candidate.endsWith('.ts') && tree.exists(candidate)) return candidate;
  }
  return `${base.replace(/\.[cm]?[jt]s$/, '')}.ts`;
}

/**
 * Read the registry of `packages/<provider>`. Throws a clear error when the package has none or
 * when its registry is not an `endpoints` object (7offers registers resources, not endpoints).
 * @param {Tree} tree
 * @param {string} packageRoot `packages/quince`
 * @returns {Registry}
 */
function readRegistry(tree, packageRoot) {
  const file = `${packageRoot}/src/endpoints/index.ts`;
  if (!tree.exists(file)) throw new Error(`${packageRoot} has no endpoint registry (${file}).`);
  const text = tree.read(file, 'utf-8') ?? '';
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  /** @type {ts.ImportDeclaration[]} */
  const imports = [];
  /** @type {Map<string, string>} */
  const importedFrom = new Map();
  /** @type {ts.ObjectLiteralExpression | undefined} */
  let root;
  const exported = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      imports.push(statement);
      const named = statement.importClause?.namedBindings;
      if (named && ts.isNamedImports(named)) for (const el of named.elements) importedFrom.set(el.name.text, statement.moduleSpecifier.text);
    }
    if (ts.isVariableStatement(statement)) {
      for (const decl of statement.declarationList.declarations) {
        if (!ts.isIdentifier(decl.name)) continue;
        exported.push(decl.name.text);
        const init = unwrap(decl.initializer);
        if (decl.name.text === 'endpoints' && init && ts.isObjectLiteralExpression(init)) root = init;
      }
    }
  }
  if (!root) {
    throw new Error(
      `${file} declares no \`endpoints\` object (it declares ${exported.join(', ') || 'nothing'}). ` +
        `This package does not register endpoints with defineEndpoint, so the endpoint generator cannot add one to it` +
        (tree.exists(`${packageRoot}/src/resources`) ? ` (its operations are resources in ${packageRoot}/src/resources/, declared with defineResource).` : '.'),
    );
  }
  /** @type {Leaf[]} */
  const leaves = [];
  const walk = (node, groups) => {
    for (const prop of node.properties) {
      if (!ts.isPropertyAssignment(prop) && !ts.isShorthandPropertyAssignment(prop)) continue;
      const name = propertyName(prop.name);
      if (name === undefined) continue;
      const value = ts.isPropertyAssignment(prop) ? unwrap(prop.initializer) : prop.name;
      if (ts.isObjectLiteralExpression(value)) walk(value, [...groups, name]);
      else if (ts.isIdentifier(value)) {
        const specifier = importedFrom.get(value.text);
        leaves.push({ groups, name, constant: value.text, file: specifier ? resolveImport(tree, file, specifier) : undefined });
      }
    }
  };
  walk(root, []);
  return { file, text, source, root, leaves, imports };
}

/**
 * Where a package keeps the endpoint of a new key, and what it names the constant, read from the
 * endpoints it already has:
 * - a key whose group already has endpoints goes into the same folder, with the same constant prefix;
 * - otherwise the package's own rule, seen in its nested keys: one folder per group level
 *   (`a.b.c` → `a/b/c.ts`, `aBC`) or the innermost group only (Quince: `services.folders.add` →
 *   `folders/add.ts`, `foldersAdd`). With no nested keys to tell, one folder per level.
 * @param {Registry} registry
 * @param {string[]} groups camelCase group keys
 * @param {string} name camelCase endpoint key
 * @returns {{ file: string; constant: string; rule: 'siblings' | 'full' | 'innermost' }}
 */
function placeEndpoint(registry, groups, name) {
  const endpointsDir = path.posix.dirname(registry.file);
  const fileName = `${kebab(name)}.ts`;
  const sibling = registry.leaves.find((l) => l.file && l.groups.join('.') === groups.join('.'));
  if (sibling) {
    const dir = path.posix.dirname(/** @type {string} */ (sibling.file));
    const suffix = pascal(sibling.name);
    const prefix = sibling.constant.endsWith(suffix) ? sibling.constant.slice(0, -suffix.length) : joinCamel(groups);
    const constant = prefix ? `${prefix}${pascal(name)}` : camel(name);
    return { file: `${dir}/${fileName}`, constant, rule: 'siblings' };
  }
  const rule = detectRule(registry);
  const folderGroups = rule === 'innermost' ? groups.slice(-1) : groups;
  return {
    file: [endpointsDir, ...folderGroups.map(kebab), fileName].join('/'),
    constant: joinCamel([...folderGroups, name]),
    rule,
  };
}

/** `innermost` when the package's nested keys live in their innermost group's folder, else `full`. */
function detectRule(registry) {
  const endpointsDir = path.posix.dirname(registry.file);
  let innermost = 0;
  let full = 0;
  for (const leaf of registry.leaves) {
    if (!leaf.file || leaf.groups.length < 2) continue;
    const dir = path.posix.relative(endpointsDir, path.posix.dirname(leaf.file));
    if (dir === leaf.groups.map(kebab).join('/')) full++;
    else if (dir === kebab(/** @type {string} */ (leaf.groups.at(-1)))) innermost++;
  }
  return innermost > full ? 'innermost' : 'full';
}

/**
 * The provider's name and the names of its extra hosts (`undefined` when they are not written as an
 * object literal): from the `<provider>Info` object in src/info.ts where the package has one (the
 * configuration-only client's facts), else from `defineProvider({ name, hosts })` in src/provider.ts.
 * @param {Tree} tree
 * @param {string} packageRoot
 * @returns {{ name: string | undefined; hosts: string[] | undefined }}
 */
function readProvider(tree, packageRoot) {
  /** @type {{ name: string | undefined; hosts: string[] | undefined }} */
  const out = { name: undefined, hosts: [] };
  const read = (object) => {
    for (const prop of object.properties) {
      const key = propertyName(prop.name);
      if (key === 'name' && ts.isPropertyAssignment(prop) && ts.isStringLiteralLike(prop.initializer)) out.name = prop.initializer.text;
      if (key === 'hosts') {
        const value = ts.isPropertyAssignment(prop) ? unwrap(prop.initializer) : undefined;
        out.hosts = value && ts.isObjectLiteralExpression(value) ? value.properties.map((p) => propertyName(p.name)).filter((n) => n !== undefined) : undefined;
      }
    }
  };
  const parse = (file) => ts.createSourceFile(file, tree.read(file, 'utf-8') ?? '', ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const info = `${packageRoot}/src/info.ts`;
  if (tree.exists(info)) {
    for (const statement of parse(info).statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        const value = unwrap(declaration.initializer);
        if (ts.isIdentifier(declaration.name) && /Info$/.test(declaration.name.text) && value && ts.isObjectLiteralExpression(value)) read(value);
      }
    }
    if (out.name !== undefined || (out.hosts && out.hosts.length > 0)) return out;
  }
  const file = `${packageRoot}/src/provider.ts`;
  if (!tree.exists(file)) return out;
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'defineProvider') {
      const arg = node.arguments[0];
      if (arg && ts.isObjectLiteralExpression(arg)) read(arg);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(parse(file));
  return out;
}

/** Leading whitespace of the line `pos` is on. */
function indentAt(text, pos) {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
}

/** A string literal in single quotes. */
function quote(s) {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** A key as a property name: bare when it is an identifier, a quoted string literal otherwise. */
function propertyKey(key) {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : quote(key);
}

/** `text` with `insert` placed at `pos`. */
function spliceText(text, pos, insert) {
  return text.slice(0, pos) + insert + text.slice(pos);
}

/**
 * Add `import { names } from 'specifier';` among the module's imports, in specifier order when
 * they are sorted, otherwise after the last one.
 * @param {string} text
 * @param {ts.SourceFile} source
 * @param {string} line the whole import statement, without newline
 * @param {string} specifier
 */
function addImport(text, source, line, specifier) {
  const imports = source.statements.filter((s) => ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier));
  if (imports.length === 0) {
    // After the file's header comments, before the first statement and its JSDoc.
    const first = source.statements[0];
    if (!first) return `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${line}\n`;
    const jsdoc = (ts.getLeadingCommentRanges(text, first.getFullStart()) ?? []).find((c) => text.startsWith('/**', c.pos));
    const pos = jsdoc ? jsdoc.pos : first.getStart(source);
    // Header comments, then the imports, then a blank line (as the registries are written).
    return text.slice(pos - 2, pos) === '\n\n' ? spliceText(text, pos - 1, `${line}\n`) : spliceText(text, pos, `${line}\n\n`);
  }
  const specs = imports.map((s) => /** @type {ts.StringLiteral} */ (/** @type {ts.ImportDeclaration} */ (s).moduleSpecifier).text);
  // Packages before relative paths, then by code point (`./ad-types` < `./ads`).
  const order = (a, b) => Number(a.startsWith('.')) - Number(b.startsWith('.')) || (a < b ? -1 : a > b ? 1 : 0);
  const sorted = specs.every((s, i) => i === 0 || order(specs[i - 1], s) <= 0);
  const before = sorted ? imports.find((s, i) => order(specs[i], specifier) > 0) : undefined;
  if (before) return spliceText(text, before.getStart(source), `${line}\n`);
  // Unsorted: after the last import of the same kind (relative or package), else after the last.
  const relative = specifier.startsWith('.');
  const sameKind = sorted ? -1 : specs.map((s) => s.startsWith('.') === relative).lastIndexOf(true);
  const last = /** @type {ts.Node} */ (sameKind >= 0 ? imports[sameKind] : imports.at(-1));
  return spliceText(text, last.getEnd(), `\n${line}`);
}

/**
 * Add `name: constant` with a JSDoc line to the group object at `groups` in the registry, creating
 * the missing groups.
 * @param {Registry} registry
 * @param {string[]} groups
 * @param {string} name
 * @param {string} constant
 * @param {string} description
 */
function addRegistryEntry(registry, groups, name, constant, description) {
  const { text, source } = registry;
  let node = registry.root;
  let depth = 0;
  for (const group of groups) {
    const prop = node.properties.find((p) => ts.isPropertyAssignment(p) && propertyName(p.name) === group);
    const value = prop && ts.isPropertyAssignment(prop) ? unwrap(prop.initializer) : undefined;
    if (!value || !ts.isObjectLiteralExpression(value)) {
      if (prop) throw new Error(`${registry.file}: "${groups.slice(0, depth + 1).join('.')}" is an endpoint, not a group.`);
      break;
    }
    node = value;
    depth++;
  }
  const existing = node.properties.find((p) => propertyName(p.name) === (depth === groups.length ? name : groups[depth]));
  if (depth === groups.length && existing) throw new Error(`${registry.file} already has ${[...groups, name].join('.')}.`);

  // Indentation: one step deeper than the object's own line, in the file's unit (two spaces here).
  const objectIndent = indentAt(text, node.getStart(source));
  const firstProp = node.properties[0];
  const unit = firstProp ? indentAt(text, firstProp.getStart(source)).slice(objectIndent.length) || '  ' : '  ';
  const inner = objectIndent + unit;
  const missing = groups.slice(depth);
  const lines = [];
  missing.forEach((group, i) => lines.push(`${inner}${unit.repeat(i)}${propertyKey(group)}: {`));
  const leafIndent = inner + unit.repeat(missing.length);
  lines.push(`${leafIndent}/** ${description} */`, `${leafIndent}${propertyKey(name)}: ${constant},`);
  for (let i = missing.length - 1; i >= 0; i--) lines.push(`${inner}${unit.repeat(i)}},`);

  // Insert after the last property (adding its missing comma) or into an empty object.
  const close = node.getEnd() - 1; // the `}`
  let out;
  if (node.properties.length > 0) {
    const last = /** @type {ts.Node} */ (node.properties.at(-1));
    const hasComma = node.properties.hasTrailingComma;
    const afterLast = hasComma ? text.indexOf(',', last.getEnd()) + 1 : last.getEnd();
    out = spliceText(text, afterLast, `${hasComma ? '' : ','}\n${lines.join('\n')}`);
  } else {
    out = text.slice(0, node.getStart(source) + 1) + `\n${lines.join('\n')}\n${objectIndent}` + text.slice(close);
  }
  return out;
}

module.exports = { addImport, addRegistryEntry, camel, detectRule, joinCamel, kebab, pascal, placeEndpoint, propertyKey, quote, readProvider, readRegistry, spliceText };
