// Benchmark: the pipeline's own cost per call (validation, encoding, auth, classification,
// response validation), with a transport that answers instantly, and the same through ofetch over
// a stub fetch. Prints calls/s and µs per call.
import * as v from 'valibot';
import { createClient, defineEndpoint, defineProvider, queryAuth } from '../dist/index.mjs';

const item = v.object({ brand: v.string(), article: v.string(), price: v.number(), availability: v.optional(v.string()) });
const search = defineEndpoint({
  method: 'GET',
  path: '/search/product/',
  summary: 'bench',
  request: { query: v.object({ article: v.string(), brand: v.string() }) },
  response: v.array(item),
  safe: true,
});
const provider = defineProvider({ name: 'bench', title: 'Bench', baseURL: 'https://bench.test', endpoints: { search } });
const rows = Array.from({ length: 20 }, (_, i) => ({ brand: 'Febi', article: String(i), price: i, availability: '5' }));
const text = JSON.stringify(rows);
const auth = [queryAuth('creds', { userlogin: 'demo', userpassw: 'fe01ce2a7fbac8fafaed7c982a04e229' })];

const direct = createClient(provider, {}, { auth, transport: async () => ({ status: 200, headers: new Headers(), text }) });
const viaFetch = createClient(provider, { fetch: async () => new Response(text, { headers: { 'content-type': 'application/json' } }) }, { auth });
const strict = createClient(provider, { validateResponses: 'strict' }, { auth, transport: async () => ({ status: 200, headers: new Headers(), text }) });

async function measure(name, call, seconds = Number(process.env.BENCH_SECONDS ?? 2)) {
  for (let i = 0; i < 2000; i++) await call(); // warm-up
  let n = 0;
  const t0 = performance.now();
  const deadline = t0 + seconds * 1000;
  while (performance.now() < deadline) {
    for (let i = 0; i < 200; i++) await call();
    n += 200;
  }
  const ms = performance.now() - t0;
  return { scenario: name, 'calls/s': Math.round((n / ms) * 1000), 'µs/call': ((ms * 1000) / n).toFixed(1) };
}

const input = { article: '01089', brand: 'Febi' };
const results = [
  await measure('pipeline, instant transport, 20-item response (compatible)', () => direct.search(input)),
  await measure('pipeline, instant transport, 20-item response (strict)', () => strict.search(input)),
  await measure('pipeline + ofetch + stub fetch', () => viaFetch.search(input)),
];
console.log(`@x/core pipeline overhead, Node ${process.version}`);
console.table(results);
