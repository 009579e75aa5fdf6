// The SDKs' benchmark (issue 10): every figure as a ratio to a baseline measured in the same run,
// variants alternated (order rotated per round), median of the per-round ratios, client CPU time.
//   per call   one SDK call vs raw fetch + res.json() vs ofetch, same recorded answer, same server
//   paginate   core's paginate over 10,000 items vs a hand-written loop making the same page requests
//   import     SDK import vs ofetch import, a fresh node process per sample
//   size       esbuild (browser, minified) + gzip of every packages/<p>/size/*.mjs, and anchors
//   cold test  (--cold-test) CPU-seconds of every CI target with the Nx cache skipped
// Writes BENCHMARKS.md at the repo root and prints the same tables.
// Usage: node tools/bench/run.mjs [--rounds 7] [--only call,paginate,import,size] [--provider b2motor]...
//        [--cold-test] [--no-write]    (needs the packages built: `npm run bench:sdks` builds them first)
import { fork, spawn, spawnSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { cases, getPath } from './cases.mjs';
import { coldTest } from './cold-test.mjs';
import { markdownTable, median, meets, pairedRatio, rotation } from './stats.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

// Collect garbage between samples so one variant's garbage is not charged to the next.
if (typeof globalThis.gc !== 'function') {
  const r = spawnSync(process.execPath, ['--expose-gc', ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '7' },
    only: { type: 'string' },
    provider: { type: 'string', multiple: true },
    'cold-test': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
});
if (args.help) {
  console.log('node tools/bench/run.mjs [--rounds 7] [--only call,paginate,import,size] [--provider <name>]... [--cold-test] [--no-write]');
  process.exit(0);
}
const ROUNDS = Number(args.rounds);
if (!Number.isInteger(ROUNDS) || ROUNDS < 5) throw new Error('--rounds must be a whole number, at least 5');
const SECTIONS = new Set((args.only ?? 'call,paginate,import,size').split(','));
const CASES = args.provider ? cases.filter((c) => args.provider.includes(c.name)) : cases;

/** The goals of issue 10. */
const GOALS = {
  call: { max: 1.15, text: '≤ 1.15' },
  paginate: { max: 1.2, text: '≤ 1.2' },
  import: { max: 1.3, text: '≤ 1.3' },
  'one-call': { max: 7000, text: '≤ 7 kB' },
  'whole-client': { max: 14000, text: '≤ 14 kB' },
  split: { max: 0.5, text: '≤ 0.5' },
  cold: { max: 150, text: '< 150 CPU-s' },
};
const mark = (value, goal) => ({ true: 'met', false: '**not met**', undefined: '–' })[String(meets(value, goal))];
const fx = (x, d = 2) => (x === undefined ? '–' : x.toFixed(d));
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const log = (line) => process.stderr.write(`${line}\n`);

// ---------------------------------------------------------------------------------------------
// Recording: every request each SDK makes for its setup, its call and its first page, with the
// mock server's answers.

/** A fetch that records requests and answers (the answers come from `target`). */
function recordingFetch(entries) {
  return async (input, init) => {
    const request = new Request(input, init);
    const body = request.body ? await request.clone().text() : undefined;
    const response = await fetch(request);
    const text = await response.clone().text();
    const headers = [...request.headers].filter(([name]) => name !== 'prefer');
    entries.push({ method: request.method, url: request.url, headers, body, status: response.status, contentType: response.headers.get('content-type') ?? 'application/json', text });
    return response;
  };
}

async function record() {
  const { createMockServer } = await import('@x/mock-servers');
  const mock = await createMockServer({ port: 0, seed: 'bench', providers: [...new Set(CASES.map((c) => c.mock))] });
  const recorded = {};
  try {
    for (const c of CASES) {
      const sdk = await import(c.pkg);
      const entries = [];
      const client = c.create(sdk, { baseURL: `${mock.url}/${c.mock}`, fetch: recordingFetch(entries) });
      await c.setup?.(client);
      const options = c.prefer ? { headers: { prefer: c.prefer } } : undefined;
      await c.call(client, options);
      const call = entries.at(-1);
      let page;
      if (c.paging) {
        await c.paging.method(client)({ ...c.paging.input, page: 1 }, options);
        page = entries.at(-1);
        if (page.status !== 200) throw new Error(`${c.name}: the mock answered the first page with ${page.status}`);
      }
      if (call.status !== 200) throw new Error(`${c.name}: the mock answered the call with ${call.status}: ${call.text.slice(0, 200)}`);
      recorded[c.name] = { entries, call, page, origin: mock.url };
    }
  } finally {
    await mock.close();
  }
  return recorded;
}

async function startReplay(recorded) {
  const child = fork(fileURLToPath(new URL('./replay-server.mjs', import.meta.url)), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('message', (m) => resolve(m.port));
  });
  const routes = [];
  const pagers = [];
  for (const [name, r] of Object.entries(recorded)) {
    for (const e of r.entries) {
      const path = new URL(e.url).pathname;
      for (const mode of ['call', 'page']) routes.push({ key: `${e.method} /${mode}${path}`, status: e.status, contentType: e.contentType, text: e.text });
    }
    if (r.page) {
      const key = `${r.page.method} /page${new URL(r.page.url).pathname}`;
      for (let i = routes.length - 1; i >= 0; i--) if (routes[i].key === key) routes.splice(i, 1);
      pagers.push({ key, provider: name, template: JSON.parse(r.page.text) });
    }
  }
  child.send({ type: 'routes', routes, pagers });
  await new Promise((resolve) => child.once('message', resolve));
  return { origin: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

/** The recorded request, re-addressed to the replay server under `mode`. */
function replayRequest(entry, origin, mode) {
  const url = new URL(entry.url);
  return { url: `${origin}/${mode}${url.pathname}${url.search}`, init: { method: entry.method, headers: entry.headers, body: entry.body } };
}

// ---------------------------------------------------------------------------------------------
// Sampling

/** Client CPU µs (user + system) and wall µs per run of `fn`, over `n` sequential runs. */
async function sample(fn, n) {
  globalThis.gc();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await fn();
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / n, wall: ((performance.now() - t0) * 1000) / n };
}

/**
 * Alternate the variants for ROUNDS rounds (order rotated each round) and return, per variant, its
 * samples, and per non-baseline variant the median of its per-round ratios to the baseline.
 */
async function compare(variants, baseline, n, rounds = ROUNDS) {
  const names = Object.keys(variants);
  const samples = Object.fromEntries(names.map((k) => [k, []]));
  for (let round = 0; round < rounds; round++) {
    for (const name of rotation(names, round)) samples[name].push(await sample(variants[name], n));
  }
  const out = {};
  for (const name of names) {
    out[name] = {
      cpu: median(samples[name].map((s) => s.cpu)),
      wall: median(samples[name].map((s) => s.wall)),
      ...(name === baseline
        ? {}
        : {
            cpuRatio: pairedRatio(samples[name].map((s) => s.cpu), samples[baseline].map((s) => s.cpu)),
            wallRatio: pairedRatio(samples[name].map((s) => s.wall), samples[baseline].map((s) => s.wall)),
          }),
    };
  }
  return out;
}

/** How many runs make a sample of about `targetMs` of CPU. */
async function calibrate(fn, targetMs) {
  const probe = await sample(fn, 20);
  return Math.max(20, Math.min(5000, Math.round((targetMs * 1000) / Math.max(probe.cpu, 1))));
}

// ---------------------------------------------------------------------------------------------
// Sections

async function perCall(recorded, origin) {
  const { ofetch } = await import('ofetch');
  const rows = [];
  for (const c of CASES) {
    const sdk = await import(c.pkg);
    const client = c.create(sdk, { baseURL: `${origin}/call/${c.mock}` });
    await c.setup?.(client);
    const { url, init } = replayRequest(recorded[c.name].call, origin, 'call');
    const expected = JSON.stringify(JSON.parse(recorded[c.name].call.text));
    const raw = await (await fetch(url, init)).json();
    if (JSON.stringify(raw) !== expected) throw new Error(`${c.name}: the replay server does not answer the recorded call`);
    await c.call(client); // throws if the SDK rejects the answer
    const variants = {
      sdk: () => c.call(client),
      fetch: async () => {
        const res = await fetch(url, init);
        if (!res.ok) throw new Error(`status ${res.status}`);
        return res.json();
      },
      ofetch: () => ofetch(url, init),
    };
    for (const fn of Object.values(variants)) for (let i = 0; i < 200; i++) await fn(); // warm-up
    // Many short alternating samples: the median of many pairs shrugs off the shared machine's spikes.
    const n = await calibrate(variants.fetch, 20);
    const r = await compare(variants, 'fetch', n, ROUNDS * 10);
    log(`per call ${c.name}: SDK ÷ fetch ${fx(r.sdk.cpuRatio.median)}, ofetch ÷ fetch ${fx(r.ofetch.cpuRatio.median)} (${n} calls per sample)`);
    rows.push({ provider: c.name, n, rounds: ROUNDS * 10, answerBytes: Buffer.byteLength(recorded[c.name].call.text), ...r });
  }
  return rows;
}

async function paginateWalks(recorded, origin) {
  const rows = [];
  for (const c of CASES) {
    if (!c.paging) {
      rows.push({ provider: c.name, none: true });
      continue;
    }
    const sdk = await import(c.pkg);
    const client = c.create(sdk, { baseURL: `${origin}/page/${c.mock}` });
    await c.setup?.(client);
    const first = replayRequest(recorded[c.name].page, origin, 'page');
    const isQuery = first.init.method === 'GET' || new URL(first.url).searchParams.has('page');
    const requestFor = (n) => {
      if (isQuery) {
        const u = new URL(first.url);
        u.searchParams.set('page', String(n));
        return [u.href, first.init];
      }
      return [first.url, { ...first.init, body: JSON.stringify({ ...JSON.parse(first.init.body), page: n }) }];
    };
    let sdkItems = 0;
    let handItems = 0;
    const variants = {
      sdk: async () => {
        sdkItems = 0;
        const walk = c.paging.walk ? c.paging.walk(sdk, client, c.paging.input) : sdk.paginate(c.paging.method(client), c.paging.input);
        for await (const item of walk) if (item) sdkItems++;
      },
      // What a developer writes without the SDK: fetch each page, read its items, stop where the
      // provider's document says the list ends.
      hand: async () => {
        handItems = 0;
        for (let n = 1; n !== undefined; ) {
          const [url, init] = requestFor(n);
          const res = await fetch(url, init);
          if (!res.ok) throw new Error(`page ${n}: status ${res.status}`);
          const body = await res.json();
          const items = getPath(body, c.paging.items);
          for (const item of items) if (item) handItems++;
          n = c.paging.next(body, n, items.length);
        }
      },
    };
    for (const fn of Object.values(variants)) await fn(); // warm-up (and the replay server's page cache)
    if (sdkItems !== 10_000 || handItems !== 10_000) throw new Error(`${c.name}: paginate walked ${sdkItems} items, the hand loop ${handItems}; expected 10,000`);
    const r = await compare(variants, 'hand', 1);
    log(`paginate ${c.name}: SDK ÷ hand loop ${fx(r.sdk.cpuRatio.median)}`);
    rows.push({ provider: c.name, pages: Math.ceil(10_000 / c.paging.perPage), ...r });
  }
  return rows;
}

/** CPU and wall ms of `import(spec)` in a fresh node process. */
function importOnce(spec) {
  const code = `const c0=process.cpuUsage(),t0=performance.now();await import(${JSON.stringify(spec)});const c=process.cpuUsage(c0);process.stdout.write(JSON.stringify({cpu:(c.user+c.system)/1000,wall:performance.now()-t0}))`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (status) => (status === 0 ? resolve(JSON.parse(out)) : reject(new Error(`import ${spec} exited with ${status}`))));
  });
}

async function importTimes() {
  const rows = [];
  for (const c of CASES) {
    const specs = { sdk: c.pkg, ofetch: 'ofetch' };
    for (const s of Object.values(specs)) await importOnce(s); // warm the file cache
    const samples = { sdk: [], ofetch: [] };
    const rounds = Math.max(ROUNDS, 9);
    for (let round = 0; round < rounds; round++) for (const k of rotation(['sdk', 'ofetch'], round)) samples[k].push(await importOnce(specs[k]));
    const row = {
      provider: c.name,
      sdk: median(samples.sdk.map((s) => s.cpu)),
      ofetch: median(samples.ofetch.map((s) => s.cpu)),
      cpuRatio: pairedRatio(samples.sdk.map((s) => s.cpu), samples.ofetch.map((s) => s.cpu)),
      wallRatio: pairedRatio(samples.sdk.map((s) => s.wall), samples.ofetch.map((s) => s.wall)),
    };
    log(`import ${c.name}: SDK ÷ ofetch ${fx(row.cpuRatio.median)}`);
    rows.push(row);
  }
  return rows;
}

/** Minified and gzipped (level 9, as size-limit) bytes of an entry bundled for the browser. */
async function bundle(entry) {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({ entryPoints: [entry], bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent', absWorkingDir: ROOT });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

async function sizes() {
  const rows = [];
  for (const c of CASES) {
    const dir = join(ROOT, 'packages', c.name, 'size');
    const files = (await readdir(dir).catch(() => [])).filter((f) => f.endsWith('.mjs')).sort();
    const entries = {};
    for (const f of files) {
      entries[f.replace(/\.mjs$/, '')] = { file: relative(ROOT, join(dir, f)), ...(await bundle(join(dir, f))) };
    }
    rows.push({ provider: c.name, entries });
  }
  const anchors = [];
  const anchorDir = fileURLToPath(new URL('./anchors/', import.meta.url));
  for (const f of (await readdir(anchorDir)).filter((x) => x.endsWith('.mjs')).sort()) {
    try {
      anchors.push({ name: f.replace(/\.mjs$/, ''), ...(await bundle(join(anchorDir, f))) });
    } catch {
      anchors.push({ name: f.replace(/\.mjs$/, ''), missing: true });
    }
  }
  return { rows, anchors };
}

// ---------------------------------------------------------------------------------------------
// Report

function report(results, machine) {
  const out = [];
  const range = (r) => `${fx(r.q1)}–${fx(r.q3)}`;
  out.push('# Benchmarks', '');
  out.push('Written by `npm run bench` (`tools/bench/run.mjs`); do not edit by hand. Issue 10 holds the goals.', '');
  out.push(`- Date: ${machine.date}`);
  out.push(`- Node: ${process.version} (${process.platform} ${process.arch})`);
  out.push(`- CPU: ${machine.cpu}, ${machine.cores} cores`);
  out.push(`- Load average (1/5/15 min): ${machine.loadBefore} at the start, ${machine.loadAfter} at the end`);
  out.push(`- Method: client CPU time (\`process.cpuUsage\`, user + system) unless marked wall; variants alternated (order rotated each round, GC before every sample) in ${ROUNDS * 10} rounds of ~20 ms samples per call (many short pairs ride out the load swings better than a few long ones), ${ROUNDS} rounds of one walk for paginate, ${Math.max(ROUNDS, 9)} rounds of one fresh process for import; a figure is the median of the per-round ratios (their interquartile range in brackets). The replay server runs in a child process, so its CPU is not counted.`);
  out.push('');
  if (results.call) {
    out.push('## Per call ÷ raw fetch (default response validation)', '');
    out.push('One SDK call vs `fetch(url, init)` + `res.json()` vs `ofetch(url, init)`: the same request (recorded from the SDK against the mock server) and the same recorded documented answer, over HTTP to the replay server, global `fetch` for all three.', '');
    out.push(
      markdownTable(
        ['provider', 'answer', 'SDK µs/call', 'fetch µs/call', 'ofetch µs/call', 'SDK ÷ fetch', 'ofetch ÷ fetch', 'SDK ÷ fetch (wall)', 'goal', ''],
        results.call.map((r) => [r.provider, `${r.answerBytes} B`, fx(r.sdk.cpu, 0), fx(r.fetch.cpu, 0), fx(r.ofetch.cpu, 0), `${fx(r.sdk.cpuRatio.median)} [${range(r.sdk.cpuRatio)}]`, `${fx(r.ofetch.cpuRatio.median)} [${range(r.ofetch.cpuRatio)}]`, fx(r.sdk.wallRatio.median), GOALS.call.text, mark(r.sdk.cpuRatio.median, GOALS.call)]),
      ),
      '',
    );
  }
  if (results.paginate) {
    out.push('## `paginate` over 10,000 items ÷ a hand-written loop', '');
    out.push("Core's `paginate` (re-exported by each SDK) vs a loop of `fetch` + `res.json()` making the same page requests and stopping where the document says; pages of the recorded documented item, at the provider's largest page size. One walk per sample.", '');
    out.push(
      markdownTable(
        ['provider', 'pages', 'SDK ms/walk', 'hand ms/walk', 'SDK ÷ hand', 'SDK ÷ hand (wall)', 'goal', ''],
        results.paginate.map((r) =>
          r.none ? [r.provider, '–', '–', '–', 'no paged endpoint', '–', GOALS.paginate.text, '–'] : [r.provider, r.pages, fx(r.sdk.cpu / 1000, 1), fx(r.hand.cpu / 1000, 1), `${fx(r.sdk.cpuRatio.median)} [${range(r.sdk.cpuRatio)}]`, fx(r.sdk.wallRatio.median), GOALS.paginate.text, mark(r.sdk.cpuRatio.median, GOALS.paginate)],
        ),
      ),
      '',
    );
  }
  if (results.import) {
    out.push('## SDK import ÷ ofetch import', '');
    out.push('`await import(pkg)` in a fresh node process per sample (CPU of the import alone), alternating with `import("ofetch")`.', '');
    out.push(
      markdownTable(
        ['provider', 'SDK ms', 'ofetch ms', 'SDK ÷ ofetch', 'SDK ÷ ofetch (wall)', 'goal', ''],
        results.import.map((r) => [r.provider, fx(r.sdk, 1), fx(r.ofetch, 1), `${fx(r.cpuRatio.median)} [${range(r.cpuRatio)}]`, fx(r.wallRatio.median), GOALS.import.text, mark(r.cpuRatio.median, GOALS.import)]),
      ),
      '',
    );
  }
  if (results.size) {
    out.push('## Bundle sizes (esbuild, browser, minified, gzip level 9; 1 kB = 1000 B)', '');
    out.push('Every `packages/<provider>/size/*.mjs` entry, named by its file. Goals: `one-call` ≤ 7 kB, `whole-client` ≤ 14 kB, one-call ÷ whole-client ≤ 0.5.', '');
    const rows = [];
    for (const r of results.size.rows) {
      for (const [name, e] of Object.entries(r.entries)) {
        const goal = GOALS[name];
        rows.push([r.provider, `\`${e.file}\``, kb(e.min), kb(e.gzip), goal?.text ?? '–', goal ? mark(e.gzip, goal) : '–']);
      }
      const one = r.entries['one-call'];
      const whole = r.entries['whole-client'];
      const split = one && whole ? one.gzip / whole.gzip : undefined;
      rows.push([r.provider, 'one-call ÷ whole-client', '–', split === undefined ? 'no whole-client entry yet' : fx(split), GOALS.split.text, mark(split, GOALS.split)]);
    }
    out.push(markdownTable(['provider', 'entry', 'minified', 'gzip', 'goal', ''], rows), '');
    out.push('Anchors (`tools/bench/anchors/*.mjs`, bundled the same way):', '');
    out.push(markdownTable(['anchor', 'minified', 'gzip'], results.size.anchors.map((a) => (a.missing ? [a.name, 'not installed', '–'] : [a.name, kb(a.min), kb(a.gzip)]))), '');
  }
  if (results.cold) {
    const r = results.cold;
    out.push('## Cold `npm test`', '');
    out.push(`\`CI=true NX_DAEMON=false NX_SKIP_NX_CACHE=true ${r.command}\`: CPU-seconds (user + sys) of the whole process tree (bash \`times\`).`, '');
    out.push(
      markdownTable(
        ['CPU-s', 'user', 'sys', 'wall s', 'exit', 'load before', 'load after', 'goal', ''],
        [[fx(r.cpu, 1), fx(r.user, 1), fx(r.sys, 1), fx(r.wall, 0), r.status, r.loadBefore.map((x) => x.toFixed(2)).join(' '), r.loadAfter.map((x) => x.toFixed(2)).join(' '), GOALS.cold.text, mark(r.cpu, GOALS.cold)]],
      ),
      '',
    );
    if (r.status !== 0) out.push(`The run failed (exit ${r.status}): the figure is the CPU of a failing run. CPU-seconds also grow with the machine's load (shared caches, contention), so compare runs at a similar load.`, '');
  } else if (results.previousCold) {
    out.push(results.previousCold.trimEnd(), '');
  } else {
    out.push('## Cold `npm test`', '', 'Not measured yet (`node tools/bench/run.mjs --cold-test`, or `npm run bench:cold-test` alone).', '');
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------

const machine = { date: new Date().toISOString(), cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, loadBefore: loadavg().map((x) => x.toFixed(2)).join(' ') };
const results = {};
if (SECTIONS.has('call') || SECTIONS.has('paginate')) {
  log('recording the documented answers from the mock server…');
  const recorded = await record();
  const replay = await startReplay(recorded);
  try {
    if (SECTIONS.has('call')) results.call = await perCall(recorded, replay.origin);
    if (SECTIONS.has('paginate')) results.paginate = await paginateWalks(recorded, replay.origin);
  } finally {
    replay.stop();
  }
}
if (SECTIONS.has('import')) results.import = await importTimes();
if (SECTIONS.has('size')) results.size = await sizes();
if (args['cold-test']) {
  log('cold npm test (minutes)…');
  results.cold = await coldTest({ cwd: ROOT, quiet: true });
} else {
  // Keep the last measured cold figure (it takes minutes), saying when it was taken.
  const previous = await readFile(join(ROOT, 'BENCHMARKS.md'), 'utf8').catch(() => '');
  const section = /## Cold `npm test`\n[\s\S]*?(?=\n## |$)/.exec(previous)?.[0];
  const date = /^- Date: (.+)$/m.exec(previous)?.[1];
  if (section && /\| \d/.test(section)) {
    results.previousCold = section.includes('(kept from the run of') ? section : section.replace('## Cold `npm test`\n', `## Cold \`npm test\`\n\n(kept from the run of ${date}; not measured in this run)\n`);
  }
}
machine.loadAfter = loadavg().map((x) => x.toFixed(2)).join(' ');
const text = report(results, machine);
console.log(text);
if (args['no-write']) {
  // printed only
} else if (args.only || args.provider) {
  log('a partial run (--only / --provider): BENCHMARKS.md not written');
} else {
  await writeFile(join(ROOT, 'BENCHMARKS.md'), `${text}\n`);
  log('written: BENCHMARKS.md');
}
