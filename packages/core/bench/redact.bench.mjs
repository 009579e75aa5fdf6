// Benchmark: the redactor on adversarial input (decision 0010). Prints
//   1. old (quadratic) vs new on the same inputs at 8, 16 and 32 KB, alternating A/B, median of ratios;
//   2. the new redactor on 10 MB of adversarial text and a deep/wide/huge-key object;
//   3. how long a 32 KB invalid input takes to become a RequestValidationError.
// The old redactor is not run on 10 MB: it would take hours (quadratic, ~2 s at 32 KB).
import * as v from 'valibot';
import { Redactor, createClient, defineEndpoint, defineProvider, apiKeyAuth } from '../dist/index.mjs';
import { Redactor as OldRedactor } from './baseline-redact.mjs';

const SECRETS = ['0123456789abcdef0123456789abcdef', 'tok-Zz09/+==abcdEFGH', 'Basic dXNlcjpwYXNzd29yZA==', 'k3y-with spaces&ampersand'];
function make(Kind) {
  const r = new Kind(['userlogin']);
  for (const s of SECRETS) r.addSecret(s);
  return r;
}
const oldR = make(OldRedactor);
const newR = make(Redactor);

/** Adversarial text of about `size` characters: long letter/digit runs, near-secrets, pairs, JSON, URLs. */
function adversarial(size) {
  const pieces = [
    'a1'.repeat(4096), // long letter/digit run
    '0123456789abcdef0123456789abcdeX'.repeat(64), // near-secrets (one char off)
    'tok-Zz09/+==abcdEFGX '.repeat(64),
    `${'b'.repeat(2048)}=`, // run, then '='
    '"a":"a'.repeat(256),
    '"token":"'.repeat(128),
    'x[y][z'.repeat(256),
    'http://h/p?token=t&page=1 '.repeat(64),
    `password=${SECRETS[0]}&${encodeURIComponent(SECRETS[3])} ${btoa(SECRETS[1])} `.repeat(32),
  ];
  let out = '';
  for (let i = 0; out.length < size; i++) out += pieces[i % pieces.length];
  return out.slice(0, size);
}

/** Wall-clock ms of one run; `cpu` collects the process's user CPU ms too (less noisy on a shared machine). */
function time(run, cpu) {
  const c0 = process.cpuUsage().user;
  const t0 = performance.now();
  run();
  const ms = performance.now() - t0;
  cpu?.push((process.cpuUsage().user - c0) / 1000);
  return ms;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// 1. Old vs new, same inputs, alternating.
const rows = [];
for (const kb of [8, 16, 32]) {
  const text = adversarial(kb * 1024);
  const ratios = [];
  const olds = [];
  const news = [];
  for (let rep = 0; rep < 3; rep++) {
    const a = time(() => oldR.message(text));
    const b = time(() => newR.message(text));
    olds.push(a);
    news.push(b);
    ratios.push(a / b);
  }
  rows.push({ input: `${kb} KB adversarial text`, 'old ms (median)': median(olds).toFixed(1), 'new ms (median)': median(news).toFixed(2), 'old/new (median of ratios)': median(ratios).toFixed(0) });
}
// A single 32 KB letter/digit run, the figure.
{
  const run = 'a1'.repeat(16 * 1024);
  const a = time(() => oldR.text(run));
  const b = time(() => newR.text(run));
  rows.push({ input: '32 KB letter/digit run', 'old ms (median)': a.toFixed(1), 'new ms (median)': b.toFixed(2), 'old/new (median of ratios)': (a / b).toFixed(0) });
}
console.log(`@x/core redactor, Node ${process.version}`);
console.table(rows);

// 2. The new redactor on 10 MB.
const big = adversarial(10 * 1024 * 1024);
newR.message(big.slice(0, 100_000)); // warm-up
const tenMB = [];
const tenMBcpu = [];
for (let rep = 0; rep < 5; rep++) tenMB.push(time(() => newR.message(big), tenMBcpu));
let deep = { note: SECRETS[0] };
for (let i = 0; i < 10_000; i++) deep = { child: deep, [SECRETS[1]]: i };
const wide = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`${SECRETS[0]}-${i}`, ['a1'.repeat(20), { token: 'x' }]]));
const hugeKey = { ['a1'.repeat(2 * 1024 * 1024)]: { [`${'c'.repeat(1024 * 1024)}=x`]: SECRETS[2] } };
console.table([
  { input: '10 MB adversarial text (message)', 'ms (median of 5)': median(tenMB).toFixed(0), 'MB/s': (10 / (median(tenMB) / 1000)).toFixed(0) },
  { input: '10 MB adversarial text, CPU ms', 'ms (median of 5)': median(tenMBcpu).toFixed(0), 'MB/s': (10 / (median(tenMBcpu) / 1000)).toFixed(0) },
  { input: 'object nested 10,000 deep', 'ms (median of 5)': median([0, 1, 2, 3, 4].map(() => time(() => newR.value(deep)))).toFixed(1), 'MB/s': '' },
  { input: '200,000 keys with secrets (budget cuts it)', 'ms (median of 5)': median([0, 1, 2, 3, 4].map(() => time(() => newR.value(wide)))).toFixed(1), 'MB/s': '' },
  { input: 'one 4 MB key, one 1 MB key', 'ms (median of 5)': median([0, 1, 2, 3, 4].map(() => time(() => newR.value(hugeKey)))).toFixed(1), 'MB/s': '' },
]);

// 3. A 32 KB invalid input value to RequestValidationError.
const endpoint = defineEndpoint({ method: 'POST', path: '/x', summary: 'bench', request: { body: v.object({ code: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/)) }) }, response: v.unknown(), safe: false });
const provider = defineProvider({ name: 'bench', title: 'Bench', baseURL: 'https://bench.test', endpoints: { endpoint } });
const clientWith = (redactor) =>
  createClient(provider, {}, { redactor, auth: [apiKeyAuth({ key: SECRETS[1], in: 'header', param: 'x-key' })], transport: async () => ({ status: 200, headers: new Headers(), text: '{}' }) });
const invalid = { code: 'a1'.repeat(16 * 1024) };
async function reject(client) {
  const t0 = performance.now();
  const error = await client.endpoint(invalid).catch((e) => e);
  if (error?.name !== 'RequestValidationError') throw new Error(`expected a RequestValidationError, got ${error?.name}`);
  return performance.now() - t0;
}
// The same pipeline with the old redactor plugged in is the baseline (alternating A/B).
const before = [];
const after = [];
for (let rep = 0; rep < 3; rep++) {
  before.push(await reject(clientWith(make(OldRedactor))));
  after.push(await reject(clientWith(make(Redactor))));
}
console.log(`32 KB invalid input → RequestValidationError: old redactor ${median(before).toFixed(0)} ms, new ${median(after).toFixed(2)} ms (median of 3, alternating)`);
