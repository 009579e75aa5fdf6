// Soak: x-mock under 50 keep-alive connections for 60 s (b2motor search and basket list, the
// documented requests). Prints errors (must be 0) and the server's memory at the start, middle and
// end (must be flat: the journal is bounded, nothing else should grow). Exit code 1 otherwise.
import { fork } from 'node:child_process';
import autocannon from 'autocannon';

const seconds = Number(process.env.SOAK_SECONDS ?? 60);
const connections = Number(process.env.SOAK_CONNECTIONS ?? 50);
const MD5 = 'fe01ce2a7fbac8fafaed7c982a04e229'; // md5("demo")

const child = fork(new URL('./serve.mjs', import.meta.url), ['mock', 'b2motor'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: ['--expose-gc'] });
const { url } = await new Promise((resolve) => child.once('message', resolve));
const usage = () =>
  new Promise((resolve) => {
    child.once('message', resolve);
    child.send('usage');
  });

const samples = [];
const sample = async (label) => samples.push({ at: label, ...(await usage()).memory });
const requests = [
  { method: 'GET', path: `/b2motor/search/product/?article=01089&brand=Febi&userlogin=demo&userpassw=${MD5}` },
  { method: 'GET', path: `/b2motor/basket/list/?userlogin=demo&userpassw=${MD5}` },
];

// Warm up and fill the journal to its bound first, so "start" is the steady state.
await autocannon({ url, connections, amount: 12_000, requests });
await sample('start');
const run = autocannon({ url, connections, duration: seconds, requests });
const halfway = setTimeout(() => void sample('middle'), (seconds * 1000) / 2);
const result = await run;
clearTimeout(halfway);
await sample('end');
child.kill();

const mb = (n) => (n / 1024 / 1024).toFixed(1);
const errors = result.errors + result.timeouts + result.non2xx;
console.log(`soak: ${seconds} s, ${connections} connections, ${result.requests.total} requests (${Math.round(result.requests.average)} req/s), errors ${errors} (non-2xx ${result.non2xx}, timeouts ${result.timeouts}, socket errors ${result.errors})`);
console.table(samples.map((s) => ({ at: s.at, 'RSS MB': mb(s.rss), 'heap used MB': mb(s.heapUsed), 'heap total MB': mb(s.heapTotal), 'external MB': mb(s.external) })));
const [start, middle, end] = samples;
// Live heap (after a full GC) is the leak signal; RSS also holds what the allocator keeps once
// grown, so it must settle: second half growth under 10 %.
const heapGrowth = (end.heapUsed - start.heapUsed) / start.heapUsed;
const rssLateGrowth = (end.rss - middle.rss) / middle.rss;
const flat = heapGrowth < 0.1 && rssLateGrowth < 0.1;
console.log(
  `live heap start → middle → end: ${mb(start.heapUsed)} → ${mb(middle.heapUsed)} → ${mb(end.heapUsed)} MB (${(heapGrowth * 100).toFixed(1)} %); ` +
    `RSS ${mb(start.rss)} → ${mb(middle.rss)} → ${mb(end.rss)} MB (second half ${(rssLateGrowth * 100).toFixed(1)} %): ${flat ? 'flat' : 'GROWING'}`,
);
if (errors > 0 || !flat) process.exitCode = 1;
