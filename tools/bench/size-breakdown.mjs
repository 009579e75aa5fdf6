// Where the bytes of a size entry go: esbuild (browser, minified, the same build as the size
// budgets and `run.mjs`) with a metafile for minified bytes per input file, and marginal gzip bytes
// per file or per top-level function (the gzip of the bundle with and without it). Marginal bytes
// overlap (gzip shares text between parts), so they add up to more than the bundle.
//
// Usage: node tools/bench/size-breakdown.mjs packages/b2motor/size/one-call.mjs [--functions] [--top 40] [--source]
//   --functions  one row per top-level statement instead of per file
//   --source     resolve workspace packages to src/ (the `@x/source` condition): no build needed
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { functions: { type: 'boolean', default: false }, top: { type: 'string', default: '40' }, source: { type: 'boolean', default: false } },
});
const entry = positionals[0];
if (!entry) {
  console.log('node tools/bench/size-breakdown.mjs <entry.mjs> [--functions] [--top 40] [--source]');
  process.exit(1);
}
const conditions = args.source ? ['@x/source'] : [];
const gzip = (text) => gzipSync(text, { level: 9 }).length;
const short = (path) => path.replace(/^.*?(packages|node_modules)\//, '');

const minified = await esbuild.build({ entryPoints: [entry], bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, metafile: true, logLevel: 'silent', conditions });
const code = minified.outputFiles[0].text;
console.log(`${entry}: ${code.length} B minified, ${gzip(code)} B gzip`);

// Non-minified output keeps a `// path` comment before each input's statements: split it into
// top-level statements, minify each alone, and measure what removing each (or each file) saves.
const plain = await esbuild.build({ entryPoints: [entry], bundle: true, minify: false, platform: 'browser', format: 'esm', write: false, logLevel: 'silent', conditions });
const parts = [];
let file = '';
for (const line of plain.outputFiles[0].text.split('\n')) {
  if (line.startsWith('// ') && !line.startsWith('// @__')) {
    file = short(line.slice(3));
    continue;
  }
  const start = /^(?:export|(?:async )?function\*?|var|let|const|class)\b/.test(line);
  if (start || parts.length === 0) {
    const name = /^(?:async )?(?:function\*?|var|let|const|class)\s+([\w$]+)/.exec(line)?.[1] ?? line.slice(0, 24);
    parts.push({ file, name, text: '' });
  }
  parts.at(-1).text += `${line}\n`;
}
for (const part of parts) {
  try {
    part.min = (await esbuild.transform(part.text, { minify: true, loader: 'js' })).code;
  } catch {
    part.min = part.text;
  }
}
const whole = gzip(parts.map((p) => p.min).join(''));
const groups = new Map();
for (const part of parts) {
  const key = args.functions ? `${part.file} ${part.name}` : part.file;
  groups.set(key, [...(groups.get(key) ?? []), part]);
}
const inputs = Object.entries(Object.values(minified.metafile.outputs)[0].inputs).map(([path, { bytesInOutput }]) => [short(path), bytesInOutput]);
const rows = [...groups].map(([key, members]) => {
  const without = gzip(parts.filter((p) => !members.includes(p)).map((p) => p.min).join(''));
  const bytes = args.functions ? members.reduce((sum, p) => sum + p.min.length, 0) : (inputs.find(([path]) => path === key)?.[1] ?? 0);
  return { key, gzip: whole - without, minified: bytes };
});
rows.sort((a, b) => b.gzip - a.gzip);
console.log(`${'gzip'.padStart(6)} ${'min'.padStart(7)}  ${args.functions ? 'file function' : 'file'}  (marginal gzip; min: ${args.functions ? 'statement alone' : 'metafile bytesInOutput'})`);
for (const row of rows.slice(0, Number(args.top))) console.log(`${String(row.gzip).padStart(6)} ${String(row.minified).padStart(7)}  ${row.key}`);
