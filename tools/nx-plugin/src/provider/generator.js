// `nx g @x/nx-plugin:provider`: a new provider package in packages/<name>, shaped like the
// existing ones (its config files are copied from a reference package), with its mock registered
// in @x/mock-servers and a changeset. Endpoints are added afterwards with the endpoint generator.
'use strict';
const ts = require('typescript');
const { addImport, camel, pascal, propertyKey, quote, readRegistry, spliceText } = require('../layout');

/** @typedef {import('nx/src/generators/tree').Tree} Tree */

/**
 * @typedef {object} ProviderOptions
 * @property {string} name Package folder and provider name (`acme`): lower case, starts with a letter.
 * @property {string} title Human name of the API (`Acme B2B API`).
 * @property {string} baseURL Default base URL of the main host.
 * @property {string} description One sentence for package.json, the README and the changeset.
 * @property {string} [like] Existing provider package whose configs are copied (default: the first with an endpoint registry).
 */

/** Check and normalise the options; every problem is reported at once. */
function normalize(options) {
  const problems = [];
  const name = String(options.name ?? '').trim();
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) problems.push(`--name must be kebab-case and start with a letter (got "${name}")`);
  const title = String(options.title ?? '').trim();
  if (title === '') problems.push('--title is required (the API\'s human name)');
  const baseURL = String(options.baseURL ?? '').trim();
  let url;
  try {
    url = new URL(baseURL);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password || url.search || url.hash) {
    problems.push(`--baseURL must be an http(s) URL without credentials, query or fragment (got "${baseURL}")`);
  }
  const description = String(options.description ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  if (description === '') problems.push('--description is required: one sentence for package.json, README and changeset');
  for (const [flag, value] of /** @type {const} */ ([['title', title], ['description', description]])) {
    if (/\*\/|`|\$\{/.test(value)) problems.push(`--${flag} must not contain "*/", backquotes or "\${"`);
  }
  if (problems.length > 0) throw new Error(`Cannot generate the provider:\n- ${problems.join('\n- ')}`);
  const ident = camel(name);
  return {
    name,
    title,
    baseURL: baseURL.replace(/\/+$/, ''),
    description: /[.!?]$/.test(description) ? description : `${description}.`,
    like: options.like ? String(options.like).trim() : undefined,
    ident,
    Pascal: pascal(name),
  };
}

/** The reference package: `like`, or the first provider package with an endpoint registry. */
function referencePackage(tree, like) {
  const candidates = like ? [like] : tree.children('packages').sort();
  for (const candidate of candidates) {
    const root = `packages/${candidate}`;
    if (!tree.exists(`${root}/src/provider.ts`) || !tree.exists(`${root}/package.json`)) continue;
    try {
      readRegistry(tree, root);
      return root;
    } catch (error) {
      if (like) throw error;
    }
  }
  throw new Error(like ? `packages/${like} is not a provider package (no src/provider.ts).` : 'No provider package with an endpoint registry to copy the conventions from.');
}


/** package.json of the new package, from the reference's. */
function packageJson(reference, o) {
  const pkg = { ...reference };
  const refName = String(reference.name);
  const refFolder = refName.replace(/^@x\//, '');
  const swap = (value) => (typeof value === 'string' ? value.split(`packages/${refFolder}`).join(`packages/${o.name}`) : value);
  pkg.name = `@x/${o.name}`;
  pkg.version = '0.0.0';
  pkg.description = o.description;
  if (pkg.homepage) pkg.homepage = swap(pkg.homepage);
  if (pkg.repository && typeof pkg.repository === 'object') pkg.repository = { ...pkg.repository, directory: `packages/${o.name}` };
  pkg.keywords = [o.name, 'sdk'];
  pkg.sideEffects = false;
  // The size budget needs a measured entry and limit of its own: not generated.
  if (pkg.scripts) {
    const { size: _size, ...scripts } = pkg.scripts;
    pkg.scripts = scripts;
  }
  const deps = reference.dependencies ?? {};
  pkg.dependencies = { '@x/core': deps['@x/core'] ?? '^0.0.0', valibot: deps.valibot ?? '^1.5.0' };
  delete pkg.devDependencies;
  delete pkg.peerDependencies;
  delete pkg.bin;
  return pkg;
}

function providerSource(o) {
  return `// The ${o.title} provider: host, endpoint registry and (to come) its error classifier.
import { defineProvider } from '@x/core/provider';
import { endpoints } from './endpoints/index';

/** ${o.title}. */
export const ${o.ident}Provider = /* @__PURE__ */ defineProvider({
  name: ${quote(o.name)},
  title: ${quote(o.title)},
  baseURL: ${quote(o.baseURL)},
  endpoints,
  // classify: how the provider's error envelopes become typed errors, once the documents say.
  // auth: where credentials travel, once the documents say.
});
`;
}

function registrySource(o) {
  return `// The ${o.title} endpoint registry: the shape of the client.
// Add endpoints with \`npx nx g @x/nx-plugin:endpoint --provider ${o.name} ...\`.

/** Every documented ${o.title} operation. */
export const endpoints = {} as const;
`;
}

function clientSource(o) {
  return `// create${o.Pascal}: the ${o.title} client.
import { createClient, type ClientOf, type ClientOptions } from '@x/core/provider';
import { endpoints } from './endpoints/index';
import { ${o.ident}Provider } from './provider';

/** Options of \`create${o.Pascal}\`. */
export type ${o.Pascal}Options = ClientOptions;

/** The ${o.title} client: one method per endpoint of the registry. */
export type ${o.Pascal}Client = ClientOf<typeof endpoints>;

/**
 * Create a client for the ${o.title}.
 *
 * @example
 * const ${o.ident} = create${o.Pascal}({ baseURL: 'http://127.0.0.1:4010/${o.name}' });
 */
export function create${o.Pascal}(options: ${o.Pascal}Options = {}): ${o.Pascal}Client {
  return createClient(${o.ident}Provider, options);
}
`;
}

function indexSource(o) {
  return `// Public API of @x/${o.name}.
export { create${o.Pascal} } from './client';
export type { ${o.Pascal}Client, ${o.Pascal}Options } from './client';
export { ${o.ident}Provider } from './provider';
// Errors, guards, paginate, bind and the call types: core's apps surface, the same in every SDK.
export * from '@x/core';
`;
}

function endpointsEntrySource(o) {
  return `// \`@x/${o.name}/endpoints\`: the endpoint registry and provider, for mocks, contract tests and tooling.
export { ${o.ident}Provider } from './provider';
export { endpoints } from './endpoints/index';
`;
}

function testSource(o) {
  return `import { describe, expect, it } from 'vitest';
import { create${o.Pascal}, ${o.ident}Provider } from './index';

describe('${o.name} provider', () => {
  it('declares its name and default host', () => {
    expect(${o.ident}Provider.name).toBe(${quote(o.name)});
    expect(${o.ident}Provider.baseURL).toBe(${quote(o.baseURL)});
  });

  it('gives the client one method per registered endpoint', () => {
    const client = create${o.Pascal}() as Record<string, unknown>;
    const groups = Object.keys(${o.ident}Provider.endpoints);
    expect(Object.keys(client).sort()).toEqual(groups.sort());
  });
});
`;
}

function readmeSource(o) {
  return `# @x/${o.name}

${o.description}

\`\`\`sh
npm install @x/${o.name}
\`\`\`

## Usage

\`\`\`ts
import { create${o.Pascal} } from '@x/${o.name}';

const ${o.ident} = create${o.Pascal}({ baseURL: '${o.baseURL}' });
\`\`\`

Options are \`@x/core\`'s \`ClientOptions\`: \`baseURL\` (default \`${o.baseURL}\`), \`timeout\`,
\`retry\`, \`headers\`, \`fetch\`, \`validateResponses\`, \`hooks\`, \`logger\`.

## Try it against the local mock

\`npx x-mock --provider ${o.name}\` serves the ${o.title} mock at \`http://127.0.0.1:4010/${o.name}\`.

## Endpoints

None yet. Each is added with

\`\`\`sh
npx nx g @x/nx-plugin:endpoint --provider ${o.name} --group <group> --name <name> --method GET --path /<path> --description "<one sentence>"
\`\`\`
`;
}

function mockSource(o) {
  return `// The ${o.title} mock: replays the documented examples of each endpoint. The error shapes below
// are placeholders until the provider's documents say what its errors look like.
import { ${o.ident}Provider } from '@x/${o.name}/endpoints';
import type { RequestHandler } from 'msw';
import { defineProviderMock } from '../../define-provider-mock';
import { createMock, type ProviderMock } from '../../provider-mock';
import type { MockOptions } from '../../types';
import { ${o.ident}Examples } from './examples';

export { ${o.ident}Examples } from './examples';

/** The ${o.title} mock's definition: examples, (no) state, error shapes. */
export function ${o.ident}MockDefinition() {
  return defineProviderMock({
    provider: ${o.ident}Provider,
    examples: ${o.ident}Examples,
    createState: () => ({}),
    errors: {
      validation: (issues) => ({ status: 400, body: { error: 'invalid request', issues } }),
      status: (status, message) => ({ status, body: { error: message } }),
    },
    curl: (base) => \`curl '\${base}/'\`,
  });
}

/** A ${o.title} mock instance. */
export type ${o.Pascal}Mock = ProviderMock<typeof ${o.ident}Provider.endpoints, Record<string, never>, typeof ${o.ident}Examples>;

/** Create a ${o.title} mock: msw handlers (\`mock.handlers\`), journal, clock and scenarios. */
export function create${o.Pascal}Mock(options: MockOptions = {}): ${o.Pascal}Mock {
  return createMock(${o.ident}MockDefinition(), options);
}

/** msw handlers for ${o.title} at \`baseURL\` (default: the provider's), with a fresh mock behind them. */
export function ${o.ident}Handlers(baseURL?: string): RequestHandler[] {
  return create${o.Pascal}Mock(baseURL ? { baseURL } : {}).handlers;
}
`;
}

function examplesSource(o) {
  return `// Documented ${o.title} examples, keyed by endpoint: every endpoint needs at least one, quoted from
// the provider's documents (name, source, request, response).
import type { endpoints } from '@x/${o.name}/endpoints';
import type { ExamplesFor } from '../../types';

/** The documented examples of every ${o.title} endpoint. */
export const ${o.ident}Examples = {} as const satisfies ExamplesFor<typeof endpoints>;
`;
}

function mockEntrySource(o) {
  return `// \`@x/mock-servers/${o.name}\`: the ${o.title} mock.
// The msw transport (mock.handlers) registers itself on import.
import './msw';
export { create${o.Pascal}Mock, ${o.ident}Examples, ${o.ident}Handlers, ${o.ident}MockDefinition } from './providers/${o.name}/index';
export type { ${o.Pascal}Mock } from './providers/${o.name}/index';
`;
}

function changesetSource(o, mockServers) {
  return `---
"@x/${o.name}": minor
${mockServers ? '"@x/mock-servers": minor\n' : ''}---

New \`@x/${o.name}\`: ${o.description.charAt(0).toLowerCase()}${o.description.slice(1)}${mockServers ? ` Its mock is served by \`@x/mock-servers\` (\`@x/mock-servers/${o.name}\`, \`x-mock --provider ${o.name}\`).` : ''}
`;
}

/** Parse a module of the tree. */
function parse(file, text) {
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

/** The object literal a top-level `const <name> = {...}` holds (through `as const` / `satisfies`). */
function objectOf(source, name) {
  let found;
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const decl of statement.declarationList.declarations) {
      if (!ts.isIdentifier(decl.name) || decl.name.text !== name) continue;
      let init = decl.initializer;
      // Through `as const`, `satisfies`, parentheses and `[...].map(...)`.
      while (init && (ts.isAsExpression(init) || ts.isSatisfiesExpression(init) || ts.isParenthesizedExpression(init) || (ts.isCallExpression(init) && ts.isPropertyAccessExpression(init.expression)))) {
        init = ts.isCallExpression(init) ? /** @type {ts.PropertyAccessExpression} */ (init.expression).expression : init.expression;
      }
      if (init && (ts.isObjectLiteralExpression(init) || ts.isArrayLiteralExpression(init))) found = init;
    }
  }
  return found;
}

/** Append `entry` (one or more lines, no trailing comma) to an object or array literal, as its last element. */
function appendElement(text, source, node, entry) {
  const elements = ts.isObjectLiteralExpression(node) ? node.properties : node.elements;
  const last = elements.at(-1);
  const multiline = text.slice(node.getStart(source), node.getEnd()).includes('\n');
  if (!last) return spliceText(text, node.getStart(source) + 1, entry);
  const indent = /^[ \t]*/.exec(text.slice(text.lastIndexOf('\n', last.getStart(source) - 1) + 1))?.[0] ?? '  ';
  const comma = elements.hasTrailingComma;
  const at = comma ? text.indexOf(',', last.getEnd()) + 1 : last.getEnd();
  return multiline ? spliceText(text, at, `${comma ? '' : ','}\n${indent}${entry}${comma ? ',' : ''}`) : spliceText(text, at, `${comma ? '' : ','} ${entry}`);
}

/**
 * Register the mock in @x/mock-servers: the eager registry (providers/index.ts), the lazy loaders
 * (providers/load.ts), the subpath entry, package.json exports and dependency, the build entries.
 * Each step is skipped with a note when the file is not shaped as expected.
 * @returns {string[]} notes about steps that could not be done
 */
function registerMock(tree, o) {
  const root = 'packages/mock-servers';
  const notes = [];
  if (!tree.exists(`${root}/package.json`)) return [`${root} not found: the mock was not registered.`];
  tree.write(`${root}/src/providers/${o.name}/index.ts`, mockSource(o));
  tree.write(`${root}/src/providers/${o.name}/examples.ts`, examplesSource(o));
  tree.write(`${root}/src/${o.name}.ts`, mockEntrySource(o));

  const indexFile = `${root}/src/providers/index.ts`;
  if (tree.exists(indexFile)) {
    let text = tree.read(indexFile, 'utf-8') ?? '';
    const providers = objectOf(parse(indexFile, text), 'mockProviders');
    if (providers && ts.isObjectLiteralExpression(providers)) {
      const key = propertyKey(o.name);
      text = appendElement(text, parse(indexFile, text), providers, `${key}: {\n    create: create${o.Pascal}Mock,\n    client: (urls) => create${o.Pascal}({ baseURL: urls.main }),\n  }`);
      text = addImport(text, parse(indexFile, text), `import { create${o.Pascal} } from '@x/${o.name}';`, `@x/${o.name}`);
      text = addImport(text, parse(indexFile, text), `import { create${o.Pascal}Mock } from './${o.name}/index';`, `./${o.name}/index`);
      tree.write(indexFile, text);
    } else notes.push(`${indexFile}: no \`mockProviders\` object; add ${o.name} by hand.`);
  }

  const loadFile = `${root}/src/providers/load.ts`;
  if (tree.exists(loadFile)) {
    const text = tree.read(loadFile, 'utf-8') ?? '';
    const loaders = objectOf(parse(loadFile, text), 'loaders');
    if (loaders && ts.isObjectLiteralExpression(loaders)) {
      const key = propertyKey(o.name);
      tree.write(loadFile, appendElement(text, parse(loadFile, text), loaders, `${key}: () => import('./${o.name}/index').then((m) => m.create${o.Pascal}Mock as Factory)`));
    } else notes.push(`${loadFile}: no \`loaders\` object; add ${o.name} by hand.`);
  }

  const tsdownFile = `${root}/tsdown.config.ts`;
  if (tree.exists(tsdownFile)) {
    const text = tree.read(tsdownFile, 'utf-8') ?? '';
    const list = objectOf(parse(tsdownFile, text), 'providers');
    if (list && ts.isArrayLiteralExpression(list)) tree.write(tsdownFile, appendElement(text, parse(tsdownFile, text), list, quote(o.name)));
    else notes.push(`${tsdownFile}: no \`providers\` list; add src/${o.name}.ts to the build entries by hand.`);
  }

  const pkgFile = `${root}/package.json`;
  const pkg = JSON.parse(tree.read(pkgFile, 'utf-8') ?? '{}');
  const exportsMap = pkg.exports ?? {};
  const template = exportsMap['./b2motor'] ?? Object.values(exportsMap).find((e) => e && typeof e === 'object' && e['@x/source']);
  if (template) {
    const entry = JSON.parse(JSON.stringify(template).replace(/(src|dist)\/[\w-]+(?=\.)/g, `$1/${o.name}`));
    // Keep subpaths in their order: the new provider goes after the last provider subpath.
    const keys = Object.keys(exportsMap);
    const providerKeys = keys.filter((k) => /^\.\/[\w-]+$/.test(k) && tree.exists(`${root}/src/providers/${k.slice(2)}`));
    const after = providerKeys.at(-1) ?? keys.at(-2);
    const out = {};
    for (const k of keys) {
      out[k] = exportsMap[k];
      if (k === after) out[`./${o.name}`] = entry;
    }
    if (!(`./${o.name}` in out)) out[`./${o.name}`] = entry;
    pkg.exports = out;
  } else notes.push(`${pkgFile}: no provider subpath export to copy; add "./${o.name}" by hand.`);
  const deps = { ...(pkg.dependencies ?? {}), [`@x/${o.name}`]: '^0.0.0' };
  pkg.dependencies = Object.fromEntries(Object.entries(deps).sort(([a], [b]) => a.localeCompare(b)));
  if (Array.isArray(pkg.keywords) && !pkg.keywords.includes(o.name)) pkg.keywords.push(o.name);
  tree.write(pkgFile, `${JSON.stringify(pkg, null, 2)}\n`);
  return notes;
}

/** Add the new entry points to the API reference (typedoc.json), next to the other packages'. */
function registerDocs(tree, o) {
  const file = 'typedoc.json';
  if (!tree.exists(file)) return;
  const config = JSON.parse(tree.read(file, 'utf-8') ?? '{}');
  if (!Array.isArray(config.entryPoints)) return;
  const add = [`packages/${o.name}/src/index.ts`, `packages/${o.name}/src/endpoints.ts`];
  const mock = `packages/mock-servers/src/${o.name}.ts`;
  const points = config.entryPoints.filter((p) => !add.includes(p) && p !== mock);
  const firstMock = points.findIndex((p) => p.startsWith('packages/mock-servers/'));
  const at = firstMock < 0 ? points.length : firstMock;
  points.splice(at, 0, ...add);
  if (tree.exists(`packages/mock-servers/src/${o.name}.ts`)) {
    const lastMockProvider = points.reduce((acc, p, i) => (/^packages\/mock-servers\/src\/[\w-]+\.ts$/.test(p) && !/(index|contract-entry)\.ts$/.test(p) ? i : acc), -1);
    points.splice(lastMockProvider < 0 ? points.length : lastMockProvider + 1, 0, mock);
  }
  config.entryPoints = points;
  tree.write(file, `${JSON.stringify(config, null, 2)}\n`);
}

/**
 * The generator.
 * @param {Tree} tree
 * @param {ProviderOptions} options
 */
async function providerGenerator(tree, options) {
  const o = normalize(options);
  const root = `packages/${o.name}`;
  if (tree.exists(root)) throw new Error(`${root} already exists.`);
  const reference = referencePackage(tree, o.like);

  // Config files exactly as the reference package has them (they name no package).
  for (const file of ['tsconfig.json', 'tsdown.config.ts', 'vitest.config.ts', 'LICENSE']) {
    if (tree.exists(`${reference}/${file}`)) tree.write(`${root}/${file}`, tree.read(`${reference}/${file}`) ?? '');
  }
  const refPkg = JSON.parse(tree.read(`${reference}/package.json`, 'utf-8') ?? '{}');
  tree.write(`${root}/package.json`, `${JSON.stringify(packageJson(refPkg, o), null, 2)}\n`);
  tree.write(`${root}/README.md`, readmeSource(o));
  tree.write(`${root}/src/provider.ts`, providerSource(o));
  tree.write(`${root}/src/endpoints/index.ts`, registrySource(o));
  tree.write(`${root}/src/endpoints.ts`, endpointsEntrySource(o));
  tree.write(`${root}/src/client.ts`, clientSource(o));
  tree.write(`${root}/src/index.ts`, indexSource(o));
  tree.write(`${root}/src/provider.test.ts`, testSource(o));

  // The copied build config must only name entries this package has.
  const tsdown = tree.read(`${root}/tsdown.config.ts`, 'utf-8') ?? '';
  const missing = [...tsdown.matchAll(/['"](src\/[^'"]+)['"]/g)].map((m) => m[1]).filter((entry) => !tree.exists(`${root}/${entry}`));
  if (missing.length > 0) throw new Error(`${reference}/tsdown.config.ts builds ${missing.join(', ')}, which a new package does not have: pick another --like.`);

  const notes = registerMock(tree, o);
  registerDocs(tree, o);
  tree.write(`.changeset/${o.name}-initial.md`, changesetSource(o, tree.exists('packages/mock-servers/package.json')));

  return () => {
    console.log(`\n@x/${o.name} in ${root} (configs as in ${reference}), its mock registered in @x/mock-servers.`);
    for (const note of notes) console.log(`  ! ${note}`);
    console.log('Next:');
    console.log('  1. npm install (links the new workspace package and updates package-lock.json).');
    console.log(`  2. Endpoints: npx nx g @x/nx-plugin:endpoint --provider ${o.name} --group ... --name ... --method ... --path ... --description "..."`);
    console.log(`  3. The first endpoint's documented example in packages/mock-servers/src/providers/${o.name}/examples.ts: until one exists the mock-servers contract matrix and OpenAPI validation fail for ${o.name} (a provider with no operations).`);
    console.log(`  4. The provider's error classifier and auth in ${root}/src/provider.ts, its mock's error shapes, a contract test (mock-servers/src/contract.${o.name}.test.ts), a size budget.`);
  };
}

module.exports = providerGenerator;
module.exports.default = providerGenerator;
module.exports.providerGenerator = providerGenerator;
module.exports.normalize = normalize;
