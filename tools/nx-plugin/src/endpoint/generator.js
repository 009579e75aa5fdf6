// `nx g @x/nx-plugin:endpoint`: one endpoint of a provider package, where that package keeps it.
// Writes the endpoint file (defineEndpoint), adds it to the registry (src/endpoints/index.ts) and,
// when the package has one, to src/functions.ts. The description is the only input for the
// endpoint's `summary`, the constant's JSDoc, the registry comment and the function's JSDoc, so
// they cannot disagree.
'use strict';
const path = require('node:path');
const ts = require('typescript');
const { addImport, addRegistryEntry, camel, joinCamel, kebab, placeEndpoint, propertyKey, quote, readProvider, readRegistry } = require('../layout');

/** @typedef {import('nx/src/generators/tree').Tree} Tree */

/**
 * @typedef {object} EndpointOptions
 * @property {string} provider Package folder under packages/ (`quince`).
 * @property {string} group Dotted group keys (`services.folders`); kebab or camel case.
 * @property {string} name The endpoint's key in its group (`delete`, `create-draft`).
 * @property {'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'} method
 * @property {string} path Path relative to the provider's base URL, `{name}` placeholders.
 * @property {string} description One sentence: summary, JSDoc and registry comment.
 * @property {boolean} [safe] Whether replaying it can never duplicate an effect (retried when true).
 * @property {string} [docs] Where the provider's documents describe it.
 * @property {string} [host] One of the provider's named hosts (`upload`); default the main one.
 */

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** Check and normalise the options; every problem is reported at once. */
function normalize(options) {
  const problems = [];
  const provider = String(options.provider ?? '').trim();
  if (!/^[a-z0-9][a-z0-9-]*$/.test(provider)) problems.push(`--provider must be a package folder under packages/ (got "${provider}")`);
  const groups = String(options.group ?? '')
    .split('.')
    .map((g) => g.trim())
    .filter(Boolean);
  if (groups.length === 0) problems.push('--group is required (dotted, like "basket" or "services.folders")');
  for (const g of groups) if (!/^[A-Za-z][\w-]*$/.test(g)) problems.push(`group "${g}" must start with a letter and hold letters, digits, - or _`);
  const name = String(options.name ?? '').trim();
  if (!/^[A-Za-z][\w-]*$/.test(name)) problems.push(`--name must start with a letter and hold letters, digits, - or _ (got "${name}")`);
  const method = String(options.method ?? '').toUpperCase();
  if (!METHODS.includes(method)) problems.push(`--method must be one of ${METHODS.join(', ')} (got "${options.method}")`);
  const urlPath = String(options.path ?? '').trim();
  if (!urlPath.startsWith('/') || /\s/.test(urlPath)) problems.push(`--path must start with "/" and hold no spaces (got "${urlPath}")`);
  const description = String(options.description ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  if (description === '') problems.push('--description is required: one sentence, used as summary, JSDoc and registry comment');
  if (description.includes('*/')) problems.push('--description must not contain "*/"');
  const host = options.host ? String(options.host).trim() : undefined;
  if (host !== undefined && !/^[A-Za-z][\w-]*$/.test(host)) problems.push(`--host must be a host name of the provider (got "${host}")`);
  if (problems.length > 0) throw new Error(`Cannot generate the endpoint:\n- ${problems.join('\n- ')}`);
  return {
    provider,
    groups: groups.map(camel),
    name: camel(name),
    method,
    path: urlPath,
    description: /[.!?]$/.test(description) ? description : `${description}.`,
    safe: options.safe === true || options.safe === 'true',
    docs: options.docs ? String(options.docs).trim() : undefined,
    host,
  };
}


/** The endpoint module. */
function endpointSource({ constant, method, path: urlPath, description, docs, safe, host }) {
  const params = [...urlPath.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  const hasBody = ['POST', 'PUT', 'PATCH'].includes(method);
  const request = [
    params.length ? `    path: /* @__PURE__ */ v.object({ ${params.map((p) => `${propertyKey(p)}: /* @__PURE__ */ v.string()`).join(', ')} }),` : undefined,
    hasBody
      ? '    // The documented body fields, wire names exactly.\n    body: /* @__PURE__ */ v.object({}),'
      : '    // The documented query parameters, wire names exactly.\n    query: /* @__PURE__ */ v.object({}),',
  ].filter(Boolean);
  return `import * as v from 'valibot';
import { defineEndpoint } from '@x/core/provider';

/** ${method} ${urlPath}: ${description} */
export const ${constant} = /* @__PURE__ */ defineEndpoint({
  method: '${method}',
  path: ${quote(urlPath)},
${host ? `  host: ${quote(host)},\n` : ''}  summary: ${quote(description)},
${docs ? `  docs: ${quote(docs)},\n` : ''}  request: {
${request.join('\n')}
  },
  // The documented response shape.
  response: /* @__PURE__ */ v.object({}),
  // Whether replaying it can never duplicate an effect (then it is retried).
  safe: ${safe},
});
`;
}

/** Relative import specifier from one workspace file to another, without `.ts`. */
function specifierFrom(fromFile, toFile) {
  const rel = path.posix.relative(path.posix.dirname(fromFile), toFile).replace(/\.ts$/, '');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/**
 * Append the endpoint's standalone function to src/functions.ts (only when the package has one).
 * @returns {boolean} whether it was written
 */
function addFunction(tree, packageRoot, { providerName, key, constant, endpointFile, description }) {
  const file = `${packageRoot}/src/functions.ts`;
  if (!tree.exists(file)) return false;
  let text = tree.read(file, 'utf-8') ?? '';
  const fnName = joinCamel(key.split('.'));
  const parse = () => ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  if (new RegExp(`\\bexport const ${fnName}\\b`).test(text)) throw new Error(`${file} already exports ${fnName}.`);
  // The function takes the key's name; when the constant has the same one, import it under an alias.
  const local = fnName === constant ? `${constant}Endpoint` : constant;
  const binding = local === constant ? constant : `${constant} as ${local}`;
  const specifier = specifierFrom(file, endpointFile);
  if (!/import\s*\{[^}]*\bendpointFunction\b[^}]*\}\s*from/.test(text)) {
    text = addImport(text, parse(), "import { endpointFunction } from '@x/core/provider';", '@x/core/provider');
  }
  text = addImport(text, parse(), `import { ${binding} } from '${specifier}';`, specifier);
  if (!text.endsWith('\n')) text += '\n';
  text += `\n/** ${description} */\nexport const ${fnName} = /* @__PURE__ */ endpointFunction(${quote(providerName)}, ${quote(key)}, ${local});\n`;
  tree.write(file, text);
  return true;
}

/** Where the mock's documented examples for this provider live, if anywhere. */
function examplesLocation(tree, provider) {
  const dir = `packages/mock-servers/src/providers/${provider}`;
  if (tree.exists(`${dir}/examples.ts`)) return `${dir}/examples.ts`;
  if (tree.exists(`${dir}/examples`)) return `${dir}/examples/`;
  return undefined;
}

/**
 * The generator.
 * @param {Tree} tree
 * @param {EndpointOptions} options
 */
async function endpointGenerator(tree, options) {
  const o = normalize(options);
  const packageRoot = `packages/${o.provider}`;
  if (!tree.exists(`${packageRoot}/package.json`)) throw new Error(`No package at ${packageRoot} (known: ${tree.children('packages').join(', ')}).`);
  const registry = readRegistry(tree, packageRoot);
  const key = [...o.groups, o.name].join('.');
  if (registry.leaves.some((l) => [...l.groups, l.name].join('.') === key)) throw new Error(`${registry.file} already has ${key}.`);
  const provider = readProvider(tree, packageRoot);
  if (o.host && provider.hosts && !provider.hosts.includes(o.host)) {
    throw new Error(`${packageRoot}/src/provider.ts declares no host "${o.host}" (its hosts: ${provider.hosts.join(', ') || 'none besides the main one'}).`);
  }
  const place = placeEndpoint(registry, o.groups, o.name);
  if (tree.exists(place.file)) throw new Error(`${place.file} already exists.`);
  if (registry.leaves.some((l) => l.constant === place.constant)) throw new Error(`${registry.file} already imports a constant named ${place.constant}.`);

  tree.write(place.file, endpointSource({ ...o, constant: place.constant }));

  let text = addRegistryEntry(registry, o.groups, o.name, place.constant, o.description);
  const specifier = specifierFrom(registry.file, place.file);
  text = addImport(text, ts.createSourceFile(registry.file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS), `import { ${place.constant} } from '${specifier}';`, specifier);
  tree.write(registry.file, text);

  const providerName = provider.name ?? o.provider;
  const wroteFunction = addFunction(tree, packageRoot, { providerName, key, constant: place.constant, endpointFile: place.file, description: o.description });

  const examples = examplesLocation(tree, o.provider);
  return () => {
    console.log(`\n${key} (${o.method} ${o.path}) in ${place.file} as ${place.constant}; registered in ${registry.file}` + (wroteFunction ? ` and ${packageRoot}/src/functions.ts.` : '.'));
    console.log('Next:');
    console.log(`  1. Fill in the request and response schemas of ${place.file} from the provider's documents.`);
    console.log(
      examples
        ? `  2. Add the documented examples under '${key}' in ${examples}; the mock's typecheck and the contract matrix fail until they exist.`
        : `  2. This provider has no mock in packages/mock-servers yet (nx g @x/nx-plugin:provider registers one).`,
    );
    console.log('  3. A stateful resolver in the mock if it should do more than replay the example; a changeset for the package.');
  };
}

module.exports = endpointGenerator;
module.exports.default = endpointGenerator;
module.exports.endpointGenerator = endpointGenerator;
module.exports.endpointSource = endpointSource;
module.exports.normalize = normalize;
module.exports.kebab = kebab;
