// Start-up to the first answer: spawn a server process, poll its URL until it answers 200, kill it.
// x-mock with one provider, with every provider, and a bare node:http server, alternating, median
// of several runs. Also the cost of importing @x/mock-servers beside ofetch (process to exit).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { waitForAnswer } from './proc.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const cli = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
const MD5 = 'fe01ce2a7fbac8fafaed7c982a04e229';
const search = `/b2motor/search/product/?article=01089&brand=Febi&userlogin=demo&userpassw=${MD5}`;
const bare = `require('node:http').createServer((q, s) => s.end('[]')).listen(Number(process.argv[1]), '127.0.0.1')`;

const cases = {
  'x-mock --provider b2motor': (port) => [cli, '--provider', 'b2motor', '--port', String(port)],
  'x-mock (all providers)': (port) => [cli, '--port', String(port)],
  'bare node:http': (port) => ['-e', bare, String(port)],
};
const imports = {
  'import ofetch': `import('ofetch')`,
  'import @x/mock-servers': `import('@x/mock-servers')`,
};

async function firstAnswer(args, port) {
  const started = performance.now();
  const child = spawn(process.execPath, args, { stdio: 'ignore', cwd: fileURLToPath(new URL('..', import.meta.url)) });
  try {
    await waitForAnswer(`http://127.0.0.1:${port}${search}`, 60_000);
    return performance.now() - started;
  } finally {
    child.kill();
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

async function toExit(code) {
  const started = performance.now();
  const child = spawn(process.execPath, ['-e', code], { stdio: 'inherit', cwd: fileURLToPath(new URL('..', import.meta.url)) });
  await new Promise((resolve) => child.once('exit', resolve));
  return performance.now() - started;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const times = Object.fromEntries([...Object.keys(cases), ...Object.keys(imports)].map((k) => [k, []]));
let port = 4700 + Math.floor(Math.random() * 200);
for (let run = 0; run < runs; run++) {
  for (const [name, args] of Object.entries(cases)) times[name].push(await firstAnswer(args(++port), port));
  for (const [name, code] of Object.entries(imports)) times[name].push(await toExit(code));
}
console.log(`start-up, median of ${runs} alternating runs, Node ${process.version}`);
console.table(Object.entries(times).map(([what, xs]) => ({ what, 'median ms': Math.round(median(xs)), runs: xs.map((x) => Math.round(x)).join(' ') })));
console.log(`import @x/mock-servers / import ofetch: ${(median(times['import @x/mock-servers']) / median(times['import ofetch'])).toFixed(1)}× (process start to exit)`);
