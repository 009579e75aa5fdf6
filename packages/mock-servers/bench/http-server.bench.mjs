// Benchmark: requests/s and latency of the local mock server (b2motor search over real HTTP,
// through routing, credentials check, validation, @msw/data query and journal), against a bare
// node:http server answering a constant body. Server and load generator run in separate processes.
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { load } from './load.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);

async function start(kind) {
  const child = fork(new URL('./serve.mjs', import.meta.url), [kind], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const { url } = await new Promise((resolve) => child.once('message', resolve));
  return { child, url };
}

const md5 = 'fe01ce2a7fbac8fafaed7c982a04e229';
const rows = [];
for (const [name, kind, path] of [
  ['bare node:http (constant JSON)', 'bare', '/'],
  ['x-mock b2motor search.product', 'mock', `/b2motor/search/product/?article=01089&brand=Febi&userlogin=demo&userpassw=${md5}`],
  ['x-mock b2motor basket.list', 'mock', `/b2motor/basket/list/?userlogin=demo&userpassw=${md5}`],
]) {
  const { child, url } = await start(kind);
  await load(url + path, { connections, seconds: 1 }); // warm-up
  const r = await load(url + path, { connections, seconds });
  child.kill();
  rows.push({ scenario: name, 'req/s': Math.round(r.rps), 'p50 ms': r.p50.toFixed(2), 'p99 ms': r.p99.toFixed(2), requests: r.requests, errors: r.errors });
}
console.log(`mock server throughput, ${connections} keep-alive connections, ${seconds} s each, ${availableParallelism()} cores, Node ${process.version}`);
console.table(rows);
