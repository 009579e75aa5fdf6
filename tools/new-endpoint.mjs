#!/usr/bin/env node
// Scaffold one endpoint: writes packages/<provider>/src/endpoints/<group>/<name>.ts and prints the
// registry line and the example stub to add. Usage:
//   node tools/new-endpoint.mjs <provider> <group.name> <METHOD> <path> [--safe]
//   node tools/new-endpoint.mjs b2motor basket.history GET /basket/history/ --safe
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [provider, key, method, path, ...flags] = process.argv.slice(2);
const usage = 'Usage: node tools/new-endpoint.mjs <provider> <group.name> <GET|POST|PUT|PATCH|DELETE> <path> [--safe]';
if (!provider || !key || !method || !path) {
  console.error(usage);
  process.exit(1);
}
if (!/^[a-z][\w-]*(\.[a-z]\w*)+$/i.test(key)) throw new Error(`Key "${key}" must be dotted, like basket.add`);
if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(method)) throw new Error(usage);
const root = join(import.meta.dirname, '..');
const pkg = join(root, 'packages', provider);
if (!existsSync(join(pkg, 'src', 'endpoints'))) throw new Error(`No packages/${provider}/src/endpoints folder`);

const parts = key.split('.');
const name = parts.at(-1);
const ident = parts.map((p, i) => (i === 0 ? p : p[0].toUpperCase() + p.slice(1))).join('').replace(/-(\w)/g, (_, c) => c.toUpperCase());
const params = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
const safe = flags.includes('--safe');
const hasBody = ['POST', 'PUT', 'PATCH'].includes(method);
const file = join(pkg, 'src', 'endpoints', ...parts.slice(0, -1), `${name}.ts`);
if (existsSync(file)) throw new Error(`${file} already exists`);

const request = [
  params.length ? `    path: v.object({ ${params.map((p) => `${p}: v.string()`).join(', ')} }),` : '',
  hasBody ? '    body: v.object({}), // the documented body fields, wire names exactly' : '    query: v.object({}), // the documented query parameters, wire names exactly',
].filter(Boolean);
writeFileSync(
  (mkdirSync(dirname(file), { recursive: true }), file),
  `import * as v from 'valibot';
import { defineEndpoint } from '@x/core/provider';

/** ${method} ${path} */
export const ${ident} = defineEndpoint({
  method: '${method}',
  path: '${path}',
  summary: 'One line for editors and docs.',
  docs: 'where in the provider documentation this is described',
  request: {
${request.join('\n')}
  },
  response: v.object({}), // the documented response shape
  safe: ${safe}, // can replaying it never duplicate an effect?
});
`,
);
console.log(`wrote ${file.replace(`${root}/`, '')}

1. Registry (packages/${provider}/src/endpoints/index.ts):
     import { ${ident} } from './${parts.slice(0, -1).join('/')}${parts.length > 1 ? '/' : ''}${name}';
     ${parts.slice(0, -1).join(': { ')}${parts.length > 1 ? ': { ' : ''}/** One line shown on hover. */ ${name}: ${ident}${' }'.repeat(parts.length - 1)}
2. Documented examples (packages/mock-servers/src/providers/${provider}/examples.ts):
     '${key}': [{ name: 'doc-example', source: '<doc section>', request: { ... }, response: { status: 200, body: { ... } } }],
3. A stateful resolver if the mock should do more than replay the example.
The contract matrix (npm test) fails until the example, the route and the method exist.`);
