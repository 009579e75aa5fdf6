// Throughput per server CPU-second, measured in one run against both baselines:
//   x-mock serving a documented b2motor search (routing, credentials, validation, @msw/data, journal)
//   Prism 5.14.2 mocking the same operation from x-mock's OpenAPI document, with x-mock's answer as
//     the example (installed from npm into a temp dir on first use, never into the repo)
//   a bare node:http server replaying the same bytes;
//   and x-mock without its fast lane (`fastLane: false`, every request through node:http), so the
//   lane's own effect is measured in the same run, not against a figure from another day.
// Servers run in their own processes; autocannon drives them from this one. CPU time comes from
// /proc/<pid>/stat (user + system, process tree). Rounds alternate the order; the figures are the
// median over rounds of each round's ratio.
import { execFileSync, fork, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { cpuSeconds, waitForAnswer } from './proc.mjs';

const PRISM_VERSION = '5.14.2';
const loadAtStart = loadavg();
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const MD5 = 'fe01ce2a7fbac8fafaed7c982a04e229'; // md5("demo"), the mock's demo account
const QUERY = `article=01089&brand=Febi&userlogin=demo&userpassw=${MD5}`;

function forkServer(args, env = {}) {
  const child = fork(new URL('./serve.mjs', import.meta.url), args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: { ...process.env, ...env } });
  return new Promise((resolve) => child.once('message', ({ url }) => resolve({ child, url })));
}

function prismBin() {
  const dir = join(tmpdir(), `x-mock-bench-prism-${PRISM_VERSION}`);
  const bin = join(dir, 'node_modules/@stoplight/prism-cli/dist/index.js');
  if (!existsSync(bin)) {
    console.log(`installing @stoplight/prism-cli@${PRISM_VERSION} into ${dir} ...`);
    mkdirSync(dir, { recursive: true });
    execFileSync('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', '--no-package-lock', `@stoplight/prism-cli@${PRISM_VERSION}`], { stdio: 'inherit' });
  }
  return bin;
}

async function measure(server) {
  const before = cpuSeconds(server.child.pid);
  const result = await autocannon({ url: server.url, connections, duration: seconds, expectBody: server.expectBody });
  const cpu = cpuSeconds(server.child.pid) - before;
  const bad = result.errors + result.timeouts + result.non2xx + (result.mismatches ?? 0);
  return { requests: result.requests.total, cpu, perCpu: result.requests.total / cpu, rps: result.requests.average, bad };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// x-mock, and its answer: the bytes both baselines serve.
const xmock = await forkServer(['mock', 'b2motor']);
xmock.url = `${xmock.url}/b2motor/search/product/?${QUERY}`;
const sample = await fetch(xmock.url);
const body = await sample.text();
if (sample.status !== 200) throw new Error(`x-mock answered ${sample.status}: ${body}`);
xmock.expectBody = body;

const nodeOnly = await forkServer(['mock-node', 'b2motor']);
nodeOnly.url = `${nodeOnly.url}/b2motor/search/product/?${QUERY}`;
nodeOnly.expectBody = body;

const bare = await forkServer(['bare'], { BENCH_REPLAY: JSON.stringify({ body, headers: { 'content-type': sample.headers.get('content-type') } }) });
bare.url = `${bare.url}/b2motor/search/product/?${QUERY}`;
bare.expectBody = body;

const withPrism = process.env.BENCH_PRISM !== '0';
// Prism: x-mock's OpenAPI document with this answer as the only example of the 200 response.
const doc = await (await fetch(new URL('/__mock/openapi?provider=b2motor', xmock.url))).json();
const operation = doc.paths['/search/product/'].get;
operation.responses['200'].content['application/json'].examples = { bench: { value: JSON.parse(body) } };
const dir = join(tmpdir(), 'x-mock-bench');
mkdirSync(dir, { recursive: true });
const docPath = join(dir, 'b2motor.openapi.json');
writeFileSync(docPath, JSON.stringify(doc));
let prism;
if (withPrism) {
const prismPort = 4500 + Math.floor(Math.random() * 400);
const prismChild = spawn(process.execPath, [prismBin(), 'mock', docPath, '-p', String(prismPort), '-h', '127.0.0.1', '-v', 'error', '--errors', 'false'], { stdio: ['ignore', 'ignore', 'inherit'] });
prism = { child: prismChild, url: `http://127.0.0.1:${prismPort}/search/product/?${QUERY}`, expectBody: body };
await waitForAnswer(prism.url, 120_000);
const prismSample = await fetch(prism.url);
const prismBody = await prismSample.text();
if (prismSample.status !== 200 || JSON.stringify(JSON.parse(prismBody)) !== body) throw new Error(`Prism does not answer the same body (status ${prismSample.status})`);
prism.expectBody = prismBody;
}

const NODE_ONLY = 'x-mock, fastLane: false';
const servers = withPrism ? { 'x-mock': xmock, [NODE_ONLY]: nodeOnly, 'Prism 5.14.2': prism, 'bare node:http': bare } : { 'x-mock': xmock, [NODE_ONLY]: nodeOnly, 'bare node:http': bare };
const names = Object.keys(servers);
// Warm-up by requests served, not by time: a JIT settles after a number of calls (x-mock's after
// some 15 000 requests), and on a loaded machine a few seconds may serve only a fraction of that,
// which would measure compilation instead of serving. At least 3 s and `BENCH_WARMUP_REQUESTS`
// (default 20 000) answers each, but no more than `BENCH_WARMUP_MAX` seconds (default 40: Prism
// serves a few hundred requests a second).
const warmRequests = Number(process.env.BENCH_WARMUP_REQUESTS ?? 20_000);
const warmMax = Number(process.env.BENCH_WARMUP_MAX ?? 40) * 1000;
const warmed = {};
for (const name of names) {
  const started = performance.now();
  let served = 0;
  while (performance.now() - started < 3000 || (served < warmRequests && performance.now() - started < warmMax)) {
    served += (await autocannon({ url: servers[name].url, connections, duration: 2 })).requests.total;
  }
  warmed[name] = `${served} requests in ${((performance.now() - started) / 1000).toFixed(0)} s`;
}

const rows = [];
const ratios = { prism: [], bare: [], lane: [], nodeOnlyPrism: [] };
for (let round = 0; round < rounds; round++) {
  const order = names.map((_, i) => names[(i + round) % names.length]);
  const got = {};
  for (const name of order) {
    got[name] = await measure(servers[name]);
    rows.push({ round: round + 1, server: name, requests: got[name].requests, 'server CPU s': got[name].cpu.toFixed(2), 'req per CPU s': Math.round(got[name].perCpu), 'req/s': Math.round(got[name].rps), 'errors/mismatches': got[name].bad });
  }
  if (withPrism) ratios.prism.push(got['x-mock'].perCpu / got['Prism 5.14.2'].perCpu);
  if (withPrism) ratios.nodeOnlyPrism.push(got[NODE_ONLY].perCpu / got['Prism 5.14.2'].perCpu);
  ratios.lane.push(got['x-mock'].perCpu / got[NODE_ONLY].perCpu);
  ratios.bare.push(got['x-mock'].perCpu / got['bare node:http'].perCpu);
}
for (const server of Object.values(servers)) server.child.kill();

console.log(`\nb2motor search.product, ${connections} connections, ${seconds} s per run, ${rounds} alternating rounds, ${availableParallelism()} cores, Node ${process.version}`);
console.log(`warm-up: ${names.map((name) => `${name} ${warmed[name]}`).join('; ')}; load average (1, 5, 15 min) ${loadAtStart.map((x) => x.toFixed(1)).join(' ')} at the start, ${loadavg().map((x) => x.toFixed(1)).join(' ')} at the end`);
console.table(rows);
const prismRatio = median(ratios.prism);
const bareRatio = median(ratios.bare);
if (withPrism) console.log(`x-mock vs Prism ${PRISM_VERSION} per server CPU-second: ${prismRatio.toFixed(1)}× (median of ${ratios.prism.map((r) => r.toFixed(1)).join(', ')}; target ≥ 8×)`);
console.log(`x-mock vs bare node:http per server CPU-second: ${(bareRatio * 100).toFixed(0)} % (median of ${ratios.bare.map((r) => `${(r * 100).toFixed(0)} %`).join(', ')}; target ≥ 35 %)`);
const list = (xs) => xs.map((r) => r.toFixed(1)).join(', ');
if (withPrism) console.log(`x-mock with fastLane: false vs Prism ${PRISM_VERSION}: ${median(ratios.nodeOnlyPrism).toFixed(1)}× (median of ${list(ratios.nodeOnlyPrism)})`);
console.log(`x-mock vs x-mock with fastLane: false (the lane's own effect): ${median(ratios.lane).toFixed(2)}× (median of ${ratios.lane.map((r) => r.toFixed(2)).join(', ')})`);
if (rows.some((r) => r['errors/mismatches'] > 0)) {
  console.error('some answers were errors or differed from the expected bytes');
  process.exitCode = 1;
}
